// Package gasreport measures the gas of spoke's ChannelManager operations on a fresh simulated chain
// (internal/chaintest: go-ethereum's simulated backend under mainnet Osaka rules) and sets each figure
// beside go-nitro's published one where one compares. It renders docs/gas.md and keeps
// docs/gas-snapshot.json, against which a test fails when an operation gets more expensive.
//
// Every run replays the same transactions from the same dev keys with fixed amounts, timeouts, expiries
// and preimages, so calldata and storage transitions, and therefore the figures, are deterministic. The
// `spoke gas` command calls Measure, Markdown and Snapshot.
package gasreport
