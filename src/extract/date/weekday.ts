// Weekdays: bare, qualified (الاثنين الماضي), with a part of day (مساء الاثنين), of a week, with a day.

import { firstWords, formStarts, withClitics } from "./anchors.js";
import { CLITIC, candidateAt, E, type Groups, rx, spanOf, wordAfter, wordBefore } from "./patterns.js";
import type { Candidate, DateContext, DateRule } from "./types.js";
import {
  dayOnWeekday,
  dayValue,
  NO_REFERENCE,
  resolveWeekday,
  unresolvedValue,
  type WeekdayMode,
} from "./value.js";
import {
  BARE_WEEKDAY_ALT,
  NOT_WEEKDAY_AFTER,
  NOT_WEEKDAY_BEFORE,
  ORDINAL_DAY_ALT,
  ORDINAL_NTH_ALT,
  ordinalNumber,
  PART_OF_DAY_ALT,
  QUALIFIER_ALT,
  qualifierOf,
  THIS_ALT,
  WEEKDAY_ALT,
  weekdayNumber,
} from "./words.js";

function weekdayCandidate(
  m: RegExpExecArray,
  rule: string,
  weekday: number,
  mode: WeekdayMode,
  ctx: DateContext,
): Candidate {
  const value =
    ctx.reference === null
      ? unresolvedValue("day", "weekday", NO_REFERENCE)
      : dayValue(resolveWeekday(weekday, ctx.reference, mode, ctx.prefer), "weekday");
  const { start, end } = spanOf(m);
  return { start, end, rule, value, weekday };
}

/** الاثنين 'the two' (بين الاثنين, الاثنين معا), صلاه الجمعه: the name is not a day here. */
function isOrdinaryWord(text: string, m: RegExpExecArray, nameFirst: boolean): boolean {
  const end = m.index + m[0].length;
  return (
    (nameFirst && NOT_WEEKDAY_BEFORE.has(wordBefore(text, m.index))) ||
    NOT_WEEKDAY_AFTER.has(wordAfter(text, end))
  );
}

const POD = `(?:(?<pod>${PART_OF_DAY_ALT}) +)?`;
const ANY_WEEKDAY = [...firstWords(WEEKDAY_ALT), ...firstWords(BARE_WEEKDAY_ALT)];

const weekday: DateRule = {
  name: "weekday",
  pattern: rx(
    `${CLITIC}${POD}(?:(?<yawm>يوم) +)?(?:(?<this>${THIS_ALT}) +)?(?<wd>${WEEKDAY_ALT})${E}(?: +(?<q>${QUALIFIER_ALT})${E})?` +
      // الجمعه الثانيه is "the second Friday" of something: no day we can tell.
      `(?! +(?:${ORDINAL_NTH_ALT})${E})`,
  ),
  anchor: [
    ...formStarts(PART_OF_DAY_ALT, { words: ["يوم", ...firstWords(THIS_ALT), ...firstWords(WEEKDAY_ALT)] }),
    {
      on: { words: withClitics("يوم") },
      next: { words: [...firstWords(THIS_ALT), ...firstWords(WEEKDAY_ALT)] },
    },
    { on: { words: withClitics(firstWords(THIS_ALT)) }, next: { words: firstWords(WEEKDAY_ALT) } },
    { on: { words: withClitics(firstWords(WEEKDAY_ALT)) } },
  ],
  build(m, ctx, text) {
    const gr = m.groups as Groups;
    const wd = weekdayNumber(gr.wd ?? "");
    if (wd === undefined) return null;
    const nameFirst = gr.pod === undefined && gr.yawm === undefined && gr.this === undefined;
    if (isOrdinaryWord(text, m, nameFirst)) return null;
    const q = gr.q === undefined ? undefined : qualifierOf(gr.q);
    const mode: WeekdayMode = q === "past" ? "past" : q === "next" ? "next" : "bare";
    return weekdayCandidate(m, "weekday", wd, mode, ctx);
  },
};

/** احد الاسبوع الماضي, الاحد من الاسبوع الماضي, اثنين الاسبوع الحالي, الاثنين من هذا الاسبوع. */
const weekdayOfWeek: DateRule = {
  name: "weekday-of-week",
  pattern: rx(
    `${CLITIC}${POD}(?:يوم +)?(?<wd>${WEEKDAY_ALT}|${BARE_WEEKDAY_ALT}) +(?:من +)?` +
      `(?:(?<this>${THIS_ALT}) +الاسبوع|الاسبوع +(?<q>${QUALIFIER_ALT}))${E}`,
  ),
  anchor: [
    ...formStarts(PART_OF_DAY_ALT, { words: ["يوم", ...ANY_WEEKDAY] }),
    { on: { words: withClitics("يوم") }, next: { words: ANY_WEEKDAY } },
    {
      on: { words: withClitics(ANY_WEEKDAY) },
      next: { words: ["من", "الاسبوع", ...firstWords(THIS_ALT)] },
    },
  ],
  needs: ["الاسبوع"],
  build(m, ctx) {
    const gr = m.groups as Groups;
    const wd = weekdayNumber(gr.wd ?? "");
    if (wd === undefined) return null;
    const q = gr.q === undefined ? "current" : qualifierOf(gr.q);
    const mode: WeekdayMode = q === "past" ? "last-week" : q === "next" ? "next-week" : "this-week";
    return weekdayCandidate(m, "weekday", wd, mode, ctx);
  },
};

/**
 * A weekday and an ordinal day with no month (السبت السادس عشر): the nearest such day of a month that
 * falls on that weekday. Ordinals up to 5 are left alone: الجمعه الثانيه is "the second Friday".
 */
const weekdayDay: DateRule = {
  name: "weekday-day",
  pattern: rx(`${CLITIC}(?:يوم +)?(?<wd>${WEEKDAY_ALT}) +(?<o>${ORDINAL_DAY_ALT})${E}(?! +(?:من|في) )`),
  anchor: [
    { on: { words: withClitics("يوم") }, next: { words: firstWords(WEEKDAY_ALT) } },
    { on: { words: withClitics(firstWords(WEEKDAY_ALT)) }, next: { words: firstWords(ORDINAL_DAY_ALT) } },
  ],
  build(m, ctx) {
    const gr = m.groups as Groups;
    const wd = weekdayNumber(gr.wd ?? "");
    const day = ordinalNumber(gr.o ?? "");
    if (wd === undefined || day === undefined || day <= 5) return null;
    if (ctx.reference === null) {
      return candidateAt(m, "weekday-day", unresolvedValue("day", "weekday", NO_REFERENCE, { day }));
    }
    const n = dayOnWeekday(day, wd, ctx.reference, ctx.prefer);
    if (n === null) return null;
    return candidateAt(m, "weekday-day", dayValue(n, "weekday"));
  },
};

export const WEEKDAY_RULES: readonly DateRule[] = [weekday, weekdayOfWeek, weekdayDay];
