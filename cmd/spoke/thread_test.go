package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/api"
)

// Each thread subcommand has its help; bad arguments are refused before any node is asked.
func TestThreadSubcommands(t *testing.T) {
	for _, sub := range []string{"open", "pay", "close", "list", "dispute", "nuke"} {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), []string{"thread", sub, "--help"}, &out, &errOut); code != 0 ||
			!strings.Contains(out.String(), "Usage: spoke thread "+sub) {
			t.Errorf("thread %s --help: exit %d\n%s", sub, code, out.String())
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"thread"}, "give a subcommand"},
		{[]string{"thread", "frob"}, `unknown subcommand "frob": open, pay, close, list, dispute or nuke`},
		{[]string{"thread", "open", "--wei", "1"}, "give --to"},
		{[]string{"thread", "open", "--to", "0xb0b"}, "--tokens or --token"},
		{[]string{"thread", "open", "--to", "0xb0b", "--wei", "1.5"}, "whole number"},
		{[]string{"thread", "open", "--to", "0xb0b", "--token", "+1"}, "whole number"},
		{[]string{"thread", "open", "bob", "--wei", "1"}, "unexpected argument"},
		{[]string{"thread", "pay", "--wei", "1"}, "give the thread"},
		{[]string{"thread", "pay", "abcd", "efgh", "--wei", "1"}, "give the thread"},
		{[]string{"thread", "pay", "abcd"}, "give --eth, --wei, --tokens"},
		{[]string{"thread", "pay", "abcd", "--wei", "1", "--count", "0"}, "--count 0"},
		{[]string{"thread", "close"}, "give the thread"},
		{[]string{"thread", "list", "x"}, "unexpected argument"},
		{[]string{"thread", "dispute", "--yes"}, "give the thread"},
		{[]string{"thread", "dispute", "abcd"}, "pass --yes"},
		{[]string{"thread", "nuke", "abcd"}, "unexpected argument"},
		{[]string{"thread", "nuke", "--datadir", t.TempDir()}, "no running node"},
		{[]string{"thread", "list", "--datadir", t.TempDir()}, "no running node"},
	} {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), c.args, &out, &errOut); code == 0 || !strings.Contains(errOut.String(), c.want) {
			t.Errorf("spoke %s: exit %d, want an error saying %q: %s", strings.Join(c.args, " "), code, c.want, errOut.String())
		}
	}
}

// Flags may come after a subcommand's positional arguments.
func TestParseWithArgs(t *testing.T) {
	fs := newFlags("x", "", &bytes.Buffer{})
	wei := fs.String("wei", "", "")
	n := fs.Int("count", 1, "")
	pos, err := parseWithArgs(fs, []string{"--count", "3", "abcd", "--wei", "5", "ef"})
	if err != nil || strings.Join(pos, ",") != "abcd,ef" || *wei != "5" || *n != 3 {
		t.Fatalf("%q %v: wei %q count %d", pos, err, *wei, *n)
	}
}

// payThread makes every payment, at most maxInFlight at once, and stops making more once one failed (those
// on their way go on).
func TestPayThreadPipelines(t *testing.T) {
	var inFlight, most, made atomic.Int64
	pay := func(fail int64) func(context.Context, *api.ThreadPayment) error {
		return func(_ context.Context, p *api.ThreadPayment) error {
			n := inFlight.Add(1)
			defer inFlight.Add(-1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			k := made.Add(1)
			if fail > 0 && k >= fail { // the thread ran dry
				return errors.New("node: the thread holds less than that")
			}
			p.Count = uint64(k)
			return nil
		}
	}
	res := payThread(context.Background(), pay(0), 500)
	if res.Payments != 500 || res.Error != "" || res.Count != 500 || most.Load() > maxInFlight {
		t.Fatalf("500 payments: %+v, at most %d at once", res, most.Load())
	}
	made.Store(0)
	res = payThread(context.Background(), pay(100), 500)
	if res.Error == "" || res.Payments != 99 || int(made.Load()) > 100+maxInFlight {
		t.Fatalf("failures from the 100th on: %+v, %d tried", res, made.Load())
	}
	if got := times("10", 100); got != "1000" {
		t.Fatalf("times: %s", got)
	}
}

func TestAmountWordsAndShortKeys(t *testing.T) {
	tokenUnit.symbol = "" // base units only, as before a verb read the token's unit
	for _, c := range [][3]string{
		{"1000", "0", "1000 wei"},
		{"0", "5", "5 token"},
		{"", "", "0 wei"},
		{"1500000000000000000", "7", "1500000000000000000 wei (1.5 ETH), 7 token"},
		{"999999999", "", "999999999 wei"},
		{"1000000000", "", "1000000000 wei (0.000000001 ETH)"},
	} {
		if got := amountWords(c[0], c[1]); got != c[2] {
			t.Errorf("amountWords(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
	got := shortest([]string{"aaaaaaaaaa11", "aaaaaaaaaa22", "bbbbbbbbbbbb"}, 8)
	if strings.Join(got, ",") != "aaaaaaaaaa1,aaaaaaaaaa2,bbbbbbbb" {
		t.Fatalf("shortest: %q", got)
	}
}

// TestThreadLinesShowFailed: spoke thread list shows a thread whose opening the hub refused as failed.
func TestThreadLinesShowFailed(t *testing.T) {
	raw, err := json.Marshal([]api.ThreadJSON{{Role: "sending", Status: "failed", Key: common.HexToHash("0xabcdef0123"),
		SenderShare: api.Amounts{Wei: "99"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := threadLines(raw); !strings.Contains(got, "sending  failed") || !strings.Contains(got, "99 wei") {
		t.Fatalf("thread list:\n%s", got)
	}
}
