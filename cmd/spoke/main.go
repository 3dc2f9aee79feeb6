package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand of spoke.
type command struct {
	name  string
	short string
	run   func(ctx context.Context, args []string, out io.Writer) error
}

func commands() []command {
	return []command{
		{"demo", "a dev chain, hubs and users in one process: deposits, an exchange, a purchase, a withdrawal, a payment across two hubs", runDemo},
		{"devnet", "run an embedded dev chain with JSON-RPC, the contracts deployed and dev accounts funded", runDevnet},
		{"hub", "run a hub node (daemon); hub connect: open a channel with another hub; hub fees: show or set fees; hub books: the hub's money; hub drain / hub resume: before a shutdown; hub exit: close one user's channel on-chain", runHub},
		{"user", "run a user node (daemon)", runUser},
		{"info", "show the running node (client)", runInfo},
		{"channel", "show the channel with the hub (client)", runChannel},
		{"deposit", "deposit on-chain and credit it (client)", runDeposit},
		{"exchange", "sell wei for tokens or tokens for wei at the hub's rate (client)", runExchange},
		{"pay", "pay users of this hub, or of any hub by address (routed); several at once make a purchase (client)", runPay},
		{"redeem", "redeem a link payment (client)", runRedeem},
		{"thread", "open a thread to a user of the hub, pay through it directly, close it, list threads (client)", runThread},
		{"withdraw", "withdraw on-chain, optionally selling tokens for wei (client)", runWithdraw},
		{"history", "list the channel's states and what each changed (client)", runHistory},
		{"collateral", "show or request the hub's collateral (client)", runCollateral},
		{"hubs", "list the hub network: hubs, fees, hub-to-hub channels (client)", runHubs},
		{"route", "show the route a payment would take, its fee and expiry (client)", runRoute},
		{"exit", "close the channel on-chain without the hub (client)", runExit},
		{"backup", "back the node's signed state up now (client)", runBackup},
		{"restore", "restore a node's signed state from its backup into a new data directory", runRestore},
		{"events", "follow the node's events (client)", runEvents},
		{"page", "print a one-time login link to the node's wallet page (client)", runPage},
		{"doctor", "check a node's setup (key, disk, daemon, chain, hub, backups) and say what to fix", runDoctor},
		{"wait-ready", "wait until a node's daemon runs and answers (exit 0), or say why not at the deadline (exit 1)", runWaitReady},
		{"gas", "measure gas per contract operation and print it (or write docs/gas.md)", runGas},
		{"sim", "simulate routing under virtual time with spoke's own routing code: scenarios, sweeps, plots (docs/sim.md)", runSim},
		{"version", "print the version", runVersion},
	}
}

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, out, errOut io.Writer) int {
	args = globalFlags(args, os.Getenv)
	if len(args) == 0 {
		usage(errOut) // a bare spoke did nothing: a script calling it must see that
		return 2
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(out)
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], out)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		default:
			fmt.Fprintf(errOut, "spoke %s: %s\n", c.name, forPeople(err))
			return 1
		}
	}
	fmt.Fprintf(errOut, "spoke: unknown command %q\n\n", args[0])
	usage(errOut)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "spoke — payment channels on Ethereum, peer to peer.")
	fmt.Fprintln(w, "\nUsage: spoke <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.short)
	}
	fmt.Fprintln(w, "\nRun 'spoke <command> --help' for the flags of a command; 'spoke --verbose <command>' shows errors\nwith the node's details.")
}

// newFlags returns a flag set that prints its usage to out and reports errors instead of exiting.
func newFlags(name, synopsis string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("spoke "+name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintf(out, "Usage: spoke %s [flags]\n\n%s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func runVersion(_ context.Context, args []string, out io.Writer) error {
	fs := newFlags("version", "Prints the version of this spoke binary.", out)
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Fprintln(out, "spoke", version)
	return nil
}
