// Gregorian and Hijri month names from lexicons/tables, compiled once into alternations and lookups.

import { normalizeForm } from "../../text/normalize.js";
import { alternation, readTable } from "../tables.js";

interface GregorianTable {
  months: Record<string, { forms: string[]; guarded: string[] }>;
  nameHeads: { words: string[] };
}
interface HijriTable {
  months: Record<string, string[]>;
  yearMarks: string[];
  guarded: string[];
}

/** Whitespace other than single spaces between words: what formKey has to rewrite. */
const LOOSE_SPACE = /[^\S ]| {2}|^ | $/;

/** A matched form as a lookup key: spaces collapsed, as normalizeForm writes table forms. */
export const formKey = (s: string): string => (LOOSE_SPACE.test(s) ? s.replace(/\s+/g, " ").trim() : s);

const gregorian = readTable<GregorianTable>("months");
const hijri = readTable<HijriTable>("hijri-months");

const monthByForm = new Map<string, number>();
const guarded = new Set<string>();
const safeForms: string[] = [];
for (const [key, entry] of Object.entries(gregorian.months)) {
  for (const f of entry.forms) {
    monthByForm.set(normalizeForm(f), Number(key));
    safeForms.push(f);
  }
  for (const f of entry.guarded) {
    monthByForm.set(normalizeForm(f), Number(key));
    guarded.add(normalizeForm(f));
  }
}

const hijriByForm = new Map<string, number>();
for (const [key, forms] of Object.entries(hijri.months)) {
  for (const f of forms) hijriByForm.set(normalizeForm(f), Number(key));
}

/** Nouns before which a day and month are a name, not a date (مدينه 6 اكتوبر). */
export const NAME_HEADS: ReadonlySet<string> = new Set(gregorian.nameHeads.words.map(normalizeForm));

/** Every Gregorian month form, guarded ones included. */
export const MONTH_ALT = alternation(monthByForm.keys());
/** Month forms that are never ordinary words. */
export const SAFE_MONTH_ALT = alternation(safeForms);
export const HIJRI_MONTH_ALT = alternation(hijriByForm.keys());
/** What follows a Hijri year: هـ (normalized ه), هجري … */
export const HIJRI_MARK_ALT = alternation(hijri.yearMarks);

export function monthOf(form: string): number | undefined {
  return monthByForm.get(formKey(form));
}

/** A form that is also an ordinary word (اب, مارس, ماي, may …). */
export function isGuardedMonth(form: string): boolean {
  return guarded.has(formKey(form));
}

const hijriGuarded = new Set(hijri.guarded.map(normalizeForm));
/** A Hijri month form that is also a common word (صفر 'zero'). */
export function isGuardedHijriMonth(form: string): boolean {
  return hijriGuarded.has(formKey(form));
}

export function hijriMonthOf(form: string): number | undefined {
  return hijriByForm.get(formKey(form));
}
