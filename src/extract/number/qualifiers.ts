// Qualifiers of a stated quantity, before the number (نحو 900، ما لا يقل عن 92، اكثر من 1400) or
// after it and its counted noun (14 مره علي الاقل، 10 مرات منفصله علي الاقل). The phrases are in
// lexicons/tables/number-qualifiers.json.

import type { NumberQualifier } from "../../types.js";
import { readTable } from "../tables.js";
import { PhraseSet } from "./phrases.js";
import { breakBefore, isWord, type Stream, tokenAt } from "./stream.js";
import { numberWordAt } from "./vocabulary.js";

type Stated = Exclude<NumberQualifier, "exact">;
type QualifierTable = Record<Stated, { before: string[]; after: string[] }>;

let sets: { before: PhraseSet<Stated>; after: PhraseSet<Stated> } | undefined;

function qualifierSets(): { before: PhraseSet<Stated>; after: PhraseSet<Stated> } {
  if (sets === undefined) {
    const t = readTable<QualifierTable & { $comment?: string }>("number-qualifiers");
    const before: [string, Stated][] = [];
    const after: [string, Stated][] = [];
    for (const q of ["at_least", "about", "more_than", "less_than", "up_to"] as const) {
      for (const f of t[q].before) before.push([f, q]);
      for (const f of t[q].after) after.push([f, q]);
    }
    sets = { before: new PhraseSet(before), after: new PhraseSet(after) };
  }
  return sets;
}

export interface QualifierHit {
  readonly qualifier: Stated;
  /** Token indexes of the qualifier phrase, inclusive. */
  readonly first: number;
  readonly last: number;
}

/** A qualifier ending right before token i, not reaching back before token `min`. */
export function qualifierBefore(s: Stream, i: number, min: number): QualifierHit | null {
  if (breakBefore(s, i)) return null;
  const hit = qualifierSets().before.endingAt(s, i - 1);
  return hit && hit.first >= min ? { qualifier: hit.value, first: hit.first, last: hit.last } : null;
}

/**
 * A qualifier starting at token i, or at i+1 when one descriptive word stands between (10 مرات
 * منفصله علي الاقل). That word may not start a new clause (وقتل …) nor be a number.
 */
export function qualifierAfter(s: Stream, i: number): QualifierHit | null {
  const { after } = qualifierSets();
  for (const at of [i, i + 1]) {
    if (breakBefore(s, at)) return null;
    const hit = after.at(s, at);
    if (hit) return { qualifier: hit.value, first: hit.first, last: hit.last };
    const t = tokenAt(s, at);
    if (at === i && (!isWord(t) || t.text.startsWith("و") || numberWordAt(s, at) !== null)) return null;
  }
  return null;
}
