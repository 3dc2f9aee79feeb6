// Package p2p will hold spoke's libp2p transport: a host whose identity is the node's secp256k1 Ethereum
// key, versioned stream protocols (/spoke/<name>/<version>) with length-delimited, size-capped frames and a
// deadline on every stream, and hub announcements over gossipsub.
//
// It is built by the issue "Node core: signed updates over libp2p through one hub"; today the package holds
// no code.
package p2p
