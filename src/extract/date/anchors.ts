// Where the date rules' matches can start (their anchors, types.ts): helpers that write anchors
// from the rules' own word tables, and an index of the tokens they name, read with one pass over a
// text's tokens, so that collect.ts tries each rule's regex there only.

import type { Token } from "../../text/tokens.js";
import { WordFilter, wordSignature } from "../tables.js";
import type { DateRule, Start, TokenSet } from "./types.js";

/** Every proclitic string CLITIC can read: "", و, ف, ب, ل, ك, وب … فك. */
const CLITIC_FORMS: readonly string[] = ["", "و", "ف"].flatMap((c) => ["", "ب", "ل", "ك"].map((p) => c + p));

/** The first word of each form of an alternation (alternation() writes a space as " +"). */
export function firstWords(alt: string): string[] {
  return alt.split("|").map((form) => form.split(" +")[0] ?? "");
}

/** Words with every proclitic of CLITIC written onto them: the tokens a CLITIC rule starts on. */
export function withClitics(...groups: (string | readonly string[])[]): string[] {
  const words = groups.flat();
  return CLITIC_FORMS.flatMap((p) => words.map((w) => p + w));
}

/** Two token sets as one. */
export function union(a: TokenSet, b: TokenSet): TokenSet {
  const [da, db] = [a.digits, b.digits];
  const digits = da && db ? (token: string) => da(token) || db(token) : (da ?? db);
  const marks = [...(a.marks ?? []), ...(b.marks ?? [])];
  const prefixes = [...(a.prefixes ?? []), ...(b.prefixes ?? [])];
  return {
    words: [...a.words, ...b.words],
    ...(digits ? { digits } : {}),
    ...(marks.length ? { marks } : {}),
    ...(prefixes.length ? { prefixes } : {}),
  };
}

/**
 * The starts of a rule that opens with CLITIC and a form of an alternation: the form's first word,
 * then its second word, or for a form of one word a token of `after` (any token without `after`),
 * and after a second word the third, or a token of `after` again. Without `proclitics` the form
 * starts the rule bare (a dayFrag, a month after B). A second word in digits (تشرين 1) is read
 * off the number token after the first: its leading digits, as the form ends on a boundary that
 * lets a dot or a slash follow (and the token after it is left open).
 */
export function formStarts(alt: string, after?: TokenSet, proclitics = true): Start[] {
  const byFirst = new Map<string, FormsOfFirst>();
  for (const form of alt.split("|")) {
    const [first = "", second, third] = form.split(" +");
    const entry = byFirst.get(first) ?? {
      seconds: [],
      numbers: new Set(),
      thirds: [],
      single: false,
      open: false,
    };
    if (second === undefined) entry.single = true;
    else if (/^\d+$/.test(second)) entry.numbers.add(second);
    else {
      entry.seconds.push(second);
      if (third === undefined) entry.open ||= after === undefined;
      else if (LETTERS.test(third)) entry.thirds.push(third);
      else entry.open = true;
    }
    byFirst.set(first, entry);
  }
  return [...byFirst].flatMap(([first, f]) => {
    const on = { words: proclitics ? withClitics(first) : [first] };
    const starts: Start[] = [];
    if (f.single) starts.push(after === undefined ? { on } : { on, next: after });
    if (f.numbers.size > 0) {
      const digits = (token: string) => f.numbers.has(/^\d*/.exec(token)?.[0] ?? "");
      starts.push({ on, next: { words: [], digits } });
    }
    if (f.seconds.length > 0) {
      const next = { words: f.seconds };
      if (f.open) starts.push({ on, next });
      else starts.push({ on, next, after: after ? union({ words: f.thirds }, after) : { words: f.thirds } });
    }
    return starts;
  });
}

interface FormsOfFirst {
  seconds: string[];
  numbers: Set<string>;
  thirds: string[];
  single: boolean;
  /** The token after a second word is not known (`after` is open, or a third word is no word). */
  open: boolean;
}

/**
 * Starts with a word before them (spaces only between): the word, then the token any of them starts
 * on, then the token after it (the union of theirs: a token they may not all take, which only means
 * a few more tries).
 */
export function preceded(words: readonly string[], starts: readonly Start[]): Start[] {
  const bare = starts.filter((s) => s.next === undefined);
  const paired = starts.filter((s) => s.next !== undefined);
  const all = (sets: TokenSet[]) => sets.reduce(union, { words: [] });
  const out: Start[] = [];
  if (bare.length > 0) out.push({ on: { words }, next: all(bare.map((s) => s.on)) });
  if (paired.length > 0) {
    out.push({
      on: { words },
      next: all(paired.map((s) => s.on)),
      after: all(paired.map((s) => s.next as TokenSet)),
    });
  }
  return out;
}

const DAY_NUMBER = /^(?:3[01]|[12]\d|0?[1-9])$/;
/** Day digits as a token (dayFrag reads 1–31, nothing glued after). */
export const isDayNumber = (token: string): boolean => DAY_NUMBER.test(token);
/** A Gregorian year as a token. */
export const isYear4 = (token: string): boolean => /^(?:1[89]|20)\d\d$/.test(token);
/** The count of a duration as a token (\d{1,3} then a space). */
export const isCount = (token: string): boolean => /^\d{1,3}$/.test(token);

/** A word token, or a form's word that is one. */
const LETTERS = /^[\p{L}\p{M}]+$/u;
/** Anchor words: word tokens, or "" for proclitics glued to digits (withClitics("")). */
const WORD = /^[\p{L}\p{M}]*$/u;

/**
 * Whether a rule's anchor can be used: its words are words (whole tokens, or the beginnings of
 * tokens for prefixes). A rule without one scans its whole text.
 */
export function anchorUsable(rule: DateRule): boolean {
  const words = (list: readonly string[] | undefined) => list?.every((w) => WORD.test(w)) ?? true;
  const set = (s: TokenSet | undefined) => words(s?.words) && words(s?.prefixes);
  return (rule.anchor?.every((s) => set(s.on) && set(s.next) && set(s.after)) ?? false) && words(rule.needs);
}

/**
 * A token set that a token after a start must belong to, by identity: the tokens of the set list it
 * in their TokenInfo.follows, and a word token that merely begins with one of its prefixes passes.
 */
interface TokenTest {
  readonly id: number;
  readonly prefixes: readonly string[];
}

/** A rule that can start on a token, when the tokens after it pass `next` and `after` (if any). */
interface Entry {
  readonly rule: number;
  readonly next: TokenTest | null;
  readonly after: TokenTest | null;
}

/** What the anchors say of one written token. */
interface TokenInfo {
  /** The rules that can start on it, in rule order. */
  readonly starts: Entry[];
  /** The tests it passes as a token after a start. */
  readonly follows: TokenTest[];
  /** The rules that need it (DateRule.needs). */
  readonly needed: number[];
}

const newInfo = (): TokenInfo => ({ starts: [], follows: [], needed: [] });

function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function infoFor(map: Map<string, TokenInfo>, text: string): TokenInfo {
  let info = map.get(text);
  if (info === undefined) {
    info = newInfo();
    map.set(text, info);
  }
  return info;
}

export class StartIndex {
  /** Word and punctuation tokens by their text; number tokens are tested (numberInfo). */
  private readonly words = new Map<string, TokenInfo>();
  private readonly marks = new Map<string, TokenInfo>();
  private readonly digitStarts: { entry: Entry; test: (token: string) => boolean }[] = [];
  private readonly digitFollows: { test: TokenTest; digits: (token: string) => boolean }[] = [];
  // Token sets repeat from start to start (every month name is followed by the same kind of year):
  // one test per distinct set, and one entry per rule and tests, keep the tokens' lists short.
  private readonly tests = new Map<string, TokenTest>();
  private readonly digitIds = new Map<(token: string) => boolean, number>();
  private readonly entries = new Map<string, Entry>();
  /** Rules with needs. */
  private readonly needy: number[] = [];
  /** Most word tokens are none of `words`: turned away before the Map lookup. */
  private readonly mayBeWord: WordFilter;
  // Number tokens repeat (days, years): what the tests say of each is kept (null: nothing).
  private readonly numbers = new Map<string, TokenInfo | null>();

  /** `rules[k]`: rule k, or null when it scans its text instead. */
  constructor(private readonly rules: readonly (DateRule | null)[]) {
    rules.forEach((r, rule) => {
      if (r?.anchor === undefined) return;
      if (r.needs !== undefined) this.needy.push(rule);
      for (const w of r.needs ?? []) addOnce(infoFor(this.words, w).needed, rule);
      for (const start of r.anchor) {
        const entry = this.entryOf(rule, this.testOf(start.next), this.testOf(start.after));
        for (const w of start.on.words) addOnce(infoFor(this.words, w).starts, entry);
        if (start.on.digits) this.digitStarts.push({ entry, test: start.on.digits });
      }
    });
    this.mayBeWord = new WordFilter(wordSignature, this.words.keys());
  }

  /**
   * For each rule, the offsets of the tokens its matches can start on, ascending, each once; none
   * for a rule whose needs the text lacks.
   */
  startsByRule(tokens: readonly Token[]): number[][] {
    const starts: number[][] = this.rules.map(() => []);
    const met = new Set<number>();
    // Each token is looked up once: as the token after the previous one, then as a start.
    let info = this.infoOf(tokens[0]);
    for (let i = 0; i < tokens.length; i++) {
      const next = this.infoOf(tokens[i + 1]);
      if (info !== undefined) {
        const at = (tokens[i] as Token).start;
        for (const e of info.starts) {
          if (e.next !== null && !passes(e.next, tokens[i + 1], next)) continue;
          if (e.after !== null && !passes(e.after, tokens[i + 2], this.infoOf(tokens[i + 2]))) continue;
          const list = starts[e.rule] as number[];
          if (list[list.length - 1] !== at) list.push(at);
        }
        for (const rule of info.needed) met.add(rule);
      }
      info = next;
    }
    for (const rule of this.needy) if (!met.has(rule)) starts[rule] = [];
    return starts;
  }

  private infoOf(t: Token | undefined): TokenInfo | undefined {
    if (t === undefined) return undefined;
    if (t.kind === "word") return this.mayBeWord.mayHave(t.text) ? this.words.get(t.text) : undefined;
    if (t.kind === "num") return this.numberInfo(t.text);
    return this.marks.get(t.text);
  }

  private numberInfo(text: string): TokenInfo | undefined {
    let found = this.numbers.get(text);
    if (found === undefined) {
      const info = newInfo();
      for (const d of this.digitStarts) if (d.test(text)) addOnce(info.starts, d.entry);
      for (const d of this.digitFollows) if (d.digits(text)) addOnce(info.follows, d.test);
      found = info.starts.length > 0 || info.follows.length > 0 ? info : null;
      if (this.numbers.size >= 50_000) this.numbers.clear();
      this.numbers.set(text, found);
    }
    return found ?? undefined;
  }

  /** The test of a token set, made known to the tokens it holds. */
  private testOf(set: TokenSet | undefined): TokenTest | null {
    if (set === undefined) return null;
    const key = this.keyOf(set);
    let test = this.tests.get(key);
    if (test === undefined) {
      const { words, digits, marks = [], prefixes = [] } = set;
      test = { id: this.tests.size, prefixes };
      for (const w of words) addOnce(infoFor(this.words, w).follows, test);
      for (const mark of marks) addOnce(infoFor(this.marks, mark).follows, test);
      if (digits) this.digitFollows.push({ test, digits });
      this.tests.set(key, test);
    }
    return test;
  }

  private keyOf({ words, digits, marks = [], prefixes = [] }: TokenSet): string {
    let digitId = digits === undefined ? -1 : this.digitIds.get(digits);
    if (digitId === undefined && digits !== undefined) {
      digitId = this.digitIds.size;
      this.digitIds.set(digits, digitId);
    }
    return JSON.stringify([[...new Set(words)].sort(), [...marks].sort(), [...prefixes].sort(), digitId]);
  }

  private entryOf(rule: number, next: TokenTest | null, after: TokenTest | null): Entry {
    const key = `${rule} ${next?.id ?? -1} ${after?.id ?? -1}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { rule, next, after };
      this.entries.set(key, entry);
    }
    return entry;
  }
}

function passes(test: TokenTest, t: Token | undefined, info: TokenInfo | undefined): boolean {
  if (t === undefined) return false;
  if (info?.follows.includes(test)) return true;
  if (t.kind !== "word") return false;
  for (const p of test.prefixes) if (t.text.startsWith(p)) return true;
  return false;
}
