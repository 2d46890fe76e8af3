// Word tables of the extractors (month names, weekdays, number words, unit nouns …) live as data
// in lexicons/tables/*.json; this module reads them once and compiles lists of forms into
// regular-expression alternations. Rules are written against normalized text only, so every form
// is normalized here, with the same normalizer as the input.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normalizeForm } from "../text/normalize.js";

export const TABLE_DIR = fileURLToPath(new URL("../../lexicons/tables/", import.meta.url));

const cache = new Map<string, unknown>();

/** A table from lexicons/tables/NAME.json, parsed once per process. */
export function readTable<T>(name: string): T {
  let t = cache.get(name);
  if (t === undefined) {
    t = JSON.parse(readFileSync(`${TABLE_DIR}${name}.json`, "utf8")) as T;
    cache.set(name, t);
  }
  return t as T;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regex alternation of forms: normalized, deduplicated, longest first (so that the longest form
 * wins at a position), escaped. Spaces inside a form match any run of spaces.
 */
export function alternation(forms: Iterable<string>): string {
  const set = new Set<string>();
  for (const f of forms) {
    const n = normalizeForm(f);
    if (n !== "") set.add(n);
  }
  return [...set]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((f) => escapeRegExp(f).replace(/ /g, " +"))
    .join("|");
}

/** Not preceded by a letter: the start of a word. */
export const WORD_START = "(?<![\\p{L}\\p{M}])";
/** Not followed by a letter: the end of a word. */
export const WORD_END = "(?![\\p{L}\\p{M}])";
/** Optional proclitics written onto the next word: و ف, then ب ل ك. */
export const PROCLITICS = "(?:[وف]?[بلك]?)";

/** Map each normalized form of a table { canonical: [variants…] } to its canonical key. */
export function formIndex(table: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, forms] of Object.entries(table)) for (const f of forms) index.set(normalizeForm(f), key);
  return index;
}
