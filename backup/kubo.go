package backup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	shell "github.com/ipfs/go-ipfs-api"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/ethereum/go-ethereum/common"
)

// Kubo is a Backend on an IPFS node (kubo) through its HTTP API. Sealed snapshots are added and pinned,
// their CID the reference. A node's latest pointer is added too and published with IPNS under the IPNS
// key derived from the node's key (Identity.Name), imported into kubo: whoever holds the node's key
// derives the name again and finds its latest backup from any IPFS node that can resolve it. Kubo never
// holds the node's key itself (see docs/adr/0007-encrypted-backups.md).
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

// keyName is the name of a node's IPNS key in kubo's keystore.
func keyName(node common.Address) string { return "spoke-backup-" + node.Hex() }

// legacyKeyName is the name under which versions before the derived IPNS key imported the node's own key.
func legacyKeyName(node common.Address) string { return "spoke-" + node.Hex() }

// Publish adds pointer and publishes it under the node's IPNS name, importing the node's IPNS key first
// (and removing the node's own key if an older version had imported it).
func (k *Kubo) Publish(ctx context.Context, id Identity, pointer []byte) error {
	if err := k.prepareKeys(ctx, id); err != nil {
		return err
	}
	cid, err := k.sh.Add(bytes.NewReader(pointer), shell.Pin(true), shell.CidVersion(1))
	if err != nil {
		return err
	}
	var out struct{ Name, Value string }
	return k.sh.Request("name/publish", "/ipfs/"+cid).Option("key", keyName(id.Node)).Option("allow-offline", true).
		Option("lifetime", ipnsLifetime.String()).Exec(ctx, &out)
}

// prepareKeys makes kubo's keystore hold the node's IPNS key and not the node's own key.
func (k *Kubo) prepareKeys(ctx context.Context, id Identity) error {
	keys, err := k.sh.KeyList(ctx)
	if err != nil {
		return err
	}
	want, err := id.NameID()
	if err != nil {
		return err
	}
	found := false
	for _, have := range keys {
		switch have.Name {
		case legacyKeyName(id.Node):
			if err := k.removeLegacyKey(ctx, have, id); err != nil {
				return err
			}
		case keyName(id.Node):
			if got, err := peer.Decode(have.Id); err != nil || got != want {
				return fmt.Errorf("%w: %s is %s, want %s", ErrKuboKey, have.Name, have.Id, want)
			}
			found = true
		}
	}
	if found {
		return nil
	}
	return k.importKey(ctx, id)
}

// removeLegacyKey removes the node's own key, which versions before the derived IPNS key imported into
// kubo under the legacy name; a key of that name that is not the node's is left alone.
func (k *Kubo) removeLegacyKey(ctx context.Context, have *shell.Key, id Identity) error {
	if got, err := peer.Decode(have.Id); err != nil || got != id.Legacy {
		return nil
	}
	_, err := k.sh.KeyRm(ctx, have.Name)
	return err
}

// importKey puts the node's IPNS key in kubo's keystore.
func (k *Kubo) importKey(ctx context.Context, id Identity) error {
	priv, err := id.namePrivKey()
	if err != nil {
		return err
	}
	raw, err := lcrypto.MarshalPrivateKey(priv)
	if err != nil {
		return err
	}
	return k.sh.KeyImport(ctx, keyName(id.Node), bytes.NewReader(raw))
}

// ErrKuboKey says kubo's keystore holds another key under the name of the node's IPNS key.
var ErrKuboKey = errors.New("backup: kubo holds another key under the name of this node's IPNS key")

// Latest resolves the node's IPNS name and reads the pointer it names. When the name has no record yet it
// reads the one an older version published under the node's peer id (Identity.Legacy), if any.
func (k *Kubo) Latest(ctx context.Context, id Identity) ([]byte, error) {
	name, err := id.NameID()
	if err != nil {
		return nil, err
	}
	b, err := k.resolve(ctx, name)
	if errors.Is(err, ErrNoBackup) && id.Legacy != "" {
		return k.resolve(ctx, id.Legacy)
	}
	return b, err
}

// resolve resolves the IPNS name and reads the pointer it names, or fails with ErrNoBackup.
func (k *Kubo) resolve(ctx context.Context, name peer.ID) ([]byte, error) {
	var out struct{ Path string }
	err := k.sh.Request("name/resolve", "/ipns/"+name.String()).Exec(ctx, &out)
	if err != nil {
		if strings.Contains(err.Error(), "not found") || strings.Contains(err.Error(), "could not resolve") {
			return nil, fmt.Errorf("%w: %v", ErrNoBackup, err)
		}
		return nil, err
	}
	cid, ok := strings.CutPrefix(out.Path, "/ipfs/")
	if !ok {
		return nil, fmt.Errorf("backup: IPNS name %s resolves to %q", name, out.Path)
	}
	return k.Get(ctx, cid)
}
