package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/api"
)

// readyFileName is the file a daemon writes, atomically, once it serves its API and runs, and removes
// when it stops: scripts wait for it (or run spoke wait-ready).
const readyFileName = "ready"

// readyFile is the ready file's content: the running daemon, where it is reached and the chain it uses.
type readyFile struct {
	PID     int            `json:"pid"`
	Role    string         `json:"role"`
	Address common.Address `json:"address"`
	API     string         `json:"api"`
	P2P     string         `json:"p2p"`
	RPC     string         `json:"rpc"`
	ChainID string         `json:"chainId"`
	Manager common.Address `json:"manager"`
	Started int64          `json:"started"`
}

// writeFileAtomic replaces path with data, mode 0600: readers see the old file or the new one, never
// a part.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, a no-op
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path) // CreateTemp made it 0600
}

// writeReady writes the ready file of the daemon in dir.
func writeReady(dir string, r readyFile) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, readyFileName), append(b, '\n'))
}

// readReady reads the ready file of dir.
func readReady(dir string) (readyFile, error) {
	var r readyFile
	b, err := os.ReadFile(filepath.Join(dir, readyFileName))
	if err != nil {
		return r, err
	}
	return r, json.Unmarshal(b, &r)
}

// readyWritten reports whether dir holds a ready file (its daemon runs; a killed one's is removed at
// the next start, before that daemon serves its API).
func readyWritten(dir string) bool {
	_, err := readReady(dir)
	return err == nil
}

// readyPoll is how often wait-ready asks again.
const readyPoll = 100 * time.Millisecond

func runWaitReady(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("wait-ready", "Waits until the daemon (spoke hub or spoke user) of a data directory runs and answers its API, with\n"+
		"the chain reachable and, for a user, a connection to its hub; exits 0 then, or 1 at the deadline saying\n"+
		"what it still waits for. The daemon also writes the file `ready` in its data directory (atomically,\n"+
		"JSON: pid, role, address, api, p2p, rpc, chainId, manager, started) once it runs, and removes it when\n"+
		"it stops.", out)
	var c clientFlags
	c.register(fs)
	withoutHub := fs.Bool("without-hub", false, "a user node is ready without a connection to its hub")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.datadir == "" {
		return errors.New("--datadir is required: the data directory of the daemon to wait for (or set SPOKE_DATADIR)")
	}
	ctx, cancel := c.deadline(ctx, "")
	defer cancel()
	why := ""
	for {
		st, reason := readyNow(ctx, c.datadir, *withoutHub)
		if reason == "" {
			if c.json {
				b, _ := json.Marshal(st)
				fmt.Fprintln(out, string(b))
			} else {
				fmt.Fprintf(out, "ready: %s %s\n", st.Role, st.Address.Hex())
			}
			return nil
		}
		why = reason
		select {
		case <-ctx.Done():
			return fmt.Errorf("not ready after %s: %s", c.waited, why)
		case <-time.After(readyPoll):
		}
	}
}

// readyNow asks the daemon of dir whether it is ready; reason says why not ("" when it is).
func readyNow(ctx context.Context, dir string, withoutHub bool) (api.Status, string) {
	var st api.Status
	if _, err := os.Stat(filepath.Join(dir, apiAddrFile)); err != nil {
		return st, fmt.Sprintf("no daemon has started in %s yet (no %s)", dir, apiAddrFile)
	}
	cctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	c := clientFlags{datadir: dir}
	client, err := c.dial(cctx, false)
	if err != nil {
		return st, err.Error()
	}
	defer client.Close()
	if err := client.CallContext(cctx, &st, "spoke_status"); err != nil {
		return st, fmt.Sprintf("the daemon's API does not answer (is the daemon of %s running?)", dir)
	}
	switch {
	case !readyWritten(dir):
		return st, "the daemon answers, but has not written its ready file yet" // it serves its API first
	case st.ChainError != "":
		return st, "the daemon cannot reach the chain"
	case st.Hub != nil && !st.HubConnected && !withoutHub:
		return st, "the daemon runs, but its hub is unreachable (--without-hub does not wait for it)"
	}
	return st, ""
}
