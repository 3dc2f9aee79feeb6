package node

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/multiformats/go-multiaddr"

	"spoke/contracts/devchain"
	"spoke/p2p"
	"spoke/state"
)

// Alice opens a thread to Bob, a user of her hub she was never connected to, by his address alone: the
// hub introduces him. After her restart (her engine no longer knows Bob's peer, and she is not connected
// to him), paying (ten payments at once) and closing reach him again the same way.
func TestThreadToAUserNeverMet(t *testing.T) {
	n := startHubNet(t, 500, 500)
	alice, bob := n.users[0], n.users[1]
	if alice.host.Connected(bob.host.ID()) {
		t.Fatal("alice starts connected to bob")
	}
	a0, b0 := n.channelOf(t, alice).State, n.channelOf(t, bob).State
	info, err := (&Node{Engine: alice.eng}).OpenThread(testCtx(t), bob.eng.Address(), *uint256.NewInt(100), uint256.Int{}, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if info.Status != state.ThreadOpen || info.Receiver != bob.eng.Address() || info.Hub != hubAddr {
		t.Fatalf("thread after opening: %+v", info)
	}
	pay := func(a *testNode, k int) {
		t.Helper()
		for range k {
			if _, err := (&Node{Engine: a.eng}).PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(3), uint256.Int{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	pay(alice, 10)
	alice = restartUser(t, n, 0)
	if alice.host.Connected(bob.host.ID()) {
		t.Fatal("alice is connected to bob right after her restart")
	}
	errs := make(chan error, 10)
	for range 10 { // at once: one search for Bob, then all of them paid
		go func() {
			_, err := (&Node{Engine: alice.eng}).PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(3), uint256.Int{})
			errs <- err
		}()
	}
	for range 10 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if got := threadOf(t, bob, info.Key); got.TxCount > 20 || got.Latest.WeiReceiver.Uint64() != 60 {
		t.Fatalf("bob's side: count %d, %s wei", got.TxCount, got.Latest.WeiReceiver.Dec())
	}
	alice = restartUser(t, n, 0)
	if _, err := (&Node{Engine: alice.eng}).CloseThread(testCtx(t), hubAddr, info.Key); err != nil {
		t.Fatal(err)
	}
	waitNoThreads(t, n, alice, bob)
	a, b := n.channelOf(t, alice).State, n.channelOf(t, bob).State
	if a.WeiUser.Uint64() != a0.WeiUser.Uint64()-60 || b.WeiUser.Uint64() != b0.WeiUser.Uint64()+60 {
		t.Fatalf("after closing: alice %s (was %s), bob %s (was %s)", a.WeiUser.Dec(), a0.WeiUser.Dec(), b.WeiUser.Dec(), b0.WeiUser.Dec())
	}
}

// The hub introduces only its own users, about its own users connected now; bad requests change nothing.
func TestIntroduceRefuses(t *testing.T) {
	n := startHubNet(t, 500, 500, 500)
	alice, bob, carol := n.users[0], n.users[1], n.users[2]
	stranger := newHost(t, devchain.DevKey(9))
	if err := stranger.Connect(testCtx(t), n.hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	ask := func(from *p2p.Host, req []byte) error {
		_, err := from.Request(testCtx(t), n.hub.host.ID(), IntroduceProtocol, req)
		return err
	}
	carol.stop()
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"a stranger asks for a user", ask(stranger, alice.eng.Address().Bytes()), "only to its own users"},
		{"a user asks for a stranger", ask(alice.host, stranger.Address().Bytes()), "no channel with this hub"},
		{"a user asks for herself", ask(alice.host, alice.eng.Address().Bytes()), "no channel with this hub"},
		{"a user asks for the hub", ask(alice.host, hubAddr.Bytes()), "no channel with this hub"},
		{"a user asks for a user who left", ask(alice.host, carol.eng.Address().Bytes()), "not connected"},
		{"a request that is not an address", ask(bob.host, []byte{1, 2, 3}), "malformed"},
	}
	for _, tc := range cases {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error saying %q", tc.name, tc.err, tc.want)
		}
	}
	// The honest question is answered with Bob's own peer id and addresses that reach him.
	info, err := alice.eng.Introduce(testCtx(t), hubAddr, bob.eng.Address())
	if err != nil {
		t.Fatal(err)
	}
	if info.ID != bob.host.ID() || len(info.Addrs) == 0 {
		t.Fatalf("introduction of bob: %+v", info)
	}
	if err := alice.host.Connect(testCtx(t), info); err != nil {
		t.Fatalf("connecting to bob as introduced: %v", err)
	}
	if _, err := alice.eng.Introduce(testCtx(t), bob.eng.Address(), carol.eng.Address()); !errors.Is(err, ErrUnknownHub) {
		t.Fatalf("asking a peer that is not this node's hub: %v", err)
	}
}

// An introduction's encoding is bounded and parsed strictly: extra addresses and overlong ones are left
// out when encoding, and truncated, padded or overfull answers are refused.
func TestIntroductionEncoding(t *testing.T) {
	id := newHost(t, devchain.DevKey(1)).ID()
	var addrs []multiaddr.Multiaddr
	for i := range maxIntroducedAddrs + 3 {
		addrs = append(addrs, multiaddr.StringCast(fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", 1000+i)))
	}
	long := multiaddr.StringCast("/dns4/" + strings.Repeat("a", 250) + ".example/tcp/1")
	b, err := marshalIntroduction(id, append([]multiaddr.Multiaddr{long}, addrs...))
	if err != nil {
		t.Fatal(err)
	}
	info, err := parseIntroduction(b)
	if err != nil {
		t.Fatal(err)
	}
	if info.ID != id || len(info.Addrs) != maxIntroducedAddrs || !info.Addrs[0].Equal(addrs[0]) {
		t.Fatalf("round trip: %+v", info)
	}
	if _, err := marshalIntroduction(id, nil); !errors.Is(err, ErrNotIntroduced) {
		t.Fatalf("no address: %v", err)
	}
	for name, bad := range map[string][]byte{
		"empty":      nil,
		"truncated":  b[:len(b)-1],
		"padded":     append(bytes.Clone(b), 0),
		"no address": append([]byte{b[0]}, append(b[1:1+int(b[0])], 0)...),
		"overfull":   append(append([]byte{b[0]}, b[1:1+int(b[0])]...), maxIntroducedAddrs+1),
		"not an id":  {3, 1, 2, 3, 1, 0, 0},
	} {
		if _, err := parseIntroduction(bad); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}
