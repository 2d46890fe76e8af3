// Holidays from holidays.json: Hijri ones (عيد الفطر, رمضان), fixed Gregorian ones and Easter.

import type { DateValue } from "../../types.js";
import { formStarts } from "./anchors.js";
import { civil, dayNumber, easterSunday } from "./calendar.js";
import { hijriDay, hijriMonthSpan, hijriOf } from "./hijri-calendar.js";
import { HIJRI_MARK_ALT } from "./months.js";
import {
  CLITIC,
  candidateAt,
  E,
  type Groups,
  NA,
  NB,
  readYear,
  rx,
  wordAfter,
  yearFrag,
} from "./patterns.js";
import type { DateContext, DateRule } from "./types.js";
import { NO_YEAR, pickOccurrence, spanValue, unresolvedValue } from "./value.js";
import { HOLIDAY_ALT, type HolidayEntry, holidayOf } from "./words.js";

/** The first and last day of one occurrence of a holiday in a Hijri year, or in a Gregorian year. */
function inHijriYear(h: HolidayEntry, year: number): [number, number] | null {
  if (h.whole) return hijriMonthSpan(year, h.month ?? 1);
  const n = hijriDay(year, h.month ?? 1, h.day ?? 1);
  return n === null ? null : [n, n];
}

function inGregorianYear(h: HolidayEntry, year: number): [number, number] | null {
  if (h.calendar === "easter") {
    const n = easterSunday(year);
    return [n, n];
  }
  if (h.calendar === "gregorian") {
    const n = dayNumber(year, h.month ?? 1, h.day ?? 1);
    return [n, n];
  }
  // A Hijri holiday in a Gregorian year: the Hijri year whose occurrence starts in it.
  const h0 = hijriOf(dayNumber(year, 1, 1));
  if (!h0) return null;
  for (const y of [h0.year, h0.year + 1]) {
    const span = inHijriYear(h, y);
    if (span && civil(span[0]).year === year) return span;
  }
  return null;
}

function nearest(h: HolidayEntry, ctx: DateContext, ref: number): [number, number] | null {
  const spans: [number, number][] = [];
  if (h.calendar === "hijri") {
    const h0 = hijriOf(ref);
    if (!h0) return null;
    for (const y of [h0.year - 1, h0.year, h0.year + 1]) {
      const s = inHijriYear(h, y);
      if (s) spans.push(s);
    }
  } else {
    const y0 = civil(ref).year;
    for (const y of [y0 - 1, y0, y0 + 1]) {
      const s = inGregorianYear(h, y);
      if (s) spans.push(s);
    }
  }
  const start = pickOccurrence(
    spans.map((s) => s[0]),
    ref,
    "nearest",
    ctx.prefer,
  );
  return spans.find((s) => s[0] === start) ?? null;
}

const holiday: DateRule = {
  name: "holiday",
  pattern: rx(
    `${CLITIC}(?<h>${HOLIDAY_ALT})${E}(?:${yearFrag("y")}|(?: +(?:(?:من +)?(?:عام|العام|سنه|السنه) +)?)${NB}(?<hy>1[3-5]\\d\\d)${NA}(?: *(?:${HIJRI_MARK_ALT})${E})?)?`,
  ),
  anchor: formStarts(HOLIDAY_ALT),
  build(m, ctx, text) {
    const gr = m.groups as Groups;
    const found = holidayOf(gr.h ?? "");
    if (!found) return null;
    const h = found.entry;
    const yr = readYear(gr, "y", ctx);
    if (found.guarded && yr === undefined && gr.hy === undefined) return null;
    if (h.notBefore?.includes(wordAfter(text, m.index + m[0].length))) return null;
    const precision = h.whole ? "month" : "day";
    let span: [number, number] | null;
    let basis: DateValue["basis"] = "explicit";
    if (gr.hy !== undefined && h.calendar === "hijri") span = inHijriYear(h, Number(gr.hy));
    else if (yr?.year != null) {
      span = inGregorianYear(h, yr.year);
      if (yr.relative) basis = "relative";
    } else if (ctx.reference !== null && yr === undefined) {
      span = nearest(h, ctx, ctx.reference);
      basis = "inferred";
    } else {
      const value = unresolvedValue(precision, "inferred", NO_YEAR);
      if (h.calendar === "hijri") value.calendar = "hijri";
      return candidateAt(m, "holiday", value);
    }
    if (!span) return null;
    const value = spanValue(span[0], span[1], precision, basis);
    if (h.calendar === "hijri") value.calendar = "hijri";
    return candidateAt(m, "holiday", value);
  },
};

export const HOLIDAY_RULES: readonly DateRule[] = [holiday];
