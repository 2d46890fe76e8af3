// The number words of lexicons/tables/number-words.json compiled into one index: normalized form →
// the roles it can play (a unit 0–10, the head or tail of 11–19, a ten, a hundred, a scale …).

import { normalizeForm } from "../../text/normalize.js";
import type { Token } from "../../text/tokens.js";
import { readTable, StemFilter } from "../tables.js";
import { type Stream, splitsOf, tokenAt } from "./stream.js";

export type GrammaticalNumber = "singular" | "dual" | "plural";

export interface NumberWord {
  /** 0–10 (ثلاثه، ثلاث …). */
  unit?: number;
  /** The first word of 11 or 12 (احد، احدي، اثنا، اثني …). */
  teenHead?: number;
  /** The second word of 11–19 (عشر، عشره). */
  teenTail?: boolean;
  /** 20–90 (عشرون، عشرين …). */
  ten?: number;
  /** 100–900 written as one word (ميه، ميتين، ثلاثمايه …). */
  hundred?: number;
  /** The hundred that multiplies a separate unit (ثلاث ميه). */
  hundredWord?: boolean;
  /** Thousand, million, billion, by grammatical number. */
  scale?: { value: number; number: GrammaticalNumber };
  /** A vague quantity word and its conventional value (see vague.ts). */
  vague?: number;
  /** A fraction of a scale (نصف مليون). */
  fraction?: number;
  /** The spoken decimal point (فاصله). */
  point?: boolean;
}

interface NumberWordsTable {
  units: Record<string, string[]>;
  teen_heads: Record<string, string[]>;
  teen_tails: string[];
  tens: Record<string, string[]>;
  hundreds: Record<string, string[]>;
  hundred: string[];
  scales: Record<string, Record<GrammaticalNumber, string[]>>;
  vague: Record<string, string[]>;
  fractions: Record<string, string[]>;
  decimal_point: string[];
}

let index: Map<string, NumberWord> | undefined;

function compile(): Map<string, NumberWord> {
  const t = readTable<NumberWordsTable>("number-words");
  const map = new Map<string, NumberWord>();
  const put = (forms: Iterable<string>, role: NumberWord): void => {
    for (const f of forms) {
      const key = normalizeForm(f);
      map.set(key, { ...map.get(key), ...role });
    }
  };
  for (const [v, forms] of Object.entries(t.units)) put(forms, { unit: Number(v) });
  for (const [v, forms] of Object.entries(t.teen_heads)) put(forms, { teenHead: Number(v) });
  put(t.teen_tails, { teenTail: true });
  for (const [v, forms] of Object.entries(t.tens)) put(forms, { ten: Number(v) });
  for (const [v, forms] of Object.entries(t.hundreds)) put(forms, { hundred: Number(v) });
  put(t.hundred, { hundredWord: true });
  for (const [v, byNumber] of Object.entries(t.scales)) {
    for (const number of ["singular", "dual", "plural"] as const) {
      put(byNumber[number] ?? [], { scale: { value: Number(v), number } });
    }
  }
  for (const [v, forms] of Object.entries(t.vague)) put(forms, { vague: Number(v) });
  for (const [v, forms] of Object.entries(t.fractions)) put(forms, { fraction: Number(v) });
  put(t.decimal_point, { point: true });
  return map;
}

export function numberWords(): Map<string, NumberWord> {
  index ??= compile();
  return index;
}

export interface WordHit {
  readonly word: NumberWord;
  /** The proclitics in front of the number word (و، ب، وب …; ال when `article`). */
  readonly prefix: string;
  readonly article: boolean;
}

/** The number word a word token stands for, the unsplit token first, then its proclitic splits. */
function lookUp(t: Token, article: boolean): WordHit | null {
  const words = numberWords();
  for (const c of splitsOf(t, article)) {
    const word = words.get(c.stem);
    if (word !== undefined) return { word, prefix: c.prefix, article: c.articleStripped };
  }
  return null;
}

// Every rule asks about the tokens around it, so each token is looked up several times: the hits
// (shared, never modified) are kept per written word, with and without the article allowed.
const CACHE_LIMIT = 50_000;
const hitsWithout = new Map<string, WordHit | null>();
const hitsWith = new Map<string, WordHit | null>();

/** The number words, as stems: most tokens are none. */
let stems: StemFilter | undefined;

/** The number word token i stands for, the unsplit token first, then its proclitic splits. */
export function numberWordAt(s: Stream, i: number, article = false): WordHit | null {
  const t = tokenAt(s, i);
  if (t === undefined || t.kind !== "word") return null;
  stems ??= new StemFilter(numberWords().keys());
  if (!stems.mayHave(t.text)) return null;
  const cache = article ? hitsWith : hitsWithout;
  let hit = cache.get(t.text);
  if (hit === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = lookUp(t, article);
    cache.set(t.text, hit);
  }
  return hit;
}

/** The conjunction و that joins the parts of a compound number. */
export function isConjunctionPrefix(prefix: string): boolean {
  return prefix === "و";
}
