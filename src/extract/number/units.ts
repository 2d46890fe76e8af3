// Counted nouns (units) from lexicons/tables/units.json: the noun after a number (23 هجوما، 3 طائرات
// مسيره، 3 من الشاحنات), or before واحد (هجوم واحد). The table lists singular and plural forms; the
// forms grammar derives from them (accusative singular, sound plural cases) are generated here,
// and so are the duals that duals.ts reads.

import type { CliticCandidate } from "../../text/clitics.js";
import { normalizeForm } from "../../text/normalize.js";
import type { Token } from "../../text/tokens.js";
import { readTable, StemFilter } from "../tables.js";
import { breakBefore, isWord, type Stream, splitsOf, tokenAt } from "./stream.js";
import { numberWords } from "./vocabulary.js";

interface UnitEntry {
  singular: string[];
  plural: string[];
  dual?: string[];
  /** Abbreviations (كم، كلغ): written the same after any number, never inflected. */
  abbreviations?: string[];
  human?: boolean;
}

export interface UnitInfo {
  /** English singular, lowercase. */
  readonly unit: string;
  /** People: a count of them next to a casualty word becomes killed/injured/missing. */
  readonly human: boolean;
}

/**
 * What a noun's first word may carry: nothing (after a number), the article (عشرات الجرحي، 3 من
 * الشاحنات), or any proclitics (a dual stands alone: لمنشاتين، بطايرتين، للقاعدتين).
 */
export type Prefixes = "none" | "article" | "any";

const CACHE_LIMIT = 50_000;
const NO_SPLITS: readonly CliticCandidate[] = [];

/** A word of a form: the unit of the form ending on it, and the words that go on from it. */
export interface FormNode {
  info: UnitInfo | undefined;
  readonly next: Map<string, FormNode>;
}

/**
 * Noun forms of one or more words (normalized, one space between words) → unit, kept as a tree of
 * words so that a reading over tokens looks each token up as it is, and stops as soon as no form
 * goes on (most words start no form at all).
 */
export class FormTable {
  private readonly firstWords = new Map<string, FormNode>();
  /** The first words, as stems: most tokens start no form. */
  private readonly filter = new StemFilter();
  /** Per written word and allowed prefixes, its splits whose stem starts a form. */
  private readonly splitCache: Record<Prefixes, Map<string, readonly CliticCandidate[]>> = {
    none: new Map(),
    article: new Map(),
    any: new Map(),
  };

  /** Add a form; the first unit to claim it keeps it (the table lists the more specific nouns first). */
  put(form: string, info: UnitInfo): void {
    if (form === "") return;
    this.filter.add(form.split(" ")[0] as string);
    let level = this.firstWords;
    let node: FormNode | undefined;
    for (const word of form.split(" ")) {
      node = level.get(word);
      if (node === undefined) {
        node = { info: undefined, next: new Map() };
        level.set(word, node);
      }
      level = node.next;
    }
    if (node !== undefined && node.info === undefined) node.info = info;
  }

  get(form: string): UnitInfo | undefined {
    let level = this.firstWords;
    let node: FormNode | undefined;
    for (const word of form.split(" ")) {
      node = level.get(word);
      if (node === undefined) return undefined;
      level = node.next;
    }
    return node?.info;
  }

  has(form: string): boolean {
    return this.get(form) !== undefined;
  }

  /** The forms that start with this word. */
  first(word: string): FormNode | undefined {
    return this.firstWords.get(word);
  }

  /** Every word a form starts with. */
  firstWordList(): string[] {
    return [...this.firstWords.keys()];
  }

  /** The splits of a word token that may start a form, with the prefixes allowed (cached per word). */
  starts(t: Token, prefixes: Prefixes): readonly CliticCandidate[] {
    if (!this.filter.mayHave(t.text)) return NO_SPLITS;
    const cache = this.splitCache[prefixes];
    let out = cache.get(t.text);
    if (out === undefined) {
      out = splitsOf(t, prefixes !== "none").filter(
        (c) =>
          (prefixes === "any" || c.prefix === "" || (c.articleStripped && c.prefix === "ال")) &&
          this.firstWords.has(c.stem),
      );
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(t.text, out);
    }
    return out;
  }
}

interface UnitIndex {
  /** Singular and plural forms → unit. */
  readonly nouns: FormTable;
  /** Dual forms → unit. */
  readonly duals: FormTable;
  /** The longest form in words. */
  readonly maxWords: number;
}

const FEMININE = "ه";
// Agreeing adjectives end in ه (feminine) or ي (nisba): مسيره، باليستي. A word that does not is a
// complement (طائره بدون طيار، قذيفه هاون) and keeps its form in the dual.
const isAdjective = (w: string) => w.endsWith("ه") || w.endsWith("ي");
const PRONOUNS = ["ها", "هما", "هم", "ه", "نا", "كم"];

/** Accusative singular, written after 11–99 (هجوما، جنديا); feminines in ه do not change. */
function accusative(word: string): string {
  return /[هاء]$/.test(word) || word.endsWith("ات") ? word : `${word}ا`;
}

/** Dual forms of one word: [nominative, oblique]. */
function dualOf(word: string): [string, string] {
  const stem = word.endsWith(FEMININE) ? `${word.slice(0, -1)}ت` : word;
  return [`${stem}ان`, `${stem}ين`];
}

/** Every dual form of a singular form, one or more words. */
function dualForms(form: string): string[] {
  const [head, ...rest] = form.split(" ") as [string, ...string[]];
  const [nom, obl] = dualOf(head);
  const out: string[] = [];
  if (rest.length === 0) {
    out.push(nom, obl);
    if (head.endsWith(FEMININE)) {
      // The construct dual of a feminine (بلدتي مراط، قاعدتيها): unambiguous in news text, unlike the
      // masculine one, which is written like a nisba adjective (صاروخي = "rocket-" as in هجوم صاروخي).
      // Only the oblique construct: the nominative one (قاعدتا) is spelt like a verb in the dual
      // (اصابتا "the two hit", ضربتا).
      const construct = `${head.slice(0, -1)}تي`;
      out.push(construct);
      for (const p of PRONOUNS) out.push(construct + p);
    }
    return out;
  }
  if (rest.every(isAdjective)) {
    // Adjectives agree in case: طائرتين مسيرتين، طائرتان مسيرتان.
    const duals = rest.map(dualOf);
    out.push([nom, ...duals.map((d) => d[0])].join(" "), [obl, ...duals.map((d) => d[1])].join(" "));
    return out;
  }
  const tail = rest.join(" ");
  out.push(`${nom} ${tail}`, `${obl} ${tail}`);
  // Construct before a complement: قذيفتي هاون، حاملتي طائرات.
  if (head.endsWith(FEMININE)) out.push(`${head.slice(0, -1)}تي ${tail}`);
  else out.push(`${head}ي ${tail}`);
  return out;
}

/** Sound masculine plurals in their other case and in construct (مسلحين → مسلحون، مسلحي). */
function pluralForms(form: string): string[] {
  if (form.includes(" ")) return [form];
  if (form.endsWith("ين") && form.length > 4) return [form, `${form.slice(0, -2)}ون`, form.slice(0, -1)];
  if (form.endsWith("ون") && form.length > 4)
    return [form, `${form.slice(0, -2)}ين`, `${form.slice(0, -2)}ي`];
  return [form];
}

let index: UnitIndex | undefined;

function compile(): UnitIndex {
  const table = readTable<Record<string, UnitEntry | string>>("units");
  const nouns = new FormTable();
  const duals = new FormTable();
  let maxWords = 1;
  const put = (map: FormTable, form: string, info: UnitInfo): void => {
    map.put(form, info);
    maxWords = Math.max(maxWords, form.split(" ").length);
  };
  const entries = Object.entries(table).filter((e): e is [string, UnitEntry] => typeof e[1] === "object");
  for (const [unit, e] of entries) {
    const info: UnitInfo = { unit, human: e.human === true };
    for (const raw of e.singular) {
      const f = normalizeForm(raw);
      put(nouns, f, info);
      put(nouns, f.split(" ").map(accusative).join(" "), info);
    }
    for (const raw of e.plural) for (const f of pluralForms(normalizeForm(raw))) put(nouns, f, info);
    for (const raw of e.abbreviations ?? []) put(nouns, normalizeForm(raw), info);
  }
  const words = numberWords();
  for (const [unit, e] of entries) {
    const info: UnitInfo = { unit, human: e.human === true };
    for (const raw of e.dual ?? []) put(duals, normalizeForm(raw), info);
    for (const raw of e.singular) {
      for (const f of dualForms(normalizeForm(raw))) {
        // A generated dual that is also a plural (مقاتلين، مدنيين) or a number word is not a dual.
        if (!nouns.has(f) && !words.has(f)) put(duals, f, info);
      }
    }
  }
  return { nouns, duals, maxWords };
}

export function units(): UnitIndex {
  index ??= compile();
  return index;
}

export interface UnitHit extends UnitInfo {
  /** Token indexes of the first and last word of the noun phrase. */
  readonly first: number;
  readonly last: number;
}

/**
 * The noun written at token j: up to maxWords words, longest first. When the first word carries
 * the article the words after it may carry it too (الطائرات المسيره).
 */
export function nounAt(s: Stream, j: number, prefixes: Prefixes, map = units().nouns): UnitHit | null {
  const first = tokenAt(s, j);
  if (!isWord(first)) return null;
  const { maxWords } = units();
  for (const c of map.starts(first, prefixes)) {
    let node = map.first(c.stem);
    let longest = node?.info;
    let last = j;
    // Read on while a longer form goes on with the next word.
    for (let n = 1; n < maxWords && node !== undefined && node.next.size > 0; n++) {
      const t = tokenAt(s, j + n);
      if (!isWord(t) || breakBefore(s, j + n)) break;
      const w = c.articleStripped && t.text.startsWith("ال") ? t.text.slice(2) : t.text;
      node = node.next.get(w);
      if (node?.info !== undefined) {
        longest = node.info;
        last = j + n;
      }
    }
    // Written out: a spread that adds properties ({ ...info, first }) is slow in V8.
    if (longest) return { unit: longest.unit, human: longest.human, first: j, last };
  }
  return null;
}

/** The counted noun after a number that ends at token i-1: directly, or after من (3 من الشاحنات). */
export function unitAfter(s: Stream, i: number, article: boolean): UnitHit | null {
  if (breakBefore(s, i)) return null;
  const direct = nounAt(s, i, article ? "article" : "none");
  if (direct) return direct;
  const t = tokenAt(s, i);
  if (t?.kind === "word" && t.text === "من" && !breakBefore(s, i + 1)) {
    const hit = nounAt(s, i + 1, "article");
    if (hit) return { ...hit, first: i };
  }
  return null;
}

/** A singular noun ending at token j, before واحد/واحده (هجوم واحد، طائره مسيره واحده). */
export function nounBefore(s: Stream, j: number): UnitHit | null {
  const { maxWords, nouns } = units();
  for (let n = maxWords; n >= 1; n--) {
    const first = j - n + 1;
    if (first < 0) continue;
    const first0 = tokenAt(s, first);
    if (!isWord(first0)) continue;
    for (const c of splitsOf(first0, false)) {
      let key = c.stem;
      let ok = true;
      for (let k = first + 1; k <= j && ok; k++) {
        const t = tokenAt(s, k);
        if (!isWord(t) || breakBefore(s, k)) ok = false;
        else key += ` ${t.text}`;
      }
      const hit = ok ? nouns.get(key) : undefined;
      if (hit) return { unit: hit.unit, human: hit.human, first, last: j };
    }
  }
  return null;
}
