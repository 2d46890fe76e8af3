// The token view every number rule reads: the normalized text's tokens, their proclitic splits and
// adjacency. Rules walk token indexes, so every rule is a bounded look around one position and the
// whole extractor stays linear in the length of the text.

import { type CliticCandidate, procliticCandidates } from "../../text/clitics.js";
import type { Token } from "../../text/tokens.js";

export interface Stream {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** Whether the extractor reads an article (context rules on) or a bare numeral (parseNumber). */
export type Mode = "article" | "bare";

export function tokenAt(s: Stream, i: number): Token | undefined {
  return i >= 0 ? s.tokens[i] : undefined;
}

/** Two tokens written together, with nothing between them (ل23, اف-16). */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word";
}

const LATIN = /^[a-z]/;
export function isLatin(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && LATIN.test(t.text);
}

// A word that is nothing but proclitics, written onto the digits that follow it: ل in لـ23, و in
// و500, ال in الـ22 (tatweel is gone after normalization, so the tokenizer splits the word there).
const CLITIC_WORD = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$/;
export function isCliticWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.text.length <= 4 && CLITIC_WORD.test(t.text);
}

const withArticle = new Map<string, readonly CliticCandidate[]>();
const withoutArticle = new Map<string, readonly CliticCandidate[]>();

/** The splits of a word without its article-stripped ones (kept per word: every rule asks). */
function splitsWithoutArticle(word: string): readonly CliticCandidate[] {
  const all = procliticCandidates(word);
  // Most words have one split, the word itself, never article-stripped.
  if (all.length === 1 && !(all[0] as CliticCandidate).articleStripped) return all;
  let out = withoutArticle.get(word);
  if (out === undefined) {
    if (withoutArticle.size > 50_000) withoutArticle.clear();
    out = all.filter((c) => !c.articleStripped);
    withoutArticle.set(word, out);
  }
  return out;
}

/**
 * The clitic splits of a word token; article-stripped splits only when `article` is allowed. A
 * word in ال always gets its article-stripped split, whatever procliticCandidates offers.
 * Results are shared: do not modify them.
 */
export function splitsOf(t: Token | undefined, article: boolean): readonly CliticCandidate[] {
  if (!isWord(t)) return [];
  if (!article) return splitsWithoutArticle(t.text);
  const all = procliticCandidates(t.text);
  if (
    !t.text.startsWith("ال") ||
    t.text.length < 4 ||
    all.some((c) => c.articleStripped && c.prefix === "ال")
  ) {
    return all;
  }
  let out = withArticle.get(t.text);
  if (out === undefined) {
    if (withArticle.size > 50_000) withArticle.clear();
    out = [...all, { prefix: "ال", stem: t.text.slice(2), prefixLength: 2, articleStripped: true }];
    withArticle.set(t.text, out);
  }
  return out;
}

/** True for punctuation that ends a clause: a rule looking around a number does not cross it. */
const CLAUSE_END = new Set([".", ",", ";", ":", "?", "!", "(", ")", "[", "]", "\n", "…", "|"]);
export function isClauseEnd(t: Token | undefined): boolean {
  return t === undefined || (t.kind === "punct" && CLAUSE_END.has(t.text));
}

/** A line break between token i-1 and token i: rules never join words across one. */
export function breakBefore(s: Stream, i: number): boolean {
  const a = tokenAt(s, i - 1);
  const b = tokenAt(s, i);
  if (a === undefined || b === undefined) return true;
  for (let k = a.end; k < b.start; k++) if (s.text.charCodeAt(k) === 10) return true;
  return false;
}
