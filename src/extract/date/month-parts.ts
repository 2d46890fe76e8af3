// Parts of a month: اوائل/مطلع (days 1–10), منتصف/اواسط (11–20), اواخر/نهايه (21–end) of a month.

import { formStarts } from "./anchors.js";
import { dayNumber, daysInMonth } from "./calendar.js";
import {
  CLITIC,
  candidateAt,
  E,
  type Groups,
  MONTH_FRAG_TOKENS,
  monthFrag,
  qualifierMode,
  readMonth,
  readYear,
  rx,
  yearFrag,
} from "./patterns.js";
import type { DateRule } from "./types.js";
import { inferMonthYear, NO_REFERENCE, NO_YEAR, spanValue, unresolvedValue } from "./value.js";
import { MONTH_PART_ALT, type MonthPart, monthPartOf, QUALIFIER_ALT } from "./words.js";

const PART_DAYS: Record<MonthPart, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

const monthPart: DateRule = {
  name: "month-part",
  pattern: rx(
    `${CLITIC}(?<part>${MONTH_PART_ALT}) +${monthFrag("m")}(?: +(?<q>${QUALIFIER_ALT})${E})?(?:${yearFrag("y")})?`,
  ),
  anchor: formStarts(MONTH_PART_ALT, MONTH_FRAG_TOKENS),
  build(m, ctx) {
    const gr = m.groups as Groups;
    const part = monthPartOf(gr.part ?? "");
    const mr = readMonth(gr, "m", ctx);
    if (!part || !mr) return null;
    const yr = readYear(gr, "y", ctx);
    if (mr.guarded && yr === undefined) return null;
    const rule = "month-part";
    if (mr.month === null || (yr !== undefined && yr.year === null)) {
      return candidateAt(m, rule, unresolvedValue("day", "relative", NO_REFERENCE));
    }
    const month = mr.month;
    let year = yr?.year ?? mr.year ?? null;
    let basis: "explicit" | "relative" | "inferred" = yr?.relative || mr.relative ? "relative" : "explicit";
    if (year === null) {
      if (ctx.reference === null)
        return candidateAt(m, rule, unresolvedValue("day", "inferred", NO_YEAR, { month }));
      year = inferMonthYear(month, ctx.reference, qualifierMode(gr.q), ctx.prefer);
      basis = "inferred";
    }
    const [from, to] = PART_DAYS[part];
    const last = Math.min(to, daysInMonth(year, month));
    return candidateAt(
      m,
      rule,
      spanValue(dayNumber(year, month, from), dayNumber(year, month, last), "day", basis),
    );
  },
};

export const MONTH_PART_RULES: readonly DateRule[] = [monthPart];
