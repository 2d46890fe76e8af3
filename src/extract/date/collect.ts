// The ordered date rules and refiners: rules, then overlap removal, then merges of neighbouring dates.

import { ABSOLUTE_RULES } from "./absolute.js";
import { HIJRI_RULES } from "./hijri.js";
import { HOLIDAY_RULES } from "./holidays.js";
import { MONTH_PART_RULES } from "./month-parts.js";
import { NTH_WEEKDAY_RULES } from "./nth-weekday.js";
import { NUMERIC_RULES } from "./numeric.js";
import { PERIOD_RULES } from "./periods.js";
import { mergeRanges, mergeSince, RANGE_RULES } from "./ranges.js";
import { mergeRelativeWeekdays, mergeWeekdayDates, orderWeekdayLists, removeOverlaps } from "./refine.js";
import { RELATIVE_RULES } from "./relative.js";
import type { Candidate, DateContext, DateRule } from "./types.js";
import { WEEKDAY_RULES } from "./weekday.js";

/** In order: on equal spans the earlier rule wins. */
export const DATE_RULES: readonly DateRule[] = [
  ...RANGE_RULES,
  ...NTH_WEEKDAY_RULES,
  ...HIJRI_RULES,
  ...NUMERIC_RULES,
  ...ABSOLUTE_RULES,
  ...MONTH_PART_RULES,
  ...HOLIDAY_RULES,
  ...WEEKDAY_RULES,
  ...RELATIVE_RULES,
  ...PERIOD_RULES,
];

function runRule(rule: DateRule, text: string, ctx: DateContext, out: Candidate[]): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const built = rule.build(m, ctx, text);
    if (built === null || (Array.isArray(built) && built.length === 0)) {
      // A rejected match may hide a shorter one inside it: look again one character on.
      re.lastIndex = m.index + 1;
      continue;
    }
    if (Array.isArray(built)) out.push(...built);
    else out.push(built);
  }
}

/** All date candidates of a normalized text, refined, without overlaps, sorted by start. */
export function collectDates(text: string, ctx: DateContext): Candidate[] {
  const raw: Candidate[] = [];
  for (const rule of DATE_RULES) runRule(rule, text, ctx, raw);
  let cands = removeOverlaps(raw, text.length);
  cands = mergeWeekdayDates(text, cands, ctx);
  cands = mergeRelativeWeekdays(text, cands, ctx);
  cands = orderWeekdayLists(text, cands);
  cands = mergeRanges(text, cands);
  return mergeSince(text, cands, ctx);
}
