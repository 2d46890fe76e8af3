// Regex fragments shared by the date rules (day, month, year), with prefixed named groups and readers.

import type { DateValue } from "../../types.js";
import { WORD_START } from "../tables.js";
import { firstWords, formStarts, isDayNumber, union } from "./anchors.js";
import { HIJRI_MARK_ALT, isGuardedMonth, MONTH_ALT, monthOf } from "./months.js";
import type { Candidate, DateContext, Start, TokenSet, YearMode } from "./types.js";
import { relativeMonth } from "./value.js";
import {
  INDEFINITE_ORDINAL_ALT,
  indefiniteOrdinal,
  NUMBER_WORD_ALT,
  numberWord,
  ORDINAL_DAY_ALT,
  ORDINAL_MONTH_ALT,
  ordinalNumber,
  QUALIFIER_ALT,
  qualifierOf,
  THIS_ALT,
} from "./words.js";

export type Groups = Record<string, string | undefined>;

/** Start of a word. */
export const B = WORD_START;
/** End of a word: no letter, mark or digit follows. */
export const E = "(?![\\p{L}\\p{M}\\d])";
/** Not glued to a number before (2.17, 1/5) … */
export const NB = "(?<![\\d.,:/])";
/** … nor after. */
export const NA = "(?!\\d|[.,:/]\\d)";
/** A Gregorian year as dates write it. */
export const YEAR4 = "(?:1[89]|20)\\d\\d";
/** Proclitics written onto a date's first word (و ف, then ب ل ك), left out of the span. */
export const CLITIC = `${B}(?<pre>[وف]?[بلك]?)`;

/** Where dayFrag starts: ال written onto the digits, the digits, اليوم, or an ordinal. */
export const DAY_TOKENS: TokenSet = {
  words: ["ال", "اليوم", ...firstWords(ORDINAL_DAY_ALT), ...firstWords(INDEFINITE_ORDINAL_ALT)],
  digits: isDayNumber,
};

/**
 * The starts of a rule that opens with dayFrag, whose day is followed by a token of `afterDay`:
 * the digits, ال before them, اليوم before an ordinal, an ordinal, an indefinite one (then يوم).
 */
export function dayStarts(afterDay: TokenSet): Start[] {
  return [
    { on: { words: [], digits: isDayNumber }, next: afterDay },
    { on: { words: ["ال"] }, next: { words: [], digits: isDayNumber } },
    { on: { words: ["اليوم"] }, next: { words: firstWords(ORDINAL_DAY_ALT) } },
    ...formStarts(ORDINAL_DAY_ALT, afterDay, false),
    ...formStarts(INDEFINITE_ORDINAL_ALT, union({ words: ["يوم"] }, afterDay), false),
  ];
}

/**
 * Compile a rule pattern: global, Unicode, and with match indices only for the rules that read
 * them (m.indices costs an array per group on every match).
 */
export function rx(source: string, indices = false): RegExp {
  return new RegExp(source, indices ? "gdu" : "gu");
}

/**
 * A day of the month: 7, ال7, السابع, الحادي والعشرين, اليوم الثالث, اول, ثالث يوم. After a
 * conjunction the day may be glued to its و (و30, والسادس).
 */
export function dayFrag(g: string, afterConjunction = false): string {
  const start = afterConjunction ? `(?:${B}|(?<=و))` : B;
  return (
    `(?:(?:${start}ال)?${NB}(?<${g}N>3[01]|[12]\\d|0?[1-9])${NA}` +
    `|${start}(?:اليوم +)?(?<${g}O>${ORDINAL_DAY_ALT})${E}` +
    `|${start}(?<${g}I>${INDEFINITE_ORDINAL_ALT})(?: +يوم)?${E})`
  );
}

export interface DayRead {
  day: number;
  /** Written in digits (ordinals and اول are weaker evidence beside a guarded month name). */
  digits: boolean;
}

export function readDay(gr: Groups, g: string): DayRead | null {
  const n = gr[`${g}N`];
  if (n !== undefined) return { day: Number(n), digits: true };
  const o = gr[`${g}O`];
  if (o !== undefined) {
    const v = ordinalNumber(o);
    return v === undefined ? null : { day: v, digits: false };
  }
  const i = gr[`${g}I`];
  if (i !== undefined) {
    const v = indefiniteOrdinal(i);
    return v === undefined ? null : { day: v, digits: false };
  }
  return null;
}

/**
 * A month: a name (with شهر or a proclitic ب/ل before it, and a second name after a slash:
 * "أكتوبر/ تشرين الأول"), شهر + a number (شهر 3, شهر ثلاثه), الشهر + an ordinal (الشهر التاسع), or a
 * month relative to the reference (هذا الشهر, الشهر الماضي).
 */
export function monthFrag(g: string): string {
  return (
    `(?:${B}(?<${g}P>[بل]?شهر +|[بل](?=${MONTH_ALT}))?(?<${g}M>${MONTH_ALT})${E}` +
    `(?: *[/(] *(?<${g}A>${MONTH_ALT})${E}(?: *\\))?)?` +
    `|${B}[بل]?شهر +(?<${g}K>1[0-2]|0?[1-9]|${NUMBER_WORD_ALT})${E}` +
    `|${B}[بل]?الشهر +(?<${g}O>${ORDINAL_MONTH_ALT})${E}` +
    `|${B}(?<${g}R>(?:${THIS_ALT}) +الشهر|الشهر +(?:${QUALIFIER_ALT}))${E})`
  );
}

/** Where monthFrag starts: a month name or شهر/الشهر with ب/ل, or هذا/هذه before الشهر. */
export const MONTH_FRAG_TOKENS: TokenSet = {
  words: [
    ...["", "ب", "ل"].flatMap((p) => [...firstWords(MONTH_ALT), "شهر", "الشهر"].map((w) => p + w)),
    ...firstWords(THIS_ALT),
  ],
};

export interface MonthRead {
  /** 1–12, or null for a month relative to an unknown reference. */
  month: number | null;
  /** Set when the month came from the reference (هذا الشهر …): its year too. */
  year?: number;
  /** The month word is also an ordinary word and nothing (شهر) confirmed it. */
  guarded: boolean;
  /** Relative to the reference (الشهر الماضي). */
  relative: boolean;
}

export function readMonth(gr: Groups, g: string, ctx: DateContext): MonthRead | null {
  const name = gr[`${g}M`];
  if (name !== undefined) {
    const month = monthOf(name);
    if (month === undefined) return null;
    const alt = gr[`${g}A`];
    // "19 أكتوبر/ تشرين الأول": the second name must say the same month.
    if (alt !== undefined && monthOf(alt) !== month) return null;
    const shahr = (gr[`${g}P`] ?? "").includes("شهر");
    const proclitic = (gr[`${g}P`] ?? "") !== "" && !shahr;
    // ب/ل glued to a guarded form is an ordinary word (باب, لمارس).
    if (proclitic && isGuardedMonth(name)) return null;
    return { month, guarded: isGuardedMonth(name) && !shahr, relative: false };
  }
  const k = gr[`${g}K`];
  if (k !== undefined) {
    const month = /^\d+$/.test(k) ? Number(k) : numberWord(k);
    return month !== undefined && month >= 1 && month <= 12
      ? { month, guarded: false, relative: false }
      : null;
  }
  const o = gr[`${g}O`];
  if (o !== undefined) {
    const month = ordinalNumber(o);
    return month !== undefined && month <= 12 ? { month, guarded: false, relative: false } : null;
  }
  const r = gr[`${g}R`];
  if (r !== undefined) {
    const q = qualifierOf(r.split(/ +/).pop() ?? "");
    const shift = q === "past" ? -1 : q === "next" ? 1 : 0;
    if (ctx.reference === null) return { month: null, guarded: false, relative: true };
    const t = relativeMonth(ctx.reference, shift);
    return { month: t.month, year: t.year, guarded: false, relative: true };
  }
  return null;
}

/**
 * A year after a date: ", 2023", "عام 2021", "من عام 2014", "لعام 2014", "2023م", or relative
 * (السنه القادمه, العام الماضي, هذا العام).
 */
export function yearFrag(g: string): string {
  return (
    `(?:(?: *, *| +)(?:(?:من|في) +)?(?:${B}[لب]?(?:عام|العام|سنه|السنه) +)?${NB}(?<${g}Y>${YEAR4})${NA}` +
    `(?! *(?:${HIJRI_MARK_ALT})${E})(?: *م${E})?` +
    `|(?: *, *| +)(?:(?:من|في) +)?${B}[لب]?(?<${g}R>(?:العام|السنه) +(?:${QUALIFIER_ALT})|(?:${THIS_ALT}) +(?:العام|السنه))${E})`
  );
}

export interface YearRead {
  /** The year, or null when it is relative to an unknown reference. */
  year: number | null;
  relative: boolean;
}

export function readYear(gr: Groups, g: string, ctx: DateContext): YearRead | undefined {
  const y = gr[`${g}Y`];
  if (y !== undefined) return { year: Number(y), relative: false };
  const r = gr[`${g}R`];
  if (r === undefined) return undefined;
  const q = qualifierOf(r.split(/ +/).pop() ?? "");
  const shift = q === "past" ? -1 : q === "next" ? 1 : 0;
  if (ctx.reference === null) return { year: null, relative: true };
  return { year: relativeMonth(ctx.reference, 0).year + shift, relative: true };
}

/** A qualifier after a month or date (الماضي, المقبل, الجاري) as a year mode. */
export function qualifierMode(word: string | undefined): YearMode {
  const q = word === undefined ? undefined : qualifierOf(word);
  return q === "past" ? "past" : q === "next" ? "next" : q === "current" ? "current" : "nearest";
}

/** The start of a match after its proclitic group (pre), so that و/ف/ب/ل stay out of the span. */
export function spanOf(m: RegExpExecArray): { start: number; end: number } {
  const pre = m.groups?.pre ?? "";
  return { start: m.index + pre.length, end: m.index + m[0].length };
}

/**
 * The candidate of a match over spanOf's span. Written out, not spread: { ...span, rule, value }
 * adds properties to a copy, which V8 does on a slow path (about a microsecond each time).
 */
export function candidateAt(m: RegExpExecArray, rule: string, value: DateValue): Candidate {
  const { start, end } = spanOf(m);
  return { start, end, rule, value };
}

const LETTER = /[\p{L}\p{M}]/u;
// Whether each UTF-16 unit is a letter or a mark, looked up once (0 unknown, 1 letter, 2 not).
const letterUnits = new Uint8Array(0x10000);
const isLetter = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  let k = letterUnits[code] as number;
  if (k === 0) {
    k = LETTER.test(ch) ? 1 : 2;
    letterUnits[code] = k;
  }
  return k === 1;
};
/** How far a neighbouring word is looked for. */
const NEAR = 40;

/** The word before an offset of the normalized text, on the same line. */
export function wordBefore(text: string, at: number): string {
  const stop = Math.max(0, at - NEAR);
  let i = at;
  while (i > stop && !isLetter(text[i - 1]) && text[i - 1] !== "\n") i--;
  const end = i;
  while (i > stop && isLetter(text[i - 1])) i--;
  return text.slice(i, end);
}

/** The word after an offset, on the same line. */
export function wordAfter(text: string, at: number): string {
  const stop = Math.min(text.length, at + NEAR);
  const isWordChar = (ch: string | undefined) => isLetter(ch) || (ch !== undefined && ch >= "0" && ch <= "9");
  let i = at;
  while (i < stop && !isWordChar(text[i]) && text[i] !== "\n") i++;
  const start = i;
  while (i < stop && isWordChar(text[i])) i++;
  return text.slice(start, i);
}
