package main

import (
	"fmt"
	"regexp"
	"strings"
)

// verbose shows errors as the node gave them (spoke --verbose <command>, a client verb's --verbose, or
// SPOKE_VERBOSE=1) under the sentence for people.
var verbose bool

// plainError is one kind of error as people read it: a pattern on the error's text and the sentence
// that says what happened and what to do; $1... are the pattern's groups.
type plainError struct {
	re   *regexp.Regexp
	says func(m []string) string
}

func plain(pattern string, says func(m []string) string) plainError {
	return plainError{regexp.MustCompile(pattern), says}
}

func fixed(s string) func([]string) string { return func([]string) string { return s } }

// plainErrors are tried in order; the first that matches speaks.
var plainErrors = []plainError{
	plain(`insufficient funds for (?:transfer|gas)`, fixed("your account lacks the ETH for this transaction and its gas: "+
		"send ETH to the node's address (spoke info) and try again")),
	plain(`the account lacks the funds: (.*)`, func(m []string) string { return m[1] }),
	plain(`insufficient balance: (wei|token) (\d+) wanted, (\d+) spendable`, func(m []string) string {
		return fmt.Sprintf("your channel has %s to spend, not %s: deposit more first (spoke deposit), or use less",
			unitWords(m[1], m[3]), unitWords(m[1], m[2]))
	}),
	plain(`recipient "([^"]*)" is neither an address|a peer is an address \(0x\.\.\.\) or a peer id, not "([^"]*)"`, func(m []string) string {
		return fmt.Sprintf("%q is not an address (0x and 40 hex digits), a peer id, or the data directory of a running node. "+
			"Check the recipient", m[1]+m[2])
	}),
	plain(`no record of that address in the network.*?(0x[0-9a-fA-F]{40})`, func(m []string) string {
		return fmt.Sprintf("nobody with the address %s is reachable: it is not a user of your hub, nor of a hub this node knows. "+
			"Check the address; the recipient's node must be running and connected to a hub", m[1])
	}),
	plain(`unknown recipient: (0x[0-9a-fA-F]{40})`, func(m []string) string {
		return fmt.Sprintf("%s has no channel with your hub: the recipient deposits first (spoke deposit on their node), "+
			"or you pay by a link (spoke pay --link)", m[1])
	}),
	plain(`channel with the hub exited on-chain|takes no more updates|exited on-chain`, fixed("your channel with the hub is exiting or was "+
		"closed on-chain: it takes no more payments, deposits or links; see spoke channel for what it paid out")),
	plain(`not a spoke link`, fixed("that is not a whole spoke link: copy all of it, from spokelink1: to its end")),
	plain(`no unredeemed link`, fixed("the hub holds no unredeemed link payment with that secret: it was redeemed already, "+
		"or expired back to whoever made it")),
	plain(`no channel with that counterparty: (0x[0-9a-fA-F]{40})`, func(m []string) string {
		return fmt.Sprintf("this node has no channel with %s: check --peer (spoke collateral on a hub lists its channels)", m[1])
	}),
	plain(`no known way to reach the counterparty: (the hub is unreachable now.*)`, func(m []string) string { return m[1] }),
	plain(`rejected by the counterparty: .*no known way to reach the counterparty: (0x[0-9a-fA-F]{40}) is offline`, func(m []string) string {
		return fmt.Sprintf("the recipient %s is not connected to the hub now (offline?): nothing was paid. Try again when they "+
			"are back, or send a link they redeem later (spoke pay --link)", m[1])
	}),
	plain(`no known way to reach the counterparty|failed to dial|connection refused.*p2p|all dials failed|peer is offline`,
		fixed("the hub (or the node on the other side) cannot be reached now: it may be offline or restarting. Try again "+
			"shortly; spoke info shows this node's addresses, and the hub's operator can check it runs")),
	plain(`recipient needs collateral.*the hub's reserve is empty`, fixed("the hub cannot pay that recipient (recipient needs "+
		"collateral), and its reserve is empty: it cannot collateralize their channel until its operator tops the reserve up "+
		"(spoke hub --reserve-wei); nothing was paid")),
	plain(`recipient needs collateral.*retry shortly`, fixed("the hub cannot pay that recipient yet (recipient needs "+
		"collateral): the hub is collateralizing their channel; retry shortly")),
	plain(`recipient needs collateral`, fixed("the hub cannot pay that recipient now (recipient needs collateral) and is not "+
		"collateralizing their channel at the moment; retry later, or pay less")),
	plain(`nothing to withdraw|nothing to deposit|zero amount`, fixed("nothing to do: give an amount above zero")),
	plain(`an amount is a decimal string of base units: "([^"]*)"`, func(m []string) string {
		return fmt.Sprintf("%q is not an amount: give whole base units (like 1000), or use --eth for ETH (like 0.01)", m[1])
	}),
	plain(`(.*is not a p2p address with a peer id \([^)]*\)): .*`, func(m []string) string { return m[1] }),
	plain(`(?:execution )?reverted(?:: (.*))?`, func(m []string) string {
		why := "the contract refused it"
		if m[1] != "" {
			why += " (" + m[1] + ")"
		}
		return "the transaction was not made: " + why + "; nothing was spent but what the chain may charge for gas. Run with --verbose for the details"
	}),
}

// internals are prefixes of the node's packages and protocol ids that say nothing to people.
var internals = regexp.MustCompile(`(?:\b(?:node|api|protocol|chain|p2p|state|user|hub): )|(?:update \d+ \(protocol\.\w+\): )|` +
	`(?:/spoke/[\w-]+/\d+\.\d+\.\d+ handler of \w+ failed: )`)

// forPeople rewrites an error of a verb for the person who ran it: a known kind becomes its sentence,
// anything else loses the package prefixes and protocol ids; with verbose, the error as the node gave
// it follows.
func forPeople(err error) string {
	raw := err.Error()
	msg := ""
	for _, p := range plainErrors {
		if m := p.re.FindStringSubmatch(raw); m != nil {
			msg = p.says(m)
			break
		}
	}
	if msg == "" {
		msg = internals.ReplaceAllString(raw, "")
	}
	if verbose && msg != raw {
		msg += "\n  (details: " + raw + ")"
	}
	return msg
}

// unitWords renders an amount of wei or token base units with its unit.
func unitWords(asset, amount string) string {
	if asset == "wei" {
		return amountWords(amount, "")
	}
	return amountWords("", amount)
}

// globalFlags strips the flags every command takes before its name (--verbose), reads SPOKE_VERBOSE and
// forgets what an earlier run in this process learnt (the token's unit).
func globalFlags(args []string, env func(string) string) []string {
	verbose = env("SPOKE_VERBOSE") == "1" || strings.EqualFold(env("SPOKE_VERBOSE"), "true")
	tokenUnit.symbol, tokenUnit.decimals = "", 0 // until a verb reads them from its node
	for len(args) > 0 && (args[0] == "--verbose" || args[0] == "-verbose" || args[0] == "-v") {
		verbose, args = true, args[1:]
	}
	return args
}
