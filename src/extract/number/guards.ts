// Contexts in which a number is not a count: parts of dates (17 اكتوبر، تشرين الاول 2023، بين 17
// و30 تشرين، 24 منه), years, clock times (الساعه 3، 12:21), percentages, money, identifiers
// (القرار 2334), weapon models (اف-16، اس 400), ordinals (الحادي عشر، الـ22), phone numbers.
// The word lists are in lexicons/tables/number-guards.json.

import { readTable } from "../tables.js";
import type { Numeral } from "./numerals.js";
import { PhraseSet } from "./phrases.js";
import { breakBefore, glued, isLatin, isWord, type Stream, tokenAt } from "./stream.js";

interface GuardTable {
  months: string[];
  month_tails: string[];
  year_cues: string[];
  era_marks: string[];
  month_day_refs: string[];
  clock_cues: string[];
  clock_after: string[];
  percent: string[];
  currencies: string[];
  identifier_nouns: string[];
  model_prefixes: string[];
  ordinals: string[];
  idioms: string[];
}

type Lists = { [K in keyof GuardTable]: PhraseSet<true> };

let lists: Lists | undefined;

function guardLists(): Lists {
  if (lists === undefined) {
    const t = readTable<GuardTable>("number-guards");
    const set = (forms: string[]) => new PhraseSet<true>(forms.map((f) => [f, true] as const));
    lists = {
      months: set(t.months),
      month_tails: set(t.month_tails),
      year_cues: set(t.year_cues),
      era_marks: set(t.era_marks),
      month_day_refs: set(t.month_day_refs),
      clock_cues: set(t.clock_cues),
      clock_after: set(t.clock_after),
      percent: set(t.percent),
      currencies: set(t.currencies),
      identifier_nouns: set(t.identifier_nouns),
      model_prefixes: set(t.model_prefixes),
      ordinals: set(t.ordinals),
      idioms: set(t.idioms),
    };
  }
  return lists;
}

/** A month name starting at token j (تشرين الاول counts as one): the index of its last token. */
function monthAt(s: Stream, j: number): number | null {
  if (breakBefore(s, j)) return null;
  const { months, month_tails } = guardLists();
  const m = months.at(s, j);
  if (m === null) return null;
  const tail = breakBefore(s, m.last + 1) ? null : month_tails.at(s, m.last + 1, false);
  return tail ? tail.last : m.last;
}

/** A month name ending at token j (its last word is token j). */
function monthEndingAt(s: Stream, j: number): boolean {
  const { months, month_tails } = guardLists();
  if (months.endingAt(s, j) !== null) return true;
  return month_tails.endingAt(s, j, false) !== null && months.endingAt(s, j - 1) !== null;
}

/** Punctuation that may stand between a day, a month and a year: 19 اكتوبر/ تشرين، 27 اكتوبر, 2023. */
const DATE_PUNCT = new Set([",", "/", "-", "(", ")"]);
const isDatePunct = (s: Stream, j: number) => {
  const t = tokenAt(s, j);
  return t?.kind === "punct" && DATE_PUNCT.has(t.text);
};
const RANGE_WORDS = new Set(["و", "الي", "حتي", "لغايه", "-"]);

/**
 * A day of a month or a year next to a month name. A number after a month name with a counted
 * noun after it is a count (منذ منتصف اكتوبر 165 هجوما) unless it has a year's shape.
 */
function isDatePart(s: Stream, n: Numeral, counted: boolean): boolean {
  const { month_day_refs } = guardLists();
  const after = n.last + 1;
  // 17 اكتوبر · 7 من اكتوبر · 19/ اكتوبر
  if (monthAt(s, after) !== null) return true;
  const a = tokenAt(s, after);
  if ((a?.text === "من" || isDatePunct(s, after)) && monthAt(s, after + 1) !== null) return true;
  // اكتوبر 2023 · تشرين الاول 2023 · اكتوبر, 2023
  const yearShape = n.plain && n.value >= 1000 && n.value < 2200;
  if (!counted || yearShape) {
    if (monthEndingAt(s, n.first - 1)) return true;
    if (isDatePunct(s, n.first - 1) && monthEndingAt(s, n.first - 2)) return true;
  }
  // The first day of a range: بين 17 و30 تشرين · من 17 الي 24 اكتوبر · 17-24 اكتوبر
  let j = after;
  if (a !== undefined && RANGE_WORDS.has(a.text)) j++;
  const b = tokenAt(s, j);
  if (b?.kind === "num" && !breakBefore(s, j) && monthAt(s, j + 1) !== null) return true;
  // 24 منه · 5 من الشهر الجاري: a day of the month just named.
  const ref = month_day_refs.at(s, after, false);
  if (ref !== null) {
    if (ref.last > after) return true;
    for (let k = n.first - 1; k >= Math.max(0, n.first - 12); k--) if (monthEndingAt(s, k)) return true;
  }
  return false;
}

/** A clock time: الساعه 3 · 12:21 · 8 مساء. */
function isClockTime(s: Stream, n: Numeral): boolean {
  const { clock_cues, clock_after } = guardLists();
  const first = tokenAt(s, n.first);
  const last = tokenAt(s, n.last);
  const before = tokenAt(s, n.first - 1);
  const after = tokenAt(s, n.last + 1);
  if (after?.text === ":" && glued(last, after) && tokenAt(s, n.last + 2)?.kind === "num") return true;
  if (before?.text === ":" && glued(before, first) && tokenAt(s, n.first - 2)?.kind === "num") return true;
  if (!breakBefore(s, n.first) && clock_cues.endingAt(s, n.first - 1) !== null) return true;
  // The minutes after the hour: الساعه 3 و15 دقيقه، الساعه السابعه و20 دقيقه.
  if (first?.text === "و" && !breakBefore(s, n.first) && clock_cues.endingAt(s, n.first - 2) !== null)
    return true;
  return !breakBefore(s, n.last + 1) && clock_after.at(s, n.last + 1) !== null;
}

/** A percentage or an amount of money: 50% · 50 بالميه · 2.5 مليون دولار · $50. */
function isPercentOrMoney(s: Stream, n: Numeral): boolean {
  const { percent, currencies } = guardLists();
  if (percent.at(s, n.last + 1, false) !== null || currencies.at(s, n.last + 1) !== null) return true;
  const before = tokenAt(s, n.first - 1);
  return before?.kind === "punct" && ["%", "$", "€", "£"].includes(before.text);
}

/** A weapon or aircraft model or a code: اف-16 · f-16 · mq-9 · اس 400 · 22nd. */
function isModelOrCode(s: Stream, n: Numeral, counted: boolean): boolean {
  const first = tokenAt(s, n.first);
  const last = tokenAt(s, n.last);
  const before = tokenAt(s, n.first - 1);
  const after = tokenAt(s, n.last + 1);
  if (isLatin(before) || (isLatin(after) && glued(last, after))) return true;
  // Joined by a hyphen to a word (اف-16، كوفيد-19), or a part of d-d-d (2023-10-26, a date or a
  // phone number); a plain d-d is a range and stays.
  const prev = tokenAt(s, n.first - 2);
  if (before?.text === "-" && glued(before, first) && glued(prev, before)) {
    if (isWord(prev)) return true;
    const dash = tokenAt(s, n.first - 3);
    if (dash?.text === "-" && glued(dash, prev)) return true;
  }
  const next = tokenAt(s, n.last + 2);
  if (after?.text === "-" && glued(last, after) && glued(after, next)) {
    if (isWord(next)) return true;
    const dash = tokenAt(s, n.last + 3);
    if (dash?.text === "-" && glued(next, dash)) return true;
    if (before?.text === "-" && glued(before, first)) return true;
  }
  if (before?.text === "+" || before?.text === "#") return true;
  return (
    !counted && !breakBefore(s, n.first) && guardLists().model_prefixes.endingAt(s, n.first - 1) !== null
  );
}

/** Digits with other digits right beside them, separated only by spaces: a phone number. */
function isDigitRun(s: Stream, n: Numeral): boolean {
  // n.first is the digits themselves unless a proclitic is written onto them (و15), which a
  // phone number never has.
  if (tokenAt(s, n.first)?.kind !== "num") return false;
  const before = tokenAt(s, n.first - 1);
  const after = tokenAt(s, n.last + 1);
  return (
    (before?.kind === "num" && !breakBefore(s, n.first)) ||
    (after?.kind === "num" && !breakBefore(s, n.last + 1))
  );
}

/** The second word of an ordinal (الحادي عشر، الثالث عشر). */
function isOrdinalTail(s: Stream, n: Numeral): boolean {
  return n.kind === "words" && guardLists().ordinals.endingAt(s, n.first - 1) !== null;
}

/**
 * Why the numeral is not a count whatever noun or qualifier goes with it, or null. Asked before
 * the noun and the qualifier are looked for: most numbers of a text are parts of dates. (The
 * guards that take `counted` only add reasons without a noun, so with `counted` they say less.)
 */
export function neverACount(s: Stream, n: Numeral): string | null {
  if (n.kind === "vague") return null;
  if (isDatePart(s, n, true)) return "date";
  if (isClockTime(s, n)) return "time";
  if (isPercentOrMoney(s, n)) return "percent-or-money";
  if (isModelOrCode(s, n, true)) return "model-or-code";
  if (isOrdinalTail(s, n)) return "ordinal";
  if (n.kind === "digits" && isDigitRun(s, n)) return "digit-run";
  const { year_cues, era_marks } = guardLists();
  // Gregorian and Hijri years: four digits after عام/سنه or before م/هـ.
  const fourDigits = n.plain && n.value >= 1000 && n.value < 2200;
  if (
    fourDigits &&
    (year_cues.endingAt(s, n.first - 1) !== null || era_marks.at(s, n.last + 1, false) !== null)
  ) {
    return "year";
  }
  return null;
}

/**
 * Why a numeral that neverACount let through is not a count, or null. `counted`: a counted noun
 * follows it; `qualified`: a qualifier is stated. Those two decide the shapes that are counts only
 * with a noun: a bare year-like number (2023), digits with the article (الـ22 = the 22nd), a number
 * after an identifier noun (القرار 2334), a day or a model without one.
 */
export function notACountHere(s: Stream, n: Numeral, counted: boolean, qualified: boolean): string | null {
  if (n.kind === "vague" || counted) return null;
  if (isDatePart(s, n, false)) return "date";
  if (isModelOrCode(s, n, false)) return "model-or-code";
  const { identifier_nouns } = guardLists();
  const yearLike = n.plain && n.value >= 1900 && n.value <= 2100;
  // A list marker at the start of a line: 1. · 2) · 3-
  const mark = tokenAt(s, n.last + 1);
  const marked =
    mark?.kind === "punct" && [".", ")", "-"].includes(mark.text) && !glued(mark, tokenAt(s, n.last + 2));
  if (breakBefore(s, n.first) && marked) return "list-marker";
  if (yearLike && !qualified) return "year";
  if (n.article) return "ordinal";
  if (identifier_nouns.endingAt(s, n.first - 1) !== null) return "identifier";
  return null;
}

/** A dual inside a set phrase that counts nothing (حل الدولتين). */
export function isIdiom(s: Stream, first: number, last: number): boolean {
  const { idioms } = guardLists();
  for (let k = Math.max(0, first - 2); k <= first; k++) {
    const hit = idioms.at(s, k);
    if (hit !== null && hit.last >= last) return true;
  }
  return false;
}
