// Package tools pins the programs spoke's tests run, as tool directives of this separate module (so
// that their dependencies stay out of spoke's own go.mod): kubo, the IPFS daemon the backup tests back
// up to. internal/kubotest builds it with `go build -C tools`.
package tools
