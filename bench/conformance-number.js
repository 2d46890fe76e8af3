// Conformance of the number extractor with Duckling's Arabic Numeral corpus (../shared/conformance/
// duckling-ar/numeral.json, locale ar). A case passes, as upstream decides, when parseNumber finds
// exactly one value and it covers the whole case text. Ordinals (ordinal.json) are out of scope:
// the extractor reports no ordinals, it only keeps them from being read as counts.
// Run after `npx tsc -p tsconfig.build.json`: `node bench/conformance-number.js [--verbose]`.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNumber } from "../dist/extract/number/index.js";
import { normalize } from "../dist/text/normalize.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const corpusPath = join(repoRoot, "..", "shared", "conformance", "duckling-ar", "numeral.json");
const verbose = process.argv.includes("--verbose");

const corpus = JSON.parse(readFileSync(corpusPath, "utf8"));
const failures = [];
let passed = 0;
for (const { text, expected } of corpus.cases) {
  const results = parseNumber(text);
  const length = normalize(text).text.trim().length;
  const ok =
    expected === null
      ? results.length === 0
      : results.length === 1 &&
        results[0].start === 0 &&
        results[0].end === length &&
        Math.abs(results[0].value - expected.value) < 1e-9;
  if (ok) passed++;
  else failures.push({ text, expected: expected?.value ?? null, got: results });
}
const total = corpus.cases.length;
console.log(
  `numeral.json (${corpus.locale}): ${passed}/${total} passed (${((100 * passed) / total).toFixed(1)}%)`,
);
console.log("ordinal.json: skipped (the extractor reports no ordinals)");
if (verbose) {
  for (const f of failures)
    console.log(`FAIL ${JSON.stringify(f.text)} expected ${f.expected} got ${JSON.stringify(f.got)}`);
}
