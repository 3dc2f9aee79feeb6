// Command spoke is the spoke payment-channel node. Today it offers the on-chain foundation: `spoke demo`
// runs the channel contract on an embedded dev chain, and `spoke gas` measures gas per operation. The hub
// and user daemons come with the node (see the README).
package main
