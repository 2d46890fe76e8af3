// Orthographic normalization of Arabic text for matching, with an offset map back to the original.
//
// One normalizer serves lexicon aliases and input text alike, so every rule and regex downstream is
// written against one spelling. The map keeps, for every normalized UTF-16 unit, the original unit
// it came from, so any span found in the normalized text maps back to the exact original span.

import { Buffer } from "node:buffer";
import { LITTLE_ENDIAN, unitReader } from "./codepoints.js";

/** What the table says to do with one UTF-16 code unit. */
const KEEP = -1;
/** Removed, and absorbed into the preceding character's span (diacritics, tatweel). */
const DROP_MARK = -2;
/** Removed without being absorbed (invisible controls, BOM). */
const DROP_CONTROL = -3;
/** Replaced by a string of several units (presentation forms through NFKC). */
const EXPAND = -4;
/** Kept as it is, and noted: a high surrogate (the first half of an astral character). */
const HIGH_SURROGATE = -5;

const table = new Int32Array(0x10000).fill(KEEP);
const expansions = new Map<number, string>();

function setRange(from: number, to: number, action: number): void {
  for (let c = from; c <= to; c++) table[c] = action;
}
function mapChars(chars: string, to: string): void {
  const target = to.charCodeAt(0);
  for (const ch of chars) table[ch.charCodeAt(0)] = target;
}

// Diacritics (tashkeel), Quranic annotation marks, superscript alef, tatweel.
setRange(0x0610, 0x061a, DROP_MARK);
setRange(0x064b, 0x065f, DROP_MARK);
table[0x0670] = DROP_MARK;
table[0x0674] = DROP_MARK;
setRange(0x06d6, 0x06dc, DROP_MARK);
setRange(0x06df, 0x06e4, DROP_MARK);
setRange(0x06e7, 0x06e8, DROP_MARK);
setRange(0x06ea, 0x06ed, DROP_MARK);
setRange(0x08d3, 0x08e1, DROP_MARK);
setRange(0x08e3, 0x08ff, DROP_MARK);
table[0x0640] = DROP_MARK;
// Bidi and zero-width controls, soft hyphen, BOM.
setRange(0x200b, 0x200f, DROP_CONTROL);
setRange(0x202a, 0x202e, DROP_CONTROL);
setRange(0x2060, 0x2064, DROP_CONTROL);
setRange(0x2066, 0x2069, DROP_CONTROL);
table[0x061c] = DROP_CONTROL;
table[0xfeff] = DROP_CONTROL;
table[0x00ad] = DROP_CONTROL;
table[0x180e] = DROP_CONTROL;

// Letters.
mapChars("أإآٱٲٳٵ", "ا");
mapChars("ىیېۍێےۓ", "ي");
mapChars("ةۀەہۃۂھ", "ه");
mapChars("ؤ", "و");
mapChars("ئ", "ي");
mapChars("کڪګگ", "ك");
mapChars("ڨ", "ق");
mapChars("ڤ", "ف");
mapChars("پ", "ب");
mapChars("چ", "ج");
mapChars("ژ", "ز");
// Digits: Arabic-Indic and extended (Persian/Urdu) to ASCII.
for (let d = 0; d < 10; d++) {
  table[0x0660 + d] = 0x30 + d;
  table[0x06f0 + d] = 0x30 + d;
}
// Punctuation.
mapChars("،٬", ",");
mapChars("؛", ";");
mapChars("؟", "?");
mapChars("٫۔", ".");
mapChars("٪", "%");
mapChars("٭", "*");
mapChars("«»“”„‟″״〃＂", '"');
mapChars("‘’‚‛′‹›", "'");
mapChars("‐‑‒–—―−﹘﹣－", "-");
// Spaces and line breaks.
mapChars("\t\v\f\u00a0\u1680\u202f\u205f\u3000", " ");
setRange(0x2000, 0x200a, 0x20);
mapChars("\u0085\u2028\u2029\r", "\n");
// Latin: lowercase, so that "ISIS" and "isis" are one token.
for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32;
for (let c = 0xc0; c <= 0x24f; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length === 1 && lower.charCodeAt(0) !== c) table[c] = lower.charCodeAt(0);
}
// Arabic presentation forms and fullwidth ASCII: NFKC, then the rules above (lazily, cached).
setRange(0xfb50, 0xfdff, EXPAND);
setRange(0xfe70, 0xfefc, EXPAND);
setRange(0xff01, 0xff5e, EXPAND);
setRange(0xd800, 0xdbff, HIGH_SURROGATE);

function expansionOf(code: number): string {
  let out = expansions.get(code);
  if (out === undefined) {
    const nfkc = String.fromCharCode(code).normalize("NFKC");
    out = "";
    for (let i = 0; i < nfkc.length; i++) {
      const c = nfkc.charCodeAt(i);
      const action = table[c] ?? KEEP;
      if (action === KEEP || action === HIGH_SURROGATE) out += nfkc[i];
      else if (action >= 0) out += String.fromCharCode(action);
      // marks inside a ligature (ﱞ and the like) are dropped
    }
    expansions.set(code, out);
  }
  return out;
}

export interface Normalized {
  /** The original text, as given. */
  readonly original: string;
  /** The normalized text. */
  readonly text: string;
  /** For each normalized UTF-16 unit, the index of the original unit it came from (length text.length + 1). */
  readonly toOrig: Int32Array;
  /** For each normalized unit, the end (exclusive) of the original stretch it stands for. */
  readonly toOrigEnd: Int32Array;
}

// The offset map, compact. Most units map one to one: within a run of units kept one for one, the
// original index is the normalized index plus a constant (the run's delta), and a unit's original
// stretch is one unit long unless diacritics after it were absorbed. So the map is kept as runs
// (normalized start, delta) and absorptions (normalized index, original end), and the two arrays
// of the interface are built only when asked for: most callers need the text, or a few spans.

/** What normalize() returns: the compact map, with the full arrays on demand. */
class NormalizedText implements Normalized {
  readonly original: string;
  readonly text: string;
  /** Normalized index where each run starts (the first is 0), ascending. */
  readonly #runStart: number[];
  /** Original index minus normalized index, in each run. */
  readonly #runDelta: number[];
  /** Normalized indices whose original stretch goes past their own unit, ascending. */
  readonly #absorbedAt: number[];
  /** The ends of those stretches. */
  readonly #absorbedEnd: number[];
  #toOrig: Int32Array | undefined;
  #toOrigEnd: Int32Array | undefined;

  constructor(
    original: string,
    text: string,
    runStart: number[],
    runDelta: number[],
    absorbedAt: number[],
    absorbedEnd: number[],
  ) {
    this.original = original;
    this.text = text;
    this.#runStart = runStart;
    this.#runDelta = runDelta;
    this.#absorbedAt = absorbedAt;
    this.#absorbedEnd = absorbedEnd;
  }

  get toOrig(): Int32Array {
    if (this.#toOrig === undefined) {
      const len = this.text.length;
      const out = new Int32Array(len + 1);
      const starts = this.#runStart;
      for (let r = 0; r < starts.length; r++) {
        const to = r + 1 < starts.length ? (starts[r + 1] as number) : len;
        const delta = this.#runDelta[r] as number;
        for (let k = starts[r] as number; k < to; k++) out[k] = k + delta;
      }
      out[len] = this.original.length;
      this.#toOrig = out;
    }
    return this.#toOrig;
  }

  get toOrigEnd(): Int32Array {
    if (this.#toOrigEnd === undefined) {
      const len = this.text.length;
      const toOrig = this.toOrig;
      const out = new Int32Array(len);
      for (let k = 0; k < len; k++) out[k] = (toOrig[k] as number) + 1;
      for (let a = 0; a < this.#absorbedAt.length; a++)
        out[this.#absorbedAt[a] as number] = this.#absorbedEnd[a] as number;
      this.#toOrigEnd = out;
    }
    return this.#toOrigEnd;
  }

  /** toOrig[k], or the original length for an index outside the map (as `toOrig[k] ?? length`). */
  origAt(k: number): number {
    const len = this.text.length;
    if (!(Number.isInteger(k) && k >= 0 && k < len)) return this.original.length;
    return k + (this.#runDelta[lastAtMost(this.#runStart, k)] as number);
  }

  /** toOrigEnd[k], or the original length for an index outside the map. */
  origEndAt(k: number): number {
    const len = this.text.length;
    if (!(Number.isInteger(k) && k >= 0 && k < len)) return this.original.length;
    const a = lastAtMost(this.#absorbedAt, k);
    if (a >= 0 && this.#absorbedAt[a] === k) return this.#absorbedEnd[a] as number;
    return k + (this.#runDelta[lastAtMost(this.#runStart, k)] as number) + 1;
  }
}

/** Index of the last element of an ascending array that is <= x, or -1. */
function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Scratch buffer for the normalized units, reused across calls (the text is decoded out of it). */
let scratch = new Uint16Array(1 << 14);
/** The largest scratch buffer kept between calls (units). */
const SCRATCH_LIMIT = 1 << 22;
/** The input's units (see codepoints.ts). */
const unitsOf = unitReader();
/** Whether the last text given to normalize() held a high surrogate (see document.ts). */
let sawHighSurrogate = false;

/** Did the last call of normalize() meet a high surrogate (an astral character) in its input? */
export function lastInputHadHighSurrogate(): boolean {
  return sawHighSurrogate;
}

/** Normalize for matching. Total: never throws, whatever the input. */
export function normalize(original: string): Normalized {
  const n = original.length;
  const src = unitsOf(original);
  // Room for every unit kept one for one; only an expansion (a ligature) can need more.
  // Invariant: buf.length - len >= n - i.
  let buf = scratch.length >= n + 8 ? scratch : new Uint16Array(n + 8);
  let len = 0;
  let high = false;
  const runStart: number[] = [];
  const runDelta: number[] = [];
  const absorbedAt: number[] = [];
  const absorbedEnd: number[] = [];
  /** The delta of the current run (none yet: never equal to a real one). */
  let delta = -1;
  /** Where the original stretch of the last kept unit ends. */
  let lastEnd = -1;

  for (let i = 0; i < n; i++) {
    const c = src[i] as number;
    const action = table[c] as number;
    if (action >= KEEP) {
      // A CR that starts a CRLF pair is dropped: the LF carries the line break.
      if (c === 0x0d && i + 1 < n && src[i + 1] === 0x0a) continue;
      if (i - len !== delta) {
        delta = i - len;
        runStart.push(len);
        runDelta.push(delta);
      }
      buf[len++] = action === KEEP ? c : action;
      lastEnd = i + 1;
    } else if (action === DROP_MARK) {
      // Absorbed into the previous kept character when adjacent in the original, so that a span
      // ending on a word keeps the word's own diacritics.
      if (len > 0 && lastEnd === i) {
        lastEnd = i + 1;
        const last = absorbedAt.length - 1;
        if (last >= 0 && absorbedAt[last] === len - 1) absorbedEnd[last] = lastEnd;
        else {
          absorbedAt.push(len - 1);
          absorbedEnd.push(lastEnd);
        }
      }
    } else if (action === HIGH_SURROGATE) {
      high = true;
      if (i - len !== delta) {
        delta = i - len;
        runStart.push(len);
        runDelta.push(delta);
      }
      buf[len++] = c;
      lastEnd = i + 1;
    } else if (action === EXPAND) {
      const exp = expansionOf(c);
      if (len + exp.length + (n - i) > buf.length) {
        const b = new Uint16Array(Math.max(len + exp.length + (n - i) + 8, buf.length * 2));
        b.set(buf.subarray(0, len));
        buf = b;
      }
      // Every unit of the expansion comes from the one original unit.
      for (let k = 0; k < exp.length; k++) {
        if (i - len !== delta) {
          delta = i - len;
          runStart.push(len);
          runDelta.push(delta);
        }
        buf[len++] = exp.charCodeAt(k);
        lastEnd = i + 1;
      }
    }
    // DROP_CONTROL: nothing is kept.
  }
  sawHighSurrogate = high;
  let text: string;
  if (LITTLE_ENDIAN) {
    text = Buffer.from(buf.buffer, buf.byteOffset, len * 2).toString("utf16le");
  } else {
    text = "";
    for (let k = 0; k < len; k += 8192) {
      text += String.fromCharCode.apply(
        null,
        buf.subarray(k, Math.min(len, k + 8192)) as unknown as number[],
      );
    }
  }
  // Keep the larger buffer for the next call, up to a bound (a huge input's is let go).
  if (buf.length > scratch.length && buf.length <= SCRATCH_LIMIT) scratch = buf;
  return new NormalizedText(original, text, runStart, runDelta, absorbedAt, absorbedEnd);
}

/** Normalize a short string (an alias, a cue word): the text only, spaces collapsed and trimmed. */
export function normalizeForm(s: string): string {
  return normalize(s).text.replace(/\s+/g, " ").trim();
}

/** Map a half-open span of the normalized text to the half-open span of the original (UTF-16 units). */
export function toOriginalSpan(norm: Normalized, start: number, end: number): [number, number] {
  if (norm instanceof NormalizedText) {
    if (end <= start) {
      const at = norm.origAt(start);
      return [at, at];
    }
    return [norm.origAt(start), norm.origEndAt(end - 1)];
  }
  if (end <= start) {
    const at = norm.toOrig[start] ?? norm.original.length;
    return [at, at];
  }
  const s = norm.toOrig[start] ?? norm.original.length;
  const e = norm.toOrigEnd[end - 1] ?? norm.original.length;
  return [s, e];
}
