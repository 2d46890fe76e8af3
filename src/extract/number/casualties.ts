// Casualty counts: a count of people becomes killed / injured / missing next to a casualty word,
// before it (مقتل 5 افراد، اسفر عن اصابه 3، مقتل اكثر من 1400 شخص) or as the verb it is the
// subject of (21 عنصرا في الجيش الاميركي اصيبوا), and a toll reached (ارتفع عدد القتلي الي 7326).
// The words are in lexicons/tables/number-casualties.json.

import { readTable } from "../tables.js";
import { PhraseSet } from "./phrases.js";
import { breakBefore, isClauseEnd, type Stream, tokenAt } from "./stream.js";
import { nounAt } from "./units.js";

type Casualty = "killed" | "injured" | "missing";
type CasualtyTable = Record<Casualty, { before: string[]; after: string[] }>;

let sets: { before: PhraseSet<Casualty>; after: PhraseSet<Casualty> } | undefined;

function casualtySets(): { before: PhraseSet<Casualty>; after: PhraseSet<Casualty> } {
  if (sets === undefined) {
    const t = readTable<CasualtyTable>("number-casualties");
    const before: [string, Casualty][] = [];
    const after: [string, Casualty][] = [];
    for (const c of ["killed", "injured", "missing"] as const) {
      for (const f of t[c].before) before.push([f, c]);
      for (const f of t[c].after) after.push([f, c]);
    }
    sets = { before: new PhraseSet(before), after: new PhraseSet(after) };
  }
  return sets;
}

export interface CasualtyHit {
  readonly unit: Casualty;
  /** First token of the casualty word when it is part of the mention (before the number). */
  readonly first: number;
}

/** A casualty word ending right before token i, not before token `min`. */
export function casualtyBefore(s: Stream, i: number, min: number): CasualtyHit | null {
  if (breakBefore(s, i)) return null;
  const hit = casualtySets().before.endingAt(s, i - 1);
  return hit && hit.first >= min ? { unit: hit.value, first: hit.first } : null;
}

/** How far after a counted noun its verb may come (21 عنصرا في الجيش الاميركي "اصيبوا"). */
const VERB_WINDOW = 6;

/** A casualty verb after the counted noun that ends at token i-1, within the clause. */
export function casualtyAfter(s: Stream, i: number): Casualty | null {
  const { after } = casualtySets();
  for (let k = i; k < i + VERB_WINDOW; k++) {
    const t = tokenAt(s, k);
    if (t === undefined || breakBefore(s, k) || t.kind === "num") return null;
    if (t.kind === "punct") {
      if (isClauseEnd(t)) return null;
      continue;
    }
    const hit = after.at(s, k);
    if (hit) return hit.value;
  }
  return null;
}

/** Verbs and prepositions that introduce the figure a toll reached: ارتفع عدد القتلي الي 7326. */
const TOLL_LINKS = new Set(["الي", "بلغ", "بلغت", "لتبلغ", "ليبلغ", "لتصل", "ليصل", "يبلغ", "تبلغ"]);
const TOLL_WINDOW = 8;

/** The toll noun (القتلي، الشهداء، الجرحي …) a figure after الي/بلغ counts, within a short reach back. */
export function tollBefore(s: Stream, i: number, min: number): Casualty | null {
  const link = tokenAt(s, i - 1);
  if (link === undefined || !TOLL_LINKS.has(link.text) || breakBefore(s, i)) return null;
  for (let k = i - 2; k >= Math.max(min, i - 1 - TOLL_WINDOW); k--) {
    const t = tokenAt(s, k);
    if (t === undefined || isClauseEnd(t) || t.kind === "num" || breakBefore(s, k + 1)) return null;
    const noun = nounAt(s, k, "article");
    if (noun && (noun.unit === "killed" || noun.unit === "injured" || noun.unit === "missing"))
      return noun.unit;
  }
  return null;
}
