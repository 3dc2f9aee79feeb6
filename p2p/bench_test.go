package p2p

import (
	"context"
	"testing"

	"golang.org/x/time/rate"
)

// BenchmarkRequestRoundTrip measures one 64-byte request and 64-byte response between two hosts on
// loopback over an open connection and a reused stream (the default).
func BenchmarkRequestRoundTrip(b *testing.B) {
	server := newTestHost(b, unlimited)
	server.Handle(echoProto, echo)
	client := connected(b, server)
	req := make([]byte, 64)
	ctx := context.Background()
	if _, err := client.Request(ctx, server.ID(), echoProto, req); err != nil { // identify done, conn warm
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := client.Request(ctx, server.ID(), echoProto, req); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRequestRoundTripParallel is BenchmarkRequestRoundTrip with concurrent requesters sharing the
// one connection.
func BenchmarkRequestRoundTripParallel(b *testing.B) {
	server := newTestHost(b, unlimited)
	server.Handle(echoProto, echo)
	client := connected(b, server)
	req := make([]byte, 64)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := client.Request(context.Background(), server.ID(), echoProto, req); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkRequestRoundTripOneShot is BenchmarkRequestRoundTrip with a new yamux stream per request
// (protocol selection is lazy, riding on the first write, since identify told the client what the server
// speaks), closed after the response.
func BenchmarkRequestRoundTripOneShot(b *testing.B) {
	server := newTestHost(b, unlimited)
	server.Handle(echoProto, echo)
	client := connected(b, server)
	client.cfg.OneShotStreams = true
	req := make([]byte, 64)
	ctx := context.Background()
	if _, err := client.Request(ctx, server.ID(), echoProto, req); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := client.Request(ctx, server.ID(), echoProto, req); err != nil {
			b.Fatal(err)
		}
	}
}

// unlimited lifts a host's per-peer rate limits, which a benchmark's loop would exceed.
func unlimited(c *Config) {
	c.Limits.MessageRate, c.Limits.ByteRate = float64(rate.Inf), float64(rate.Inf)
}
