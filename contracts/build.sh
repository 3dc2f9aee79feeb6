#!/usr/bin/env bash
# build.sh rebuilds everything generated from the Solidity sources: ABI and bytecode (contracts/build/)
# and the go-ethereum bindings (contracts/bindings/). The compiler and OpenZeppelin come from npm, pinned
# in package-lock.json; abigen is a Go tool pinned in go.mod. Generated files are committed, so building
# spoke needs no Node.js; CI reruns this script and fails if the output differs.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/solc ] || [ ! -d node_modules/@openzeppelin/contracts ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node compile.js
mkdir -p bindings
for c in ChannelManager TestToken ReentrantToken ReentrantReceiver; do
  go tool abigen --abi "build/$c.abi" --bin "build/$c.bin" --pkg bindings --type "$c" \
    --out "bindings/$(echo "$c" | sed -E 's/([a-z])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z').go"
done
echo "bindings written to contracts/bindings/"
