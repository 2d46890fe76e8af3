// Umm al-Qura Hijri dates as day numbers via @tabby_ai/hijri-converter; impossible dates give null.

import { gregorianToHijri, hijriToGregorian } from "@tabby_ai/hijri-converter";
import { civil, dayNumber, type Ymd } from "./calendar.js";

// The converter throws on days it does not know (30 of a month of 29 days, years out of range),
// and rules ask for the same days again and again: its answers are kept.
const CACHE_LIMIT = 50_000;
const dayCache = new Map<string, number | null>();
const hijriCache = new Map<number, Readonly<Ymd> | null>();

/** The day number of a Hijri date, or null when the converter does not know it. */
export function hijriDay(year: number, month: number, day: number): number | null {
  const key = `${year}-${month}-${day}`;
  let n = dayCache.get(key);
  if (n === undefined) {
    try {
      const g = hijriToGregorian({ year, month, day });
      n = dayNumber(g.year, g.month, g.day);
    } catch {
      n = null;
    }
    if (dayCache.size >= CACHE_LIMIT) dayCache.clear();
    dayCache.set(key, n);
  }
  return n;
}

/** The Hijri date of a day number, or null outside the converter's range (1924–2077). Shared: read only. */
export function hijriOf(n: number): Readonly<Ymd> | null {
  let h = hijriCache.get(n);
  if (h === undefined) {
    try {
      h = gregorianToHijri(civil(n));
    } catch {
      h = null;
    }
    if (hijriCache.size >= CACHE_LIMIT) hijriCache.clear();
    hijriCache.set(n, h);
  }
  return h;
}

/** First and last day of a Hijri month. */
export function hijriMonthSpan(year: number, month: number): [number, number] | null {
  const start = hijriDay(year, month, 1);
  const next = month === 12 ? hijriDay(year + 1, 1, 1) : hijriDay(year, month + 1, 1);
  if (start === null) return null;
  if (next !== null) return [start, next - 1];
  // The converter's last month: its length is 29 or 30.
  const d30 = hijriDay(year, month, 30);
  return [start, d30 ?? start + 28];
}

/** First and last day of a Hijri year. */
export function hijriYearSpan(year: number): [number, number] | null {
  const first = hijriMonthSpan(year, 1);
  const last = hijriMonthSpan(year, 12);
  return first && last ? [first[0], last[1]] : null;
}
