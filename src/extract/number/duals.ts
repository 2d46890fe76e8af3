// Duals of counted nouns: one word worth two (مقاتلتان، منشاتين، لمنشاتين، قاعدتيها، بلدتي مراط،
// طائرتين مسيرتين، كلا الهجومين). Only the dual forms of the nouns in units.json count, never any
// word in -ين: المسلحين، فلسطين and الاثنين are not duals.

import { isIdiom } from "./guards.js";
import { breakBefore, type Stream, tokenAt } from "./stream.js";
import { nounAt, type UnitHit, units } from "./units.js";
import { numberWordAt } from "./vocabulary.js";

const BOTH = new Set(["كلا", "كلتا"]);

export interface DualHit extends UnitHit {}

/**
 * A nisba adjective in the dual agreeing in case with the dual noun before it (مقاتلتان اميركيتان،
 * جنديين اسرائيليين): part of the mention, not a second count. A construct dual (بلدتي مراط) is
 * followed by its complement, not an adjective.
 */
function isNisbaDual(s: Stream, j: number, noun: string): boolean {
  const t = tokenAt(s, j);
  if (t?.kind !== "word" || breakBefore(s, j)) return false;
  const adjective = t.text.startsWith("ال") ? t.text.slice(2) : t.text;
  if (adjective.length < 5) return false;
  if (noun.endsWith("ين")) return /يت?ين$/.test(adjective);
  if (noun.endsWith("ان")) return /يت?ان$/.test(adjective);
  return false;
}

/** The dual noun at token i, widened to كلا/كلتا before it and اثنان/اثنتين after it. */
export function readDual(s: Stream, i: number, min: number): DualHit | null {
  const hit = nounAt(s, i, "any", units().duals);
  if (hit === null || isIdiom(s, hit.first, hit.last)) return null;
  let { first, last } = hit;
  const before = tokenAt(s, first - 1);
  if (before && first - 1 >= min && BOTH.has(before.text) && !breakBefore(s, first)) first--;
  const two = breakBefore(s, last + 1) ? null : numberWordAt(s, last + 1);
  if (two?.prefix === "" && two.word.unit === 2) last++;
  else if (isNisbaDual(s, last + 1, tokenAt(s, hit.last)?.text ?? "")) last++;
  return { ...hit, first, last };
}
