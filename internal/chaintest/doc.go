// Package chaintest is the on-chain test harness of spoke: a dev chain with a deployed ChannelManager and
// TestToken, named actors (Hub, Alice, Bob, Mallory) funded with wei and tokens, and helpers to sign
// states, send transactions, mine, move time and decode revert reasons. Tests, the gas report and the
// demo share it.
package chaintest
