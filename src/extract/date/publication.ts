// The publication date from an article's head: dateline, byline, header line, or the lead's own date.

import type { PreparedDocument } from "../../text/document.js";
import { type Token, tokenize } from "../../text/tokens.js";
import { collectDates } from "./collect.js";
import type { Candidate } from "./types.js";
import { WEEKDAY_ALT } from "./words.js";

export interface PublicationDate {
  date: string;
  basis: "dateline" | "byline" | "header" | "text";
  /** Normalized offsets of the date. */
  start: number;
  end: number;
}

/** Only the head of an article carries its date. */
const HEAD_CHARS = 300;
/** Non-empty lines of the head: title, outlet/byline, dateline, lead. */
const HEAD_LINES = 5;
/** The lead sentence's date counts only in the first lines (title and lead). */
const TEXT_LINES = 2;

const FOUR_DIGITS = /\d{4}/;

/** Dates that can be a publication date: a full day with its year, written out. */
const FULL_DATE_RULES = new Set(["day-month-year", "month-day-year", "numeric", "hijri"]);

const LABEL =
  /(?:نشر|النشر|تحديث|محدث|بتاريخ|التاريخ|updated|published|posted|date)[^\p{L}\n]*(?:في|on)?[^\p{L}\n]*$/u;
const DATELINE_END = /(?:^|[^\p{L}])(?:-|في)\s*$/u;
const BYLINE_MARK = /(?:^|[^\p{L}])(?:بقلم|كتب|كتبه|تحرير|اعداد|مراسل|مراسله|by)(?![\p{L}])|[:|]\s*$/u;
/** A lead's own date stands beside its verb as an apposition: "اعلن ..., السبت (28 ...)," */
const WEEKDAY_FIRST = new RegExp(`^(?:يوم +)?(?:${WEEKDAY_ALT})(?![\\p{L}])`, "u");
const APPOSITION_BEFORE = /[,(]\s*$/u;
const APPOSITION_AFTER = /^\s*[,)]/u;
const LEAD_OPEN = /^\s*[-(|]/u;
const CITY_DATE_DASH = /^\s*(?:\([^)\n]{0,40}\)\s*)?[-\u2013\u2014]/u;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?/gu;
const AGENCY = /\([^)\n]{0,40}\)/gu;
const TIME_WORDS =
  /(?<![\p{L}])(?:صباحا|مساء|ظهرا|عصرا|ص|م|am|pm|gmt|utc|بتوقيت|غرينتش|جرينتش|القدس|مكه|المكرمه|دمشق|بغداد|بيروت)(?![\p{L}])/gu;
const SEPARATORS = /[\s,|\-:()[\].]/gu;

const words = (s: string): number => s.split(/[^\p{L}\d]+/u).filter((w) => w !== "").length;

/** What stands after a date on its line once times, time zones and agency credits are removed. */
function rest(suffix: string): string {
  return suffix.replace(AGENCY, " ").replace(TIME, " ").replace(TIME_WORDS, " ").replace(SEPARATORS, "");
}

type Basis = PublicationDate["basis"];

function classify(
  text: string,
  c: Candidate,
  lineStart: number,
  lineEnd: number,
  lineIndex: number,
): Basis | null {
  const prefix = text.slice(lineStart, c.start);
  const suffix = text.slice(c.end, lineEnd);
  const prefixEmpty = prefix.replace(SEPARATORS, "") === "";
  const endsLine = rest(suffix) === "";
  if (prefixEmpty && endsLine) return "header";
  if ((LABEL.test(prefix) || (endsLine && BYLINE_MARK.test(prefix))) && words(prefix) <= 8) return "byline";
  if (!/["']/u.test(prefix) && words(prefix) <= 6 && DATELINE_END.test(prefix)) return "dateline";
  // "عنوان الخبر | 12 ديسمبر 2023": a date closing the first line after a bar or dash.
  if (endsLine && lineIndex === 0 && /[-|]\s*$/u.test(prefix)) return "header";
  if (endsLine && words(prefix) <= 8) return "byline";
  if (prefixEmpty && LEAD_OPEN.test(suffix)) return "dateline";
  // "عمّان ٣ آذار ٢٠٢٤ (بترا) – أعلنت …": a city, the date, the agency, then the dash of the lead.
  if (words(prefix) <= 3 && !/["']/u.test(prefix) && CITY_DATE_DASH.test(suffix)) return "dateline";
  // A date in the lead dates the article only as an apposition (not "وقع في 7 اكتوبر 2023").
  const apposition =
    WEEKDAY_FIRST.test(text.slice(c.start, c.end)) ||
    (APPOSITION_BEFORE.test(prefix) && APPOSITION_AFTER.test(suffix));
  return lineIndex < TEXT_LINES && apposition ? "text" : null;
}

/**
 * The tokens of a prefix of a text, from the text's own: those that end inside it, then the
 * prefix's tokenization from the first token it cuts (or that ends exactly where it ends).
 */
function tokensOfPrefix(tokens: readonly Token[], prefix: string): Token[] {
  let k = 0;
  while (k < tokens.length && (tokens[k] as Token).end < prefix.length) k++;
  const from = tokens[k]?.start ?? prefix.length;
  return [...tokens.slice(0, k), ...tokenize(prefix.slice(from), from)];
}

/**
 * Find the publication date in the head of a normalized text. `tokens` are the text's tokens when
 * the caller has them already.
 */
export function findPublicationDateIn(text: string, tokens?: readonly Token[]): PublicationDate | null {
  // The head, to the end of the line in which it stops.
  const cut = text.indexOf("\n", HEAD_CHARS);
  const head = text.slice(0, cut < 0 ? text.length : Math.min(cut, HEAD_CHARS * 2));
  // Without a reference a day resolves only with its year, and every rule reads a year in four
  // digits (a numeric date's too, and a Hijri year's): a head without four digits dates nothing.
  if (!FOUR_DIGITS.test(head)) return null;
  const headTokens = tokens === undefined ? tokenize(head) : tokensOfPrefix(tokens, head);
  const cands = collectDates(head, { reference: null, prefer: "past" }, headTokens);
  let fallback: PublicationDate | null = null;
  for (const c of cands) {
    const v = c.value;
    if (c.start >= HEAD_CHARS || !FULL_DATE_RULES.has(c.rule) || v.start === null || v.start !== v.end)
      continue;
    const lineStart = head.lastIndexOf("\n", c.start - 1) + 1;
    const nextBreak = head.indexOf("\n", c.end);
    const lineEnd = nextBreak < 0 ? head.length : nextBreak;
    const lineIndex = head
      .slice(0, lineStart)
      .split("\n")
      .filter((l) => l.trim() !== "").length;
    if (lineIndex >= HEAD_LINES) break;
    const basis = classify(head, c, lineStart, lineEnd, lineIndex);
    if (basis === null) continue;
    const found = { date: v.start, basis, start: c.start, end: c.end };
    if (basis !== "text") return found;
    fallback ??= found;
  }
  return fallback;
}

// The pipeline asks for a document's publication date, then findDates asks again: the answer for
// the last document is kept (documents come one at a time).
let last: { doc: PreparedDocument; date: PublicationDate | null } | null = null;

export function findPublicationDate(doc: PreparedDocument): PublicationDate | null {
  if (last?.doc !== doc) last = { doc, date: findPublicationDateIn(doc.text, doc.tokens) };
  return last.date;
}
