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

/** A rule family: one regex over normalized text and the function that reads its matches. */
export interface DateRule {
  readonly name: string;
  /** Global, with the u and d flags. */
  readonly pattern: RegExp;
  build(m: RegExpExecArray, ctx: DateContext, text: string): Candidate | Candidate[] | null;
}
