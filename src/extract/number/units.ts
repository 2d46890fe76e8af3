// Counted nouns (units) from lexicons/tables/units.json: the noun after a number (23 هجوما، 3 طائرات
// مسيره، 3 من الشاحنات), or before واحد (هجوم واحد). The table lists singular and plural forms; the
// forms grammar derives from them (accusative singular, sound plural cases) are generated here,
// and so are the duals that duals.ts reads.

import { normalizeForm } from "../../text/normalize.js";
import { readTable } from "../tables.js";
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

interface UnitIndex {
  /** Singular and plural forms (one or more words, normalized) → unit. */
  readonly nouns: Map<string, UnitInfo>;
  /** Dual forms → unit. */
  readonly duals: Map<string, UnitInfo>;
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
  const nouns = new Map<string, UnitInfo>();
  const duals = new Map<string, UnitInfo>();
  let maxWords = 1;
  const put = (map: Map<string, UnitInfo>, form: string, info: UnitInfo): void => {
    // The first unit to claim a form keeps it: the table lists the more specific nouns first.
    if (form !== "" && !map.has(form)) map.set(form, info);
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
 * What a noun's first word may carry: nothing (after a number), the article (عشرات الجرحي، 3 من
 * الشاحنات), or any proclitics (a dual stands alone: لمنشاتين، بطايرتين، للقاعدتين).
 */
export type Prefixes = "none" | "article" | "any";

/**
 * The noun written at token j: up to maxWords words, longest first. When the first word carries
 * the article the words after it may carry it too (الطائرات المسيره).
 */
export function nounAt(s: Stream, j: number, prefixes: Prefixes, map = units().nouns): UnitHit | null {
  const first = tokenAt(s, j);
  if (!isWord(first)) return null;
  const { maxWords } = units();
  for (const c of splitsOf(first, prefixes !== "none")) {
    if (prefixes !== "any" && c.prefix !== "" && !(c.articleStripped && c.prefix === "ال")) continue;
    let key = c.stem;
    const found: UnitHit[] = [];
    const hit = map.get(key);
    if (hit) found.push({ ...hit, first: j, last: j });
    for (let n = 1; n < maxWords; n++) {
      const t = tokenAt(s, j + n);
      if (!isWord(t) || breakBefore(s, j + n)) break;
      const w = c.articleStripped && t.text.startsWith("ال") ? t.text.slice(2) : t.text;
      key += ` ${w}`;
      const h = map.get(key);
      if (h) found.push({ ...h, first: j, last: j + n });
    }
    const longest = found[found.length - 1];
    if (longest) return longest;
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
      if (hit) return { ...hit, first, last: j };
    }
  }
  return null;
}
