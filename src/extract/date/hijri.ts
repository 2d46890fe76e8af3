// Hijri dates: "15 ربيع الاخر 1445 ه", "رمضان 1444", "عام 1445 ه", resolved to Gregorian days.

import { firstWords, formStarts, withClitics } from "./anchors.js";
import { hijriDay, hijriMonthSpan, hijriOf, hijriYearSpan } from "./hijri-calendar.js";
import { HIJRI_MARK_ALT, HIJRI_MONTH_ALT, hijriMonthOf, isGuardedHijriMonth, NAME_HEADS } from "./months.js";
import {
  B,
  CLITIC,
  candidateAt,
  dayFrag,
  dayStarts,
  E,
  type Groups,
  NA,
  NB,
  qualifierMode,
  readDay,
  rx,
  wordBefore,
} from "./patterns.js";
import type { Candidate, DateContext, DateRule, YearMode } from "./types.js";
import { dayValue, NO_YEAR, pickOccurrence, spanValue, unresolvedValue } from "./value.js";
import { QUALIFIER_ALT } from "./words.js";

const HIJRI_YEAR = `(?<hy>1[3-5]\\d\\d)`;
const YEAR_WORD = `(?:(?:من +)?(?:${B}[لب]?(?:عام|العام|سنه|السنه)) +)?`;
const MARK = `(?: *(?<mark>${HIJRI_MARK_ALT})${E})?`;
const HIJRI_YEAR_TOKEN = { words: [], digits: (token: string) => /^1[3-5]\d\d$/.test(token) };

/** The Hijri year that puts a year-less Hijri day nearest the reference. */
export function inferHijriDay(month: number, day: number, mode: YearMode, ctx: DateContext): number | null {
  if (ctx.reference === null) return null;
  const h = hijriOf(ctx.reference);
  if (!h) return null;
  const days: number[] = [];
  for (const y of [h.year - 1, h.year, h.year + 1]) {
    const n = hijriDay(y, month, day);
    if (n !== null) days.push(n);
  }
  return pickOccurrence(days, ctx.reference, mode, ctx.prefer);
}

const hijriDate: DateRule = {
  name: "hijri",
  pattern: rx(
    `${dayFrag("d")} *(?:من +)?(?<shahr>شهر +)?(?<hm>${HIJRI_MONTH_ALT})${E}` +
      `(?:(?: *, *| +)${YEAR_WORD}${NB}${HIJRI_YEAR}${NA}${MARK}| +(?<q>${QUALIFIER_ALT})${E})?`,
  ),
  anchor: dayStarts({ words: ["من", "شهر", ...firstWords(HIJRI_MONTH_ALT)] }),
  build(m, ctx, text) {
    const gr = m.groups as Groups;
    const d = readDay(gr, "d");
    const month = hijriMonthOf(gr.hm ?? "");
    if (!d || month === undefined || NAME_HEADS.has(wordBefore(text, m.index))) return null;
    if (isGuardedHijriMonth(gr.hm ?? "") && gr.hy === undefined && gr.shahr === undefined) return null;
    let value: Candidate["value"];
    if (gr.hy !== undefined) {
      const n = hijriDay(Number(gr.hy), month, d.day);
      if (n === null) return null;
      value = dayValue(n, "explicit");
    } else {
      const n = inferHijriDay(month, d.day, qualifierMode(gr.q), ctx);
      value =
        n === null
          ? unresolvedValue("day", "inferred", NO_YEAR, { month, day: d.day })
          : dayValue(n, "inferred");
    }
    value.calendar = "hijri";
    return { start: m.index, end: m.index + m[0].length, rule: "hijri", value };
  },
};

/** رمضان 1444, شهر محرم 1445 ه: a Hijri month (precision month, its Gregorian days). */
const hijriMonthYear: DateRule = {
  name: "hijri-month",
  pattern: rx(`${CLITIC}(?:شهر +)?(?<hm>${HIJRI_MONTH_ALT})${E} +${YEAR_WORD}${NB}${HIJRI_YEAR}${NA}${MARK}`),
  anchor: [...formStarts(HIJRI_MONTH_ALT), ...formStarts("شهر", { words: firstWords(HIJRI_MONTH_ALT) })],
  build(m) {
    const gr = m.groups as Groups;
    const month = hijriMonthOf(gr.hm ?? "");
    if (month === undefined) return null;
    const span = hijriMonthSpan(Number(gr.hy), month);
    if (!span) return null;
    const value = spanValue(span[0], span[1], "month", "explicit");
    value.calendar = "hijri";
    return candidateAt(m, "hijri", value);
  },
};

/** عام 1445 ه, 1445 هـ: a Hijri year (precision year); the mark is required, a bare 1445 is a number. */
const hijriYear: DateRule = {
  name: "hijri-year",
  pattern: rx(
    `${CLITIC}(?:(?:عام|العام|سنه|السنه) +)?${NB}${HIJRI_YEAR}${NA} *(?<mark>${HIJRI_MARK_ALT})${E}`,
  ),
  // A proclitic may be written onto the digits themselves (و1445 ه): the word token is then the
  // proclitic alone, withClitics("") lists them.
  anchor: [
    { on: { words: withClitics("", "عام", "العام", "سنه", "السنه") }, next: HIJRI_YEAR_TOKEN },
    { on: HIJRI_YEAR_TOKEN },
  ],
  build(m) {
    const span = hijriYearSpan(Number(m.groups?.hy));
    if (!span) return null;
    const value = spanValue(span[0], span[1], "year", "explicit");
    value.calendar = "hijri";
    return candidateAt(m, "hijri", value);
  },
};

export const HIJRI_RULES: readonly DateRule[] = [hijriDate, hijriMonthYear, hijriYear];
