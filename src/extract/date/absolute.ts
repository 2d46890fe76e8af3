// Dates with a month name: "12 ديسمبر 2023", "السابع من تشرين الاول", "Oct 26, 2024", "ديسمبر 2021", "عام 2021".

import type { DateValue } from "../../types.js";
import { firstWords, formStarts, isDayNumber, isYear4, withClitics } from "./anchors.js";
import { dayNumber, isValidDate } from "./calendar.js";
import { HIJRI_MARK_ALT, isGuardedMonth, MONTH_ALT, monthOf, NAME_HEADS } from "./months.js";
import {
  B,
  CLITIC,
  candidateAt,
  dayFrag,
  dayStarts,
  E,
  type Groups,
  MONTH_FRAG_TOKENS,
  type MonthRead,
  monthFrag,
  NA,
  NB,
  qualifierMode,
  readDay,
  readMonth,
  readYear,
  rx,
  wordBefore,
  YEAR4,
  type YearRead,
  yearFrag,
} from "./patterns.js";
import type { DateContext, DateRule, Start, StatedDate, TokenSet, YearMode } from "./types.js";
import {
  dayValue,
  inferDay,
  inferMonthYear,
  monthValue,
  NO_REFERENCE,
  NO_YEAR,
  unresolvedValue,
  yearValue,
} from "./value.js";
import { QUALIFIER_ALT, THIS_ALT } from "./words.js";

/** A day of a month, the year stated, relative or to infer: the value and what the text stated. */
export function dayDate(
  day: number,
  mr: MonthRead,
  yr: YearRead | undefined,
  mode: YearMode,
  ctx: DateContext,
): { value: DateValue; stated?: StatedDate } | null {
  if (mr.month === null || (yr !== undefined && yr.year === null)) {
    const parts = mr.month === null ? { day } : { month: mr.month, day };
    return { value: unresolvedValue("day", "relative", NO_REFERENCE, parts) };
  }
  const month = mr.month;
  const year = yr?.year ?? mr.year ?? null;
  if (year !== null) {
    if (!isValidDate(year, month, day)) return null;
    const basis = yr?.relative || mr.relative ? "relative" : "explicit";
    return { value: dayValue(dayNumber(year, month, day), basis), stated: { day, month, year, mode } };
  }
  // A leap year, so that 29 February is a date until a year says otherwise.
  if (!isValidDate(2000, month, day)) return null;
  const stated: StatedDate = { day, month, year: null, mode };
  if (ctx.reference === null)
    return { value: unresolvedValue("day", "inferred", NO_YEAR, { month, day }), stated };
  const n = inferDay(month, day, ctx.reference, mode, ctx.prefer);
  if (n === null)
    return {
      value: unresolvedValue("day", "inferred", "no such day near the reference", { month, day }),
      stated,
    };
  return { value: dayValue(n, "inferred"), stated };
}

/** 12 ديسمبر 2023, السابع من تشرين الاول الماضي, 19 اكتوبر/ تشرين الاول الجاري, ال7 من اكتوبر. */
const dayMonth: DateRule = {
  name: "day-month",
  pattern: rx(
    `${dayFrag("d")} *(?:- *)?(?<link>(?:من|في) +)?${monthFrag("m")}(?: +(?<q>${QUALIFIER_ALT})${E})?(?:${yearFrag("y")})?`,
  ),
  // After the day: spaces, a dash, من/في, then the month.
  anchor: dayStarts({ words: ["من", "في", ...MONTH_FRAG_TOKENS.words], marks: ["-"] }),
  build(m, ctx, text) {
    const gr = m.groups as Groups;
    const d = readDay(gr, "d");
    const mr = readMonth(gr, "m", ctx);
    if (!d || !mr || NAME_HEADS.has(wordBefore(text, m.index))) return null;
    const yr = readYear(gr, "y", ctx);
    // A guarded month (اب, مارس) needs a day in digits, "من" before it or a year after it.
    if (mr.guarded && !d.digits && gr.link === undefined && yr === undefined) return null;
    const r = dayDate(d.day, mr, yr, qualifierMode(gr.q), ctx);
    if (!r) return null;
    const rule =
      r.value.basis === "explicit" || r.value.basis === "relative" ? "day-month-year" : "day-month";
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule,
      value: r.value,
      ...(r.stated ? { stated: r.stated } : {}),
    };
  },
};

/** English and occasional Arabic month-first dates with a year: "Oct 26, 2024", "اكتوبر 17, 2023". */
const monthDayYear: DateRule = {
  name: "month-day-year",
  pattern: rx(
    `${B}(?<m>${MONTH_ALT})${E}\\.? +${NB}(?<d>3[01]|[12]\\d|0?[1-9])${NA}(?: *,)?${yearFrag("y")}`,
  ),
  // After the month: a dot (sept.) or the day's digits.
  anchor: formStarts(MONTH_ALT, { words: [], digits: isDayNumber, marks: ["."] }, false),
  build(m, ctx) {
    const gr = m.groups as Groups;
    const month = monthOf(gr.m ?? "");
    const yr = readYear(gr, "y", ctx);
    if (month === undefined || !yr) return null;
    const r = dayDate(Number(gr.d), { month, guarded: false, relative: false }, yr, "nearest", ctx);
    if (!r) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "month-day-year",
      value: r.value,
      ...(r.stated ? { stated: r.stated } : {}),
    };
  },
};

/** شهر (or شهري) with ب/ل before a month name. */
const SHAHR_START: Start = {
  on: { words: withClitics(["شهر", "شهري", "بشهر", "بشهري", "لشهر", "لشهري"]) },
  next: { words: firstWords(MONTH_ALT) },
};

/** What can follow a month name before its year: a second name (/ or "("), or yearFrag's start. */
const BEFORE_YEAR: TokenSet = {
  words: [
    "من",
    "في",
    ...["", "ل", "ب"].flatMap((p) =>
      ["عام", "العام", "سنه", "السنه", ...firstWords(THIS_ALT)].map((w) => p + w),
    ),
  ],
  digits: isYear4,
  marks: [",", "/", "("],
};

/** ديسمبر 2023, ديسمبر عام 2021, شهر كانون الاول من العام 2021, اكتوبر العام الماضي. */
const monthYear: DateRule = {
  name: "month-year",
  pattern: rx(
    `${CLITIC}(?:[بل]?شهري? +)?(?<m>${MONTH_ALT})${E}(?: *[/(] *(?<a>${MONTH_ALT})${E}(?: *\\))?)?${yearFrag("y")}`,
  ),
  anchor: [SHAHR_START, ...formStarts(MONTH_ALT, BEFORE_YEAR)],
  build(m, ctx) {
    const gr = m.groups as Groups;
    const month = monthOf(gr.m ?? "");
    const yr = readYear(gr, "y", ctx);
    if (month === undefined || !yr) return null;
    if (gr.a !== undefined && monthOf(gr.a) !== month) return null;
    // A guarded word before a relative year (اب العام الماضي) is too weak: it wants digits.
    if (isGuardedMonth(gr.m ?? "") && yr.relative) return null;
    const value =
      yr.year === null
        ? unresolvedValue("month", "relative", NO_REFERENCE, { month })
        : monthValue(yr.year, month, yr.relative ? "relative" : "explicit");
    return candidateAt(m, "month-year", value);
  },
};

/** Words after which a month name alone is a month (في اكتوبر, منذ نيسان). */
const MONTH_CONTEXT = new Set(["في", "خلال", "منذ", "حتي", "طوال", "طيله", "وفي", "ومنذ", "وخلال"]);

/** تشرين الاول الماضي, شهر اكتوبر, في نيسان: a month without a year (precision month). */
const monthAlone: DateRule = {
  name: "month",
  pattern: rx(
    `${CLITIC}(?<p>[بل]?شهري? +)?(?<m>${MONTH_ALT})${E}(?: *[/(] *(?<a>${MONTH_ALT})${E}(?: *\\))?)?(?: +(?<q>${QUALIFIER_ALT})${E})?`,
  ),
  anchor: [SHAHR_START, { on: { words: withClitics(firstWords(MONTH_ALT)) } }],
  build(m, ctx, text) {
    const gr = m.groups as Groups;
    const form = gr.m ?? "";
    const month = monthOf(form);
    if (month === undefined) return null;
    if (gr.a !== undefined && monthOf(gr.a) !== month) return null;
    const shahr = gr.p !== undefined;
    // اب, مارس alone are ordinary words; شهر or a qualifier (اب الماضي) makes them months.
    if (!shahr && gr.q === undefined && isGuardedMonth(form)) return null;
    if (!shahr && gr.q === undefined && !MONTH_CONTEXT.has(wordBefore(text, m.index))) return null;
    const mode = qualifierMode(gr.q);
    const basis = gr.q === undefined ? "inferred" : "relative";
    const value =
      ctx.reference === null
        ? unresolvedValue("month", basis, NO_YEAR, { month })
        : monthValue(inferMonthYear(month, ctx.reference, mode, ctx.prefer), month, basis);
    return candidateAt(m, "month", value);
  },
};

/** عام 2021, العام 2020, لعام 2014, سنه 1990 (precision year). */
const yearAlone: DateRule = {
  name: "year",
  pattern: rx(
    `${CLITIC}(?:عام|العام|سنه|السنه) +${NB}(?<y>${YEAR4})${NA}(?! *(?:${HIJRI_MARK_ALT})${E})(?: *م${E})?`,
  ),
  anchor: [
    { on: { words: withClitics("عام", "العام", "سنه", "السنه") }, next: { words: [], digits: isYear4 } },
  ],
  build(m) {
    const y = Number(m.groups?.y);
    return candidateAt(m, "year", yearValue(y, "explicit"));
  },
};

export const ABSOLUTE_RULES: readonly DateRule[] = [dayMonth, monthDayYear, monthYear, monthAlone, yearAlone];
