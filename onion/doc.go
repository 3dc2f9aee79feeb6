// Package onion seals the per-hop forwarding instructions of a multi-hop hashlocked payment, so that each
// forwarding hub learns only its neighbours.
//
// A payer P pays a payee Z through hubs H1..Hn. P builds an onion of n layers, one per hub, and locks to H1
// a lock whose note carries the onion. H1 peels the outermost layer with its key and learns the lock it
// must forward (the next node's address, the wei and token amounts, the expiry) and the inner bytes, which
// it passes on unchanged as the payload of the next lock's note. The last hub's inner bytes are an opaque
// final payload (the payee's sealed secret, made elsewhere) that it hands to the payee. A hub sees the node
// it was paid by (the channel the lock came in on) and the node it forwards to; it cannot read the layers
// inside its own, nor the final payload.
//
// # Layer format
//
//	compressed public key (33) | nonce (12) | AES-256-GCM ciphertext and tag (16) of
//	    version (1) | next address (20) | wei (32, big-endian) | token (32) | expiry (8) | inner
//
// with the header (33), the hop's address (20) and the payment's hashlock (32) as additional data. The
// header is authenticated because ECDH uses only the x-coordinate: a header whose parity byte was flipped
// (02 to 03) names another point with the same x, and would otherwise still open. A layer is thus
// LayerOverhead bytes plus its inner bytes, and an onion of n layers around a final payload f is
// n*LayerOverhead + len(f) bytes, at most MaxSize.
//
// The key of a layer is keccak256("spoke/onion/v1" || x) where x is the ECDH shared x-coordinate of the
// hop's secp256k1 key and the key in the layer's header. The domain string keeps onion keys apart from
// the note keys of node/secret.go ("spoke/note/v1"), even between the same two parties. Inner layers are
// sealed with a fresh ephemeral key each. The outermost layer may be sealed with the payer's static node
// key instead, so the first hub, which talks to the payer anyway, can cache the derived AEAD per peer
// (Header gives the key to look up; Key derives it). Nonces are random; with a static key the pair's
// AEAD is reused across payments, which random 96-bit nonces tolerate for far more layers than two
// parties exchange.
//
// The additional data binds a layer to its header, its hop and its payment: a layer does not open for another hop
// (its key and address differ), nor under another hashlock, nor after any bit of it changed. Peel cannot
// tell these cases apart (an AEAD only says "does not open"), so all of them are ErrOpen.
//
// # Limits
//
// Layers shrink hop by hop: each hop strips LayerOverhead bytes. A hop that knows the final payload's
// usual size can therefore infer how many layers remain, that is its position on the route and how far
// the payee is. Fixed-size packets with filler (Sphinx-style, as in BOLT 4) would hide that; they are
// future work. Nor does the format hide timing or amounts: the amounts and expiries a hop forwards are
// visible on the channel anyway.
//
// The package is pure: no I/O, no goroutines, no clock. Build reads randomness from crypto/rand for
// ephemeral keys and nonces; Peel and Key are deterministic. Nothing here panics on bad input: every
// length, key and version is checked and refused with an onion-prefixed error.
package onion
