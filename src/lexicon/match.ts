// The lexicon matcher: walks the token trie from every word, trying each proclitic split of the
// first word, keeps each start's longest match, then removes overlaps (longest, then leftmost).

import { mayHaveProclitic, procliticCandidates } from "../text/clitics.js";
import type { Token } from "../text/tokens.js";
import { TRANSPARENT_PUNCT, type TrieNode } from "./compile.js";

export interface LexiconMatch {
  /** Normalized offsets of the whole span, proclitics included. */
  readonly start: number;
  readonly end: number;
  /** Where the name itself starts (after the proclitics). */
  readonly nameStart: number;
  /** The proclitics in front of the name (normalized), "" when none. */
  readonly prefix: string;
  /** The lexicon form that matched. */
  readonly form: string;
  /** Candidate entries (more than one when the form is ambiguous). */
  readonly refs: number[];
  readonly firstToken: number;
  readonly lastToken: number;
}

/** Index of the next token a multi-word name may continue into, or -1 (end, line break, barrier). */
function nextToken(text: string, tokens: readonly Token[], from: number): number {
  let k = from + 1;
  let prevEnd = tokens[from]?.end ?? 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (text.slice(prevEnd, t.start).includes("\n")) return -1;
    if (t.kind === "punct" && TRANSPARENT_PUNCT.has(t.text)) {
      prevEnd = t.end;
      k++;
      continue;
    }
    return t.kind === "punct" ? -1 : k;
  }
  return -1;
}

function longestFrom(
  text: string,
  tokens: readonly Token[],
  i: number,
  first: TrieNode,
): { last: number; node: TrieNode } | null {
  let best: { last: number; node: TrieNode } | null = first.terminal ? { last: i, node: first } : null;
  let node = first;
  let j = i;
  while (node.next && node.next.size > 0) {
    const k = nextToken(text, tokens, j);
    if (k < 0) break;
    const child = node.next.get((tokens[k] as Token).text);
    if (!child) break;
    node = child;
    j = k;
    if (node.terminal) best = { last: j, node };
  }
  return best;
}

const PLAIN = { prefix: "", prefixLength: 0 };

/** All matches of a trie's forms in a tokenized normalized text, without overlaps, in text order. */
export function matchLexicon(
  root: Map<string, TrieNode>,
  text: string,
  tokens: readonly Token[],
): LexiconMatch[] {
  return removeOverlaps(matchEveryStart(root, text, tokens));
}

/** The longest match starting at each token, overlapping ones included, in text order. */
export function matchEveryStart(
  root: Map<string, TrieNode>,
  text: string,
  tokens: readonly Token[],
): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind === "punct") continue;
    let best: LexiconMatch | null = null;
    const consider = (stem: string, split: { prefix: string; prefixLength: number }): void => {
      const first = root.get(stem);
      if (!first) return;
      const hit = longestFrom(text, tokens, i, first);
      if (!hit?.node.terminal) return;
      const end = (tokens[hit.last] as Token).end;
      // Longer wins; at equal length the split with fewer proclitics wins (candidates come in that order).
      if (best === null || end > best.end) {
        best = {
          start: tok.start,
          end,
          nameStart: tok.start + split.prefixLength,
          prefix: split.prefix,
          form: hit.node.terminal.form,
          refs: hit.node.terminal.refs,
          firstToken: i,
          lastToken: hit.last,
        };
      }
    };
    if (tok.kind === "word" && mayHaveProclitic(tok.text)) {
      for (const cand of procliticCandidates(tok.text)) {
        // The article is part of a name (العراق), never a removable particle in front of one.
        if (!cand.articleStripped) consider(cand.stem, cand);
      }
    } else {
      consider(tok.text, PLAIN);
    }
    if (best) found.push(best);
  }
  return found;
}

/** Longest first, then leftmost; what overlaps a kept span is dropped. O(n log n) searches. */
export function removeOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const order = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept spans never overlap, so sorted by start they are also sorted by end: a new span can only
  // collide with its neighbours at the insertion point.
  const kept: T[] = [];
  for (const s of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as T).start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if (before && before.end > s.start) continue;
    if (after && after.start < s.end) continue;
    kept.splice(lo, 0, s);
  }
  return kept;
}
