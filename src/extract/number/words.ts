// Number words below a thousand: units, 11–19 (ثلاثه عشر), tens, "unit و ten" (ثلاثه وعشرون),
// hundreds fused (ثلاثمايه) or separate (ثلاث ميه), and "hundreds و rest" (خمسمايه وخمسه وعشرون).

import { breakBefore, type Stream, tokenAt } from "./stream.js";
import { isConjunctionPrefix, numberWordAt, type WordHit } from "./vocabulary.js";

export interface WordsValue {
  readonly value: number;
  /** Index of the last token read. */
  readonly last: number;
}

/** A word written with nothing in front of it (the second word of ثلاثه عشر، ثلاث ميه). */
function bareWord(s: Stream, i: number): WordHit | null {
  if (breakBefore(s, i)) return null;
  const hit = numberWordAt(s, i);
  return hit && hit.prefix === "" ? hit : null;
}

/**
 * The token where the next part of a compound number starts after "و": either the word itself
 * carries و (وعشرون) or و stands alone before it (و عشرون). Returns the token index and whether
 * the و is written on it.
 */
export function afterConjunction(s: Stream, i: number): { at: number; onToken: boolean } | null {
  const t = tokenAt(s, i);
  if (t === undefined || breakBefore(s, i)) return null;
  if (t.kind === "word" && t.text === "و")
    return breakBefore(s, i + 1) ? null : { at: i + 1, onToken: false };
  const hit = numberWordAt(s, i);
  if (hit && isConjunctionPrefix(hit.prefix)) return { at: i, onToken: true };
  return null;
}

/** A number word joined by و (the second part of a compound): its hit and token index. */
function conjoined(s: Stream, i: number): { hit: WordHit; at: number } | null {
  const c = afterConjunction(s, i);
  if (c === null) return null;
  const hit = numberWordAt(s, c.at);
  if (hit === null) return null;
  // The و is either on the token (and is then its whole prefix) or alone before a bare word.
  if (c.onToken ? !isConjunctionPrefix(hit.prefix) : hit.prefix !== "") return null;
  return { hit, at: c.at };
}

/** 1–99 starting at token i, whose first word has already been looked up as `hit`. */
function belowHundred(s: Stream, i: number, hit: WordHit): WordsValue | null {
  const w = hit.word;
  // 11–19: a head (احد، اثنا …, or a unit 3–9) then عشر/عشره.
  const head = w.teenHead ?? (w.unit !== undefined && w.unit >= 3 && w.unit <= 9 ? w.unit : undefined);
  if (head !== undefined && bareWord(s, i + 1)?.word.teenTail) return { value: 10 + head, last: i + 1 };
  if (w.unit !== undefined && w.unit >= 1 && w.unit <= 9) {
    // 21–99: unit و ten.
    const next = conjoined(s, i + 1);
    if (next?.hit.word.ten !== undefined) return { value: w.unit + next.hit.word.ten, last: next.at };
  }
  if (w.ten !== undefined) return { value: w.ten, last: i };
  if (w.unit !== undefined) return { value: w.unit, last: i };
  return null;
}

/** 0–999 in words starting at token i (the first word may carry و ف ب ل ك, not ال), or null. */
export function readWords(s: Stream, i: number): WordsValue | null {
  const hit = numberWordAt(s, i);
  if (hit === null) return null;
  const w = hit.word;
  let hundreds: WordsValue | null = null;
  if (w.hundred !== undefined) hundreds = { value: w.hundred, last: i };
  else if (w.unit !== undefined && w.unit >= 1 && w.unit <= 9 && bareWord(s, i + 1)?.word.hundredWord) {
    hundreds = { value: w.unit * 100, last: i + 1 };
  }
  if (hundreds === null) return belowHundred(s, i, hit);
  const rest = conjoined(s, hundreds.last + 1);
  if (rest) {
    const sub = belowHundred(s, rest.at, rest.hit);
    if (sub && sub.value < 100) return { value: hundreds.value + sub.value, last: sub.last };
  }
  return hundreds;
}
