// Multi-word phrases (qualifiers, casualty words, guard words) compiled once from a table into
// indexes by first and by last word, and matched over tokens; the first word may carry proclitics.

import { normalizeForm } from "../../text/normalize.js";
import type { Token } from "../../text/tokens.js";
import { StemFilter } from "../tables.js";
import { breakBefore, type Stream, splitsOf, tokenAt } from "./stream.js";

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

export interface PhraseHit<T> {
  readonly value: T;
  /** Token indexes of the first and last word, inclusive. */
  readonly first: number;
  readonly last: number;
}

// The stems a word may stand for with its proclitics split off, kept per word: the guards, the
// qualifiers and the casualty words all ask about the same few tokens around each number.
const stemCache = new Map<string, readonly string[]>();

function stemsOf(t: Token): readonly string[] {
  let stems = stemCache.get(t.text);
  if (stems === undefined) {
    if (stemCache.size > 50_000) stemCache.clear();
    stems = splitsOf(t, false).map((c) => c.stem);
    stemCache.set(t.text, stems);
  }
  return stems;
}

function add<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

const NO_ENTRIES: readonly never[] = [];
const byLengthDesc = <T>(a: Entry<T>, b: Entry<T>): number => b.words.length - a.words.length;

export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();
  /** Every first and last word, as stems: most tokens start and end no phrase at all. */
  private readonly filter: StemFilter;
  /** Per written word, without and with proclitics split off: the phrases that may start on it. */
  private readonly startCache = [
    new Map<string, readonly Entry<T>[]>(),
    new Map<string, readonly Entry<T>[]>(),
  ];

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [form, value] of entries) {
      const words = normalizeForm(form).split(" ");
      if (words[0] === "") continue;
      const entry: Entry<T> = { words, value };
      add(this.byFirst, words[0] as string, entry);
      add(this.byLast, words[words.length - 1] as string, entry);
    }
    for (const map of [this.byFirst, this.byLast]) {
      for (const list of map.values()) list.sort(byLengthDesc);
    }
    this.filter = new StemFilter([...this.byFirst.keys(), ...this.byLast.keys()], 1 << 12);
  }

  /** The stems token i may stand for as a phrase's first word. */
  private heads(s: Stream, i: number, clitics: boolean): readonly string[] {
    const t = tokenAt(s, i);
    if (t === undefined) return [];
    return clitics && t.kind === "word" ? stemsOf(t) : [t.text];
  }

  /**
   * The phrases whose first word token i may stand for: those of each of its heads in turn, then
   * longest first (a stable sort: at equal length the earlier head's come first). Kept per word,
   * as every number looks at the words around it.
   */
  private startingAt(s: Stream, i: number, clitics: boolean): readonly Entry<T>[] {
    const t = tokenAt(s, i);
    if (t === undefined || !this.filter.mayHave(t.text)) return NO_ENTRIES;
    const cache = this.startCache[clitics ? 1 : 0] as Map<string, readonly Entry<T>[]>;
    let list = cache.get(t.text);
    if (list === undefined) {
      list = this.heads(s, i, clitics)
        .flatMap((head) => this.byFirst.get(head) ?? [])
        .sort(byLengthDesc);
      if (cache.size > 50_000) cache.clear();
      cache.set(t.text, list);
    }
    return list;
  }

  /** Whether the words of a phrase after its first lie over tokens i+1… as written, on one line. */
  private restFits(s: Stream, entry: Entry<T>, i: number): boolean {
    for (let k = 1; k < entry.words.length; k++) {
      const t = tokenAt(s, i + k);
      if (t === undefined || t.text !== entry.words[k] || breakBefore(s, i + k)) return false;
    }
    return true;
  }

  /** Whether the phrase lies over tokens i… (words after the first written as is, on one line). */
  private fits(s: Stream, entry: Entry<T>, i: number, heads: readonly string[]): boolean {
    return heads.includes(entry.words[0] as string) && this.restFits(s, entry, i);
  }

  /** The longest phrase starting at token i (its first word may carry و ف ب ل ك when `clitics`). */
  at(s: Stream, i: number, clitics = true): PhraseHit<T> | null {
    for (const entry of this.startingAt(s, i, clitics)) {
      if (this.restFits(s, entry, i))
        return { value: entry.value, first: i, last: i + entry.words.length - 1 };
    }
    return null;
  }

  /** The longest phrase whose last word is token j. */
  endingAt(s: Stream, j: number, clitics = true): PhraseHit<T> | null {
    const t = tokenAt(s, j);
    if (t === undefined || !this.filter.mayHave(t.text)) return null;
    // Multi-word phrases end on a word written as is.
    for (const entry of this.byLast.get(t.text) ?? []) {
      const n = entry.words.length;
      if (n === 1) break;
      const first = j - n + 1;
      if (first >= 0 && this.fits(s, entry, first, this.heads(s, first, clitics))) {
        return { value: entry.value, first, last: j };
      }
    }
    // A one-word phrase may carry proclitics itself (ونحو، بأكثر).
    for (const entry of this.startingAt(s, j, clitics)) {
      if (entry.words.length === 1) return { value: entry.value, first: j, last: j };
    }
    return null;
  }
}
