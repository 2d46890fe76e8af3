// Coordinate sanity: every place with coordinates lies inside its country's bounding box
// (lexicons/tables/country-bounds.json), and every parent names a place that exists.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconError } from "../errors.js";
import type { HygieneProblem } from "./compile.js";
import { BUILTIN_LEXICON_DIR } from "./load.js";
import type { LexiconFile, PlaceEntry } from "./types.js";

/** [minLat, minLon, maxLat, maxLon] by ISO 3166-1 alpha-2 code. */
export type CountryBounds = Record<string, [number, number, number, number]>;

export function readCountryBounds(dir = BUILTIN_LEXICON_DIR): CountryBounds {
  const path = join(dir, "tables", "country-bounds.json");
  try {
    return JSON.parse(readFileSync(path, "utf8")) as CountryBounds;
  } catch (err) {
    throw new LexiconError(
      `${path}: cannot read the country bounds (${err instanceof Error ? err.message : err})`,
    );
  }
}

export function insideBounds(b: [number, number, number, number], lat: number, lon: number): boolean {
  const [minLat, minLon, maxLat, maxLon] = b;
  return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
}

/** Places outside their country's box, with an unknown country, or with a parent that is not a place. */
export function checkCoordinates(files: LexiconFile[], bounds: CountryBounds): HygieneProblem[] {
  const problems: HygieneProblem[] = [];
  const ids = new Set<string>();
  for (const f of files) if (f.kind === "place") for (const e of f.entries) ids.add(e.id);
  for (const f of files) {
    if (f.kind !== "place") continue;
    for (const e of f.entries as PlaceEntry[]) {
      if (e.parent !== null && !ids.has(e.parent))
        problems.push({ source: f.source, message: `place:${e.id}: parent "${e.parent}" is not a place` });
      if (e.country === null) continue;
      const box = bounds[e.country];
      if (!box) {
        problems.push({ source: f.source, message: `place:${e.id}: no bounds for country ${e.country}` });
        continue;
      }
      if (e.lat === null || e.lon === null) continue;
      if (!insideBounds(box, e.lat, e.lon))
        problems.push({
          source: f.source,
          message: `place:${e.id}: ${e.lat}, ${e.lon} lies outside ${e.country} [${box.join(", ")}]`,
        });
    }
  }
  return problems;
}
