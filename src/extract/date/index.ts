// The date extractor: publication date, date mentions resolved against a reference, and a string resolver.

import type { PreparedDocument } from "../../text/document.js";
import { normalize } from "../../text/normalize.js";
import type { DateMention, DateValue } from "../../types.js";
import { parseIso } from "./calendar.js";
import { collectDates } from "./collect.js";
import { findPublicationDate } from "./publication.js";
import type { DateContext, Prefer } from "./types.js";

export { findPublicationDate, findPublicationDateIn, type PublicationDate } from "./publication.js";
export type { Prefer } from "./types.js";

export interface DateOptions {
  /** The publication date (YYYY-MM-DD) that relative dates resolve against, or null. */
  reference: string | null;
  /** Which way bare weekdays and year-less dates lean: "past" for news (the default). */
  prefer: Prefer;
}

function contextOf(options: DateOptions): DateContext {
  if (options.reference === null) return { reference: null, prefer: options.prefer };
  const reference = parseIso(options.reference);
  if (reference === null)
    throw new RangeError(`reference date "${options.reference}" is not a YYYY-MM-DD day`);
  return { reference, prefer: options.prefer };
}

/** A date mention with its span in the normalized text (what the number extractor must exclude). */
export interface FoundDate {
  m: DateMention;
  start: number;
  end: number;
}

/** Date mentions with their normalized spans, in text order, without overlaps. Never reads the clock. */
export function findDates(doc: PreparedDocument, options: DateOptions): FoundDate[] {
  const ctx = contextOf(options);
  const published = findPublicationDate(doc);
  return collectDates(doc.text, ctx, doc.tokens).map((c) => {
    const span = doc.originalSpan(c.start, c.end);
    let date = c.value;
    // The date that dates the article is its dateline, whatever the reference.
    if (published && published.basis !== "text" && c.start <= published.start && c.end >= published.end) {
      if (date.start !== null && date.start === date.end) date = { ...date, basis: "dateline" };
    }
    const m: DateMention = {
      kind: "date",
      text: span.text,
      start: span.start,
      end: span.end,
      sentence: doc.sentenceAt(c.start),
      date,
      rule: c.rule,
    };
    return { m, start: c.start, end: c.end };
  });
}

/** Every date mention of a document, sorted by start, without overlaps. Never reads the clock. */
export function extractDates(doc: PreparedDocument, options: DateOptions): DateMention[] {
  return findDates(doc, options).map((f) => f.m);
}

export interface ResolvedExpression {
  /** Normalized offsets into normalize(text).text. */
  start: number;
  end: number;
  /** The normalized text of the span. */
  text: string;
  value: DateValue;
  rule: string;
}

/** Every date value in a bare string (conformance, tests, the REPL), with normalized spans. */
export function resolveDateExpression(text: string, options: DateOptions): ResolvedExpression[] {
  const normalized = normalize(text).text;
  return collectDates(normalized, contextOf(options)).map((c) => ({
    start: c.start,
    end: c.end,
    text: normalized.slice(c.start, c.end),
    value: c.value,
    rule: c.rule,
  }));
}

/** Rules whose mentions are stretches of time (a week, "within two weeks"), not days the text names. */
/**
 * Rules whose text states a duration (خلال أسبوعين, قبل ثلاثة أيام, منذ يومين): the duration is
 * also a count (2 weeks) and the number extractor may report it.
 */
export const DURATION_RULES: ReadonlySet<string> = new Set(["within", "since-duration", "ago"]);

const PERIOD_RULES = new Set(["relative-week", "within", "since-duration", "month-part", "week-of-month"]);

/**
 * The calendar days a mention names, as an analyst lists them: a day, or both ends of a range
 * (بين 17 و24, منذ 17 اكتوبر); nothing for months, years, weeks and periods, or when unresolved.
 */
export function mentionDays(m: Pick<DateMention, "date" | "rule">): string[] {
  const { start, end, precision } = m.date;
  if (start === null || precision !== "day" || PERIOD_RULES.has(m.rule)) return [];
  return end === null || end === start ? [start] : [start, end];
}
