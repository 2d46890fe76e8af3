// A prepared document: the original text with its normalization, tokens and sentences, and the
// conversions from normalized offsets to original code point offsets. Every extractor reads this.

import { type CodePointIndex, codePointIndex, IDENTITY } from "./codepoints.js";
import { lastInputHadHighSurrogate, type Normalized, normalize, toOriginalSpan } from "./normalize.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { type Token, tokenize } from "./tokens.js";

export interface PreparedDocument {
  readonly original: string;
  readonly norm: Normalized;
  /** The normalized text (norm.text). */
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  /** Index of the sentence holding a normalized offset (the nearest one before it between sentences). */
  sentenceAt(offset: number): number;
  /** A normalized span as code point offsets into the original, with the original text of it. */
  originalSpan(start: number, end: number): { start: number; end: number; text: string };
}

export function prepareDocument(original: string): PreparedDocument {
  const norm = normalize(original);
  const text = norm.text;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  // normalize() has seen every unit of the original: without a high surrogate there is nothing to index.
  const cp: CodePointIndex = lastInputHadHighSurrogate() ? codePointIndex(original) : IDENTITY;
  const starts = sentences.map((s) => s.start);
  return {
    original,
    norm,
    text,
    tokens,
    sentences,
    sentenceAt(offset: number): number {
      let lo = 0;
      let hi = starts.length - 1;
      let ans = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) <= offset) {
          ans = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return ans;
    },
    originalSpan(start: number, end: number) {
      const [s, e] = toOriginalSpan(norm, start, end);
      return { start: cp.at(s), end: cp.at(e), text: original.slice(s, e) };
    },
  };
}
