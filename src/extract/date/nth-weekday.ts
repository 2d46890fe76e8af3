// Positions in a month: the Nth or last weekday, the Nth or last whole week, and the last day.

import type { DateValue } from "../../types.js";
import { firstWords, withClitics } from "./anchors.js";
import { dayNumber, isValidDate, lastOfMonth, weekdayOf } from "./calendar.js";
import {
  CLITIC,
  candidateAt,
  type Groups,
  monthFrag,
  readMonth,
  readYear,
  rx,
  yearFrag,
} from "./patterns.js";
import type { Candidate, DateContext, DateRule } from "./types.js";
import { dayValue, inferMonthYear, NO_REFERENCE, NO_YEAR, spanValue, unresolvedValue } from "./value.js";
import {
  BARE_WEEKDAY_ALT,
  INDEFINITE_ORDINAL_ALT,
  indefiniteOrdinal,
  isLast,
  LAST_ALT,
  ORDINAL_NTH_ALT,
  ordinalNumber,
  WEEKDAY_ALT,
  weekdayNumber,
} from "./words.js";

type Basis = "explicit" | "relative" | "inferred";
type MonthYear = { year: number; month: number; basis: Basis } | { unresolved: string };

/** The month and year a rule names (month fragment m, year fragment y), inferring the year if needed. */
function monthYearOf(gr: Groups, ctx: DateContext): MonthYear | null {
  const mr = readMonth(gr, "m", ctx);
  if (!mr) return null;
  const yr = readYear(gr, "y", ctx);
  if (mr.guarded && yr === undefined) return null;
  if (mr.month === null || (yr !== undefined && yr.year === null)) return { unresolved: NO_REFERENCE };
  const year = yr?.year ?? mr.year ?? null;
  if (year !== null)
    return { year, month: mr.month, basis: yr?.relative || mr.relative ? "relative" : "explicit" };
  if (ctx.reference === null) return { unresolved: NO_YEAR };
  return {
    year: inferMonthYear(mr.month, ctx.reference, "nearest", ctx.prefer),
    month: mr.month,
    basis: "inferred",
  };
}

/** The nth (1-based) or, with n = 0, the last given weekday of a month; null when there is none. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number | null {
  const last = lastOfMonth(year, month);
  if (n === 0) return last - ((weekdayOf(last) - weekday + 7) % 7);
  const first = dayNumber(year, month, 1);
  const day = first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
  return day <= last ? day : null;
}

/** The Monday of the nth (or, n = 0, last) Monday-to-Sunday week wholly inside a month. */
export function nthWeek(year: number, month: number, n: number): number | null {
  const last = lastOfMonth(year, month);
  if (n === 0) return last - weekdayOf(last) - 6;
  const first = dayNumber(year, month, 1);
  const monday = first + ((8 - weekdayOf(first)) % 7) + 7 * (n - 1);
  return monday + 6 <= last ? monday : null;
}

const position = (form: string | undefined): number | undefined =>
  form === undefined ? undefined : isLast(form) ? 0 : (indefiniteOrdinal(form) ?? ordinalNumber(form));

function candidate(
  m: RegExpExecArray,
  rule: string,
  my: MonthYear,
  value: (y: number, mo: number, b: Basis) => DateValue | null,
): Candidate | null {
  if ("unresolved" in my) return candidateAt(m, rule, unresolvedValue("day", "inferred", my.unresolved));
  const v = value(my.year, my.month, my.basis);
  return v === null ? null : candidateAt(m, rule, v);
}

const MONTH_TAIL = ` *(?:(?:من|في) +)?${monthFrag("m")}(?:${yearFrag("y")})?`;
// The word before MONTH_TAIL may have من/في or the month glued onto it (اخرفي): the token after a
// start is checked by the word it begins with.
const ORDINAL_OR_LAST = withClitics(firstWords(INDEFINITE_ORDINAL_ALT), firstWords(LAST_ALT));
const NTH_OR_LAST = [...firstWords(ORDINAL_NTH_ALT), ...firstWords(LAST_ALT)];

/** ثالث ثلاثاء في ايلول, اخر اثنين من الشهر القادم, ثالث يوم ثلاثاء بايلول بعام 2014. */
const ordinalFirst: DateRule = {
  name: "nth-weekday",
  pattern: rx(
    `${CLITIC}(?<ord>${INDEFINITE_ORDINAL_ALT}|${LAST_ALT}) +(?:يوم +)?(?<wd>${BARE_WEEKDAY_ALT})${MONTH_TAIL}`,
  ),
  anchor: [
    {
      on: { words: ORDINAL_OR_LAST },
      next: { words: [], prefixes: ["يوم", ...firstWords(BARE_WEEKDAY_ALT)] },
    },
  ],
  build(m, ctx) {
    const gr = m.groups as Groups;
    const n = position(gr.ord);
    const wd = weekdayNumber(gr.wd ?? "");
    const my = monthYearOf(gr, ctx);
    if (n === undefined || n > 5 || wd === undefined || !my) return null;
    return candidate(m, "nth-weekday", my, (y, mo, b) => {
      const d = nthWeekday(y, mo, wd, n);
      return d === null ? null : dayValue(d, b);
    });
  },
};

/**
 * الثلاثاء الثالث من شهر ايلول, الاثنين الاخير من شهر اذار. When the ordinal read as a day of the month
 * falls on that weekday (الثلاثاء الاول من تشرين الاول 2013 = 1 October), that day is meant.
 */
const weekdayFirst: DateRule = {
  name: "nth-weekday",
  pattern: rx(
    `${CLITIC}(?:يوم +)?(?<wd>${WEEKDAY_ALT}) +(?<ord>${ORDINAL_NTH_ALT}|${LAST_ALT}) +(?:من|في) +${monthFrag("m")}(?:${yearFrag("y")})?`,
  ),
  anchor: [
    { on: { words: withClitics("يوم") }, next: { words: firstWords(WEEKDAY_ALT) } },
    {
      on: { words: withClitics(firstWords(WEEKDAY_ALT)) },
      next: { words: [...firstWords(ORDINAL_NTH_ALT), ...firstWords(LAST_ALT)] },
    },
  ],
  build(m, ctx) {
    const gr = m.groups as Groups;
    const n = position(gr.ord);
    const wd = weekdayNumber(gr.wd ?? "");
    const my = monthYearOf(gr, ctx);
    if (n === undefined || wd === undefined || !my) return null;
    return candidate(m, "nth-weekday", my, (y, mo, b) => {
      if (n > 0 && isValidDate(y, mo, n) && weekdayOf(dayNumber(y, mo, n)) === wd)
        return dayValue(dayNumber(y, mo, n), b);
      const d = nthWeekday(y, mo, wd, n);
      return d === null ? null : dayValue(d, b);
    });
  },
};

/** اول اسبوع بشهر اكتوبر 2014, الاسبوع الاخير في الشهر التاسع سنه 2014. */
const weekOfMonth: DateRule = {
  name: "week-of-month",
  pattern: rx(
    `${CLITIC}(?:(?<ord>${INDEFINITE_ORDINAL_ALT}|${LAST_ALT}) +اسبوع|الاسبوع +(?<ord2>${ORDINAL_NTH_ALT}|${LAST_ALT}))${MONTH_TAIL}`,
  ),
  anchor: [
    { on: { words: ORDINAL_OR_LAST }, next: { words: [], prefixes: ["اسبوع"] } },
    { on: { words: withClitics("الاسبوع") }, next: { words: [], prefixes: NTH_OR_LAST } },
  ],
  build(m, ctx) {
    const gr = m.groups as Groups;
    const n = position(gr.ord ?? gr.ord2);
    const my = monthYearOf(gr, ctx);
    if (n === undefined || n > 5 || !my) return null;
    return candidate(m, "week-of-month", my, (y, mo, b) => {
      const monday = nthWeek(y, mo, n);
      return monday === null ? null : spanValue(monday, monday + 6, "day", b);
    });
  },
};

/** اخر يوم بشهر عشره سنه 2015, اليوم الاخير من شهر عشره. */
const lastDay: DateRule = {
  name: "last-day-of-month",
  pattern: rx(`${CLITIC}(?:اخر +يوم|اليوم +(?:${LAST_ALT}))${MONTH_TAIL}`),
  anchor: [
    { on: { words: withClitics("اخر") }, next: { words: [], prefixes: ["يوم"] } },
    { on: { words: withClitics("اليوم") }, next: { words: [], prefixes: firstWords(LAST_ALT) } },
  ],
  build(m, ctx) {
    const my = monthYearOf(m.groups as Groups, ctx);
    if (!my) return null;
    return candidate(m, "last-day-of-month", my, (y, mo, b) => dayValue(lastOfMonth(y, mo), b));
  },
};

export const NTH_WEEKDAY_RULES: readonly DateRule[] = [ordinalFirst, weekdayFirst, weekOfMonth, lastDay];
