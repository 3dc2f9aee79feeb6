package state_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

func benchDomain() *state.Domain {
	return state.NewDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000d4"))
}

func BenchmarkChannelDigest(b *testing.B) {
	d, s := benchDomain(), tokenSale()
	b.ReportAllocs()
	for b.Loop() {
		_ = d.ChannelDigest(&s)
	}
}

func BenchmarkSign(b *testing.B) {
	key := testKey(b, 1)
	s := tokenSale()
	digest := benchDomain().ChannelDigest(&s)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := state.Sign(digest, key); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecover(b *testing.B) {
	sig, digest, signer := signed(b)
	b.ReportAllocs()
	for b.Loop() {
		if addr, err := state.Recover(digest, sig[:]); err != nil || addr != signer {
			b.Fatal(addr, err)
		}
	}
}

func BenchmarkValidateTransition(b *testing.B) {
	prev, next := baseState(), tokenSale()
	b.ReportAllocs()
	for b.Loop() {
		if err := state.ValidateTransition(&prev, &next); err != nil {
			b.Fatal(err)
		}
	}
}
