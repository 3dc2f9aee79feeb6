// Package backup will encrypt a node's signed state and put it on IPFS (through a kubo daemon) or in a local
// content-addressed directory, publish a signed pointer to the latest backup, and restore from it, so that a
// user whose hub vanished can still exit on-chain with its latest state.
//
// It is built by a later issue; today the package holds no code.
package backup
