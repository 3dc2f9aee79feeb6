// Package collateral is the pure part of a hub's autocollateral policy: the volume the hub forwarded into
// a channel over a window, the balance it keeps there (the target), what a top-up adds and what a
// reclaim takes back, and the hourly budget of automatic top-ups. Amounts are per asset (index 0 wei, 1
// token). Nothing here reads a clock or the chain: the node's engine (node/collateral.go) passes the wall
// clock and runs the chain operations; spoke sim (sim/collateral.go) passes its virtual time and runs
// them through the protocol machine. Both size collateral with this code.
package collateral
