// Dates relative to the reference: اليوم/امس/غدا, الاسبوع الماضي, هذا الشهر, العام المقبل, قبل يومين.

import { firstWords, formStarts, isCount, preceded, withClitics } from "./anchors.js";
import { addMonths, civil, mondayOf } from "./calendar.js";
import { CLITIC, candidateAt, E, type Groups, rx, spanOf, wordAfter, wordBefore } from "./patterns.js";
import type { DateRule } from "./types.js";
import {
  dayValue,
  monthValue,
  NO_REFERENCE,
  relativeMonth,
  spanValue,
  unresolvedValue,
  yearValue,
} from "./value.js";
import {
  GENERAL_HEADS,
  NUMBER_WORD_ALT,
  numberWord,
  PART_OF_DAY_ALT,
  QUALIFIER_ALT,
  qualifierOf,
  RELATIVE_DAY_ALT,
  relativeDayOffset,
  THIS_ALT,
  TODAY_NOT_AFTER,
  TODAY_NOT_BEFORE,
  UNIT_ALT,
  type UnitName,
  unitOf,
} from "./words.js";

const relativeDay: DateRule = {
  name: "relative-day",
  pattern: rx(`${CLITIC}(?:(?<pod>${PART_OF_DAY_ALT}) +)?(?<rd>${RELATIVE_DAY_ALT})${E}`),
  anchor: [
    ...formStarts(PART_OF_DAY_ALT, { words: firstWords(RELATIVE_DAY_ALT) }),
    ...formStarts(RELATIVE_DAY_ALT),
  ],
  build(m, ctx, text) {
    const gr = m.groups as Groups;
    const form = gr.rd ?? "";
    const offset = relativeDayOffset(form);
    if (offset === undefined) return null;
    if (form === "اليوم") {
      // اليوم is "the day" in اليوم التالي, اليوم ال22, ذلك اليوم.
      const next = wordAfter(text, m.index + m[0].length);
      if (TODAY_NOT_AFTER.has(next) || /^(?:ال)?\d/.test(next)) return null;
      if (gr.pod === undefined && TODAY_NOT_BEFORE.has(wordBefore(text, m.index))) return null;
    }
    const value =
      ctx.reference === null
        ? unresolvedValue("day", "relative", NO_REFERENCE)
        : dayValue(ctx.reference + offset, "relative");
    const { start, end } = spanOf(m);
    return { start, end, rule: "relative-day", value, relativeDay: offset };
  },
};

const UNIT_WORDS = "الاسبوع|الشهر|العام|السنه";

/** هذا الاسبوع, الاسبوع الماضي, الشهر الجاري, العام المقبل, السنه الحاليه. */
const relativeUnit: DateRule = {
  name: "relative-unit",
  pattern: rx(
    `${CLITIC}(?:(?<this>${THIS_ALT}) +(?<u1>${UNIT_WORDS})|(?<u2>${UNIT_WORDS}) +(?<q>${QUALIFIER_ALT}))${E}`,
  ),
  anchor: [
    { on: { words: withClitics(firstWords(THIS_ALT)) }, next: { words: firstWords(UNIT_WORDS) } },
    { on: { words: withClitics(firstWords(UNIT_WORDS)) }, next: { words: firstWords(QUALIFIER_ALT) } },
  ],
  build(m, ctx, text) {
    const gr = m.groups as Groups;
    const unit = gr.u1 ?? gr.u2 ?? "";
    // الامين العام السابق: العام is "general" after these nouns.
    if (gr.u2 === "العام" && GENERAL_HEADS.has(wordBefore(text, m.index))) return null;
    const q = gr.q === undefined ? "current" : qualifierOf(gr.q);
    const k = q === "past" ? -1 : q === "next" ? 1 : 0;
    const kind = unit === "الاسبوع" ? "week" : unit === "الشهر" ? "month" : "year";
    const rule = `relative-${kind}`;
    const ref = ctx.reference;
    if (ref === null) {
      const precision = kind === "week" ? "day" : kind;
      return candidateAt(m, rule, unresolvedValue(precision, "relative", NO_REFERENCE));
    }
    if (kind === "week") {
      const monday = mondayOf(ref) + 7 * k;
      return candidateAt(m, rule, spanValue(monday, monday + 6, "day", "relative"));
    }
    if (kind === "month") {
      const t = relativeMonth(ref, k);
      return candidateAt(m, rule, monthValue(t.year, t.month, "relative"));
    }
    return candidateAt(m, rule, yearValue(civil(ref).year + k, "relative"));
  },
};

/** The count of a duration: a number, a word, or the noun's own number (يومين = 2, اسبوع = 1). */
export function durationCount(
  n: string | undefined,
  unitForm: string,
): { unit: UnitName; count: number } | null {
  const u = unitOf(unitForm);
  if (!u) return null;
  if (n === undefined) {
    if (u.count === "plural") return null; // قبل ايام: vague
    return { unit: u.unit, count: u.count === "two" ? 2 : 1 };
  }
  if (u.count === "two") return null;
  // الايام الثلاثه: after a definite noun the number takes the article too.
  const count = /^\d+$/.test(n) ? Number(n) : numberWord(n.replace(/^ال/u, ""));
  return count === undefined || count < 1 ? null : { unit: u.unit, count };
}

/** The day a duration before (sign −1) or after (+1) the reference. */
export function shiftDays(ref: number, unit: UnitName, count: number, sign: 1 | -1): number {
  switch (unit) {
    case "day":
      return ref + sign * count;
    case "week":
      return ref + sign * 7 * count;
    case "month":
      return addMonths(ref, sign * count);
    case "year":
      return addMonths(ref, sign * 12 * count);
  }
}

const AGO_WORDS = withClitics("قبل", "منذ");

/** قبل يومين, قبل ثلاثه ايام, قبل اسبوع, قبل 15 يوما; منذ اسبوعين (since: up to the reference). */
const ago: DateRule = {
  name: "ago",
  pattern: rx(`${CLITIC}(?<ago>قبل|منذ) +(?:(?<n>\\d{1,3}|${NUMBER_WORD_ALT}) +)?(?<u>${UNIT_ALT})${E}`),
  anchor: [
    { on: { words: AGO_WORDS }, next: { words: firstWords(UNIT_ALT) } },
    {
      on: { words: AGO_WORDS },
      next: { words: [], digits: isCount },
      after: { words: firstWords(UNIT_ALT) },
    },
    ...preceded(AGO_WORDS, formStarts(NUMBER_WORD_ALT, { words: firstWords(UNIT_ALT) }, false)),
  ],
  build(m, ctx, text) {
    const gr = m.groups as Groups;
    const d = durationCount(gr.n, gr.u ?? "");
    if (!d) return null;
    const end = m.index + m[0].length;
    // قبل يومين من الهجوم counts from another day (قبل عام من الان does not); منذ عام 2014 is a year.
    const next = wordAfter(text, end);
    if ((next === "من" && !/^ +من +الان/u.test(text.slice(end, end + 12))) || /^\d/.test(next)) return null;
    const since = gr.ago === "منذ";
    const rule = since ? "since-duration" : "ago";
    const ref = ctx.reference;
    const precision = since || d.unit === "day" || d.unit === "week" ? "day" : d.unit;
    if (ref === null) return candidateAt(m, rule, unresolvedValue(precision, "relative", NO_REFERENCE));
    const then = shiftDays(ref, d.unit, d.count, -1);
    if (since) return candidateAt(m, rule, spanValue(then, ref, "day", "relative"));
    const value =
      d.unit === "month"
        ? monthValue(civil(then).year, civil(then).month, "relative")
        : d.unit === "year"
          ? yearValue(civil(then).year, "relative")
          : dayValue(then, "relative");
    return candidateAt(m, rule, value);
  },
};

export const RELATIVE_RULES: readonly DateRule[] = [relativeDay, relativeUnit, ago];
