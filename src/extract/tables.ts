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

/**
 * A compact, lossy set of words (a bitset indexed by a signature of a few of their characters), to
 * test before a Map lookup: it never says no to a word it holds. The extractors look up every token,
 * and most tokens are none of their words: a few character reads turn them away, where a lookup
 * would hash the token and walk a table of thousands of words.
 */
export class WordFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** `size`: bits in the set, a power of two (more bits, fewer words let through by mistake). */
  constructor(
    private readonly signature: (word: string) => number,
    words: Iterable<string>,
    size = 1 << 16,
  ) {
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const h = this.signature(word) & this.mask;
    this.bits[h >>> 5] = (this.bits[h >>> 5] as number) | (1 << (h & 31));
  }

  mayHave(word: string): boolean {
    const h = this.signature(word) & this.mask;
    return ((this.bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }
}

/** A signature of a whole word: its length, first two characters and last one. */
export function wordSignature(w: string): number {
  const n = w.length;
  return ((n * 31 + w.charCodeAt(0)) * 31 + (n > 1 ? w.charCodeAt(1) : 0)) * 31 + w.charCodeAt(n - 1);
}

/**
 * A lossy set of stems, to test written words against: whether a word may have one of them as its
 * stem once its proclitics are split off. A stem is the end of its word (an alef may be put back in
 * front of it, للثلاثه → الثلاثه), so the set keeps the stems' last three characters, or the last
 * two of the shorter ones.
 */
export class StemFilter {
  private readonly long: WordFilter;
  private readonly short: WordFilter;

  constructor(stems: Iterable<string> = [], size = 1 << 14) {
    this.long = new WordFilter(lastThree, [], size);
    this.short = new WordFilter(lastTwo, [], size);
    for (const stem of stems) this.add(stem);
  }

  add(stem: string): void {
    if (stem.length >= 3) this.long.add(stem);
    else this.short.add(stem);
  }

  mayHave(word: string): boolean {
    return (word.length >= 3 && this.long.mayHave(word)) || this.short.mayHave(word);
  }
}

function lastThree(w: string): number {
  const n = w.length;
  return (w.charCodeAt(n - 1) * 131 + w.charCodeAt(n - 2)) * 131 + w.charCodeAt(n - 3);
}

function lastTwo(w: string): number {
  const n = w.length;
  return w.charCodeAt(n - 1) * 131 + (n > 1 ? w.charCodeAt(n - 2) : 0);
}
