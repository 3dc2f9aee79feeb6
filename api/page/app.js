// spoke wallet page: calls the node's JSON-RPC API with the browser's session (cookie + X-Spoke header)
// and follows its events (server-sent events on /events). Amounts are exact: base units are decimal
// strings, converted with BigInt, never floats.
"use strict";

const ETH_DECIMALS = 18;
const GWEI_DECIMALS = 9;
const $ = (id) => document.getElementById(id);
let me = null;         // spoke_info
// tok is the channel token as its contract describes it (spoke_info's token): amounts are shown and typed
// in its own unit, symbol and decimals, as the CLI's --tokens; until it is known (or when the chain cannot
// say), in base units.
let tok = { symbol: "token units", decimals: 0, known: false };
let rpcID = 0;

// ---- the API ----

// PageError is a message the page itself words for people; errors from the node go through human().
class PageError extends Error {}
// NoAnswer: the request may or may not have reached the node (its answer was lost).
class NoAnswer extends PageError {}

async function rpc(method, ...params) {
  let res;
  try {
    res = await fetch("/", {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Spoke": "1" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcID, method, params }),
    });
  } catch (e) {
    throw new NoAnswer("Your node is not answering. Is `spoke user` still running?");
  }
  if (res.status === 401 || res.status === 403) {
    sessionEnded();
    throw new PageError("Your session has ended (did the node restart?). Open a new login link: run `spoke page --datadir DIR`.");
  }
  if (!res.ok) throw new PageError("Your node answered " + res.status + ": " + (await res.text()).trim());
  const body = await res.json();
  if (body.error) throw new Error(body.error.message || String(body.error));
  return body.result;
}

function sessionEnded() {
  const n = $("notice");
  n.textContent = "Your session has ended (did the node restart?). Run `spoke page --datadir DIR` for a new login link.";
  n.hidden = false;
}

// ---- amounts ----

// formatUnits renders a decimal string of base units with decimals, exactly: ("1500000000000000000", 18) is "1.5".
function formatUnits(s, decimals) {
  let v = BigInt(s || "0");
  const neg = v < 0n;
  if (neg) v = -v;
  const base = 10n ** BigInt(decimals);
  const whole = (v / base).toString();
  const frac = (v % base).toString().padStart(decimals, "0").replace(/0+$/, "");
  return (neg ? "-" : "") + whole + (frac ? "." + frac : "");
}

// parseUnits reads a decimal amount typed by a person ("0.01", "1,5") into base units, exactly.
function parseUnits(text, decimals, what) {
  const t = String(text || "").trim().replace(",", ".");
  if (t === "") return "0";
  const m = /^(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[1] === "" && (m[2] || "") === "")) throw new PageError(what + ": \"" + text + "\" is not an amount; write it like 0.01");
  const frac = m[2] || "";
  if (frac.length > decimals) {
    throw new PageError(what + ": at most " + decimals + " digits after the point" + (decimals === 0 ? " (a whole number)" : ""));
  }
  return BigInt((m[1] || "0") + frac.padEnd(decimals, "0")).toString();
}

// amountOf reads an amount input and its unit into {wei, token}: "token" is the token's own unit (its
// decimals), "token-base" its base units.
function amountOf(text, unit, what) {
  switch (unit) {
    case "eth": return { wei: parseUnits(text, ETH_DECIMALS, what), token: "" };
    case "gwei": return { wei: parseUnits(text, GWEI_DECIMALS, what), token: "" };
    case "wei": return { wei: parseUnits(text, 0, what), token: "" };
    case "token-base": return { wei: "", token: parseUnits(text, 0, what) };
    default: return { wei: "", token: parseUnits(text, tok.decimals, what) };
  }
}

// useToken takes the token's symbol and decimals from spoke_info and names the token unit with its
// symbol wherever the page offers it.
function useToken(t) {
  if (t) tok = { symbol: t.symbol || "token", decimals: Number(t.decimals) || 0, known: true };
  for (const el of document.querySelectorAll(".token-symbol")) el.textContent = tok.symbol;
  for (const el of document.querySelectorAll(".token-base")) {
    if (tok.known && tok.decimals > 0) el.textContent = tok.symbol + " base units";
    else el.remove(); // the token's unit is its base unit (or unknown): one choice is enough
  }
}

// tokenWords renders token base units in the token's own unit: "1.5 STT" (base units while it is unknown).
function tokenWords(token) {
  return formatUnits(token, tok.decimals) + " " + tok.symbol;
}

function isZero(a) { return (a.wei || "0") === "0" && (a.token || "0") === "0"; }

// words renders wei and token base units for people: "0.0015 ETH", "1.5 STT", both, or "nothing".
function words(wei, token) {
  const parts = [];
  if (wei && BigInt(wei) !== 0n) parts.push(formatUnits(wei, ETH_DECIMALS) + " ETH");
  if (token && BigInt(token) !== 0n) parts.push(tokenWords(token));
  return parts.length ? parts.join(" and ") : "nothing";
}

function short(a) {
  if (!a) return "?";
  a = String(a);
  const c = contactName(a);
  if (c) return c;
  return a.length > 14 ? a.slice(0, 6) + "…" + a.slice(-4) : a;
}

// ---- errors in people's terms ----

function human(err) {
  let m = (err && err.message) ? err.message : String(err);
  if (err instanceof PageError) return m;
  const rules = [
    [/needs collateral/i, "The hub cannot pay the recipient that much yet: it is adding funds to their channel. Try again in a few seconds."],
    [/decimal string of base units/i, "That amount is not a number of base units."],
    [/neither an address|a peer is an address/i, "Give the recipient's address (0x and 40 hex digits), peer id, or the name of a contact."],
    [/unknown recipient|no channel with this hub|not a user of this hub/i, "The hub does not know that recipient: check the address, or ask them for it again."],
    [/not found in the network|no payee record|routing: no route|no route/i, "No way to reach that recipient was found in the hub network right now."],
    [/link.*(expired|redeemed|claimed)|(expired|redeemed|claimed).*link/i, "That link was redeemed already or has expired."],
    [/insufficient|not enough|exceeds|below zero|more than (the|your)/i, "Your channel does not hold enough for that."],
    [/exited|exiting|takes no more updates/i, "Your channel has been closed on-chain; it takes no more payments."],
    [/context deadline exceeded|timed out|timeout/i, "It took too long: the hub or the recipient may be offline. Nothing was paid twice; check your activity before trying again."],
    [/connection refused|no addresses|failed to dial|cannot reach|unreachable/i, "Your node cannot reach the hub right now. Check that the hub is running, then try again."],
    [/reverted/i, "The chain refused the transaction: does your node's account hold enough ETH for it and its gas?"],
  ];
  for (const [re, text] of rules) if (re.test(m)) return text + " (" + strip(m) + ")";
  return strip(m);
}

// strip removes Go package prefixes ("node: ", "api: ") and capitalizes.
function strip(m) {
  m = m.replace(/\b(api|node|chain|p2p|protocol|state|routing): /g, "");
  return m.charAt(0).toUpperCase() + m.slice(1);
}

function show(id, text, kind) {
  const el = $(id);
  el.textContent = text;
  el.className = "result " + (kind || "");
}

// busy runs fn with the form's button disabled, showing its outcome in resultID.
async function busy(button, resultID, waitText, fn) {
  button.disabled = true;
  show(resultID, waitText, "wait");
  try {
    show(resultID, await fn(), "ok");
  } catch (e) {
    show(resultID, human(e), "err");
  } finally {
    button.disabled = false;
  }
}

// ---- contacts (this browser only) ----

function contacts() {
  try { return JSON.parse(localStorage.getItem("spoke-contacts") || "{}"); } catch (e) { return {}; }
}

function contactName(addr) {
  const cs = contacts();
  for (const n of Object.keys(cs)) if (cs[n].toLowerCase() === String(addr).toLowerCase()) return n;
  return "";
}

// recipientOf reads a "to" field: an address, a peer id, or a contact's name.
function recipientOf(text) {
  const t = String(text || "").trim();
  if (/^0x[0-9a-fA-F]{40}$/.test(t)) return t;
  const cs = contacts();
  for (const n of Object.keys(cs)) if (n.toLowerCase() === t.toLowerCase()) return cs[n];
  if (/^(12D3Koo|16Uiu2|Qm)[1-9A-HJ-NP-Za-km-z]+$/.test(t)) return t;
  if (/^0x/i.test(t)) throw new PageError("\"" + t + "\" is not an address: an address is 0x followed by 40 hex digits.");
  throw new PageError("No contact is named \"" + t + "\". Give an address (0x…), or save them under Contacts first.");
}

function renderContacts() {
  const ul = $("contact-list");
  ul.textContent = "";
  const cs = contacts();
  for (const n of Object.keys(cs).sort()) {
    const li = document.createElement("li");
    li.append(n + " ");
    const code = document.createElement("code");
    code.textContent = cs[n];
    li.append(code, " ");
    const del = document.createElement("button");
    del.type = "button"; del.className = "small"; del.textContent = "Remove";
    del.onclick = () => { const c = contacts(); delete c[n]; localStorage.setItem("spoke-contacts", JSON.stringify(c)); renderContacts(); };
    li.append(del);
    ul.append(li);
  }
  if (!ul.children.length) ul.innerHTML = "<li class=\"old\">No contacts yet.</li>";
}

// ---- balances ----

async function loadChannel() {
  try {
    const ch = await rpc("spoke_channel", null);
    const s = ch.state;
    $("bal-eth").textContent = formatUnits(s.weiUser, ETH_DECIMALS);
    $("bal-token").textContent = formatUnits(s.tokenUser, tok.decimals);
    $("bal-wei").textContent = BigInt(s.weiUser).toString() + " wei";
    $("bal-token-base").textContent = tok.known && tok.decimals > 0 ? BigInt(s.tokenUser).toString() + " " + tok.symbol + " base units" : "";
    $("hub-side").textContent = "The hub's side: " + words(s.weiHub, s.tokenHub) +
      (BigInt(s.lockedWei) + BigInt(s.lockedToken) > 0n ? "; in payments under way: " + words(s.lockedWei, s.lockedToken) : "");
    let status = "Channel state " + s.txCountGlobal;
    if (ch.onChain) status += "; on-chain: " + ch.onChain.status;
    const p = s.pending;
    if (p && Object.values(p).some((v) => BigInt(v) !== 0n)) status += "; an on-chain operation is pending";
    $("chain-status").textContent = status;
    $("balances").dataset.wei = s.weiUser;
    $("balances").dataset.token = s.tokenUser;
  } catch (e) {
    $("chain-status").textContent = human(e);
  }
}

let refreshTimer = null;
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => { loadChannel(); loadThreads(); }, 150);
}

// ---- activity ----

function addActivity(text, kind, old) {
  const ul = $("history");
  const li = document.createElement("li");
  li.className = kind || "";
  if (!old) {
    const when = document.createElement("span");
    when.className = "when";
    when.textContent = new Date().toLocaleTimeString();
    li.append(when);
  }
  li.append(text);
  if (old) ul.append(li); else ul.prepend(li);
  while (ul.children.length > 200) ul.lastChild.remove();
}

async function loadHistory() {
  try {
    const hs = await rpc("spoke_history", null, 10, 0);
    for (const h of hs.reverse()) {
      const d = [];
      if (h.weiUser !== "0") d.push(sign(h.weiUser) + formatUnits(h.weiUser.replace(/^[+-]/, ""), ETH_DECIMALS) + " ETH");
      if (h.tokenUser !== "0") d.push(sign(h.tokenUser) + tokenWords(h.tokenUser.replace(/^[+-]/, "")));
      addActivity("#" + h.state.txCountGlobal + " " + h.what + (d.length ? " (" + d.join(", ") + ")" : ""), "old", true);
    }
  } catch (e) { /* a node without a channel yet has no history */ }
}

function sign(s) { return s.startsWith("-") ? "−" : "+"; }

function onEvent(ev) {
  const memo = ev.memo ? " “" + ev.memo + "”" : "";
  switch (ev.kind) {
    case "state":
      refreshSoon();
      return;
    case "received":
      addActivity("Received " + words(ev.wei, ev.token) + (ev.from ? " from " + short(ev.from) : "") + memo, "in");
      refreshSoon();
      return;
    case "sent":
      addActivity("Paid " + words(ev.wei, ev.token) + memo, "out");
      refreshSoon();
      return;
    case "failed":
      addActivity("Payment of " + words(ev.wei, ev.token) + " failed: " + human(new Error(ev.error || "")) + memo, "bad");
      refreshSoon();
      return;
    case "thread-received":
      addActivity("Received " + words(ev.wei, ev.token) + " in a thread" + (ev.from ? " from " + short(ev.from) : "") + " (payment " + ev.count + ")", "in");
      loadThreads();
      return;
    case "progress":
      onProgress(ev);
      return;
  }
}

// ---- on-chain progress ----

const opNames = { deposit: "Deposit", withdraw: "Withdrawal", collateral: "Collateral", exit: "Exit", pay: "Payment" };
let progressHide = null;

function onProgress(ev) {
  const box = $("progress");
  box.hidden = false;
  box.dataset.seen = ev.op || "";
  $("progress-op").textContent = (opNames[ev.op] || ev.op || "On-chain") + " in progress";
  const bar = $("progress-bar");
  if (ev.needed) {
    bar.max = ev.needed;
    bar.value = Math.min(ev.confirmations || 0, ev.needed);
  } else {
    bar.removeAttribute("value");
  }
  $("progress-stage").textContent = strip(ev.stage || "");
  clearTimeout(progressHide);
  progressHide = setTimeout(() => { box.hidden = true; }, 20000);
}

function progressDone() {
  const bar = $("progress-bar");
  bar.max = 1;
  bar.value = 1;
  $("progress-stage").textContent = "Done.";
  $("progress-op").textContent = $("progress-op").textContent.replace(" in progress", " done");
  clearTimeout(progressHide);
  progressHide = setTimeout(() => { $("progress").hidden = true; }, 3000);
}

// ---- live events ----

function follow() {
  const es = new EventSource("/events");
  es.addEventListener("ready", () => { const l = $("live"); l.textContent = "live"; l.className = "live"; });
  es.onmessage = (m) => { try { onEvent(JSON.parse(m.data)); } catch (e) { /* ignore a malformed event */ } };
  es.onerror = () => {
    const l = $("live");
    l.textContent = "reconnecting…";
    l.className = "live off";
  };
}

// ---- actions ----

// retryingCollateral calls fn again while the hub is collateralizing the recipient's channel (it starts on
// its own when a payment or thread finds the channel short), for up to 30 seconds.
async function retryingCollateral(resultID, fn) {
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (!/needs collateral|collateraliz(ing|e) (it|the channel)/i.test(e.message) || Date.now() > deadline) throw e;
      show(resultID, "The hub is adding funds to the channel; trying again…", "wait");
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

// pay makes one payment. Each attempt has its own payment id: when the node's answer is lost, the page
// asks again with the same id, and the node answers with the first call's outcome instead of paying
// twice. A refusal is final for its id, so a retry after one (the hub collateralizing) takes a new id.
function pay(to, amt, memo) {
  const req = { to, wei: amt.wei, token: amt.token, memo };
  return retryingCollateral("pay-result", async () => {
    const id = newPaymentID();
    for (let asked = 1; ; asked++) {
      try {
        return await rpc("spoke_pay", [req], id);
      } catch (e) {
        if (!(e instanceof NoAnswer) || asked >= 10) throw e;
        show("pay-result", "Your node did not answer; asking it again about the same payment (it is never paid twice)…", "wait");
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  });
}

function newPaymentID() {
  const b = crypto.getRandomValues(new Uint8Array(12));
  return "page-" + Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

function onPay(ev) {
  ev.preventDefault();
  const f = ev.target;
  busy($("pay-button"), "pay-result", "Paying…", async () => {
    const to = recipientOf(f.to.value);
    const amt = amountOf(f.amount.value, f.unit.value, "Amount");
    if (isZero(amt)) throw new PageError("Give an amount to pay.");
    const rs = await pay(to, amt, f.memo.value);
    const r = rs[0] || {};
    const fee = r.fee || r.Fee || "0";
    const route = r.route || r.Route || [];
    let text = "Paid " + words(amt.wei, amt.token) + " to " + short(r.to || r.To || to) + ".";
    if (route.length > 1 || BigInt(fee) > 0n) text += " Through " + route.length + " hubs; fee " + formatUnits(fee, ETH_DECIMALS) + " ETH.";
    f.amount.value = "";
    f.memo.value = "";
    refreshSoon();
    return text;
  });
}

function onLink(ev) {
  ev.preventDefault();
  const f = ev.target;
  busy($("link-button"), "link-result", "Making the link…", async () => {
    const amt = amountOf(f.amount.value, f.unit.value, "Amount");
    if (isZero(amt)) throw new PageError("Give an amount for the link.");
    const link = await rpc("spoke_payLink", amt.wei, amt.token, f.memo.value);
    $("link-text").value = link;
    $("link-text").hidden = false;
    $("link-copy").hidden = false;
    refreshSoon();
    return "Link for " + words(amt.wei, amt.token) + " made: give it to whoever should have the money.";
  });
}

function onRedeem(ev) {
  ev.preventDefault();
  const f = ev.target;
  busy($("redeem-button"), "redeem-result", "Redeeming…", async () => {
    const link = f.link.value.trim();
    if (!link.startsWith("spokelink1:")) throw new PageError("A link starts with spokelink1: — paste the whole link.");
    const got = await rpc("spoke_redeem", link);
    f.link.value = "";
    refreshSoon();
    return "Redeemed: " + words(got.wei, got.token) + (got.memo ? " “" + got.memo + "”" : "") + ".";
  });
}

function onDeposit(ev) {
  ev.preventDefault();
  const f = ev.target;
  busy($("deposit-button"), "deposit-result", "Depositing: sending the transaction…", async () => {
    const wei = parseUnits(f.eth.value, ETH_DECIMALS, "ETH");
    const token = amountOf(f.token.value, f.tunit.value, "Tokens").token;
    if (isZero({ wei, token })) throw new PageError("Give an amount of ETH or " + tok.symbol + " to deposit.");
    try {
      await rpc("spoke_deposit", wei, token);
    } finally {
      progressDone();
    }
    f.eth.value = ""; f.token.value = "";
    refreshSoon();
    return "Deposited " + words(wei, token) + ": confirmed on-chain and credited to your channel.";
  });
}

async function loadQuote() {
  try {
    const q = await rpc("spoke_quote");
    $("quote").textContent = "The hub's rate: " + rateWords(q) + ".";
  } catch (e) {
    $("quote").textContent = "The hub's rate is unknown right now: " + human(e);
  }
}

// rateWords renders the hub's quote (num/den token base units per wei) for people: in the token's unit
// per ETH when that is exact ("1 STT per ETH"), else in base units ("1/3 token base units per wei").
function rateWords(q) {
  const num = BigInt(q.num), den = BigInt(q.den);
  const perEth = num * 10n ** BigInt(ETH_DECIMALS);
  if (tok.known && perEth % den === 0n) return tokenWords((perEth / den).toString()) + " per ETH";
  return q.num + (q.den === "1" ? "" : "/" + q.den) + " token base units per wei";
}

function onExchange(ev) {
  ev.preventDefault();
  const f = ev.target;
  busy($("exchange-button"), "exchange-result", "Exchanging…", async () => {
    const sell = f.sell.value;
    const amt = amountOf(f.amount.value, sell, "Amount");
    if (isZero(amt)) throw new PageError("Give an amount to sell.");
    const sellsToken = amt.token !== "";
    const before = $("balances").dataset;
    const was = { wei: before.wei, token: before.token };
    const st = await retryingCollateral("exchange-result",
      () => sellsToken ? rpc("spoke_exchange", "token", amt.token) : rpc("spoke_exchange", "wei", amt.wei));
    f.amount.value = "";
    refreshSoon();
    const gotWei = BigInt(st.weiUser) - BigInt(was.wei || "0");
    const gotToken = BigInt(st.tokenUser) - BigInt(was.token || "0");
    return sellsToken
      ? "Sold " + words("", amt.token) + " for " + words((gotWei > 0n ? gotWei : 0n).toString(), "") + "."
      : "Sold " + words(amt.wei, "") + " for " + words("", (gotToken > 0n ? gotToken : 0n).toString()) + ".";
  });
}

function onWithdraw(ev) {
  ev.preventDefault();
  const f = ev.target;
  busy($("withdraw-button"), "withdraw-result", "Withdrawing…", async () => {
    const wei = parseUnits(f.eth.value, ETH_DECIMALS, "ETH");
    const token = amountOf(f.token.value, f.tunit.value, "Tokens").token;
    if (isZero({ wei, token })) throw new PageError("Give an amount of ETH or " + tok.symbol + " to withdraw.");
    let to = f.to.value.trim() || me.address;
    if (!/^0x[0-9a-fA-F]{40}$/.test(to)) to = recipientOf(to);
    if (!/^0x[0-9a-fA-F]{40}$/.test(to)) throw new PageError("Withdraw to an address (0x and 40 hex digits).");
    try {
      await rpc("spoke_withdraw", wei, token, to, null);
    } finally {
      progressDone();
    }
    f.eth.value = ""; f.token.value = "";
    refreshSoon();
    return "Withdrew " + words(wei, token) + " to " + short(to) + ": applied on-chain.";
  });
}

function onExit() {
  if (!$("exit-sure").checked) return;
  busy($("exit-button"), "exit-result", "Closing the channel on-chain: this waits out the challenge period…", async () => {
    let r;
    try {
      r = await rpc("spoke_exit");
    } finally {
      progressDone();
    }
    refreshSoon();
    let text = "Channel closed on-chain with state " + r.txCount + "; your balance was paid to your account.";
    if (r.unresolved && r.unresolved.length) text += " " + r.unresolved.length + " payment(s) under way resolve after they expire: exit again then.";
    return text;
  });
}

// ---- threads ----

let threadsServed = true;

async function loadThreads() {
  if (!threadsServed) return;
  let ts;
  try {
    ts = await rpc("spoke_threads");
  } catch (e) {
    if (/does not exist|not available/i.test(e.message)) {
      threadsServed = false;
      $("threads").hidden = true;
    }
    return;
  }
  const ul = $("thread-list");
  ul.textContent = "";
  for (const t of ts || []) {
    const li = document.createElement("li");
    const key = t.key.slice(2, 10);
    const sending = t.role === "sending";
    const mine = sending ? t.senderShare : t.receiverShare;
    const paid = t.receiverShare;
    li.append((sending ? "To " + short(t.receiver) : "From " + short(t.sender)) + " · " + key + " · " + t.status +
      " · paid " + words(paid.wei, paid.token) + (sending ? ", left " + words(mine.wei, mine.token) : "") + " · " + t.count + (t.count === 1 ? " payment" : " payments"));
    if (t.status === "open") {
      const actions = document.createElement("div");
      actions.className = "thread-actions";
      if (sending) {
        // A thread holds one asset: its payments are in that one, ETH or the token's unit.
        const inTokens = BigInt(t.senderShare.wei) + BigInt(t.receiverShare.wei) === 0n &&
          BigInt(t.senderShare.token) + BigInt(t.receiverShare.token) > 0n;
        const unitName = inTokens ? tok.symbol : "ETH";
        const amount = document.createElement("input");
        amount.placeholder = unitName; amount.inputMode = "decimal"; amount.className = "thread-amount";
        amount.setAttribute("aria-label", "amount in " + unitName);
        const payBtn = document.createElement("button");
        payBtn.type = "button"; payBtn.className = "small thread-pay"; payBtn.textContent = "Pay";
        payBtn.onclick = () => busy(payBtn, "thread-result", "Paying through the thread…", async () => {
          const amt = amountOf(amount.value, inTokens ? "token" : "eth", "Amount");
          if (isZero(amt)) throw new PageError("Give an amount to pay.");
          const r = await rpc("spoke_threadPay", t.key, amt.wei, amt.token || null);
          loadThreads();
          return "Paid " + words(amt.wei, amt.token) + " through thread " + key + " (payment " + r.count + ").";
        });
        actions.append(amount, payBtn);
      }
      const closeBtn = document.createElement("button");
      closeBtn.type = "button"; closeBtn.className = "small thread-close"; closeBtn.textContent = "Close";
      closeBtn.onclick = () => busy(closeBtn, "thread-result", "Closing the thread…", async () => {
        await rpc("spoke_threadClose", t.key);
        loadThreads();
        refreshSoon();
        return "Thread " + key + " closed: what it paid moved into the channels.";
      });
      actions.append(closeBtn);
      li.append(actions);
    }
    ul.append(li);
  }
  if (!ul.children.length) ul.innerHTML = "<li class=\"old\">No threads.</li>";
}

function onThreadOpen(ev) {
  ev.preventDefault();
  const f = ev.target;
  busy($("thread-open-button"), "thread-result", "Opening the thread…", async () => {
    const to = recipientOf(f.to.value);
    const amt = amountOf(f.amount.value, f.unit.value, "Amount");
    if (isZero(amt)) throw new PageError("Give an amount to lock into the thread.");
    const t = await retryingCollateral("thread-result", () => rpc("spoke_threadOpen", to, amt.wei, amt.token || null, null));
    f.amount.value = "";
    loadThreads();
    refreshSoon();
    return "Thread " + t.key.slice(2, 10) + " open with " + words(amt.wei, amt.token) + " locked.";
  });
}

// ---- start ----

async function start() {
  $("pay-form").addEventListener("submit", onPay);
  $("link-form").addEventListener("submit", onLink);
  $("redeem-form").addEventListener("submit", onRedeem);
  $("deposit-form").addEventListener("submit", onDeposit);
  $("exchange-form").addEventListener("submit", onExchange);
  $("withdraw-form").addEventListener("submit", onWithdraw);
  $("thread-open-form").addEventListener("submit", onThreadOpen);
  $("exit-sure").addEventListener("change", () => { $("exit-button").disabled = !$("exit-sure").checked; });
  $("exit-button").addEventListener("click", onExit);
  $("refresh").addEventListener("click", () => { loadChannel(); loadThreads(); loadQuote(); });
  $("copy-me").addEventListener("click", () => navigator.clipboard && navigator.clipboard.writeText(me ? me.address : ""));
  $("link-copy").addEventListener("click", () => navigator.clipboard && navigator.clipboard.writeText($("link-text").value));
  $("contact-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = ev.target;
    const c = contacts();
    c[f.name.value.trim()] = f.addr.value.trim();
    localStorage.setItem("spoke-contacts", JSON.stringify(c));
    f.reset();
    renderContacts();
  });
  renderContacts();
  follow();
  try {
    me = await rpc("spoke_info");
    useToken(me.token);
    $("me").textContent = me.address;
    $("me").title = "peer id " + me.peerId;
  } catch (e) {
    $("me").textContent = human(e);
    return;
  }
  await Promise.all([loadChannel(), loadHistory(), loadQuote(), loadThreads()]);
  document.body.dataset.ready = "1";
}

start();
