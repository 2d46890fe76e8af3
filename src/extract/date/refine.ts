// Refiners: overlap removal, weekday + date as one mention, أمس + weekday, weekday lists in order.

import { parseIso, weekdayOf } from "./calendar.js";
import type { Candidate, DateContext } from "./types.js";
import { dayValue, inferDayOnWeekday } from "./value.js";

// Offsets taken by a kept candidate: a buffer reused from article to article (a typed array is
// costly to allocate), but not kept for texts longer than an article.
const REUSED = 1 << 20;
let takenBuffer = new Uint8Array(0);

function takenOffsets(length: number): Uint8Array {
  if (length > REUSED) return new Uint8Array(length);
  if (takenBuffer.length < length) takenBuffer = new Uint8Array(Math.min(REUSED, 2 * length));
  return takenBuffer.subarray(0, length).fill(0);
}

/** Keep the longest candidates, then the leftmost; equal spans keep the earlier rule. */
export function removeOverlaps(cands: Candidate[], textLength: number): Candidate[] {
  const order = cands.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = takenOffsets(textLength + 1);
  const out: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Dates a weekday can introduce: a single day written with its month. */
const DATED = new Set(["day-month", "day-month-year", "month-day-year", "numeric", "hijri", "nth-weekday"]);
const WEEKDAY_GAP = /^ *(?<open>[,(-] *)?(?:(?:في|الموافق|بتاريخ|تاريخ) +)?$/u;
const CLOSE = /^ *\)/u;

export function mergeWeekdayDates(text: string, cands: Candidate[], ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const w = cands[i] as Candidate;
    const d = cands[i + 1];
    const weekday = w.rule === "weekday" ? w.weekday : undefined;
    // The gap is read only between a weekday and a date it can introduce.
    const dated = d !== undefined && weekday !== undefined && DATED.has(d.rule);
    const gap = dated ? WEEKDAY_GAP.exec(text.slice(w.end, d.start)) : null;
    if (d === undefined || weekday === undefined || !gap) {
      out.push(w);
      continue;
    }
    let end = d.end;
    if (gap.groups?.open?.startsWith("(")) {
      const close = CLOSE.exec(text.slice(d.end, d.end + 4));
      if (close) end += close[0].length;
    }
    let value = d.value;
    const s = d.stated;
    if (s && s.year === null && ctx.reference !== null) {
      // A year-less date beside its weekday: the nearest year in which they agree.
      const n = inferDayOnWeekday(s.month, s.day, weekday, ctx.reference, s.mode, ctx.prefer);
      if (n !== null) value = dayValue(n, "inferred");
    }
    out.push({ ...d, start: w.start, end, value });
    i++;
  }
  return out;
}

const AND = /^ *و *$/u;

/**
 * Weekdays listed together ("السبت والاحد", "ليلتي السبت والاحد") are consecutive in the text's
 * order: when the first resolved after the second, it was the week before.
 */
export function orderWeekdayLists(text: string, cands: Candidate[]): Candidate[] {
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i] as Candidate;
    const b = cands[i + 1] as Candidate;
    if (a.rule !== "weekday" || b.rule !== "weekday" || !AND.test(text.slice(a.end, b.start))) continue;
    const [from, to] = [a.value.start, b.value.start];
    if (from === null || to === null || from <= to) continue;
    const earlier = (parseIso(from) ?? 0) - 7;
    if (earlier < (parseIso(to) ?? 0)) cands[i] = { ...a, value: dayValue(earlier, a.value.basis) };
  }
  return cands;
}

const RELATIVE_GAP = /^ *,? *$/u;

export function mergeRelativeWeekdays(text: string, cands: Candidate[], ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const r = cands[i] as Candidate;
    const w = cands[i + 1];
    if (!w || r.relativeDay === undefined || w.rule !== "weekday" || w.weekday === undefined) {
      out.push(r);
      continue;
    }
    if (!RELATIVE_GAP.test(text.slice(r.end, w.start))) {
      out.push(r);
      continue;
    }
    const agrees = ctx.reference === null || weekdayOf(ctx.reference + r.relativeDay) === w.weekday;
    // "امس السبت" in an article dated Saturday: أمس is the firmer word; the rule name records it.
    out.push({
      ...r,
      end: w.end,
      rule: agrees ? "relative-day" : "relative-day:weekday-mismatch",
      weekday: w.weekday,
    });
    i++;
  }
  return out;
}
