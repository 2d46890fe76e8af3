// The number extractor: every cardinal quantity an article states, with its value, counted noun
// (unit) and qualifier. One pass over the tokens; at each position the rule families are tried in
// turn (numerals of digits and words, vague quantities, duals), and a found number is widened to
// its qualifier, its counted noun and a casualty word, or dropped by a guard (dates, years, times,
// ordinals, percentages, money, identifiers).

import type { PreparedDocument } from "../../text/document.js";
import { normalize } from "../../text/normalize.js";
import { tokenize } from "../../text/tokens.js";
import type { NumberMention, NumberQualifier } from "../../types.js";
import { StemFilter } from "../tables.js";
import { casualtyAfter, casualtyBefore, tollBefore } from "./casualties.js";
import { readDual } from "./duals.js";
import { neverACount, notACountHere } from "./guards.js";
import { type Numeral, readNumeral } from "./numerals.js";
import { qualifierAfter, qualifierBefore } from "./qualifiers.js";
import { type Stream, tokenAt } from "./stream.js";
import { nounBefore, type UnitHit, unitAfter, units } from "./units.js";
import { numberWordAt, numberWords } from "./vocabulary.js";

export interface NumberOptions {
  /** Normalized-text spans where no number may be reported (dates, entity names with digits). */
  readonly exclude?: readonly { start: number; end: number }[];
  /** Report vague quantities (عشرات، مئات، آلاف …; policy in vague.ts). Default true. */
  readonly vague?: boolean;
}

/** A number found in the normalized text, before it becomes a mention. */
interface Found {
  value: number;
  unit: string | null;
  qualifier: NumberQualifier;
  rule: string;
  /** The whole mention and the number itself, in tokens (inclusive). */
  first: number;
  last: number;
  coreFirst: number;
  coreLast: number;
}

const CASUALTY_UNITS = new Set(["killed", "injured", "missing"]);

/** The counted noun of a numeral, its qualifier and casualty reading, or null when it is no count. */
function widen(s: Stream, n: Numeral, min: number): Found | null {
  if (neverACount(s, n) !== null) return null;
  let unit: UnitHit | null = unitAfter(s, n.last + 1, n.kind === "vague");
  // واحد/واحده alone: only as the adjective after a counted noun (هجوم واحد); elsewhere it is
  // "one of" or "the same", not a count.
  let first = n.first;
  if (n.lone && n.value === 1) {
    const noun = nounBefore(s, n.first - 1);
    if (noun === null || noun.first < min) return null;
    unit = noun;
    first = noun.first;
  }
  let last = unit ? Math.max(unit.last, n.last) : n.last;
  const before = qualifierBefore(s, first, min);
  const after = before ? null : qualifierAfter(s, last + 1);
  const qualifier: NumberQualifier =
    before?.qualifier ?? after?.qualifier ?? (n.kind === "vague" ? "about" : "exact");
  if (before) first = before.first;
  if (after) last = after.last;
  if (notACountHere(s, n, unit !== null, before !== null || after !== null) !== null) return null;

  let unitName = unit?.unit ?? null;
  if (unit === null || (unit.human && !CASUALTY_UNITS.has(unit.unit))) {
    const cause = casualtyBefore(s, first, min);
    if (cause) {
      unitName = cause.unit;
      first = cause.first;
    } else {
      const verb = unit ? casualtyAfter(s, unit.last + 1) : null;
      const toll = unit ? null : tollBefore(s, first, min);
      unitName = verb ?? toll ?? unitName;
    }
  }
  // A small number word alone (ست، سبع، تسع …) is a count only with something that says so.
  if (n.lone && unitName === null && qualifier === "exact") return null;
  return {
    value: n.value,
    unit: unitName,
    qualifier,
    rule: n.kind,
    first,
    last,
    coreFirst: n.first,
    coreLast: n.last,
  };
}

// Per written word: whether a numeral (a number word, the article allowed) or a dual can start on
// it. Most words are neither, and the scan asks about every token.
const startsCount = new Map<string, boolean>();

/** Number words and the first words of duals, as stems. */
let countStems: StemFilter | undefined;

/** Whether readNumeral or readDual can find anything at token i. */
function mayStartCount(s: Stream, i: number): boolean {
  const t = s.tokens[i];
  if (t === undefined || t.kind === "punct") return false;
  if (t.kind === "num") return true;
  countStems ??= new StemFilter([...numberWords().keys(), ...units().duals.firstWordList()]);
  if (!countStems.mayHave(t.text)) return false;
  let may = startsCount.get(t.text);
  if (may === undefined) {
    if (startsCount.size > 50_000) startsCount.clear();
    may = numberWordAt(s, i, true) !== null || units().duals.starts(t, "any").length > 0;
    startsCount.set(t.text, may);
  }
  return may;
}

function scan(s: Stream, vague: boolean): Found[] {
  const out: Found[] = [];
  let min = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    if (i < min || !mayStartCount(s, i)) continue;
    const n = readNumeral(s, i, "article");
    if (n !== null && n.first >= min) {
      const found = widen(s, n, min);
      if (found && (vague || found.rule !== "vague")) {
        out.push(found);
        min = found.last + 1;
      } else min = n.last + 1;
      i = min - 1;
      continue;
    }
    const dual = readDual(s, i, min);
    if (dual !== null) {
      const found: Found = {
        value: 2,
        unit: dual.unit,
        qualifier: "exact",
        rule: "dual",
        first: dual.first,
        last: dual.last,
        coreFirst: i,
        coreLast: dual.last,
      };
      // مقتل جنديين: two people killed.
      const cause = dual.human && !CASUALTY_UNITS.has(dual.unit) ? casualtyBefore(s, dual.first, min) : null;
      if (cause) {
        found.unit = cause.unit;
        found.first = cause.first;
      }
      out.push(found);
      min = dual.last + 1;
      i = min - 1;
    }
  }
  return out;
}

/** Tokens that join the two ends of a range: 5 او 6، 5-6، من 5 الي 10 (و is written on the second). */
const RANGE_LINKS = new Set(["-", "او", "الي", "حتي", "و"]);

/**
 * The first number of a range takes the counted noun of the second: بين 5 و10 قتلي, 3 او 4
 * صواريخ. Both stay separate mentions.
 */
function shareRangeUnits(s: Stream, found: Found[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k] as Found;
    const b = found[k + 1] as Found;
    if (a.unit !== null || b.unit === null || a.rule === "dual" || b.rule === "dual") continue;
    const gap = b.coreFirst - a.last - 1;
    const link = tokenAt(s, a.last + 1)?.text ?? "";
    if (gap === 0 || (gap === 1 && RANGE_LINKS.has(link))) a.unit = b.unit;
  }
}

function overlaps(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  for (const x of spans) if (start < x.end && x.start < end) return true;
  return false;
}

/** A number mention with its span in the normalized text (what the event rules read). */
export interface FoundNumber {
  m: NumberMention;
  start: number;
  end: number;
}

/** Every cardinal quantity in the document, sorted by start. */
export function extractNumbers(doc: PreparedDocument, options: NumberOptions = {}): NumberMention[] {
  return findNumbers(doc, options).map((f) => f.m);
}

/** Number mentions with their normalized spans, sorted by start. */
export function findNumbers(doc: PreparedDocument, options: NumberOptions = {}): FoundNumber[] {
  const s: Stream = { text: doc.text, tokens: doc.tokens };
  const exclude = options.exclude ?? [];
  const mentions: FoundNumber[] = [];
  const found = scan(s, options.vague ?? true);
  shareRangeUnits(s, found);
  for (const f of found) {
    const coreStart = tokenAt(s, f.coreFirst)?.start ?? 0;
    const coreEnd = tokenAt(s, f.coreLast)?.end ?? coreStart;
    if (overlaps(coreStart, coreEnd, exclude)) continue;
    const start = tokenAt(s, f.first)?.start ?? coreStart;
    const end = tokenAt(s, f.last)?.end ?? coreEnd;
    const span = doc.originalSpan(start, end);
    mentions.push({
      m: {
        kind: "number",
        text: span.text,
        start: span.start,
        end: span.end,
        sentence: doc.sentenceAt(start),
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        rule: f.rule,
      },
      start,
      end,
    });
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Every numeric value in a bare string (a numeral, a conformance case), with spans in its
 * normalized text. No context rules apply (a lone 2023 or واحد is a number here), and the forms of
 * bare numerals are read too: signs (-1.2), a leading decimal point (.77), fractions (77/100).
 */
export function parseNumber(text: string): { value: number; start: number; end: number }[] {
  const norm = normalize(text).text;
  const s: Stream = { text: norm, tokens: tokenize(norm) };
  const out: { value: number; start: number; end: number }[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const n = readNumeral(s, i, "bare");
    if (n === null) continue;
    const first = tokenAt(s, n.first);
    const last = tokenAt(s, n.last);
    if (first && last) out.push({ value: n.value, start: first.start, end: last.end });
    i = n.last;
  }
  return out;
}
