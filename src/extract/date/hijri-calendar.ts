// Umm al-Qura Hijri dates as day numbers via @tabby_ai/hijri-converter; impossible dates give null.

import { gregorianToHijri, hijriToGregorian } from "@tabby_ai/hijri-converter";
import { civil, dayNumber, type Ymd } from "./calendar.js";

/** The day number of a Hijri date, or null when the converter does not know it. */
export function hijriDay(year: number, month: number, day: number): number | null {
  try {
    const g = hijriToGregorian({ year, month, day });
    return dayNumber(g.year, g.month, g.day);
  } catch {
    return null;
  }
}

/** The Hijri date of a day number, or null outside the converter's range (1924–2077). */
export function hijriOf(n: number): Ymd | null {
  try {
    return gregorianToHijri(civil(n));
  } catch {
    return null;
  }
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
