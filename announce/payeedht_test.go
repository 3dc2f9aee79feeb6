package announce

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"spoke/p2p"
)

func TestPayeeValidatorValidate(t *testing.T) {
	key, mallory := newKey(t), newKey(t)
	user := ethcrypto.PubkeyToAddress(key.PublicKey)
	v := NewPayeeValidator(testDomain, func() time.Time { return t0 })
	at := func(ts time.Time) []byte {
		return mustEncodePayee(t, mustSignPayee(t, samplePayee(t, uint64(ts.Unix())), key))
	}
	otherChain := samplePayee(t, uint64(t0.Unix()))
	otherChain.ChainID++
	tests := []struct {
		name  string
		key   string
		value []byte
		want  error
	}{
		{"valid", p2p.PayeeKey(user), at(t0), nil},
		{"slightly ahead", p2p.PayeeKey(user), at(t0.Add(PayeeMaxSkew)), nil},
		{"almost too old", p2p.PayeeKey(user), at(t0.Add(-PayeeMaxAge)), nil},
		{"from the future", p2p.PayeeKey(user), at(t0.Add(PayeeMaxSkew + time.Second)), ErrFuture},
		{"too old", p2p.PayeeKey(user), at(t0.Add(-PayeeMaxAge - time.Second)), ErrTooOld},
		{"another user's key", p2p.PayeeKey(ethcrypto.PubkeyToAddress(mallory.PublicKey)), at(t0), ErrPayeeKey},
		{"key in upper case", strings.ToUpper(p2p.PayeeKey(user)), at(t0), ErrPayeeKey},
		{"other chain", p2p.PayeeKey(user), mustEncodePayee(t, mustSignPayee(t, otherChain, key)), ErrWrongChain},
		{"malformed", p2p.PayeeKey(user), at(t0)[1:], ErrPayeeMalformed},
		{"oversized", p2p.PayeeKey(user), make([]byte, MaxPayeeSize+1), ErrPayeeTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := v.Validate(tt.key, tt.value); !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestPayeeValidatorSelect(t *testing.T) {
	key := newKey(t)
	k := p2p.PayeeKey(ethcrypto.PubkeyToAddress(key.PublicKey))
	v := NewPayeeValidator(testDomain, func() time.Time { return t0 })
	at := func(ts uint64) []byte { return mustEncodePayee(t, mustSignPayee(t, samplePayee(t, ts), key)) }
	older, newer := at(100), at(200)
	tieA, tieB := at(300), at(300) // other hubs, same second
	if bytes.Compare(tieA, tieB) > 0 {
		tieA, tieB = tieB, tieA
	}
	strangers := mustEncodePayee(t, mustSignPayee(t, samplePayee(t, 900), newKey(t)))
	tests := []struct {
		name   string
		values [][]byte
		want   int
	}{
		{"newest first", [][]byte{newer, older}, 0},
		{"newest last", [][]byte{older, newer}, 1},
		{"same record", [][]byte{older, older}, 0},
		{"tie goes to the greater encoding", [][]byte{tieB, tieA}, 0},
		{"tie goes to the greater encoding, reversed", [][]byte{tieA, tieB}, 1},
		{"undecodable skipped", [][]byte{{1, 2, 3}, older}, 1},
		{"another user's record skipped", [][]byte{strangers, older}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := v.Select(k, tt.values)
			if err != nil || got != tt.want {
				t.Fatalf("Select = %d, %v; want %d", got, err, tt.want)
			}
		})
	}
	if _, err := v.Select(k, [][]byte{{1}, strangers}); !errors.Is(err, ErrPayeeMalformed) {
		t.Fatalf("Select of nothing usable: %v", err)
	}
}
