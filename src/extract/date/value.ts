// DateValue builders and the inference of a missing year or week from the reference: pure functions.

import type { DateBasis, DatePrecision, DateValue } from "../../types.js";
import {
  civil,
  dayNumber,
  firstOfMonth,
  isoOf,
  isValidDate,
  lastOfMonth,
  mondayOf,
  shiftMonth,
  weekdayOf,
} from "./calendar.js";
import type { Prefer, YearMode } from "./types.js";

export const NO_REFERENCE = "relative to the publication date, which is unknown";
export const NO_YEAR = "no year and no publication date";

/**
 * How many days after the reference a year-less date may fall and still be read in the reference's
 * year when news leans to the past: an article of 28 October that writes "30 October" means this
 * year's (a scheduled day, or the end of a period still running), not last year's.
 */
export const LEAD_DAYS = 30;

export function dayValue(n: number, basis: DateBasis): DateValue {
  const iso = isoOf(n);
  return { start: iso, end: iso, precision: "day", basis };
}

export function spanValue(a: number, b: number, precision: DatePrecision, basis: DateBasis): DateValue {
  return { start: isoOf(Math.min(a, b)), end: isoOf(Math.max(a, b)), precision, basis };
}

export function monthValue(year: number, month: number, basis: DateBasis): DateValue {
  return spanValue(firstOfMonth(year, month), lastOfMonth(year, month), "month", basis);
}

export function yearValue(year: number, basis: DateBasis): DateValue {
  return spanValue(dayNumber(year, 1, 1), dayNumber(year, 12, 31), "year", basis);
}

export function unresolvedValue(
  precision: DatePrecision,
  basis: DateBasis,
  why: string,
  parts: { month?: number; day?: number } = {},
): DateValue {
  const v: DateValue = { start: null, end: null, precision, basis, unresolved: why };
  if (parts.month !== undefined) v.month = parts.month;
  if (parts.day !== undefined) v.day = parts.day;
  return v;
}

/** The day numbers of (month, day) in the years around the reference's, oldest first. */
function occurrences(month: number, day: number, ref: number, span: number): number[] {
  const y = civil(ref).year;
  const out: number[] = [];
  for (let k = -span; k <= span; k++)
    if (isValidDate(y + k, month, day)) out.push(dayNumber(y + k, month, day));
  return out;
}

/** Pick one day among occurrences (oldest first) by the year mode and the preferred direction. */
export function pickOccurrence(days: number[], ref: number, mode: YearMode, prefer: Prefer): number | null {
  const refYear = civil(ref).year;
  switch (mode) {
    case "current":
      return days.find((n) => civil(n).year === refYear) ?? null;
    case "past":
      return days.filter((n) => n <= ref).pop() ?? null;
    case "next":
      return days.find((n) => n >= ref) ?? null;
    case "nearest":
      return prefer === "future"
        ? (days.find((n) => n >= ref) ?? null)
        : (days.filter((n) => n <= ref + LEAD_DAYS).pop() ?? null);
  }
}

/**
 * A day and month without a year: the nearest past occurrence (up to LEAD_DAYS ahead) when news
 * leans to the past; when it leans to the future, the day in the next month of that name that has
 * not ended yet. الماضي, المقبل and الجاري decide by themselves. A 29 February looks up to eight
 * years around.
 */
export function inferDay(
  month: number,
  day: number,
  ref: number,
  mode: YearMode,
  prefer: Prefer,
): number | null {
  if (mode === "nearest" && prefer === "future") {
    // Duckling's reading: the month decides, so "1 February" on 12 February is this month's first.
    const year = inferMonthYear(month, ref, mode, prefer);
    if (isValidDate(year, month, day)) return dayNumber(year, month, day);
  }
  return pickOccurrence(occurrences(month, day, ref, month === 2 && day === 29 ? 8 : 1), ref, mode, prefer);
}

/** Like inferDay, among the occurrences (a year either side) that fall on the weekday written beside it. */
export function inferDayOnWeekday(
  month: number,
  day: number,
  weekday: number,
  ref: number,
  mode: YearMode,
  prefer: Prefer,
): number | null {
  const days = occurrences(month, day, ref, 1).filter((n) => weekdayOf(n) === weekday);
  // The weekday outweighs the lean: "السبت 30 ديسمبر" on 28 October is the coming Saturday.
  const nearestDay = days.slice().sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref))[0] ?? null;
  return pickOccurrence(days, ref, mode, prefer) ?? nearestDay;
}

/** The year of a month written without one (precision month). */
export function inferMonthYear(month: number, ref: number, mode: YearMode, prefer: Prefer): number {
  const r = civil(ref);
  const refMonth = r.year * 12 + r.month - 1;
  const years = [r.year - 1, r.year, r.year + 1];
  const index = (y: number) => y * 12 + month - 1;
  switch (mode) {
    case "current":
      return r.year;
    case "past":
      return years.filter((y) => index(y) < refMonth).pop() ?? r.year - 1;
    case "next":
      return years.find((y) => index(y) > refMonth) ?? r.year + 1;
    case "nearest":
      return prefer === "future"
        ? (years.find((y) => index(y) >= refMonth) ?? r.year)
        : (years.filter((y) => firstOfMonth(y, month) <= ref + LEAD_DAYS).pop() ?? r.year - 1);
  }
}

/** The month k months from the reference's month (الشهر الماضي = −1). */
export function relativeMonth(ref: number, k: number): { year: number; month: number } {
  const r = civil(ref);
  return shiftMonth(r.year, r.month, k);
}

export type WeekdayMode = "bare" | "past" | "next" | "this-week" | "last-week" | "next-week";

/**
 * A weekday against the reference. Bare: the most recent such day on or before the reference (news
 * reports the past), or with prefer "future" the next one after it (Duckling's rule). الماضي: strictly
 * before; المقبل: strictly after; "of this/last/next week": in that Monday-to-Sunday week.
 */
export function resolveWeekday(weekday: number, ref: number, mode: WeekdayMode, prefer: Prefer): number {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  const inWeek = mondayOf(ref) + ((weekday + 6) % 7);
  switch (mode) {
    case "bare":
      return prefer === "future" ? ref + (ahead || 7) : ref - back;
    case "past":
      return ref - (back || 7);
    case "next":
      return ref + (ahead || 7);
    case "this-week":
      return inWeek;
    case "last-week":
      return inWeek - 7;
    case "next-week":
      return inWeek + 7;
  }
}

/** A day of the month on a given weekday (السبت السادس عشر), nearest to the reference. */
export function dayOnWeekday(day: number, weekday: number, ref: number, prefer: Prefer): number | null {
  const r = civil(ref);
  const found: number[] = [];
  for (let k = -14; k <= 14; k++) {
    const t = shiftMonth(r.year, r.month, k);
    if (isValidDate(t.year, t.month, day)) {
      const n = dayNumber(t.year, t.month, day);
      if (weekdayOf(n) === weekday) found.push(n);
    }
  }
  return prefer === "future"
    ? (found.find((n) => n > ref) ?? null)
    : (found.filter((n) => n <= ref).pop() ?? null);
}
