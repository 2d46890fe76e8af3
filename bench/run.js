// Benchmark of the text layer plus the lexicon matcher (normalize, tokens, sentences, entity
// matching) on a generated corpus. Run with `npm run bench`; figures go to the README.
//
// The corpus recombines the sentences of fixtures/articles into articles of 2–6 KB, applying the
// orthographic variants the normalizer handles (tashkeel, tatweel, alef and ya forms, digits,
// quotes, bidi controls), until it reaches the size asked for (default 24 MB).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractEntities } from "../dist/extract/entity/index.js";
import { builtinLexicon } from "../dist/index.js";
import { runPipeline } from "../dist/pipeline.js";
import { prepareDocument } from "../dist/text/document.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const targetMB = Number(process.env.BENCH_MB ?? 24);

/** A small deterministic PRNG, so that every run measures the same corpus. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VARIANTS = [
  (s) => s.replace(/ا/g, (m, i) => (i % 7 === 0 ? "أ" : m)),
  (s) => s.replace(/ي(\s)/g, "ى$1"),
  (s) => s.replace(/ة/g, "ه"),
  (s) => s.replace(/([بتنم])([اوي])/g, "$1ـ$2"),
  (s) => s.replace(/([لمر])/g, (m, _c, i) => (i % 5 === 0 ? `${m}َ` : m)),
  (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))),
  (s) => s.replace(/"([^"]*)"/g, "«$1»"),
  (s) => s.replace(/ /g, (m, i) => (i % 11 === 0 ? "\u00a0" : i % 13 === 0 ? "\u200f " : m)),
];

function buildCorpus() {
  const dir = join(root, "fixtures", "articles");
  const sentences = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()) {
    for (const line of readFileSync(join(dir, f), "utf8").split(/\r?\n/)) {
      for (const s of line.split(/(?<=[.؟!])\s+/)) if (s.trim().length > 20) sentences.push(s.trim());
    }
  }
  const rand = prng(42);
  const docs = [];
  let bytes = 0;
  while (bytes < targetMB * 1024 * 1024) {
    const size = 2000 + Math.floor(rand() * 4000);
    let doc = "";
    while (doc.length < size) {
      let s = sentences[Math.floor(rand() * sentences.length)];
      const v = VARIANTS[Math.floor(rand() * VARIANTS.length)];
      if (rand() < 0.5) s = v(s);
      doc += rand() < 0.3 ? `${s}\n` : `${s} `;
    }
    docs.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  return { docs, bytes };
}

const t0 = performance.now();
const { docs, bytes } = buildCorpus();
const tBuild = performance.now() - t0;

const t1 = performance.now();
const lexicon = builtinLexicon();
const tLex = performance.now() - t1;

// Warm-up on a slice, then the measured passes on one core: the text layer alone (normalize,
// tokens, sentences), the entity matcher alone on prepared documents, and both together.
for (const d of docs.slice(0, 50)) extractEntities(prepareDocument(d), lexicon);
const tp = performance.now();
const prepared = docs.map((d) => prepareDocument(d));
const prepSecs = (performance.now() - tp) / 1000;
const tm = performance.now();
for (const p of prepared) extractEntities(p, lexicon);
const matchSecs = (performance.now() - tm) / 1000;
prepared.length = 0;
const t2 = performance.now();
let mentions = 0;
for (const d of docs) mentions += extractEntities(prepareDocument(d), lexicon).length;
const secs = (performance.now() - t2) / 1000;
const mb = bytes / (1024 * 1024);
const rssMB = process.resourceUsage().maxRSS / 1024;

// The whole pipeline (entities, publication date, dates, numbers, events) on the same corpus.
const t3 = performance.now();
let all = 0;
for (const d of docs) all += runPipeline(d, { lexicon }).mentions.length;
const fullSecs = (performance.now() - t3) / 1000;

const row = (k, v) => console.log(`${k.padEnd(34)} ${v}`);
console.log("rasd bench: text layer + lexicon matcher, one core");
row("corpus", `${docs.length} articles, ${mb.toFixed(1)} MB (built in ${(tBuild / 1000).toFixed(1)} s)`);
row(
  "lexicon",
  `${lexicon.entries.length} entries, ${lexicon.aliasCount} forms, loaded in ${tLex.toFixed(0)} ms (from the build's snapshot when up to date; target < 150 ms)`,
);
row("mentions found", String(mentions));
row("text layer alone", `${(mb / prepSecs).toFixed(1)} MB/s`);
row("entity matcher alone", `${(mb / matchSecs).toFixed(1)} MB/s (target ≥ 20 MB/s)`);
row("time, both", `${secs.toFixed(2)} s`);
row("throughput, both", `${(mb / secs).toFixed(1)} MB/s`);
row("articles per second", `${Math.round(docs.length / secs)}`);
row("peak RSS (includes the corpus held in memory)", `${rssMB.toFixed(0)} MB`);
console.log("\nfull pipeline (entities, dates, numbers, events), one core");
row("mentions found", String(all));
row("throughput", `${(mb / fullSecs).toFixed(1)} MB/s`);
row("articles per second", `${Math.round(docs.length / fullSecs)}`);
