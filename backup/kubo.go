package backup

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"strings"
	"time"

	shell "github.com/ipfs/go-ipfs-api"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/p2p"
)

// Kubo is a Backend on an IPFS node (kubo) through its HTTP API. Sealed snapshots are added and pinned,
// their CID the reference. A node's latest pointer is added too and published with IPNS under the node's
// own secp256k1 key, imported into kubo: the IPNS name is the node's peer id, so whoever holds the key
// finds its latest backup from any IPFS node that can resolve the name.
type Kubo struct {
	sh  *shell.Shell
	api string
}

// ipnsLifetime is how long a published pointer stays valid; the node republishes at every backup.
const ipnsLifetime = 24 * 365 * time.Hour

// NewKubo connects to kubo's API at api (host:port or a multiaddr such as /ip4/127.0.0.1/tcp/5001).
func NewKubo(api string) (*Kubo, error) {
	sh := shell.NewShell(api)
	sh.SetTimeout(time.Minute)
	if !sh.IsUp() {
		return nil, fmt.Errorf("backup: no IPFS (kubo) API answers at %s (start `ipfs daemon`, or check the address)", api)
	}
	return &Kubo{sh: sh, api: api}, nil
}

func (k *Kubo) String() string { return "IPFS at " + k.api }

// Put adds and pins blob and returns its CID.
func (k *Kubo) Put(_ context.Context, blob []byte) (string, error) {
	return k.sh.Add(bytes.NewReader(blob), shell.Pin(true), shell.CidVersion(1))
}

// Get reads the blob of a CID; kubo checks the content against the CID.
func (k *Kubo) Get(_ context.Context, ref string) ([]byte, error) {
	if strings.ContainsAny(ref, "/?& ") {
		return nil, fmt.Errorf("backup: bad reference %q", ref)
	}
	r, err := k.sh.Cat("/ipfs/" + ref)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(io.LimitReader(r, MaxBlob+1))
}

// keyName is the name of a node's key in kubo's keystore.
func keyName(pub *ecdsa.PublicKey) string { return "spoke-" + crypto.PubkeyToAddress(*pub).Hex() }

// Publish adds pointer and publishes it under the node's IPNS name, importing the node's key first.
func (k *Kubo) Publish(ctx context.Context, key *ecdsa.PrivateKey, pointer []byte) error {
	name := keyName(&key.PublicKey)
	if err := k.importKey(ctx, name, key); err != nil {
		return err
	}
	cid, err := k.sh.Add(bytes.NewReader(pointer), shell.Pin(true), shell.CidVersion(1))
	if err != nil {
		return err
	}
	var out struct{ Name, Value string }
	return k.sh.Request("name/publish", "/ipfs/"+cid).Option("key", name).Option("allow-offline", true).
		Option("lifetime", ipnsLifetime.String()).Exec(ctx, &out)
}

// importKey puts the node's key in kubo's keystore under name unless it is there.
func (k *Kubo) importKey(ctx context.Context, name string, key *ecdsa.PrivateKey) error {
	keys, err := k.sh.KeyList(ctx)
	if err != nil {
		return err
	}
	id, err := p2p.PeerID(key)
	if err != nil {
		return err
	}
	for _, have := range keys {
		if have.Name == name {
			if got, err := peer.Decode(have.Id); err != nil || got != id {
				return fmt.Errorf("backup: kubo's key %s is not this node's (%s, want %s)", name, have.Id, id)
			}
			return nil
		}
	}
	priv, err := p2p.PrivKey(key)
	if err != nil {
		return err
	}
	raw, err := lcrypto.MarshalPrivateKey(priv)
	if err != nil {
		return err
	}
	return k.sh.KeyImport(ctx, name, bytes.NewReader(raw))
}

// Latest resolves the node's IPNS name and reads the pointer it names.
func (k *Kubo) Latest(ctx context.Context, pub *ecdsa.PublicKey) ([]byte, error) {
	lpub, err := lcrypto.UnmarshalSecp256k1PublicKey(crypto.CompressPubkey(pub))
	if err != nil {
		return nil, err
	}
	id, err := peer.IDFromPublicKey(lpub)
	if err != nil {
		return nil, err
	}
	var out struct{ Path string }
	err = k.sh.Request("name/resolve", "/ipns/"+id.String()).Exec(ctx, &out)
	if err != nil {
		if strings.Contains(err.Error(), "not found") || strings.Contains(err.Error(), "could not resolve") {
			return nil, fmt.Errorf("%w: %v", ErrNoBackup, err)
		}
		return nil, err
	}
	cid, ok := strings.CutPrefix(out.Path, "/ipfs/")
	if !ok {
		return nil, fmt.Errorf("backup: IPNS name %s resolves to %q", id, out.Path)
	}
	return k.Get(ctx, cid)
}
