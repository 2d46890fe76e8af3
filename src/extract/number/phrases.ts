// Multi-word phrases (qualifiers, casualty words, guard words) compiled once from a table into
// indexes by first and by last word, and matched over tokens; the first word may carry proclitics.

import { normalizeForm } from "../../text/normalize.js";
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

function add<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [form, value] of entries) {
      const words = normalizeForm(form).split(" ");
      if (words[0] === "") continue;
      const entry: Entry<T> = { words, value };
      add(this.byFirst, words[0] as string, entry);
      add(this.byLast, words[words.length - 1] as string, entry);
    }
    for (const map of [this.byFirst, this.byLast]) {
      for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
    }
  }

  /** The stems token i may stand for as a phrase's first word. */
  private heads(s: Stream, i: number, clitics: boolean): readonly string[] {
    const t = tokenAt(s, i);
    if (t === undefined) return [];
    return clitics && t.kind === "word" ? splitsOf(t, false).map((c) => c.stem) : [t.text];
  }

  /** Whether the phrase lies over tokens i… (words after the first written as is, on one line). */
  private fits(s: Stream, entry: Entry<T>, i: number, heads: readonly string[]): boolean {
    if (!heads.includes(entry.words[0] as string)) return false;
    for (let k = 1; k < entry.words.length; k++) {
      const t = tokenAt(s, i + k);
      if (t === undefined || t.text !== entry.words[k] || breakBefore(s, i + k)) return false;
    }
    return true;
  }

  /** The longest phrase starting at token i (its first word may carry و ف ب ل ك when `clitics`). */
  at(s: Stream, i: number, clitics = true): PhraseHit<T> | null {
    const heads = this.heads(s, i, clitics);
    let best: Entry<T> | null = null;
    for (const head of heads) {
      for (const entry of this.byFirst.get(head) ?? []) {
        if (best && entry.words.length <= best.words.length) break;
        if (this.fits(s, entry, i, heads)) best = entry;
      }
    }
    return best ? { value: best.value, first: i, last: i + best.words.length - 1 } : null;
  }

  /** The longest phrase whose last word is token j. */
  endingAt(s: Stream, j: number, clitics = true): PhraseHit<T> | null {
    const t = tokenAt(s, j);
    if (t === undefined) return null;
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
    for (const head of this.heads(s, j, clitics)) {
      for (const entry of this.byFirst.get(head) ?? []) {
        if (entry.words.length === 1) return { value: entry.value, first: j, last: j };
      }
    }
    return null;
  }
}
