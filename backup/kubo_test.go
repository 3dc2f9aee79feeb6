package backup

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	shell "github.com/ipfs/go-ipfs-api"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/internal/kubotest"
	"spoke/p2p"
	"spoke/state/sqlitestore"
)

// startKubo starts a real kubo daemon and a backend on its API.
func startKubo(t *testing.T) (*kubotest.Daemon, *Kubo) {
	t.Helper()
	d := kubotest.Start(t)
	k, err := NewKubo(d.API)
	if err != nil {
		t.Fatal(err)
	}
	return d, k
}

// TestKuboNeverHoldsTheNodeKey: after a backup to a real kubo, kubo's keystore (listed through its API
// and read from its repository) holds the node's IPNS key and not the node's key, the IPNS name is not the
// node's peer id, and the node's private key appears in no file of kubo's repository.
func TestKuboNeverHoldsTheNodeKey(t *testing.T) {
	ctx := context.Background()
	d, k := startKubo(t)
	src, latest := filledStore(t)
	p, err := NewSaver(k, src, userKey, domain, nil).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id := identity(t, userKey)
	name, err := id.NameID()
	if err != nil {
		t.Fatal(err)
	}
	ids := kuboKeyIDs(t, ctx, d.API)
	if !ids[name] {
		t.Fatalf("kubo's keys %v do not hold the IPNS key %s", ids, name)
	}
	if ids[id.Legacy] {
		t.Fatalf("kubo's keys hold the node's own key (%s)", id.Legacy)
	}
	checkKeystore(t, d.Repo, userKey)
	checkRestored(t, k, latest, p.Seq)
}

// kuboKeyIDs lists the ids of the keys in kubo's keystore through its API.
func kuboKeyIDs(t *testing.T, ctx context.Context, api string) map[peer.ID]bool {
	t.Helper()
	keys, err := shell.NewShell(api).KeyList(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[peer.ID]bool{}
	for _, k := range keys {
		id, err := peer.Decode(k.Id)
		if err != nil {
			t.Fatalf("kubo key %s: %v", k.Name, err)
		}
		ids[id] = true
	}
	return ids
}

// checkKeystore reads every key file of kubo's repository and every other file in it: none is the node's
// key or holds its private scalar (raw or hex).
func checkKeystore(t *testing.T, repo string, key *ecdsa.PrivateKey) {
	t.Helper()
	node, err := p2p.PrivKey(key)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := node.Raw()
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(repo, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Contains(b, raw) || bytes.Contains(bytes.ToLower(b), []byte(hex.EncodeToString(raw))) {
			t.Errorf("kubo's %s holds the node's private key", path)
		}
		if priv, err := lcrypto.UnmarshalPrivateKey(b); err == nil && priv.GetPublic().Equals(node.GetPublic()) {
			t.Errorf("kubo's key file %s is the node's key", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestKuboReadsLegacyBackups: a backup an older version published under the node's own key (imported
// into kubo, IPNS name the peer id) is restored with the node's key alone; the next backup goes under the
// derived name, removes the node's key from kubo, and leaves the old name's record as it was.
func TestKuboReadsLegacyBackups(t *testing.T) {
	ctx := context.Background()
	d, k := startKubo(t)
	src, latest := filledStore(t)
	id := identity(t, userKey)
	old := publishLegacy(t, ctx, d.API, k, src)
	checkRestored(t, k, latest, old.Seq)

	p, err := NewSaver(k, src, userKey, domain, nil).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.Seq <= old.Seq {
		t.Fatalf("the new backup's seq %d is not above the legacy one's %d", p.Seq, old.Seq)
	}
	if ids := kuboKeyIDs(t, ctx, d.API); ids[id.Legacy] {
		t.Fatal("the node's own key is still in kubo after a backup under the derived name")
	}
	checkKeystore(t, d.Repo, userKey)
	checkRestored(t, k, latest, p.Seq)
	b, err := k.resolve(ctx, id.Legacy)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := openPointer(b, id.Node); err != nil || got.Seq != old.Seq {
		t.Fatalf("the legacy name now names %+v (%v), want the old pointer %d: it was published again", got, err, old.Seq)
	}
}

// publishLegacy backs src up the way versions before the derived IPNS key did: the node's own key
// imported into kubo under the legacy name and the pointer published under it.
func publishLegacy(t *testing.T, ctx context.Context, api string, k *Kubo, src *sqlitestore.Store) Pointer {
	t.Helper()
	id := identity(t, userKey)
	snap, err := Take(ctx, src, id.Node, domain, 1)
	if err != nil {
		t.Fatal(err)
	}
	blob, err := seal(userKey, &snap)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := k.Put(ctx, blob)
	if err != nil {
		t.Fatal(err)
	}
	p := Pointer{Node: id.Node, Seq: 1, Ref: ref, Created: 1}
	ptr, err := signPointer(userKey, p)
	if err != nil {
		t.Fatal(err)
	}
	node, err := p2p.PrivKey(userKey)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := lcrypto.MarshalPrivateKey(node)
	if err != nil {
		t.Fatal(err)
	}
	sh := shell.NewShell(api)
	if err := sh.KeyImport(ctx, legacyKeyName(id.Node), bytes.NewReader(raw)); err != nil {
		t.Fatal(err)
	}
	cid, err := k.Put(ctx, ptr)
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ Name, Value string }
	if err := sh.Request("name/publish", "/ipfs/"+cid).Option("key", legacyKeyName(id.Node)).
		Option("allow-offline", true).Exec(ctx, &out); err != nil {
		t.Fatal(err)
	}
	return p
}
