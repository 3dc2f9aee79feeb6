// Package devchain runs spoke's embedded development chain: go-ethereum's simulated backend (a real EVM)
// with funded dev accounts, mining on a timer or on demand, optionally serving JSON-RPC on loopback.
package devchain
