// Which of the places an event's words name is where it happened: the most specific ones (a base
// over its town over its governorate over its country), by the lexicons' parent links and admin
// codes and by how the text nests them (قرية السكرية بريف البوكمال).

import { typeWordOf } from "../extract/entity/place-context.js";
import type { Token } from "../text/tokens.js";
import type { PlaceEntity } from "../types.js";
import type { EventDoc, Item } from "./doc.js";

/** Specificity of a place type: higher is narrower. */
const RANK: Record<string, number> = {
  base: 9,
  airport: 9,
  port: 9,
  oil_field: 9,
  gas_field: 9,
  crossing: 9,
  facility: 9,
  prison: 9,
  camp: 9,
  dam: 9,
  neighbourhood: 8,
  village: 7,
  town: 7,
  city: 6,
  mountain: 6,
  island: 6,
  zone: 6,
  subdistrict: 5,
  district: 4,
  governorate: 3,
  strait: 3,
  river: 3,
  region: 2,
  sea: 2,
  country: 1,
};

export const placeOf = (it: Item): PlaceEntity => it.entity?.entity as PlaceEntity;
export const rankOf = (p: PlaceEntity): number => RANK[p.type] ?? 5;

/** A key that identifies a place (its id, or its Arabic name for places found by context). */
export const placeKey = (p: PlaceEntity): string => p.id ?? `ar:${p.name_ar}`;

/** Places that hold others: country, governorate and region by their codes. */
const ADMIN_CONTAINERS = new Set(["country", "governorate", "region"]);

/** Does place a contain place b, by the lexicons (parent chain, admin1, country)? */
export function contains(ed: EventDoc, a: PlaceEntity, b: PlaceEntity): boolean {
  if (placeKey(a) === placeKey(b)) return false;
  if (a.type === "country") return b.country !== null && b.country === a.country && b.type !== "country";
  if (
    (a.type === "governorate" || a.type === "region") &&
    a.admin1 !== null &&
    b.admin1 === a.admin1 &&
    rankOf(b) > rankOf(a)
  )
    return true;
  // The parent chain of b.
  let parent = b.parent;
  for (let n = 0; parent !== null && n < 8; n++) {
    if (parent === a.id) return true;
    const idx = ed.lexicon.byRef.get(`place:${parent}`);
    const e = idx === undefined ? undefined : (ed.lexicon.entries[idx]?.entry as PlaceEntity | undefined);
    parent = e?.parent ?? null;
  }
  return false;
}

/** May a be the wider area of b (a container by admin codes: country, governorate, region)? */
export function adminContains(ed: EventDoc, a: PlaceEntity, b: PlaceEntity): boolean {
  return ADMIN_CONTAINERS.has(a.type) && contains(ed, a, b);
}

/**
 * Pairs nested by the text: "X بريف Y", "X في محافظة Y", "X بـY", Y right after X: Y holds X.
 * Places joined by و are a list, not nested. (Keys "outer>inner".)
 */
function nestedByText(ed: EventDoc, places: readonly Item[]): Set<string> {
  const out = new Set<string>();
  const tokens = ed.doc.tokens;
  for (const inner of places)
    for (const outer of places) {
      if (outer === inner || outer.first <= inner.last || outer.first - inner.last > 3) continue;
      if (rankOf(placeOf(outer)) > rankOf(placeOf(inner))) continue;
      const between: number[] = [];
      for (let k = inner.last + 1; k < outer.first; k++) if (tokens[k]?.kind !== "punct") between.push(k);
      const linking = (k: number) => {
        const text = tokens[k]?.text ?? "";
        return (
          text === "في" || text === "وفي" || (!/^و/.test(text) && typeWordOf(tokens[k] as Token) !== null)
        );
      };
      const nested =
        between.length === 0 ? /^ب/.test(outer.prefix) : between.length <= 2 && between.every(linking);
      if (nested) out.add(`${placeKey(placeOf(outer))}>${placeKey(placeOf(inner))}`);
    }
  return out;
}

/** The most specific of the places (none of them holds another of them), the narrowest first. */
const memo = new WeakMap<readonly Item[], { length: number; result: Item[] }>();

export function mostSpecific(ed: EventDoc, places: readonly Item[]): Item[] {
  // Merging asks this of the same lists again and again; a list only ever grows.
  const known = memo.get(places);
  if (known && known.length === places.length) return known.result;
  const result = computeMostSpecific(ed, places);
  memo.set(places, { length: places.length, result });
  return result;
}

function computeMostSpecific(ed: EventDoc, places: readonly Item[]): Item[] {
  const unique: Item[] = [];
  const seen = new Set<string>();
  for (const p of places) {
    const k = placeKey(placeOf(p));
    if (!seen.has(k)) {
      seen.add(k);
      unique.push(p);
    }
  }
  const nested = nestedByText(ed, unique);
  const kept = unique.filter(
    (outer) =>
      !unique.some(
        (inner) =>
          inner !== outer &&
          (contains(ed, placeOf(outer), placeOf(inner)) ||
            nested.has(`${placeKey(placeOf(outer))}>${placeKey(placeOf(inner))}`)),
      ),
  );
  return kept.sort((x, y) => rankOf(placeOf(y)) - rankOf(placeOf(x)) || x.start - y.start);
}
