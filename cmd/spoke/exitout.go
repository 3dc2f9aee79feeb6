package main

import (
	"fmt"
	"math/big"
	"strings"

	"spoke/api"
	"spoke/state"
)

// payoutLines says what an exit paid out to whom and which transactions it sent, with their gas.
func payoutLines(r api.ExitResult) string { return payoutLinesAs(r, "you") }

// payoutLinesAs is payoutLines naming the channel's user as user.
func payoutLinesAs(r api.ExitResult, user string) string {
	var b strings.Builder
	for _, p := range r.Payouts {
		to := user + " (" + p.To.Hex() + ")"
		if p.ToReserve {
			to = "the hub's reserve in the contract (" + p.To.Hex() + ")"
		}
		what := "balance"
		if p.What != "balance" {
			what = p.What
		}
		fmt.Fprintf(&b, "\npaid out (%s): %s to %s", what, amountWords(p.Wei, p.Token), to)
	}
	if len(r.Payouts) == 0 {
		b.WriteString("\npaid out: see spoke channel once the chain shows the channel emptied")
	}
	gas, fee, feeKnown := uint64(0), new(big.Int), true
	for _, t := range r.Txs {
		fmt.Fprintf(&b, "\ntx %s %s: gas %d", t.TxHash.Hex(), t.Method, t.GasUsed)
		gas += t.GasUsed
		if f, ok := new(big.Int).SetString(t.Fee, 10); ok {
			fee.Add(fee, f)
		} else {
			feeKnown = false
		}
	}
	if len(r.Txs) > 0 {
		fmt.Fprintf(&b, "\n%d transaction(s), gas %d in all", len(r.Txs), gas)
		if feeKnown {
			fmt.Fprintf(&b, ", fees %s ETH paid by you", formatUnits(fee, 18))
		}
	}
	return b.String()
}

// exitedLines say, for a channel that exits or exited on-chain, that it takes no more payments and, once
// emptied, what it paid out to whom; the last state is shown as what it was, not as balances held.
func exitedLines(st state.ChannelState, phase string, ex *api.ChannelExit, locks int) []string {
	if ex == nil {
		return []string{fmt.Sprintf("channel exiting on-chain: it takes no more payments (spoke exit follows it through); "+
			"last state %d: you %s; hub %s; %d open locks", st.TxCountGlobal, amountWords(st.WeiUser.Dec(), st.TokenUser.Dec()),
			amountWords(st.WeiHub.Dec(), st.TokenHub.Dec()), locks)}
	}
	head := fmt.Sprintf("channel exited: closed on-chain (emptied in block %d, tx %s); it takes no more payments", ex.Block, ex.TxHash.Hex())
	if phase != "exited" {
		head = fmt.Sprintf("channel emptied on-chain (block %d, tx %s); its locks or threads still settle (run spoke exit again)", ex.Block, ex.TxHash.Hex())
	}
	return []string{
		head,
		fmt.Sprintf("paid out: %s to you (%s); %s to the hub's reserve (%s)", amountWords(ex.User.Wei, ex.User.Token), ex.User.To.Hex(),
			amountWords(ex.Hub.Wei, ex.Hub.Token), ex.Hub.To.Hex()),
	}
}
