// Package contracts connects spoke to its Solidity contracts: it deploys them and converts the signed
// structures of package state into the generated bindings (package contracts/bindings). The Solidity
// sources live in src/, the build script is build.sh, and the embedded dev chain is package
// contracts/devchain.
package contracts
