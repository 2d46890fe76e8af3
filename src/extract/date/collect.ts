// The ordered date rules and refiners: rules, then overlap removal, then merges of neighbouring dates.

import { type Token, tokenize } from "../../text/tokens.js";
import { ABSOLUTE_RULES } from "./absolute.js";
import { anchorUsable, StartIndex } from "./anchors.js";
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

// Most rules are long alternations behind a lookbehind, slow to try at every offset of a text.
// Their matches can only start on a few tokens (their anchor), so each is compiled a second time
// as a sticky regex and tried on those tokens alone. Trying the starts in order gives the same
// matches as the global scan: a global exec returns the leftmost offset where the pattern matches,
// and no offset between two starts can match.

/** The sticky twin of each anchored rule's pattern (null: the rule scans the whole text). */
const STICKY: readonly (RegExp | null)[] = DATE_RULES.map((r) =>
  anchorUsable(r) ? new RegExp(r.pattern.source, r.pattern.flags.replace("g", "y")) : null,
);

const STARTS = new StartIndex(DATE_RULES.map((r, k) => (STICKY[k] === null ? null : r)));

/** What a rule makes of one match: candidates, or nothing when it rejects the match. */
function accept(
  rule: DateRule,
  m: RegExpExecArray,
  ctx: DateContext,
  text: string,
  out: Candidate[],
): boolean {
  const built = rule.build(m, ctx, text);
  if (built === null || (Array.isArray(built) && built.length === 0)) return false;
  if (Array.isArray(built)) out.push(...built);
  else out.push(built);
  return true;
}

/** The whole-text scan, for a rule without a usable anchor. */
function scanRule(rule: DateRule, text: string, ctx: DateContext, out: Candidate[]): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // A rejected match may hide a shorter one inside it: look again one character on.
    if (!accept(rule, m, ctx, text, out)) re.lastIndex = m.index + 1;
  }
}

/** The same matches as scanRule, trying the sticky pattern at the rule's starts only. */
function runAnchored(
  rule: DateRule,
  sticky: RegExp,
  starts: readonly number[],
  text: string,
  ctx: DateContext,
  out: Candidate[],
): void {
  // Where the global scan would resume: after an accepted match, or one character after a rejected one.
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    from = accept(rule, m, ctx, text, out) ? at + m[0].length : at + 1;
  }
}

/**
 * All date candidates of a normalized text, refined, without overlaps, sorted by start. `tokens`
 * are the text's tokens when the caller has them already.
 */
export function collectDates(text: string, ctx: DateContext, tokens?: readonly Token[]): Candidate[] {
  const starts = STARTS.startsByRule(tokens ?? tokenize(text));
  const raw: Candidate[] = [];
  DATE_RULES.forEach((rule, k) => {
    const sticky = STICKY[k];
    if (sticky) runAnchored(rule, sticky, starts[k] ?? [], text, ctx, raw);
    else scanRule(rule, text, ctx, raw);
  });
  let cands = removeOverlaps(raw, text.length);
  cands = mergeWeekdayDates(text, cands, ctx);
  cands = mergeRelativeWeekdays(text, cands, ctx);
  cands = orderWeekdayLists(text, cands);
  cands = mergeRanges(text, cands);
  return mergeSince(text, cands, ctx);
}
