package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/node"
	"spoke/state"
)

// TestConfigPrecedence: the command line wins over the environment, which wins over the config file,
// which wins over the defaults; unknown settings and bad values are refused with the file and line.
func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, configFile)
	write := func(s string) {
		if err := os.WriteFile(conf, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("# a hub\nrate = 3/2\nconfirmations = 7\ndevnet = \"from-config.json\"\napi = 127.0.0.1:9999 # trailing comment\n\n")
	t.Setenv("SPOKE_DEVNET", "from-env.json")
	fs := newFlags("hub", "", io.Discard)
	var d daemonFlags
	d.register(fs, node.Hub)
	if err := fs.Parse([]string{"--datadir", dir, "--confirmations", "4"}); err != nil {
		t.Fatal(err)
	}
	if err := loadConfig(fs, "", d.datadir); err != nil {
		t.Fatal(err)
	}
	if d.rate != "3/2" || d.confirmations != 4 || d.devnet != "from-env.json" || d.apiAddr != "127.0.0.1:9999" {
		t.Fatalf("rate %q confirmations %d devnet %q api %q", d.rate, d.confirmations, d.devnet, d.apiAddr)
	}
	if r, err := parseRate(d.rate); err != nil || r.Num.Int64() != 3 || r.Den.Int64() != 2 {
		t.Fatalf("rate %v, %v", r, err)
	}
	for _, c := range []struct{ conf, want string }{
		{"bogus = 1\n", `:1: unknown setting "bogus"`},
		{"\nconfirmations = many\n", ":2: confirmations"},
		{"rate\n", ":1: want `name = value`"},
		{"reserve-wei = 1\n", ""}, // a hub setting: fine for a hub
	} {
		write(c.conf)
		fs := newFlags("hub", "", io.Discard)
		var d daemonFlags
		d.register(fs, node.Hub)
		err := loadConfig(fs, conf, "")
		if c.want == "" {
			if err != nil {
				t.Errorf("%q: %v", c.conf, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.conf, err, c.want)
		}
	}
	write("rate = 2\n") // a hub setting in a user's config file
	fs = newFlags("user", "", io.Discard)
	var u daemonFlags
	u.register(fs, node.User)
	if err := loadConfig(fs, conf, ""); err == nil || !strings.Contains(err.Error(), `unknown setting "rate"`) {
		t.Fatalf("a user's config with a hub setting: %v", err)
	}
	for _, bad := range []string{"0", "1/0", "-1", "x", "1.5"} {
		if _, err := parseRate(bad); err == nil {
			t.Errorf("rate %q accepted", bad)
		}
	}
}

// TestHubPolicyFlags: the collateral and thread flags reach the engine's policies, and bad ones are
// refused.
func TestHubPolicyFlags(t *testing.T) {
	parse := func(args ...string) (*node.Config, error) {
		fs := newFlags("hub", "", io.Discard)
		var d daemonFlags
		d.register(fs, node.Hub)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		edit, err := d.policy(node.Hub)
		if err != nil {
			return nil, err
		}
		var c node.Config
		edit(&c)
		return &c, nil
	}
	c, err := parse("--collateral-topups-per-hour", "7", "--collateral-floor-wei", "5", "--collateral-ceiling-wei", "9")
	if err != nil || c.Collateral.MaxTopUpsPerHour != 7 || c.Collateral.Floor[0].Uint64() != 5 || c.Collateral.Ceiling[0].Uint64() != 9 {
		t.Fatalf("policy %+v, %v", c, err)
	}
	if c.Threads == nil || c.Threads.Min[0] != node.DefaultThreadPolicy().Min[0] || c.Threads.SenderSlots != state.MaxThreads/4 {
		t.Fatalf("default thread policy %+v", c.Threads)
	}
	c, err = parse("--thread-min-wei", "0", "--thread-min-token", "7", "--thread-sender-slots", "3")
	if err != nil || !c.Threads.Min[0].IsZero() || c.Threads.Min[1].Uint64() != 7 || c.Threads.SenderSlots != 3 {
		t.Fatalf("thread policy %+v, %v", c.Threads, err)
	}
	for _, bad := range [][]string{
		{"--collateral-topups-per-hour", "0"},
		{"--collateral-floor-wei", "10", "--collateral-ceiling-wei", "9"},
		{"--collateral-floor-token", "1.5"},
		{"--thread-min-wei", "-1"},
		{"--thread-sender-slots", "0"},
		{"--thread-sender-slots", "257"},
	} {
		if _, err := parse(bad...); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

// TestChannelCollateralFlag: --channel-collateral sets one channel's wei floor and ceiling; bad values are
// refused with the form to use.
func TestChannelCollateralFlag(t *testing.T) {
	base := node.DefaultCollateralPolicy()
	got, err := channelCollateral([]string{"0x00000000000000000000000000000000000000b2=1000:5000", "0x00000000000000000000000000000000000000b3=0:0"}, base)
	if err != nil {
		t.Fatal(err)
	}
	p := got[common.HexToAddress("0x00000000000000000000000000000000000000b2")]
	if p == nil || p.Floor[0].Uint64() != 1000 || p.Ceiling[0].Uint64() != 5000 || p.Disabled || !p.Floor[1].Eq(&base.Floor[1]) {
		t.Fatalf("policy %+v", p)
	}
	if off := got[common.HexToAddress("0x00000000000000000000000000000000000000b3")]; off == nil || !off.Disabled {
		t.Fatalf("0:0 does not turn the channel's autocollateral off: %+v", off)
	}
	for _, bad := range []string{"0xb2=1:2", "0x00000000000000000000000000000000000000b2=5:1", "0x00000000000000000000000000000000000000b2=x:1", "nope"} {
		if _, err := channelCollateral([]string{bad}, base); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
