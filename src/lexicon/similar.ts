// Near-duplicate entries: two entries of one kind whose Arabic names differ only by a
// transliteration variant (البنتاغون / البنتاجون) are likely the same thing entered twice.
// Jaro–Winkler from natural (subpath import only) scores Arabic spelling variants well.

import { createRequire } from "node:module";
import { normalizeForm } from "../text/normalize.js";
import type { LexiconFile } from "./types.js";

const requireModule = createRequire(import.meta.url);

export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

// Letters that transliterations of one foreign sound alternate between (g: غ ج ك ق …).
const VARIANT_CLASSES = ["غجكق", "تط", "سصث", "زذظض", "دض", "هح", "اوي"];

function sameClass(a: string, b: string): boolean {
  return VARIANT_CLASSES.some((c) => c.includes(a) && c.includes(b));
}

/** Are two names one transliteration variant apart: the same length, one letter swapped within its class? */
function oneVariantApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let diffs = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (++diffs > 1 || !sameClass(a[i] as string, b[i] as string)) return false;
    }
    return diffs === 1;
  }
  // A long vowel more or less (ناصريه / ناصره, كوت / كويت) separates real places too often.
  return false;
}

/** Pairs of entries of the same kind whose normalized Arabic names score at least `threshold`. */
export function similarEntries(files: LexiconFile[], threshold = 0.9): SimilarPair[] {
  const jaroWinkler = requireModule("natural/lib/natural/distance/jaro-winkler_distance.js") as (
    a: string,
    b: string,
  ) => number;
  const byKind = new Map<string, { ref: string; name: string }[]>();
  for (const f of files) {
    if (f.kind === "ambiguity") continue;
    const list = byKind.get(f.kind) ?? [];
    // The shared article would earn every pair Jaro–Winkler's common-prefix bonus: compare without it.
    for (const e of f.entries)
      list.push({ ref: `${f.kind}:${e.id}`, name: normalizeForm(e.name_ar).replace(/(^| )ال/g, "$1") });
    byKind.set(f.kind, list);
  }
  const pairs: SimilarPair[] = [];
  for (const list of byKind.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i] as { ref: string; name: string };
        const y = list[j] as { ref: string; name: string };
        if (x.ref === y.ref || x.name === y.name) continue;
        if (!oneVariantApart(x.name, y.name)) continue;
        const score = jaroWinkler(x.name, y.name);
        if (score >= threshold) pairs.push({ a: x.ref, b: y.ref, score });
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : 1));
}
