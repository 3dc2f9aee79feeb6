// Package backup keeps a node's signed state recoverable without its disk and without its hub: it
// takes snapshots of the store (latest double-signed states with their locks and threads, the node's
// own proposals, known preimages, its thread records), seals them with a key derived from the node's
// key (AES-256-GCM), puts them in a backend (a local content-addressed directory, or IPFS through a kubo
// daemon) and publishes a pointer the node signs (on IPFS, with IPNS under another key derived from the
// node's key, so the key alone finds its backups). A backend is given the node's Identity, never its
// key. Restore fetches the latest, checks the pointer, the seal and every signature, and writes a new
// store. See docs/adr/0007-encrypted-backups.md.
package backup
