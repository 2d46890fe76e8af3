// Periods around the reference: "خلال اسبوعين", "الاسبوعين الماضيين", "الاسابيع الثلاثه القادمه".

import { firstWords, formStarts, isCount, withClitics } from "./anchors.js";
import { mondayOf } from "./calendar.js";
import { CLITIC, candidateAt, E, type Groups, rx } from "./patterns.js";
import { durationCount, shiftDays } from "./relative.js";
import type { DateContext, DateRule } from "./types.js";
import { NO_REFERENCE, spanValue, unresolvedValue } from "./value.js";
import {
  DEFINITE_UNIT_ALT,
  NUMBER_WORD_ALT,
  PLURAL_QUALIFIER_ALT,
  pluralQualifierOf,
  UNIT_ALT,
  type UnitName,
  unitOf,
  WITHIN_ALT,
} from "./words.js";

const NUM = `(?<n>\\d{1,3}|(?:ال)?(?:${NUMBER_WORD_ALT}))`;
/** The tokens NUM starts on. */
const NUM_TOKENS = {
  words: firstWords(NUMBER_WORD_ALT).flatMap((w) => [w, `ال${w}`]),
  digits: isCount,
};

function period(
  unit: UnitName,
  count: number,
  direction: "past" | "future",
  calendarWeeks: boolean,
  ref: number,
) {
  if (direction === "future" && unit === "week" && calendarWeeks) {
    const monday = mondayOf(ref) + 7;
    return spanValue(monday, monday + 7 * count - 1, "day", "relative");
  }
  // N units counted with the reference day: two weeks are the reference and the 13 days before it.
  const far = shiftDays(ref, unit, count, direction === "past" ? -1 : 1);
  return spanValue(
    direction === "past" ? far + 1 : ref,
    direction === "past" ? ref : far - 1,
    "day",
    "relative",
  );
}

function build(m: RegExpExecArray, ctx: DateContext, definite: boolean) {
  const gr = m.groups as Groups;
  const form = gr.u ?? "";
  // الاسبوع الماضي is a calendar week (relative.ts), not the last seven days.
  if (definite && unitOf(form)?.count === "one") return null;
  const d = durationCount(gr.n, form);
  if (!d) return null;
  const q = gr.q === undefined ? undefined : pluralQualifierOf(gr.q);
  const direction = q === "next" ? "future" : q === "past" ? "past" : ctx.prefer;
  const value =
    ctx.reference === null
      ? unresolvedValue("day", "relative", NO_REFERENCE)
      : period(d.unit, d.count, direction, definite, ctx.reference);
  return candidateAt(m, "within", value);
}

/** خلال اسبوعين, خلال ثلاثه ايام المقبله, في غضون شهر. */
const within: DateRule = {
  name: "within",
  pattern: rx(
    `${CLITIC}(?:${WITHIN_ALT}) +(?:${NUM} +)?(?<u>${UNIT_ALT})(?: +(?<q>${PLURAL_QUALIFIER_ALT}))?${E}(?! *\\d)`,
  ),
  anchor: formStarts(WITHIN_ALT, { words: [...NUM_TOKENS.words, ...firstWords(UNIT_ALT)], digits: isCount }),
  build(m, ctx) {
    return build(m, ctx, false);
  },
};

/** (خلال) الاسبوعين الماضيين, الايام الثلاثه الماضيه, الاسابيع الثلاثه القادمه. */
const lastUnits: DateRule = {
  name: "last-units",
  pattern: rx(
    `${CLITIC}(?:(?:${WITHIN_ALT}) +)?(?<u>${DEFINITE_UNIT_ALT}) +(?:${NUM} +)?(?<q>${PLURAL_QUALIFIER_ALT})${E}`,
  ),
  anchor: [
    ...formStarts(WITHIN_ALT, { words: firstWords(DEFINITE_UNIT_ALT) }),
    {
      on: { words: withClitics(firstWords(DEFINITE_UNIT_ALT)) },
      next: { words: [...NUM_TOKENS.words, ...firstWords(PLURAL_QUALIFIER_ALT)], digits: isCount },
    },
  ],
  build(m, ctx) {
    return build(m, ctx, true);
  },
};

export const PERIOD_RULES: readonly DateRule[] = [within, lastUnits];
