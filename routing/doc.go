// Package routing finds payment routes across the hub network: the graph of announced hubs and
// their users, a memory of recent failures per hop, and the pathfinding over both.
//
// The package is pure: no goroutines, no I/O, no wall clock. Time is an argument (the time of an
// announcement, of a payment result, of a search), so `spoke sim` runs the same code under virtual
// time, and none of its types lock: the caller serializes access.
//
//   - Graph holds hubs, directed hub-to-hub edges with the forwarding hub's Policy (fee base in
//     wei, proportional fee in parts per million, expiry delta in seconds, a capacity hint where
//     zero means unknown) and users attached to one or more hubs. Prune drops edges not announced
//     for a given age.
//   - Memory is mission control: the latest failure per directed hop fades with a half-life
//     (DefaultHalfLife), a success clears it, and Probability is a pure function of (memory, hop,
//     amount, now).
//   - FindRoute runs Dijkstra from the payee back to the payer so that every hop's amount includes
//     the fees downstream exactly. Cost is fees, plus a risk term per wei locked per second of
//     expiry, plus a penalty for hops the memory doubts; routes have at most MaxHops locks
//     (DefaultMaxHops, 20); Exclude avoids hubs and hops for a retry after a failure.
//
// Amounts and fees are exact 256-bit integers; floats appear only in the search's cost. A
// proportional fee rounds up: a hop forwarding x charges FeeBase + ceil(x*FeePPM/1e6).
//
// A Route lists the forwarding hubs with what each receives and forwards, its fee and expiry
// delta: the per-hop instructions the forwarding layer seals to each hop. With the payee's lock
// expiring at E, the payer's lock expires at E + Route.TotalExpiry.
package routing
