// Numbers written in digits (after normalization every script's digits are ASCII): integers,
// decimals, thousands groups, and in bare numerals also fractions (77/100).

import type { Mode } from "./stream.js";

export interface DigitValue {
  readonly value: number;
  /** Digits only, no separator: the shape of a year, a phone number or an identifier. */
  readonly plain: boolean;
}

const INTEGER = /^\d+$/;
// 12,000 · 1,200,000.50 (the Arabic thousands sign ٬ is normalized to a comma).
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// 1.200.000: dots as thousands separators, as some outlets write.
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;
// 2.500: a dot then exactly three digits, thousands or decimal depending on what follows.
const ONE_DOT_GROUP = /^\d{1,3}\.\d{3}$/;
const DECIMAL = /^\d+\.\d+$/;
// 1,5 مليون: a comma as the decimal sign, one or two digits after it.
const COMMA_DECIMAL = /^\d+,\d{1,2}$/;
const FRACTION = /^\d+\/\d+$/;

/**
 * The value of a digit token, or null when its shape is not a quantity (a dotted or slashed date,
 * a phone number, an identifier with a leading zero). `beforeScale` tells that a scale word
 * follows (2.500 مليون is 2.5 million, 2.500 alone is two thousand five hundred).
 */
export function parseDigits(text: string, mode: Mode, beforeScale = false): DigitValue | null {
  if (INTEGER.test(text)) {
    // A leading zero or ten digits and more: a phone number, a code or an identifier, not a count.
    if (mode === "article" && text.length > 1 && (text[0] === "0" || text.length >= 10)) return null;
    return { value: Number(text), plain: true };
  }
  if (COMMA_THOUSANDS.test(text)) return { value: Number(text.replace(/,/g, "")), plain: false };
  if (DOT_THOUSANDS.test(text)) return { value: Number(text.replace(/\./g, "")), plain: false };
  if (mode === "article" && ONE_DOT_GROUP.test(text) && !beforeScale && text[0] !== "0") {
    return { value: Number(text.replace(".", "")), plain: false };
  }
  if (DECIMAL.test(text)) return { value: Number(text), plain: false };
  if (COMMA_DECIMAL.test(text)) return { value: Number(text.replace(",", ".")), plain: false };
  // In running text n/d is a date (12/10) far more often than a fraction.
  if (mode === "bare" && FRACTION.test(text)) {
    const [n, d] = text.split("/").map(Number) as [number, number];
    return d === 0 ? null : { value: n / d, plain: false };
  }
  return null;
}
