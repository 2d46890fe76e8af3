// Numerals: digits, words, or both (18 الفا و500، 2.5 مليون، ثلاثه الاف), read from one token on
// by composing the digit and word rules with the scales (الف، مليون، مليار) and their remainders.

import { parseDigits } from "./digits.js";
import { breakBefore, glued, isCliticWord, type Mode, type Stream, tokenAt } from "./stream.js";
import { readVague } from "./vague.js";
import { numberWordAt } from "./vocabulary.js";
import { afterConjunction, readWords } from "./words.js";

export type NumeralKind = "digits" | "words" | "mixed" | "vague";

export interface Numeral {
  readonly value: number;
  /** First and last token, inclusive (a proclitic word glued to digits, ل in ل23, included). */
  readonly first: number;
  readonly last: number;
  readonly kind: NumeralKind;
  /** The article written on digits (الـ22): an ordinal unless a counted noun follows. */
  readonly article: boolean;
  /** One number word worth at most ten (ست، سبع، تسع …): ambiguous alone, so it needs a noun. */
  readonly lone: boolean;
  /** One plain run of digits, no separator (the shape of a year). */
  readonly plain: boolean;
}

interface Chunk {
  value: number;
  /** The first token, with a proclitic word or sign written onto digits. */
  first: number;
  last: number;
  /** The article written onto the digits (الـ22). */
  article: boolean;
  digits: boolean;
  words: boolean;
  /** The scale reached (1000 after الف …), 1 below a thousand. */
  magnitude: number;
}

/** The digits at token i with what is written onto them: a proclitic word, and in bare mode a sign. */
function digitsAt(s: Stream, i: number, mode: Mode): Chunk | null {
  const t = tokenAt(s, i);
  if (t?.kind !== "num") return null;
  const scaleNext = numberWordAt(s, i + 1);
  const beforeScale = scaleNext !== null && scaleNext.prefix === "" && scaleNext.word.scale !== undefined;
  const parsed = parseDigits(t.text, mode, beforeScale);
  if (parsed === null) return null;
  let value = parsed.value;
  let first = i;
  let article = false;
  const p = tokenAt(s, i - 1);
  if (glued(p, t) && p !== undefined) {
    if (isCliticWord(p)) {
      first = i - 1;
      article = p.text.endsWith("ال") || p.text.endsWith("لل");
    } else if (mode === "bare" && p.kind === "punct" && !glued(tokenAt(s, i - 2), p)) {
      // A sign or a leading decimal point: -1.2, .77.
      if (p.text === "-") {
        value = -value;
        first = i - 1;
      } else if (p.text === "." && /^\d+$/.test(t.text)) {
        value = Number(`0.${t.text}`);
        first = i - 1;
      }
    }
  }
  return { value, first, last: i, article, digits: true, words: false, magnitude: 1 };
}

/** A scale word standing alone (الف، الفين، مليون) or after a fraction (نصف مليون). */
function scaleAlone(s: Stream, i: number): Chunk | null {
  const hit = numberWordAt(s, i);
  if (hit === null) return null;
  const scale = hit.word.scale;
  if (scale && scale.number !== "plural") {
    const value = scale.number === "dual" ? 2 * scale.value : scale.value;
    return { value, first: i, last: i, article: false, digits: false, words: true, magnitude: scale.value };
  }
  const fraction = hit.word.fraction;
  if (fraction !== undefined && !breakBefore(s, i + 1)) {
    const next = numberWordAt(s, i + 1);
    if (next?.prefix === "" && next.word.scale?.number === "singular") {
      const magnitude = next.word.scale.value;
      return {
        value: fraction * magnitude,
        first: i,
        last: i + 1,
        article: false,
        digits: false,
        words: true,
        magnitude,
      };
    }
  }
  return null;
}

/** A count times the scale after it: 18 الفا، ثلاثه الاف، 2.5 مليون، مئه الف. */
function withScale(s: Stream, c: Chunk): Chunk {
  if (c.magnitude > 1 || breakBefore(s, c.last + 1)) return c;
  const hit = numberWordAt(s, c.last + 1);
  const scale = hit?.word.scale;
  if (hit === null || hit.prefix !== "" || scale === undefined || scale.number === "dual") return c;
  return { ...c, value: c.value * scale.value, last: c.last + 1, words: true, magnitude: scale.value };
}

/** What follows a scale after و: a smaller number (18 الفا و500، الف وخمسمايه) or a half (مليون ونصف). */
function withRemainder(s: Stream, c: Chunk, mode: Mode): Chunk {
  if (c.magnitude < 1000 || breakBefore(s, c.last + 1)) return c;
  const conj = afterConjunction(s, c.last + 1);
  if (conj === null || breakBefore(s, conj.at)) return c;
  const half = numberWordAt(s, conj.at);
  if (half?.word.fraction !== undefined && (conj.onToken || half.prefix === "")) {
    return { ...c, value: c.value + half.word.fraction * c.magnitude, last: conj.at };
  }
  const rest = readCount(s, conj.at, mode, c.magnitude);
  if (rest === null || rest.value >= c.magnitude || rest.value <= 0) return c;
  return {
    ...c,
    value: c.value + rest.value,
    last: rest.last,
    digits: c.digits || rest.digits,
    words: c.words || rest.words,
  };
}

/** The spoken decimal point: واحد فاصله خمسه، 1 فاصله 5. */
function withDecimals(s: Stream, c: Chunk): Chunk {
  if (c.magnitude > 1 || !Number.isInteger(c.value) || breakBefore(s, c.last + 1)) return c;
  const point = numberWordAt(s, c.last + 1);
  if (point?.prefix !== "" || !point.word.point) return c;
  const at = c.last + 2;
  const t = tokenAt(s, at);
  let frac: { text: string; last: number; digits: boolean } | null = null;
  if (t?.kind === "num" && /^\d+$/.test(t.text)) frac = { text: t.text, last: at, digits: true };
  else {
    const w = readWords(s, at);
    if (w && numberWordAt(s, at)?.prefix === "")
      frac = { text: String(w.value), last: w.last, digits: false };
  }
  if (frac === null) return c;
  const value = Number(`${c.value}.${frac.text}`);
  return { ...c, value, last: frac.last, digits: c.digits || frac.digits, words: true };
}

/** A count below `limit` at token i: digits or words, times a scale, plus a remainder. */
function readCount(s: Stream, i: number, mode: Mode, limit = Number.POSITIVE_INFINITY): Chunk | null {
  let c: Chunk | null = digitsAt(s, i, mode);
  if (c === null) {
    c = scaleAlone(s, i);
    if (c === null) {
      const w = readWords(s, i);
      if (w !== null)
        c = {
          value: w.value,
          first: i,
          last: w.last,
          article: false,
          digits: false,
          words: true,
          magnitude: 1,
        };
    }
  }
  if (c === null) return null;
  c = withScale(s, c);
  if (c.magnitude >= limit) return null;
  c = withRemainder(s, c, mode);
  return withDecimals(s, c);
}

/** The numeral that starts at token i, or null. */
export function readNumeral(s: Stream, i: number, mode: Mode): Numeral | null {
  const t = tokenAt(s, i);
  if (t === undefined) return null;
  if (t.kind === "word") {
    const hit = numberWordAt(s, i, true);
    if (hit === null) return null;
    if (hit.word.vague !== undefined || hit.word.scale?.number === "plural") {
      const v = readVague(s, i);
      if (v === null) return null;
      return {
        value: v.value,
        first: i,
        last: v.last,
        kind: "vague",
        article: hit.article,
        lone: false,
        plain: false,
      };
    }
    // Other number words never carry the article: الاثنين is Monday, العشرين the twentieth.
    if (hit.article) return null;
  }
  const c = readCount(s, i, mode);
  if (c === null) return null;
  const kind: NumeralKind = c.digits && c.words ? "mixed" : c.digits ? "digits" : "words";
  const single = c.last === i;
  const hit = kind === "words" && single ? numberWordAt(s, i) : null;
  return {
    value: c.value,
    first: c.first,
    last: c.last,
    kind,
    article: c.article,
    lone: hit?.word.unit !== undefined && c.value <= 10,
    plain: kind === "digits" && single && /^\d+$/.test(t.text),
  };
}
