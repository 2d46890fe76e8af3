// Dates in digits: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy (day first), yyyy-mm-dd, yyyy.mm.dd, mm/yyyy.

import { dayNumber, isValidDate } from "./calendar.js";
import { NA, NB, rx, YEAR4 } from "./patterns.js";
import type { Anchor, Candidate, DateRule } from "./types.js";
import { dayValue, monthValue } from "./value.js";

function dayCandidate(
  m: RegExpExecArray,
  rule: string,
  day: number,
  month: number,
  year: number,
): Candidate | null {
  // 10/25/2023 is month first: the only reading in which both numbers fit.
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (!isValidDate(year, month, day)) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    rule,
    value: dayValue(dayNumber(year, month, day), "explicit"),
    stated: { day, month, year, mode: "nearest" },
  };
}

// The tokenizer keeps "/" and "." between digits inside one number token, and NA lets nothing of
// that kind follow the date: with those separators the whole date is one token; with "-" each
// part is a token of its own.
const test = (re: RegExp) => (token: string) => re.test(token);

/** A date of three parts in digits, the first of one or two digits (or four, `firstYear`). */
function threePartStart(firstYear: boolean): Anchor {
  const first = firstYear ? "\\d{4}" : "\\d{1,2}";
  const last = firstYear ? "\\d{1,2}" : "\\d{4}";
  return [
    { on: { words: [], digits: test(new RegExp(`^${first}([/.])\\d{1,2}\\1${last}$`)) } },
    {
      on: { words: [], digits: test(new RegExp(`^${first}$`)) },
      next: { words: [], marks: ["-"] },
      after: { words: [], digits: test(/^\d{1,2}$/) },
    },
  ];
}

const dayFirst: DateRule = {
  name: "numeric-dmy",
  pattern: rx(`${NB}(?<d>\\d{1,2})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<y>${YEAR4})${NA}`),
  anchor: threePartStart(false),
  build(m) {
    const g = m.groups ?? {};
    return dayCandidate(m, "numeric", Number(g.d), Number(g.m), Number(g.y));
  },
};

const yearFirst: DateRule = {
  name: "numeric-ymd",
  pattern: rx(`${NB}(?<y>${YEAR4})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})${NA}`),
  anchor: threePartStart(true),
  build(m) {
    const g = m.groups ?? {};
    return dayCandidate(m, "numeric", Number(g.d), Number(g.m), Number(g.y));
  },
};

/** 2/2013: a month. Only with a slash: 10-2023 reads as a span of years or a score too often. */
const monthSlashYear: DateRule = {
  name: "numeric-my",
  pattern: rx(`${NB}(?<m>1[0-2]|0?[1-9])/(?<y>${YEAR4})${NA}`),
  anchor: [{ on: { words: [], digits: test(/^\d{1,2}\/\d{4}$/) } }],
  build(m) {
    const g = m.groups ?? {};
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "numeric",
      value: monthValue(Number(g.y), Number(g.m), "explicit"),
    };
  },
};

export const NUMERIC_RULES: readonly DateRule[] = [dayFirst, yearFirst, monthSlashYear];
