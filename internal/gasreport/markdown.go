package gasreport

import (
	"fmt"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"

	"spoke/contracts/bindings"
)

// stateWords is the number of 32-byte words a channel state takes in calldata.
var stateWords = reflect.TypeFor[bindings.ChannelTypesChannelState]().NumField()

// Markdown renders the report (docs/gas.md); command is how to regenerate it.
func Markdown(ops []Op, command string) string {
	var b strings.Builder
	b.WriteString("# Gas per operation\n\n")
	b.WriteString(intro())
	fmt.Fprintf(&b, "Regenerate this file and `docs/gas-snapshot.json` with:\n\n```sh\n%s\n```\n\n", command)
	b.WriteString("`go test ./internal/gasreport/` measures again and fails when an operation uses more gas " +
		"than `docs/gas-snapshot.json` records.\n\n")
	b.WriteString(table(ops))
	b.WriteString("\n## What each row measures\n\n")
	for i, op := range ops {
		fmt.Fprintf(&b, "%d. **%s**: %s\n", i+1, op.Name, op.Note)
	}
	b.WriteString("\n## Against go-nitro\n\n")
	b.WriteString(comparison(ops))
	return b.String()
}

func intro() string {
	geth := "go-ethereum"
	if v := moduleVersion("github.com/ethereum/go-ethereum"); v != "" {
		geth += " " + v
	}
	return "Gas used per ChannelManager operation, as the transaction receipt reports it: the 21,000 base " +
		"cost and calldata included, storage refunds deducted. `internal/gasreport` deploys the contracts " +
		"on a fresh simulated chain (" + geth + "'s simulated backend, through `internal/chaintest`) that " +
		"runs mainnet gas rules, Osaka without the dev-only forks (`devchain.MainnetRules`), and drives " +
		"channels between a hub and the users Alice, Bob and Mallory through every operation. The contracts " +
		"are compiled by solc 0.8.37 with via-IR, the optimizer at 10000 runs and EVM target cancun " +
		"(`contracts/compile.js`). Every run uses the same keys, amounts, timeouts, expiries and preimages, " +
		"so the figures are deterministic.\n\n"
}

func moduleVersion(path string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, m := range info.Deps {
		if m.Path == path {
			if m.Replace != nil {
				return m.Replace.Version
			}
			return m.Version
		}
	}
	return ""
}

func table(ops []Op) string {
	var b strings.Builder
	b.WriteString("| operation | spoke gas | go-nitro | ratio |\n|---|---:|---:|---:|\n")
	for _, op := range ops {
		nitro, ratio := "—", "—"
		if op.Nitro != 0 {
			nitro = commas(op.Nitro)
			ratio = strconv.FormatFloat(float64(op.Gas)/float64(op.Nitro), 'f', 2, 64) + "×"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", op.Name, commas(op.Gas), nitro, ratio)
	}
	b.WriteString("\ngo-nitro: the figure go-nitro publishes for the comparable operation (deposit, withdraw, " +
		"challenge, checkpoint, settle), quoted, not re-measured; — where none compares. Ratio: spoke over " +
		"go-nitro.\n")
	return b.String()
}

// differences says, per compared operation, how spoke's and go-nitro's operations differ in what they do.
var differences = map[string]string{
	opDirectNew: "Both add msg.value to one storage slot of a new channel with no signature; spoke's " +
		"deposit also takes the hub's and the user's addresses, checks them and emits an event; the user's " +
		"next off-chain state credits the deposit.",
	opCoopWithdrawal: "spoke's withdrawal sends the state and one signature (the hub submits, so only the " +
		"user's signature is recovered), keeps the channel open and pays the user alone; go-nitro's withdraw " +
		"concludes the channel on a final state every participant signed and transfers each participant's " +
		"share.",
	opStartExitUpdate: "Both register a signed state and start a timeout; spoke recovers one signature (the " +
		"caller's own is implied by its transaction) and stores the state's balances, counters and roots " +
		"across the channel's slots, where go-nitro checks the participants' signatures and a challenger " +
		"signature and stores one packed status slot.",
	opChallenge: "Both replace a registered state with a newer one; spoke recovers one signature when a party " +
		"submits (two from a watchtower) and rewrites the stored balances and counters, where go-nitro's " +
		"checkpoint checks the participants' signatures and rewrites its status slot.",
	opEmptyChannel: "spoke keeps the final balances in storage, so emptyChannel takes two addresses, pays " +
		"the user by transfer, credits the hub's reserve inside the contract and clears slots (earning " +
		"refunds); go-nitro's settle sends the outcome again, checks it against the stored fingerprint and " +
		"transfers to each participant.",
}

// variants are pairs of measured operations whose settings differ in one respect.
var variants = []struct{ a, b, what string }{
	{opDepositNew, opDepositExisting, "creating the channel: its balance, total and counter slots go from zero to non-zero"},
	{opHubDeposit, opHubTopUp, "the reserve slot going from zero to non-zero"},
	{opChallengeBoth, opChallenge, "recovering a second signature: an ecrecover and 65 more bytes of calldata"},
	{opStartExitRoots, opStartExitUpdate, "storing a thread root, a lock root and locked amounts"},
}

func comparison(ops []Op) string {
	byName := make(map[string]Op, len(ops))
	var compared, above int
	for _, op := range ops {
		byName[op.Name] = op
		if op.Nitro != 0 {
			compared++
			if op.Gas > op.Nitro {
				above++
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Of the %d operations with a comparable go-nitro figure, spoke uses more gas on %d and no more "+
		"on %d. A spoke channel state is %d 32-byte words (%d bytes) of calldata, and an operation that takes "+
		"one also carries a 65-byte signature (padded to 96 bytes, plus a length word) for each party that did "+
		"not send the transaction, recovered with ecrecover (3,000 gas).\n\n", compared, above, compared-above,
		stateWords, 32*stateWords)
	for _, op := range ops {
		if op.Nitro == 0 {
			continue
		}
		fmt.Fprintf(&b, "- **%s**: %s against %s (%s). %s\n", op.Name, commas(op.Gas), commas(op.Nitro),
			percent(op.Gas, op.Nitro), differences[op.Name])
	}
	b.WriteString(depositGap(byName))
	b.WriteString("\nWhat single differences cost, from pairs of rows measured in settings that differ in one " +
		"respect:\n\n")
	for _, v := range variants {
		a, okA := byName[v.a]
		c, okC := byName[v.b]
		if okA && okC {
			fmt.Fprintf(&b, "- %s minus %s: %s gas (%s).\n", v.a, v.b, signed(int64(a.Gas)-int64(c.Gas)), v.what)
		}
	}
	b.WriteString("\ngo-nitro measured its figures on its own contracts, toolchain and hard fork, for a two-party " +
		"channel holding ETH; they are quoted here, not re-measured under the rules above, so the ratios are " +
		"indicative. A spoke state also carries pending deposits and withdrawals, token balances beside wei, " +
		"and thread and lock roots.\n")
	return b.String()
}

// depositGap explains the deposit comparison from the deposit rows.
func depositGap(byName map[string]Op) string {
	var sentences []string
	dNew, okNew := byName[opDepositNew]
	dOld, okOld := byName[opDepositExisting]
	if okNew && okOld && dNew.Nitro != 0 && dNew.Gas > dNew.Nitro && dNew.Gas > dOld.Gas {
		sentences = append(sentences, fmt.Sprintf("Of the deposit's %s gas above go-nitro, %s is creating the "+
			"channel's storage (the new-channel deposit minus the existing-channel one).",
			commas(dNew.Gas-dNew.Nitro), commas(dNew.Gas-dOld.Gas)))
	}
	if hub, ok := byName[opHubDeposit]; ok {
		sentences = append(sentences, fmt.Sprintf("The spoke operation mechanically closest to go-nitro's "+
			"deposit is the hub's first reserve deposit: one mapping slot from zero to non-zero and no "+
			"signature. It uses %s gas, %s against go-nitro's deposit.", commas(hub.Gas), percent(hub.Gas, nitroDeposit)))
	}
	if len(sentences) == 0 {
		return ""
	}
	return "\n" + strings.Join(sentences, " ") + "\n"
}

// percent is how much a is above or below b, as "+12%" or "−8%".
func percent(a, b uint64) string {
	p := (float64(a)/float64(b) - 1) * 100
	if p < 0 {
		return "−" + strconv.FormatFloat(-p, 'f', 0, 64) + "%"
	}
	return "+" + strconv.FormatFloat(p, 'f', 0, 64) + "%"
}

func signed(v int64) string {
	if v < 0 {
		return "−" + commas(uint64(-v))
	}
	return "+" + commas(uint64(v))
}

// commas formats n with thousands separators.
func commas(n uint64) string {
	s := strconv.FormatUint(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
