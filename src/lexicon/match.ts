// The lexicon matcher: walks the token trie from every word, trying each proclitic split of the
// first word, keeps each start's longest match, then removes overlaps (longest, then leftmost).

import { LAM_PREFIXES, mayHaveProclitic, PROCLITIC_PREFIXES, procliticCandidates } from "../text/clitics.js";
import { isWholeWord } from "../text/common-words.js";
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

// Speed. The matcher runs at every token of every document, and most tokens start no name. The
// trie is a tree of Maps keyed by token text; looking a fresh token string up in a Map costs the
// engine a hash of it and a few cache misses per level. So the matcher keeps, next to each trie
// level it meets, a mirror of it: an open-addressing table over a hash of the keys computed here
// (FNV-1a), in typed arrays, where a miss costs one probe of an Int32Array and a hit one string
// comparison. Every token's hash is computed once per call. In front of the first level, a bitmap
// over every written form a first word may take in the text (the word behind each proclitic
// prefix, والعراق, للعراق, and after ل with the alef of ال dropped, للمقاومه) dismisses most
// words that carry a particle before their candidate splits are even made. Mirrors and bitmaps are
// built on first use and kept per Map (weakly); a Map that grows, or a node given a new Map, gets
// them rebuilt (the compiler only adds to a trie).

const HASH_SEED = 0x811c9dc5 | 0;
/** FNV-1a over the UTF-16 units of s from `from`, continuing h (then mix() it). */
function hashFrom(h: number, s: string, from: number): number {
  for (let k = from; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}
/** The final mix of a hash; never 0 (0 marks an empty slot of a level). */
function mix(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12) || 1;
}
const hashOf = (s: string): number => mix(hashFrom(HASH_SEED, s, 0));

/** A mirror of one trie level (a Map from token text to node). */
interface Level {
  readonly map: ReadonlyMap<string, TrieNode>;
  readonly size: number;
  readonly mask: number;
  /** Hashes of the keys by slot; 0: an empty slot. */
  readonly hashes: Int32Array;
  readonly keys: string[];
  readonly nodes: (TrieNode | null)[];
  /** The mirrors of the levels below (each node's `next`), made when first needed. */
  readonly below: (Level | null)[];
}

function buildLevel(map: ReadonlyMap<string, TrieNode>): Level {
  let cap = 4;
  while (cap < map.size * 2) cap <<= 1;
  const mask = cap - 1;
  const hashes = new Int32Array(cap);
  const keys = new Array<string>(cap).fill("");
  const nodes = new Array<TrieNode | null>(cap).fill(null);
  const below = new Array<Level | null>(cap).fill(null);
  for (const [key, node] of map) {
    const h = hashOf(key);
    let slot = h & mask;
    while (hashes[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = h;
    keys[slot] = key;
    nodes[slot] = node;
  }
  return { map, size: map.size, mask, hashes, keys, nodes, below };
}

/** The slot of a key (whose hash is h) in a level, or -1. Misses read the hash array only. */
function find(level: Level, h: number, key: string): number {
  const { mask, hashes, keys } = level;
  let slot = h & mask;
  for (;;) {
    const at = hashes[slot] as number;
    if (at === 0) return -1;
    if (at === h && keys[slot] === key) return slot;
    slot = (slot + 1) & mask;
  }
}

/** The mirror of the level below a slot's node, or null when the node has no children. */
function below(level: Level, slot: number): Level | null {
  const next = (level.nodes[slot] as TrieNode).next;
  if (next === null || next.size === 0) return null;
  let b = level.below[slot] as Level | null;
  if (b === null || b.map !== next || b.size !== next.size) {
    b = buildLevel(next);
    level.below[slot] = b;
  }
  return b;
}

const WRITTEN_MASK = (1 << 20) - 1;
const has = (bits: Int32Array, b: number): boolean => ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
function add(bits: Int32Array, b: number): void {
  bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
}

/** The bitmap of written forms over a trie level's keys (see above). */
function writtenBits(keys: Iterable<string>): Int32Array {
  const bits = new Int32Array((WRITTEN_MASK + 1) >>> 5);
  for (const key of keys) {
    add(bits, hashOf(key) & WRITTEN_MASK);
    for (const p of PROCLITIC_PREFIXES)
      add(bits, mix(hashFrom(hashFrom(HASH_SEED, p, 0), key, 0)) & WRITTEN_MASK);
    if (key.startsWith("ال"))
      for (const p of LAM_PREFIXES)
        add(bits, mix(hashFrom(hashFrom(HASH_SEED, p, 0), key, 1)) & WRITTEN_MASK);
  }
  return bits;
}

/** A trie's first level, mirrored, with the bitmap of its written forms. */
interface Root {
  readonly size: number;
  readonly level: Level;
  readonly written: Int32Array;
}
const roots = new WeakMap<ReadonlyMap<string, TrieNode>, Root>();

function rootOf(map: ReadonlyMap<string, TrieNode>): Root {
  const known = roots.get(map);
  if (known !== undefined && known.size === map.size) return known;
  const root = { level: buildLevel(map), written: writtenBits(map.keys()), size: map.size };
  roots.set(map, root);
  return root;
}

/** Hashes of the tokens (0 for punctuation), in a scratch array reused by each call. */
let tokenHashes = new Int32Array(1024);
function hashTokens(tokens: readonly Token[]): Int32Array {
  let out = tokenHashes;
  if (out.length < tokens.length) {
    out = new Int32Array(tokens.length * 2);
    // kept for the next call, unless huge
    if (out.length <= 1 << 20) tokenHashes = out;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    out[i] = t.kind === "punct" ? 0 : hashOf(t.text);
  }
  return out;
}

/** Index of the next token a multi-word name may continue into, or -1 (end, line break, barrier). */
function nextToken(text: string, tokens: readonly Token[], from: number): number {
  let k = from + 1;
  let prevEnd = tokens[from]?.end ?? 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    for (let p = prevEnd; p < t.start; p++) if (text.charCodeAt(p) === 0x0a) return -1;
    if (t.kind === "punct" && TRANSPARENT_PUNCT.has(t.text)) {
      prevEnd = t.end;
      k++;
      continue;
    }
    return t.kind === "punct" ? -1 : k;
  }
  return -1;
}

/**
 * The longest terminal reachable from a first-token node (slot `slot` of `level`): the index of
 * its last token, or -1. The node reached is left in `lastNode` (no allocation per call: this runs
 * at many tokens).
 */
let lastNode: TrieNode | null = null;
function longestFrom(
  text: string,
  tokens: readonly Token[],
  hashes: Int32Array,
  i: number,
  level: Level,
  slot: number,
): number {
  let node = level.nodes[slot] as TrieNode;
  let bestLast = -1;
  lastNode = null;
  if (node.terminal) {
    bestLast = i;
    lastNode = node;
  }
  let j = i;
  let lv = level;
  let sl = slot;
  for (;;) {
    const next = below(lv, sl);
    if (next === null) break;
    const k = nextToken(text, tokens, j);
    if (k < 0) break;
    const found = find(next, hashes[k] as number, (tokens[k] as Token).text);
    if (found < 0) break;
    lv = next;
    sl = found;
    node = next.nodes[found] as TrieNode;
    j = k;
    if (node.terminal) {
      bestLast = j;
      lastNode = node;
    }
  }
  return bestLast;
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
  if (root.size === 0) return found;
  const { level, written } = rootOf(root);
  const hashes = hashTokens(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind === "punct") continue;
    const h = hashes[i] as number;
    let bestEnd = -1;
    let bestLast = -1;
    let bestNode: TrieNode | null = null;
    let bestSplit = PLAIN;
    if (tok.kind === "word" && mayHaveProclitic(tok.text)) {
      if (!has(written, h & WRITTEN_MASK)) continue;
      for (const cand of procliticCandidates(tok.text)) {
        // The article is part of a name (العراق), never a removable particle in front of one.
        if (cand.articleStripped) continue;
        const slot = find(level, cand.prefixLength === 0 ? h : hashOf(cand.stem), cand.stem);
        if (slot < 0) continue;
        // An ordinary word is not a particle on a name (فاطمه is not ف + اطمه).
        if (cand.prefixLength > 0 && isWholeWord(tok.text, cand.stem)) continue;
        const last = longestFrom(text, tokens, hashes, i, level, slot);
        if (last < 0) continue;
        const end = (tokens[last] as Token).end;
        // Longer wins; at equal length the split with fewer proclitics wins (candidates come in that order).
        if (end > bestEnd) {
          bestEnd = end;
          bestLast = last;
          bestNode = lastNode;
          bestSplit = cand;
        }
      }
    } else {
      const slot = find(level, h, tok.text);
      if (slot < 0) continue;
      const last = longestFrom(text, tokens, hashes, i, level, slot);
      if (last >= 0) {
        bestEnd = (tokens[last] as Token).end;
        bestLast = last;
        bestNode = lastNode;
      }
    }
    const terminal = bestNode?.terminal;
    if (terminal)
      found.push({
        start: tok.start,
        end: bestEnd,
        nameStart: tok.start + bestSplit.prefixLength,
        prefix: bestSplit.prefix,
        form: terminal.form,
        refs: terminal.refs,
        firstToken: i,
        lastToken: bestLast,
      });
  }
  return found;
}

/** Longest first, then leftmost; what overlaps a kept span is dropped. */
export function removeOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  // Spans only compete with the spans they are chained to by overlaps (touching counts): the text
  // splits into clusters, in each of which the longest-first choice is made alone. Most clusters
  // hold one span (kept at once), and spans usually come in text order, so this is linear.
  let inOrder = true;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as T;
    if (!(s.end >= s.start)) return longestFirst(spans);
    if (k > 0 && s.start < (spans[k - 1] as T).start) inOrder = false;
  }
  const byStart = inOrder ? spans : [...spans].sort((a, b) => a.start - b.start);
  const kept: T[] = [];
  let k = 0;
  while (k < byStart.length) {
    const first = byStart[k] as T;
    let maxEnd = first.end;
    let j = k + 1;
    for (; j < byStart.length; j++) {
      const s = byStart[j] as T;
      if (s.start > maxEnd) break;
      if (s.end > maxEnd) maxEnd = s.end;
    }
    if (j === k + 1) kept.push(first);
    else for (const s of longestFirst(byStart.slice(k, j))) kept.push(s);
    k = j;
  }
  return kept;
}

/** removeOverlaps over any spans: O(n log n) searches. */
function longestFirst<T extends { start: number; end: number }>(spans: T[]): T[] {
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
