// Duckling's Arabic Time corpus against the date extractor (day/week/month/year grains); --verbose lists failures.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveDateExpression } from "../dist/extract/date/index.js";
import { normalize } from "../dist/text/normalize.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const corpusPath = join(repoRoot, "..", "shared", "conformance", "duckling-ar", "time.json");
const verbose = process.argv.includes("--verbose");
const GRAINS = new Set(["day", "week", "month", "year"]);
const options = { reference: "2013-02-12", prefer: "future" };

// Our spans leave out a leading preposition or approximation word, which Duckling's include.
const LEADING = /^(?:(?:في|قرابه|حوالي|بحدود|تقريبا) +)+/u;

/** The day before an ISO day (Duckling's interval ends are exclusive, ours inclusive). */
function dayBefore(iso) {
  const t =
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function check(text, expected) {
  const results = resolveDateExpression(text, options);
  const normalized = normalize(text).text.trim();
  const from = normalized.length - normalized.replace(LEADING, "").length;
  const start = (expected.value ?? expected.from).slice(0, 10);
  const end = expected.to ? dayBefore(expected.to.slice(0, 10)) : null;
  const covering = results.filter((r) => r.start <= from && r.end >= normalized.length);
  const pass =
    covering.length === 1 &&
    results.length === 1 &&
    covering[0].value.start === start &&
    (end === null || covering[0].value.end === end);
  return { pass, results, start, end };
}

const corpus = JSON.parse(readFileSync(corpusPath, "utf8"));
let total = 0;
let passed = 0;
let negatives = 0;
let negativesPassed = 0;
const failures = [];
for (const c of corpus.cases) {
  if (c.expected === null) {
    negatives++;
    const results = resolveDateExpression(c.text, options);
    if (results.length === 0) negativesPassed++;
    else failures.push({ text: c.text, want: "nothing", got: results });
    continue;
  }
  if (!GRAINS.has(c.expected.grain)) continue;
  total++;
  const r = check(c.text, c.expected);
  if (r.pass) passed++;
  else failures.push({ text: c.text, want: r.end ? `${r.start}..${r.end}` : r.start, got: r.results });
}

const pct = (a, b) => ((100 * a) / b).toFixed(1);
console.log(
  `date conformance (Duckling ar Time, grains day/week/month/year): ${passed}/${total} = ${pct(passed, total)}%`,
);
console.log(`negative cases: ${negativesPassed}/${negatives}`);
if (verbose) {
  for (const f of failures) {
    const got =
      f.got.map((r) => `[${r.text}] ${r.rule} ${r.value.start}..${r.value.end}`).join(" | ") || "nothing";
    console.log(`FAIL ${f.text}\n     want ${f.want}\n     got  ${got}`);
  }
}
process.exitCode = passed / total >= 0.9 && negativesPassed === negatives ? 0 : 1;
