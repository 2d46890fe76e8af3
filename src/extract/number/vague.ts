// Vague quantities: عشرات، مئات، آلاف، ملايين، بضع/بضعه, and their products (عشرات الالاف).
//
// Policy. A vague quantity is reported with a conventional value, qualifier "about" (unless the
// text states another) and rule "vague", so that consumers can keep or drop it:
// - عشرات ("tens of") = 10 and دزينات ("dozens") = 12, ACLED's coding of "tens" and "dozens": the
//   lowest reading of the word, never an estimate;
// - مئات = 100, آلاف/الوف = 1000, ملايين = 1,000,000, مليارات = 1,000,000,000 (the lowest
//   reading, the same convention);
// - بضع/بضعه ("a few", three to nine) = 3, and it multiplies what follows (بضع مئات = 300);
// - products multiply (عشرات الالاف = 10,000, مئات الالاف = 100,000);
// - عده ("several") is left out: it states no quantity at all, and ACLED codes no figure for it.
// The seed gold annotations count only stated quantities, so extractNumbers({ vague: false })
// drops these mentions for scoring against them.

import { breakBefore, type Stream } from "./stream.js";
import { numberWordAt } from "./vocabulary.js";

export interface VagueValue {
  readonly value: number;
  readonly last: number;
}

/** A vague quantity at token i (any proclitics and the article allowed: والعشرات، بمئات). */
export function readVague(s: Stream, i: number): VagueValue | null {
  const hit = numberWordAt(s, i, true);
  if (hit === null) return null;
  const w = hit.word;
  let value: number;
  if (w.vague !== undefined) value = w.vague;
  else if (w.scale?.number === "plural") value = w.scale.value;
  else return null;
  // A multiplier right after: عشرات الالاف، بضعه الاف، بضع مئات.
  const next = breakBefore(s, i + 1) ? null : numberWordAt(s, i + 1, true);
  if (next && (next.prefix === "" || next.prefix === "ال")) {
    const nw = next.word;
    if (nw.scale && nw.scale.number !== "dual" && nw.scale.value > value) {
      return { value: value * nw.scale.value, last: i + 1 };
    }
    if (w.vague === 3 && nw.vague !== undefined && nw.vague >= 10)
      return { value: value * nw.vague, last: i + 1 };
  }
  return { value, last: i };
}
