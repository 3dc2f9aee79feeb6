package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"spoke/internal/gasreport"
)

func runGas(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("gas", "Measures the gas of every ChannelManager operation on an embedded dev chain (mainnet gas rules)\n"+
		"and prints the table beside go-nitro's published figures.", out)
	md := fs.String("md", "", "also write the report as markdown to this file (e.g. docs/gas.md)")
	snap := fs.String("snapshot", "", "also write the JSON snapshot the gas test compares against (e.g. docs/gas-snapshot.json)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Fprintln(out, "Measuring gas on an embedded dev chain...")
	ops, err := gasreport.Measure(ctx)
	if err != nil {
		return err
	}
	report := gasreport.Markdown(ops, "go run ./cmd/spoke gas --md docs/gas.md --snapshot docs/gas-snapshot.json")
	fmt.Fprint(out, report)
	if *md != "" {
		if err := os.WriteFile(*md, []byte(report), 0o644); err != nil {
			return err
		}
	}
	if *snap != "" {
		b, err := gasreport.Snapshot(ops)
		if err != nil {
			return err
		}
		if err := os.WriteFile(*snap, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
