// Sentence and paragraph segmentation of normalized text.
//
// News text is a sequence of paragraphs (lines); a paragraph splits into sentences at . ! ? and
// the ellipsis when they are followed by a space or the end. A full stop is not a boundary inside a
// number (2.5, 26.10.2024: the tokenizer keeps those whole), after a one-letter abbreviation
// (د. for doctor, U.S.) or after a listed abbreviation.

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
const TERMINATORS = new Set([".", "!", "?", "…"]);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i < n && text[i] !== "\n") continue;
    splitParagraph(text, lineStart, i, paragraph, out);
    // A blank line does not start a new paragraph number by itself; only lines with text count.
    if (text.slice(lineStart, i).trim() !== "") paragraph++;
    lineStart = i + 1;
  }
  return out;
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (!TERMINATORS.has(ch)) continue;
    // Runs of terminators ("?!", "...") end together; closing quotes and brackets stay with the sentence.
    let end = i + 1;
    while (end < to && (TERMINATORS.has(text[end] as string) || /["')\]]/.test(text[end] as string))) end++;
    if (end < to && !/\s/.test(text[end] as string)) continue;
    if (ch === "." && isAbbreviation(text, from, i)) continue;
    push(text, start, end, paragraph, out);
    start = end;
    i = end - 1;
  }
  push(text, start, to, paragraph, out);
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let k = dot;
  while (k > from && /[\p{L}]/u.test(text[k - 1] as string)) k--;
  const word = text.slice(k, dot);
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}
