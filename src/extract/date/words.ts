// Weekday, ordinal, relative and holiday word tables from lexicons/tables, compiled once into alternations.

import { normalizeForm } from "../../text/normalize.js";
import { alternation, readTable } from "../tables.js";
import { formKey } from "./months.js";

interface WeekdayTable {
  weekdays: Record<string, { definite: string[]; bare: string[] }>;
  notWeekday: { before: string[]; after: string[] };
}
interface OrdinalTable {
  simple: Record<string, string[]>;
  compoundUnits: Record<string, string[]>;
  teens: string[];
  tens: Record<string, string[]>;
  indefinite: Record<string, string[] | string>;
  last: string[];
}
type UnitName = "day" | "week" | "month" | "year";
interface UnitForms {
  one?: string[];
  two?: string[];
  plural?: string[];
}
interface RelativeTable {
  days: Record<string, string[]>;
  todayNotAfter: { words: string[] };
  todayNotBefore: string[];
  qualifiers: Record<Qualifier, string[]>;
  this: string[];
  units: Record<UnitName, UnitForms>;
  definiteUnits: Record<UnitName, UnitForms>;
  pluralQualifiers: Record<"past" | "next", string[]>;
  numbers: Record<string, string[]>;
  within: string[];
  partsOfDay: string[];
  monthParts: Record<MonthPart, string[]>;
  generalHeads: { words: string[] };
}
export interface HolidayEntry {
  id: string;
  calendar: "hijri" | "gregorian" | "easter";
  month?: number;
  day?: number;
  whole?: boolean;
  forms: string[];
  guarded?: string[];
  notBefore?: string[];
}

export type Qualifier = "past" | "next" | "current";
export type MonthPart = "early" | "mid" | "late";
export type { UnitName };

/** A map from every normalized form of a table { key: forms } to its key, through f. */
function indexOf<T>(table: Record<string, unknown>, f: (key: string) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, forms] of Object.entries(table)) {
    // A table may carry a "note" string beside its lists.
    if (!Array.isArray(forms)) continue;
    for (const form of forms) out.set(normalizeForm(String(form)), f(key));
  }
  return out;
}

// Weekdays.
const weekdayTable = readTable<WeekdayTable>("weekdays");
const weekdayByForm = new Map<string, number>();
const bareWeekdays: string[] = [];
const definiteWeekdays: string[] = [];
for (const [key, e] of Object.entries(weekdayTable.weekdays)) {
  for (const f of e.definite) {
    weekdayByForm.set(normalizeForm(f), Number(key));
    definiteWeekdays.push(f);
  }
  for (const f of e.bare) {
    weekdayByForm.set(normalizeForm(f), Number(key));
    bareWeekdays.push(f);
  }
}
export const WEEKDAY_ALT = alternation(definiteWeekdays);
export const BARE_WEEKDAY_ALT = alternation(bareWeekdays);
export const NOT_WEEKDAY_BEFORE = new Set(weekdayTable.notWeekday.before.map(normalizeForm));
export const NOT_WEEKDAY_AFTER = new Set(weekdayTable.notWeekday.after.map(normalizeForm));
export function weekdayNumber(form: string): number | undefined {
  return weekdayByForm.get(formKey(form));
}

// Ordinal days: 1–10 simple, 11–19 unit + teen, 20 and 30 tens, 21–29 and 31 unit + و + tens.
const ord = readTable<OrdinalTable>("ordinal-days");
const ordinalByForm = new Map<string, number>();
const addOrdinal = (form: string, n: number) => {
  const key = normalizeForm(form);
  if (!ordinalByForm.has(key)) ordinalByForm.set(key, n);
};
for (const [k, forms] of Object.entries(ord.simple)) for (const f of forms) addOrdinal(f, Number(k));
for (const [k, units] of Object.entries(ord.compoundUnits)) {
  for (const u of units) {
    for (const t of ord.teens) addOrdinal(`${u} ${t}`, 10 + Number(k));
    for (const [tk, tens] of Object.entries(ord.tens)) {
      const n = Number(tk) + Number(k);
      if (n > 31) continue;
      for (const t of tens) {
        addOrdinal(`${u} و${t}`, n);
        addOrdinal(`${u} و ${t}`, n);
      }
    }
  }
}
for (const [k, forms] of Object.entries(ord.tens)) for (const f of forms) addOrdinal(f, Number(k));
/** Definite ordinals 1–31 (السابع, الحادي والعشرين). */
export const ORDINAL_DAY_ALT = alternation(ordinalByForm.keys());
/** Definite ordinals 1–5, for "the Nth weekday" (الثلاثاء الثالث). */
export const ORDINAL_NTH_ALT = alternation([...ordinalByForm].filter(([, n]) => n <= 5).map(([f]) => f));
/** Definite ordinals 1–12, for a month by its number (الشهر التاسع). */
export const ORDINAL_MONTH_ALT = alternation([...ordinalByForm].filter(([, n]) => n <= 12).map(([f]) => f));
export function ordinalNumber(form: string): number | undefined {
  return ordinalByForm.get(formKey(form));
}
const indefiniteByForm = new Map<string, number>();
for (const [k, forms] of Object.entries(ord.indefinite)) {
  if (Array.isArray(forms)) for (const f of forms) indefiniteByForm.set(normalizeForm(f), Number(k));
}
/** Ordinals without the article (اول, ثالث), used before a noun. */
export const INDEFINITE_ORDINAL_ALT = alternation(indefiniteByForm.keys());
export function indefiniteOrdinal(form: string): number | undefined {
  return indefiniteByForm.get(formKey(form));
}
/** "Last": الاخير, الاخيره, اخر. */
export const LAST_ALT = alternation(ord.last);
export const isLast = (form: string): boolean => ord.last.map(normalizeForm).includes(formKey(form));

// Relative words.
const rel = readTable<RelativeTable>("relative");
const dayOffsetByForm = indexOf(rel.days, Number);
export const RELATIVE_DAY_ALT = alternation(dayOffsetByForm.keys());
export function relativeDayOffset(form: string): number | undefined {
  return dayOffsetByForm.get(formKey(form));
}
export const TODAY_NOT_AFTER = new Set(rel.todayNotAfter.words.map(normalizeForm));
export const TODAY_NOT_BEFORE = new Set(rel.todayNotBefore.map(normalizeForm));

const qualifierByForm = indexOf(rel.qualifiers, (k) => k as Qualifier);
export const QUALIFIER_ALT = alternation(qualifierByForm.keys());
export function qualifierOf(form: string): Qualifier | undefined {
  return qualifierByForm.get(formKey(form));
}
export const THIS_ALT = alternation(rel.this);

const pluralQualifierByForm = indexOf(rel.pluralQualifiers, (k) => k as "past" | "next");
export const PLURAL_QUALIFIER_ALT = alternation(pluralQualifierByForm.keys());
export function pluralQualifierOf(form: string): "past" | "next" | undefined {
  return pluralQualifierByForm.get(formKey(form)) ?? (qualifierOf(form) === "next" ? "next" : undefined);
}

export type UnitCount = "one" | "two" | "plural";
function unitIndex(table: Record<UnitName, UnitForms>): Map<string, { unit: UnitName; count: UnitCount }> {
  const out = new Map<string, { unit: UnitName; count: UnitCount }>();
  for (const [unit, forms] of Object.entries(table) as [UnitName, UnitForms][]) {
    for (const count of ["one", "two", "plural"] as const) {
      for (const f of forms[count] ?? []) out.set(normalizeForm(f), { unit, count });
    }
  }
  return out;
}
const unitByForm = unitIndex(rel.units);
const definiteUnitByForm = unitIndex(rel.definiteUnits);
export const UNIT_ALT = alternation(unitByForm.keys());
export const DEFINITE_UNIT_ALT = alternation(definiteUnitByForm.keys());
export function unitOf(form: string): { unit: UnitName; count: UnitCount } | undefined {
  return unitByForm.get(formKey(form)) ?? definiteUnitByForm.get(formKey(form));
}

const numberByForm = indexOf(rel.numbers, Number);
/** Cardinal number words 1–12. */
export const NUMBER_WORD_ALT = alternation(numberByForm.keys());
export function numberWord(form: string): number | undefined {
  return numberByForm.get(formKey(form));
}

export const WITHIN_ALT = alternation(rel.within);
export const PART_OF_DAY_ALT = alternation(rel.partsOfDay);

const monthPartByForm = indexOf(rel.monthParts, (k) => k as MonthPart);
export const MONTH_PART_ALT = alternation(monthPartByForm.keys());
export function monthPartOf(form: string): MonthPart | undefined {
  return monthPartByForm.get(formKey(form));
}
export const GENERAL_HEADS = new Set(rel.generalHeads.words.map(normalizeForm));

// Holidays.
const holidays = readTable<{ holidays: HolidayEntry[] }>("holidays").holidays;
const holidayByForm = new Map<string, { entry: HolidayEntry; guarded: boolean }>();
for (const h of holidays) {
  for (const f of h.forms) holidayByForm.set(normalizeForm(f), { entry: h, guarded: false });
  for (const f of h.guarded ?? []) holidayByForm.set(normalizeForm(f), { entry: h, guarded: true });
}
export const HOLIDAY_ALT = alternation(holidayByForm.keys());
export function holidayOf(form: string): { entry: HolidayEntry; guarded: boolean } | undefined {
  return holidayByForm.get(formKey(form));
}
