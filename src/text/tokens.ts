// Tokens over normalized text: words (letters), numbers (digits with inner separators) and single
// punctuation marks, each with its offsets in the normalized text. A hand-written scanner over
// character classes: the tokenizer runs over every byte of input, so it must be fast.

import { unitReader } from "./codepoints.js";

export type TokenKind = "word" | "num" | "punct";

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

const UNKNOWN = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const OTHER = 4;
/** A high surrogate: the caller decides from the whole code point. */
const HIGH = 5;

// Character classes of the BMP, filled lazily from Unicode properties (letters and marks of any
// script are word characters), with the common ranges decided up front.
const classes = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) classes[c] = DIGIT;
for (let c = 0x41; c <= 0x5a; c++) classes[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) classes[c] = LETTER;
for (let c = 0x0621; c <= 0x064a; c++) classes[c] = LETTER;
for (const c of [0x20, 0x0a, 0x09, 0x0d, 0x0b, 0x0c]) classes[c] = SPACE;
for (let c = 0xd800; c <= 0xdbff; c++) classes[c] = HIGH;
for (let c = 0xdc00; c <= 0xdfff; c++) classes[c] = OTHER; // a lone low half
const LETTER_RE = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/u;

/** The class of a code unit not decided yet (table entry UNKNOWN). */
function classify(code: number): number {
  const ch = String.fromCharCode(code);
  const k = LETTER_RE.test(ch) ? LETTER : SPACE_RE.test(ch) ? SPACE : OTHER;
  classes[code] = k;
  return k;
}

function isAstralLetter(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0;
  return cp > 0xffff && LETTER_RE.test(String.fromCodePoint(cp));
}

/** The text's units (see codepoints.ts). */
const unitsOf = unitReader();

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const units = unitsOf(text);
  let i = 0;
  while (i < n) {
    const code = units[i] as number;
    let k = classes[code] as number;
    if (k === UNKNOWN) k = classify(code);
    if (k === SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (k === LETTER || (k === HIGH && isAstralLetter(text, i))) {
      while (i < n) {
        const c = units[i] as number;
        let kc = classes[c] as number;
        if (kc === UNKNOWN) kc = classify(c);
        if (kc === LETTER) i++;
        else if (kc === HIGH && isAstralLetter(text, i)) i += 2;
        else break;
      }
      tokens.push({ text: text.slice(start, i), start: start + offset, end: i + offset, kind: "word" });
    } else if (k === DIGIT) {
      // Digits, with . , / between digit groups kept inside: 12,000 · 2.5 · 26.10.2024 · 12/12/2023
      i++;
      while (i < n) {
        const c = units[i] as number;
        if (c >= 0x30 && c <= 0x39) i++;
        else if (
          (c === 0x2e || c === 0x2c || c === 0x2f) &&
          i + 1 < n &&
          classes[units[i + 1] as number] === DIGIT
        )
          i += 2;
        else break;
      }
      tokens.push({ text: text.slice(start, i), start: start + offset, end: i + offset, kind: "num" });
    } else {
      // One punctuation mark or symbol (a whole astral character when it is one).
      i += k === HIGH && i + 1 < n ? 2 : 1;
      tokens.push({ text: text.slice(start, i), start: start + offset, end: i + offset, kind: "punct" });
    }
  }
  return tokens;
}
