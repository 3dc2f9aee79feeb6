// compile.js compiles every Solidity source under src/ with the pinned solc (package-lock.json) and writes
// build/<Contract>.abi and build/<Contract>.bin for abigen. Run it through build.sh.
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const root = __dirname;
const contracts = ["ChannelManager", "TestToken", "ReentrantToken", "ReentrantReceiver"];

function sources(dir, out = {}) {
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) sources(full, out);
    else if (name.endsWith(".sol")) out[path.relative(root, full)] = { content: fs.readFileSync(full, "utf8") };
  }
  return out;
}

function findImports(p) {
  for (const base of [root, path.join(root, "node_modules")]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: "not found: " + p };
}

const input = {
  language: "Solidity",
  sources: sources(path.join(root, "src")),
  settings: {
    evmVersion: "cancun",
    viaIR: true,
    optimizer: { enabled: true, runs: 10000 },
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  const file = (e.sourceLocation && e.sourceLocation.file) || "";
  if (e.severity !== "error" && file.startsWith("@openzeppelin/")) continue; // library notes, not ours
  console.error(e.formattedMessage);
  if (e.severity === "error") failed = true;
}
if (failed) process.exit(1);

fs.mkdirSync(path.join(root, "build"), { recursive: true });
for (const file of Object.keys(output.contracts)) {
  for (const [name, c] of Object.entries(output.contracts[file])) {
    if (!contracts.includes(name)) continue;
    fs.writeFileSync(path.join(root, "build", name + ".abi"), JSON.stringify(c.abi, null, 1) + "\n");
    fs.writeFileSync(path.join(root, "build", name + ".bin"), c.evm.bytecode.object + "\n");
    console.log(`compiled ${name}: ${c.evm.bytecode.object.length / 2} bytes`);
  }
}
