// Typst 0.14 in one Node process (npm @myriaddreamin/typst-ts-node-compiler 0.7.0, which embeds
// it), for scripts/bench: node bench/typst-node.js MODULE_DIR FONT_DIR IN.typ OUT.pdf
const fs = require("fs");
const path = require("path");
const [moduleDir, fonts, input, output] = process.argv.slice(2);
const { NodeCompiler } = require(moduleDir);
const compiler = NodeCompiler.create({
  workspace: path.dirname(path.resolve(input)),
  fontArgs: [{ fontPaths: [fonts] }],
});
fs.writeFileSync(output, compiler.pdf({ mainFilePath: path.resolve(input) }));
