// Ranges and lists of days ("بين 17 و30 تشرين الاول", "13-15 تموز"), date-to-date and منذ refiners.

import type { DateValue } from "../../types.js";
import { dayDate } from "./absolute.js";
import { firstWords, formStarts, isDayNumber, isYear4, preceded, withClitics } from "./anchors.js";
import { civil, dayNumber, isoOf, isValidDate, parseIso } from "./calendar.js";
import { isGuardedMonth, MONTH_ALT, monthOf } from "./months.js";
import {
  B,
  CLITIC,
  DAY_TOKENS,
  dayFrag,
  dayStarts,
  E,
  type Groups,
  MONTH_FRAG_TOKENS,
  monthFrag,
  NA,
  NB,
  qualifierMode,
  readDay,
  readMonth,
  readYear,
  rx,
  YEAR4,
  yearFrag,
} from "./patterns.js";
import type { Candidate, DateContext, DateRule, Start, TokenSet } from "./types.js";
import { spanValue } from "./value.js";
import { QUALIFIER_ALT } from "./words.js";

/** Between the two days of a range: -, الي, حتي, والي, وحتي; a bare و makes a range only after بين. */
const CONNECTOR = `(?<conn>-|(?:و *)?(?:الي|حتي)${E}|و)`;
const KEYWORD = `(?:${CLITIC}(?<kw>بين|من) +(?:يومي? +)?)?`;
const KEYWORD_START = withClitics("بين", "من");

/** Where a range that opens with its first day starts: بين/من (يوم/يومي) before the day, or the day. */
function dayRangeStarts(afterDay: TokenSet): Start[] {
  const day = dayStarts(afterDay);
  return [
    { on: { words: KEYWORD_START }, next: { words: ["يوم", "يومي"] }, after: DAY_TOKENS },
    ...preceded(KEYWORD_START, day),
    ...day,
  ];
}

/** A month name (no proclitic: B before it) and the day's digits after it. */
const MONTH_THEN_DAY = formStarts(MONTH_ALT, { words: [], digits: isDayNumber }, false);
/** The years' words, and what joins two years (و may be written onto the next word). */
const YEAR_WORDS = ["", "ل", "ب"].flatMap((p) =>
  ["عامي", "سنتي", "العامين", "عام", "العام", "سنه", "السنه"].map((w) => p + w),
);
const YEAR_LINK: TokenSet = { words: ["الي", "حتي"], marks: ["-"], prefixes: ["و"] };

const DAY_DIGITS = "3[01]|[12]\\d|0?[1-9]";
const SAME_MONTH = "(?:منه|من +الشهر +(?:نفسه|ذاته)|من +نفس +الشهر)";

const startOf = (m: RegExpExecArray): number => m.index + (m.groups?.pre ?? "").length;

/** The span of the first of several alternative groups that took part in the match (rx(…, true)). */
function groupSpan(m: RegExpExecArray, names: string[]): [number, number] | undefined {
  for (const n of names) {
    const s = m.indices?.groups?.[n];
    if (s) return s;
  }
  return undefined;
}

/** Day d in the month and year of a resolved day, as a day number. */
function sameMonthDay(d: number, other: DateValue): number | null {
  const n = other.start === null ? null : parseIso(other.start);
  if (n === null) return null;
  const { year, month } = civil(n);
  return isValidDate(year, month, d) ? dayNumber(year, month, d) : null;
}

/**
 * A range from day `a` to day `b` of the month and year of `first` (day a, resolved); or, with و and
 * no بين, a list of two days: "17 و30 اكتوبر" names the 17th and the 30th.
 */
function rangeOrList(
  m: RegExpExecArray,
  a: number,
  b: number,
  first: DateValue,
  listAllowed: boolean,
): Candidate | Candidate[] | null {
  const gr = m.groups as Groups;
  const end = m.index + m[0].length;
  const isList = gr.conn === "و" && gr.kw !== "بين";
  const lastDay = sameMonthDay(b, first);
  if (isList) {
    // "من 17 و30" is neither a range nor a list.
    if (!listAllowed || gr.kw !== undefined) return null;
    const aSpan = groupSpan(m, ["aN", "aO", "aI"]);
    const bSpan = groupSpan(m, ["bN", "bO", "bI"]);
    if (!aSpan || !bSpan) return null;
    const second: DateValue =
      first.start === null
        ? { ...first, day: b }
        : lastDay === null
          ? first
          : { start: isoOf(lastDay), end: isoOf(lastDay), precision: "day", basis: first.basis };
    if (first.start !== null && lastDay === null) return null;
    return [
      { start: startOf(m), end: aSpan[1], rule: "day-list", value: first },
      { start: bSpan[0], end, rule: "day-list", value: second },
    ];
  }
  if (a >= b) return null;
  if (first.start === null) return { start: startOf(m), end, rule: "range", value: first };
  const firstDay = parseIso(first.start);
  if (lastDay === null || firstDay === null) return null;
  return { start: startOf(m), end, rule: "range", value: spanValue(firstDay, lastDay, "day", first.basis) };
}

/** بين 17 و30 تشرين الاول الماضي, من 13 الي 15 تموز, 13-15 تموز, من الثالث والعشرين وحتي السادس والعشرين من شهر اكتوبر. */
const sharedMonth: DateRule = {
  name: "range",
  pattern: rx(
    `${KEYWORD}${dayFrag("a")} *${CONNECTOR} *${dayFrag("b", true)} *(?:(?:من|في) +)?${monthFrag("m")}` +
      `(?: +(?<q>${QUALIFIER_ALT})${E})?(?:${yearFrag("y")})?`,
    true,
  ),
  // After the first day comes the connector, and the second day may be written onto its و.
  anchor: dayRangeStarts({
    words: ["و", "الي", "حتي", "والي", "وحتي", ...DAY_TOKENS.words.map((w) => `و${w}`)],
    marks: ["-"],
  }),
  build(m, ctx) {
    const gr = m.groups as Groups;
    const a = readDay(gr, "a");
    const b = readDay(gr, "b");
    const mr = readMonth(gr, "m", ctx);
    if (!a || !b || !mr) return null;
    const yr = readYear(gr, "y", ctx);
    if (mr.guarded && !b.digits && yr === undefined) return null;
    // The year is the first day's: a range "last October" began in the past even if it ends later.
    const first = dayDate(a.day, mr, yr, qualifierMode(gr.q), ctx);
    return first ? rangeOrList(m, a.day, b.day, first.value, true) : null;
  },
};

/** بين 17 تشرين الاول و24 منه: the second day in the first one's month. */
const sameMonthTail: DateRule = {
  name: "range",
  pattern: rx(
    `${KEYWORD}${dayFrag("a")} *(?:(?:من|في) +)?${monthFrag("m")}(?: +(?<q>${QUALIFIER_ALT})${E})?(?:${yearFrag("y")})?` +
      ` *${CONNECTOR} *${dayFrag("b", true)} +${SAME_MONTH}${E}`,
    true,
  ),
  anchor: dayRangeStarts({ words: ["من", "في", ...MONTH_FRAG_TOKENS.words] }),
  // SAME_MONTH's words.
  needs: ["منه", "نفسه", "ذاته", "نفس"],
  build(m, ctx) {
    const gr = m.groups as Groups;
    const a = readDay(gr, "a");
    const b = readDay(gr, "b");
    const mr = readMonth(gr, "m", ctx);
    if (!a || !b || !mr) return null;
    const yr = readYear(gr, "y", ctx);
    const first = dayDate(a.day, mr, yr, qualifierMode(gr.q), ctx);
    return first ? rangeOrList(m, a.day, b.day, first.value, false) : null;
  },
};

/** يوليو 13-15, تموز 13 الي 15, اغسطس 27 الي 29. */
const monthFirst: DateRule = {
  name: "range",
  pattern: rx(
    `${KEYWORD}${B}(?<mn>${MONTH_ALT})${E} +${NB}(?<a>${DAY_DIGITS})${NA} *(?<conn>-|(?:الي|حتي)${E}) *` +
      `${NB}(?<b>${DAY_DIGITS})${NA}(?:${yearFrag("y")})?`,
    true,
  ),
  anchor: [
    {
      on: { words: KEYWORD_START },
      next: { words: ["يوم", "يومي"] },
      after: { words: firstWords(MONTH_ALT) },
    },
    ...preceded(KEYWORD_START, MONTH_THEN_DAY),
    ...MONTH_THEN_DAY,
  ],
  build(m, ctx) {
    const gr = m.groups as Groups;
    const month = monthOf(gr.mn ?? "");
    const yr = readYear(gr, "y", ctx);
    if (month === undefined || (isGuardedMonth(gr.mn ?? "") && yr === undefined)) return null;
    const first = dayDate(Number(gr.a), { month, guarded: false, relative: false }, yr, "nearest", ctx);
    return first ? rangeOrList(m, Number(gr.a), Number(gr.b), first.value, false) : null;
  },
};

/** بين عامي 2014 و2017, من عام 2003 الي 2011: a span of years. */
const yearSpan: DateRule = {
  name: "year-range",
  pattern: rx(
    `${CLITIC}(?<kw>بين|من) +(?:[لب]?(?:عامي|سنتي|العامين|عام|العام|سنه|السنه) +)?${NB}(?<a>${YEAR4})${NA}` +
      ` *${CONNECTOR} *(?:(?:عام|العام|سنه|السنه) +)?${NB}(?<b>${YEAR4})${NA}`,
  ),
  anchor: [
    { on: { words: KEYWORD_START }, next: { words: YEAR_WORDS }, after: { words: [], digits: isYear4 } },
    { on: { words: KEYWORD_START }, next: { words: [], digits: isYear4 }, after: YEAR_LINK },
  ],
  build(m) {
    const gr = m.groups as Groups;
    const [a, b] = [Number(gr.a), Number(gr.b)];
    if (a >= b || (gr.conn === "و" && gr.kw !== "بين")) return null;
    return {
      start: startOf(m),
      end: m.index + m[0].length,
      rule: "year-range",
      value: spanValue(dayNumber(a, 1, 1), dayNumber(b, 12, 31), "year", "explicit"),
    };
  },
};

export const RANGE_RULES: readonly DateRule[] = [sharedMonth, sameMonthTail, monthFirst, yearSpan];

const isSingleDay = (c: Candidate): boolean =>
  c.value.precision === "day" && c.value.start === c.value.end && c.rule !== "day-list";

const GAP = /^ *(?<conn>-|(?:و *)?(?:الي|حتي)|و) *$/u;
const OPENER = /(?<![\p{L}\p{M}])(?<pre>[وف]?)(?<kw>بين|من) +$/u;
const SINCE = /(?<![\p{L}\p{M}])(?<pre>[وف]?)(?<kw>منذ) +(?:تاريخ +|يوم +)?$/u;

/** A year-less first date takes the year of the second: من 28 سبتمبر الي 3 اكتوبر 2023. */
function firstInYearOf(c1: Candidate, c2: Candidate): number | null {
  const s1 = c1.stated;
  const s2 = c2.stated;
  if (!s1 || s1.year !== null || !s2 || s2.year === null)
    return c1.value.start === null ? null : parseIso(c1.value.start);
  const year = s1.month * 31 + s1.day <= s2.month * 31 + s2.day ? s2.year : s2.year - 1;
  return isValidDate(year, s1.month, s1.day) ? dayNumber(year, s1.month, s1.day) : null;
}

/** من <date> الي <date>, بين <date> و<date>: one range. */
export function mergeRanges(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c1 = cands[i] as Candidate;
    const c2 = cands[i + 1];
    if (c2 && isSingleDay(c1) && isSingleDay(c2)) {
      const conn = GAP.exec(text.slice(c1.end, c2.start))?.groups?.conn;
      const opener = OPENER.exec(text.slice(Math.max(0, c1.start - 12), c1.start));
      const kw = opener?.groups?.kw;
      const joins = conn !== undefined && kw !== undefined && (conn !== "و" || kw === "بين");
      if (joins && opener) {
        const start = c1.start - opener[0].length + (opener.groups?.pre ?? "").length;
        let a = firstInYearOf(c1, c2);
        const b = c2.value.end === null ? null : parseIso(c2.value.end);
        // "من السبت الي الاثنين" on a Saturday: the range ends on Monday, so it began the Saturday before.
        if (a !== null && b !== null && a >= b && c1.weekday !== undefined && a - 7 < b) a -= 7;
        let value: DateValue;
        if (a === null || b === null) value = { ...c1.value };
        else if (a < b) value = spanValue(a, b, "day", c2.value.basis);
        else {
          out.push(c1);
          continue;
        }
        out.push({ start, end: c2.end, rule: "range", value });
        i++;
        continue;
      }
    }
    out.push(c1);
  }
  return out;
}

/** Rules whose mentions are already periods: منذ does not make them a period again. */
const NOT_SINCE = new Set(["since-duration", "ago", "within", "range", "day-list"]);

/** منذ 17 اكتوبر, منذ تاريخ 19 اكتوبر, منذ عام 2014: from that date to the reference. */
export function mergeSince(text: string, cands: Candidate[], ctx: DateContext): Candidate[] {
  return cands.map((c) => {
    if (NOT_SINCE.has(c.rule)) return c;
    const before = text.slice(Math.max(0, c.start - 20), c.start);
    // Most dates have no منذ before them: a plain search is cheaper than the anchored pattern.
    const since = before.includes("منذ") ? SINCE.exec(before) : null;
    if (!since) return c;
    const start = c.start - since[0].length + (since.groups?.pre ?? "").length;
    const from = c.value.start;
    let value: DateValue;
    if (from === null) value = { ...c.value };
    else if (ctx.reference === null) {
      value = {
        ...c.value,
        end: null,
        unresolved: "the period runs to the publication date, which is unknown",
      };
    } else {
      const f = parseIso(from) ?? ctx.reference;
      value = { ...c.value, end: isoOf(Math.max(f, ctx.reference)) };
    }
    return { start, end: c.end, rule: "since", value };
  });
}
