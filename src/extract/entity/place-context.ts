// The words around a place mention: the type word in front of it (ريف، محافظة، قرية …), a
// direction (شمال شرق سوريا، بريف دير الزور الشرقي), and whether the text says near it (قرب،
// بالقرب من، على أطراف). The word tables are data: lexicons/tables/place-type-words.json.
//
// Reads tokens only, around each place mention: no regular expression, nothing per call but a
// few lookups in maps built once.

import { procliticCandidates } from "../../text/clitics.js";
import type { PreparedDocument } from "../../text/document.js";
import { normalizeForm } from "../../text/normalize.js";
import type { Token } from "../../text/tokens.js";
import type { PlaceContext, PlaceDirection } from "../../types.js";
import { readTable } from "../tables.js";
import type { Found } from "./index.js";

interface TypeWordRow {
  types: string[];
  context?: string;
  strict?: boolean;
  rural?: boolean;
}
interface PlaceTypeTable {
  words: Record<string, TypeWordRow>;
  directions: Record<string, { before: string[]; after: string[] }>;
  near: string[];
}

/** A place-type word, compiled. */
export interface TypeWord {
  /** The normalized word. */
  readonly form: string;
  readonly types: ReadonlySet<string>;
  /** The type of a new place named after it (context.ts), if it introduces one. */
  readonly context: string | null;
  /** Also an ordinary noun before common nouns (منطقة). */
  readonly strict: boolean;
  readonly rural: boolean;
}

type Axis = "ns" | "ew" | "c";
interface DirectionWord {
  readonly dir: string;
  readonly axis: Axis;
}

interface Compiled {
  typeWords: Map<string, TypeWord>;
  before: Map<string, DirectionWord>;
  after: Map<string, DirectionWord>;
  /** Near phrases by their last word: the words before it, normalized (القرب من → ["القرب"]). */
  near: Map<string, string[][]>;
}

let compiled: Compiled | undefined;

function tables(): Compiled {
  if (compiled) return compiled;
  const t = readTable<PlaceTypeTable>("place-type-words");
  const typeWords = new Map<string, TypeWord>();
  for (const [word, row] of Object.entries(t.words)) {
    const form = normalizeForm(word);
    typeWords.set(form, {
      form,
      types: new Set(row.types),
      context: row.context ?? null,
      strict: row.strict === true,
      rural: row.rural === true,
    });
  }
  const before = new Map<string, DirectionWord>();
  const after = new Map<string, DirectionWord>();
  for (const [dir, forms] of Object.entries(t.directions)) {
    const axis: Axis = dir === "north" || dir === "south" ? "ns" : dir === "centre" ? "c" : "ew";
    for (const f of forms.before) before.set(normalizeForm(f), { dir, axis });
    for (const f of forms.after) after.set(normalizeForm(f), { dir, axis });
  }
  const near = new Map<string, string[][]>();
  for (const phrase of t.near) {
    const words = normalizeForm(phrase).split(" ");
    const last = words.pop() as string;
    const list = near.get(last) ?? [];
    list.push(words);
    near.set(last, list);
  }
  compiled = { typeWords, before, after, near };
  return compiled;
}

/** The place-type words (normalized form → compiled row), for context.ts. */
export function placeTypeWords(): ReadonlyMap<string, TypeWord> {
  return tables().typeWords;
}

/** Words (normalized) that are a direction in front of a place or after it, for context.ts. */
export function directionWords(): Iterable<string> {
  const t = tables();
  return [...t.before.keys(), ...t.after.keys()];
}

/** The words a token may stand for once proclitics are split off (the article kept on). */
function stemsOf(tok: Token): { stem: string; prefixLength: number }[] {
  if (tok.kind !== "word") return [];
  const out: { stem: string; prefixLength: number }[] = [];
  for (const c of procliticCandidates(tok.text)) if (!c.articleStripped) out.push(c);
  return out;
}

/** A type word a token stands for (with its proclitics split off), or null. */
export function typeWordOf(tok: Token): { word: TypeWord; prefixLength: number } | null {
  const words = tables().typeWords;
  for (const c of stemsOf(tok)) {
    const w = words.get(c.stem);
    if (w) return { word: w, prefixLength: c.prefixLength };
  }
  return null;
}

/** Index of the first token that starts at or after a normalized offset. */
export function tokenAt(doc: PreparedDocument, offset: number): number {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is there a line break between two tokens (a name never runs over one)? */
function lineBreakBetween(doc: PreparedDocument, a: Token, b: Token): boolean {
  return doc.text.slice(a.end, b.start).includes("\n");
}

export interface TypeWordBefore {
  /** The type word as written in the original text, without its proclitics. */
  readonly word: string;
  /** The place types it implies. */
  readonly types: ReadonlySet<string>;
  readonly rural: boolean;
  /** Its span in the normalized text (proclitics excluded). */
  readonly start: number;
  readonly end: number;
}

/**
 * The place-type word right in front of a normalized offset (the start of a place name): the
 * word as written and the place types it implies; null when the word in front is none.
 * "بريف حلب" → ريف (governorate, city, district); "قاعدة حرير" → قاعدة (base, airport).
 */
export function typeWordBefore(doc: PreparedDocument, start: number): TypeWordBefore | null {
  const i = tokenAt(doc, start) - 1;
  const tok = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (!tok || tok.end > start) return null;
  if (next && lineBreakBetween(doc, tok, next)) return null;
  const hit = typeWordOf(tok);
  if (!hit) return null;
  const s = tok.start + hit.prefixLength;
  return {
    word: doc.originalSpan(s, tok.end).text,
    types: hit.word.types,
    rural: hit.word.rural,
    start: s,
    end: tok.end,
  };
}

/** The resolver's hook (setPlaceTypesBefore in index.ts): the types a type word in front implies. */
export function placeTypesBefore(doc: PreparedDocument, m: { start: number }): ReadonlySet<string> | null {
  return typeWordBefore(doc, m.start)?.types ?? null;
}

/**
 * Do the words right around a span say it is a place: a type word, a direction (شمال، جنوبي) or a
 * near phrase (قرب، على أطراف) in front, or a direction adjective after (حلب الشرقية)? Returns the
 * place types a type word implies (null for the other words), or undefined when none says so.
 * "وسط" and "قلب" are left out: "in the middle of" and "the heart of" go before any noun.
 */
export function placeWordsAround(
  doc: PreparedDocument,
  start: number,
  end: number,
): { types: ReadonlySet<string> | null } | undefined {
  const t = tables();
  const tokens = doc.tokens;
  const first = tokenAt(doc, start);
  const prev = tokens[first - 1];
  const own = tokens[first];
  if (prev?.kind === "word" && own && !lineBreakBetween(doc, prev, own)) {
    const tw = typeWordOf(prev);
    if (tw) return { types: tw.word.types };
    const d = directionOf(prev, t.before);
    if (d && d.axis !== "c") return { types: null };
    if (nearEndingAt(doc, first - 1) >= 0) return { types: null };
  }
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= end) last++;
  const next = tokens[last + 1];
  const lastTok = tokens[last];
  if (next?.kind === "word" && lastTok && !lineBreakBetween(doc, lastTok, next)) {
    if (directionOf(next, t.after)) return { types: null };
  }
  return undefined;
}

function directionOf(tok: Token | undefined, map: Map<string, DirectionWord>): DirectionWord | null {
  if (!tok) return null;
  for (const c of stemsOf(tok)) {
    const d = map.get(c.stem);
    if (d) return d;
  }
  return null;
}

/** Two direction words in a row (شمال شرق, الجنوبي الغربي) make one: north/south first. */
function combine(a: DirectionWord | null, b: DirectionWord | null): PlaceDirection | null {
  if (a && b && a.axis !== b.axis && a.axis !== "c" && b.axis !== "c") {
    const ns = a.axis === "ns" ? a.dir : b.dir;
    const ew = a.axis === "ew" ? a.dir : b.dir;
    return `${ns}-${ew}` as PlaceDirection;
  }
  const one = b ?? a;
  return one ? (one.dir as PlaceDirection) : null;
}

/** Does a near phrase end at token i? Returns the index of its first token, or -1. */
function nearEndingAt(doc: PreparedDocument, i: number): number {
  const tok = doc.tokens[i];
  if (tok?.kind !== "word") return -1;
  const { near } = tables();
  for (const c of stemsOf(tok)) {
    const heads = near.get(c.stem);
    if (!heads) continue;
    for (const words of heads) {
      if (words.length === 0) return i;
      // the earlier words of the phrase, the first one with its proclitics (بالقرب من)
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        const t = doc.tokens[i - words.length + k];
        if (t?.kind !== "word") ok = false;
        else if (k === 0) ok = stemsOf(t).some((s) => s.stem === words[0]);
        else ok = t.text === words[k];
      }
      if (ok) return i - words.length;
    }
  }
  return -1;
}

/**
 * What the words around a place mention say (normalized span start–end), or null when nothing:
 *   [near] [direction [direction]] [type word] PLACE [direction adjective [direction adjective]]
 * A type word or a direction noun that opens the mention itself counts too (محافظة حلب, جنوب
 * لبنان); adjectives inside a name do not (الغوطة الشرقية is a name, not a direction).
 */
export function placeContext(doc: PreparedDocument, start: number, end: number): PlaceContext | null {
  const t = tables();
  const tokens = doc.tokens;
  const first = tokenAt(doc, start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= end) last++;
  const ctx: PlaceContext = {};

  // Inside the mention: a type word or direction noun as its first word.
  const own = tokens[first];
  if (own && last > first) {
    const tw = typeWordOf(own);
    if (tw) {
      ctx.type_word = doc.originalSpan(own.start + tw.prefixLength, own.end).text;
      if (tw.word.rural) ctx.rural = true;
    }
  }
  let ownDirection: PlaceDirection | null = null;
  if (own && last > first) {
    const d1 = directionOf(own, t.before);
    if (d1) ownDirection = combine(d1, last > first + 1 ? directionOf(tokens[first + 1], t.before) : null);
  }

  // Before: type word, directions, near.
  let pos = first - 1;
  const adjacent = (i: number): boolean => {
    const a = tokens[i];
    const b = tokens[i + 1];
    return a !== undefined && b !== undefined && a.kind === "word" && !lineBreakBetween(doc, a, b);
  };
  if (adjacent(pos)) {
    const tw = typeWordOf(tokens[pos] as Token);
    if (tw) {
      const tok = tokens[pos] as Token;
      ctx.type_word = doc.originalSpan(tok.start + tw.prefixLength, tok.end).text;
      if (tw.word.rural) ctx.rural = true;
      pos--;
    }
  }
  let before: PlaceDirection | null = null;
  if (adjacent(pos)) {
    const d2 = directionOf(tokens[pos], t.before);
    if (d2) {
      pos--;
      const d1 = adjacent(pos) ? directionOf(tokens[pos], t.before) : null;
      if (d1 && d1.axis !== d2.axis) pos--;
      before = combine(d1 && d1.axis !== d2.axis ? d1 : null, d2);
      // a rural word before the direction: ريف حلب الشمالي is after; بريف شمال حلب is rare
    }
  }
  if (adjacent(pos) && nearEndingAt(doc, pos) >= 0) ctx.near = true;

  // After: direction adjectives.
  let after: PlaceDirection | null = null;
  const a1 = tokens[last + 1];
  if (a1 && adjacent(last) && a1.kind === "word") {
    const d1 = directionOf(a1, t.after);
    if (d1) {
      const a2 = tokens[last + 2];
      const d2 = a2 && adjacent(last + 1) ? directionOf(a2, t.after) : null;
      after = combine(d1, d2 && d2.axis !== d1.axis ? d2 : null);
    }
  }
  const direction = before ?? ownDirection ?? after;
  if (direction) ctx.direction = direction;
  return ctx.type_word !== undefined || ctx.rural || ctx.direction || ctx.near ? ordered(ctx) : null;
}

/** The keys in a fixed order (output bytes must not depend on the order they were found in). */
function ordered(c: PlaceContext): PlaceContext {
  const out: PlaceContext = {};
  if (c.type_word !== undefined) out.type_word = c.type_word;
  if (c.rural) out.rural = true;
  if (c.direction) out.direction = c.direction;
  if (c.near) out.near = true;
  return out;
}

/** Set `context` on every place mention the words around say something about. */
export function addPlaceContext(doc: PreparedDocument, found: readonly Found[]): void {
  for (const f of found) {
    if (f.m.kind !== "place") continue;
    const ctx = placeContext(doc, f.start, f.end);
    if (ctx) f.m.context = ctx;
  }
}
