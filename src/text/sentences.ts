// Sentence and paragraph segmentation of normalized text.
//
// News text is a sequence of paragraphs (lines); a paragraph splits into sentences at . ! ? and
// the ellipsis when they are followed by a space or the end. A full stop is not a boundary inside a
// number (2.5, 26.10.2024), after a one-letter abbreviation (د. for doctor, U.S.) or after a
// listed abbreviation.

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph (0-based) the sentence belongs to. */
  readonly paragraph: number;
}

const ABBREVIATIONS = new Set([
  "د",
  "م",
  "ص",
  "ق",
  "ه",
  "ج",
  "س",
  "ت",
  "mr",
  "mrs",
  "dr",
  "st",
  "no",
  "gen",
  "col",
  "lt",
  "sgt",
  "jr",
  "sr",
  "vs",
  "etc",
]);

const DOT = 0x2e;
const isTerminator = (c: number) => c === DOT || c === 0x21 || c === 0x3f || c === 0x2026;
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isLetter = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const n = text.length;
  const next = new TerminatorSearch(text);
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    const before = out.length;
    splitParagraph(text, lineStart, lineEnd, paragraph, out, next);
    // Only lines with text count as paragraphs.
    if (out.length > before) paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}

const TERMINATORS = [".", "!", "?", "\u2026"];

/**
 * The next terminator at or after an index, by the engine's string search (much faster than a
 * loop over every unit): the next place of each terminator is kept and searched again only once
 * passed, so the text is searched about once per terminator kind.
 */
class TerminatorSearch {
  readonly #text: string;
  readonly #at = [-1, -1, -1, -1];

  constructor(text: string) {
    this.#text = text;
  }

  from(i: number): number {
    let best = this.#text.length;
    for (let k = 0; k < 4; k++) {
      let at = this.#at[k] as number;
      if (at < i && at !== this.#text.length) {
        at = this.#text.indexOf(TERMINATORS[k] as string, i);
        if (at < 0) at = this.#text.length;
        this.#at[k] = at;
      }
      if (at >= i && at < best) best = at;
    }
    return best;
  }
}

function splitParagraph(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  out: Sentence[],
  next: TerminatorSearch,
): void {
  let start = from;
  for (let i = next.from(from); i < to; i = next.from(i + 1)) {
    const ch = text.charCodeAt(i);
    // Runs of terminators ("?!", "...") end together; closing quotes and brackets stay with the sentence.
    let end = i + 1;
    while (end < to && (isTerminator(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end++;
    if (end < to && !isSpace(text.charCodeAt(end))) continue;
    if (ch === DOT && isAbbreviation(text, from, i)) continue;
    push(text, start, end, paragraph, out);
    start = end;
    i = end - 1;
  }
  push(text, start, to, paragraph, out);
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let k = dot;
  while (k > from && isLetter(text.charCodeAt(k - 1))) k--;
  if (dot - k > 3) return false;
  const word = text.slice(k, dot);
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}
