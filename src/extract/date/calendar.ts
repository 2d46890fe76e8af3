// Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian): pure, UTC, no clock.

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (Hinnant's civil_from_days). */
export function civil(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

// Texts name the same days again and again: their ISO strings are kept.
const isoCache = new Map<number, string>();

export function isoOf(n: number): string {
  let iso = isoCache.get(n);
  if (iso === undefined) {
    const { year, month, day } = civil(n);
    iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (isoCache.size >= 50_000) isoCache.clear();
    isoCache.set(n, iso);
  }
  return iso;
}

const ISO = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;

/** The day number of a YYYY-MM-DD string, or null when it is not a valid date. */
export function parseIso(s: string): number | null {
  const g = ISO.exec(s)?.groups;
  if (!g) return null;
  const [y, m, d] = [Number(g.y), Number(g.m), Number(g.d)];
  return isValidDate(y, m, d) ? dayNumber(y, m, d) : null;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** 0 = Sunday … 6 = Saturday, as JavaScript counts (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The Monday of the (Monday-to-Sunday) week holding day n. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

/** Month arithmetic: the month k months after (year, month). */
export function shiftMonth(year: number, month: number, k: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + k;
  return { year: Math.floor(total / 12), month: (((total % 12) + 12) % 12) + 1 };
}

/** The same day of the month k months later, clamped to the month's length (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(n: number, k: number): number {
  const { year, month, day } = civil(n);
  const t = shiftMonth(year, month, k);
  return dayNumber(t.year, t.month, Math.min(day, daysInMonth(t.year, t.month)));
}

export function firstOfMonth(year: number, month: number): number {
  return dayNumber(year, month, 1);
}

export function lastOfMonth(year: number, month: number): number {
  return dayNumber(year, month, daysInMonth(year, month));
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}
