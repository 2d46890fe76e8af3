// Internal types of the date extractor: the resolution context, rules, and candidates before refinement.

import type { DateValue } from "../../types.js";

export type Prefer = "past" | "future";

export interface DateContext {
  /** The publication date as a day number (see calendar.ts), or null when unknown. */
  readonly reference: number | null;
  /** Which way a bare weekday or a year-less date leans: news reports the past. */
  readonly prefer: Prefer;
}

/** How a year-less day or month finds its year: no cue, الماضي, المقبل, الجاري. */
export type YearMode = "nearest" | "past" | "next" | "current";

/** What a day-precise date states, so that a refiner can resolve it again with more evidence. */
export interface StatedDate {
  day: number;
  month: number;
  year: number | null;
  mode: YearMode;
}

export interface Candidate {
  /** Normalized offsets, end exclusive. */
  start: number;
  end: number;
  rule: string;
  value: DateValue;
  /** A weekday name (possibly with its part of day): it can merge with a date beside it. */
  weekday?: number;
  /** A relative day (امس, اليوم …) with its offset: it can merge with a weekday after it. */
  relativeDay?: number;
  /** A day-month(-year) date with its stated parts. */
  stated?: StatedDate;
}

/** Tokens by what is written: word tokens as written (proclitics included), number tokens by a test. */
export interface TokenSet {
  readonly words: readonly string[];
  readonly digits?: (token: string) => boolean;
  /** Punctuation tokens (one character each). */
  readonly marks?: readonly string[];
  /** Word tokens that begin with one of these words (the pattern may glue a word onto them). */
  readonly prefixes?: readonly string[];
}

/**
 * A token on which a rule's match can start and, when given, the token that must come right after
 * it (the pattern allows only spaces between the two).
 */
export interface Start {
  readonly on: TokenSet;
  readonly next?: TokenSet;
  /** The token after `next` (only with `next`). */
  readonly after?: TokenSet;
}

/**
 * Where a rule's matches can start, so that its regex is tried there only instead of at every
 * offset of the text (collect.ts). It must cover every match the regex can make: a start left out
 * is a date lost. Every pattern begins with a word boundary and proclitics, then a word (whole, as
 * its fragment ends on a boundary or a space) or digits, so its matches start on tokens.
 */
export type Anchor = readonly Start[];

/** A rule family: one regex over normalized text and the function that reads its matches. */
export interface DateRule {
  readonly name: string;
  /** Global and Unicode; with the d flag when build reads m.indices. */
  readonly pattern: RegExp;
  /** Where matches can start; without it the regex scans the whole text. */
  readonly anchor?: Anchor;
  /** Word tokens one of which every match holds: the rule is not tried on a text without one. */
  readonly needs?: readonly string[];
  build(m: RegExpExecArray, ctx: DateContext, text: string): Candidate | Candidate[] | null;
}
