// Place lexicons: coordinates inside their country, parents that exist, and the generated GeoNames
// file (lexicons/places/geonames.json, written by lexicons/build/geonames.mjs) sorted, unique and
// free of stopwords; the populated places of all place files together reach the project's target.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileLexicon } from "../../src/lexicon/compile.js";
import { BUILTIN_LEXICON_DIR, readBuiltinLexiconFiles } from "../../src/lexicon/load.js";
import type { PlaceEntry } from "../../src/lexicon/types.js";
import { normalizeForm } from "../../src/text/normalize.js";

type Box = [number, number, number, number];

const files = readBuiltinLexiconFiles();
const placeFiles = files.filter((f) => f.kind === "place");
const places = placeFiles.flatMap((f) => (f.entries as PlaceEntry[]).map((e) => ({ e, source: f.source })));
const generatedPath = join(BUILTIN_LEXICON_DIR, "places", "geonames.json");
const generated = placeFiles.find((f) => f.source === "lexicons/places/geonames.json");
const generatedEntries = (generated?.entries ?? []) as PlaceEntry[];

const POPULATED = new Set(["city", "town", "village", "neighbourhood"]);
const TARGET_POPULATED = 1500;

describe("place lexicons", () => {
  it("every place with coordinates lies inside its country's bounding box", () => {
    const bounds = JSON.parse(
      readFileSync(join(BUILTIN_LEXICON_DIR, "tables", "country-bounds.json"), "utf8"),
    ) as Record<string, Box>;
    const bad: string[] = [];
    for (const { e, source } of places) {
      if (e.country === null || e.lat === null || e.lon === null) continue;
      const box = bounds[e.country];
      if (!box) {
        bad.push(`${source}: ${e.id}: no bounds for ${e.country}`);
        continue;
      }
      const [minLat, minLon, maxLat, maxLon] = box;
      if (e.lat < minLat || e.lat > maxLat || e.lon < minLon || e.lon > maxLon)
        bad.push(`${source}: ${e.id}: ${e.lat}, ${e.lon} outside ${e.country} [${box.join(", ")}]`);
    }
    expect(bad).toEqual([]);
  });

  it("every parent names an existing place", () => {
    const ids = new Set(places.map(({ e }) => e.id));
    const bad = places
      .filter(({ e }) => e.parent !== null && !ids.has(e.parent))
      .map(({ e, source }) => `${source}: ${e.id}: parent ${e.parent}`);
    expect(bad).toEqual([]);
  });

  it(`the populated places of all place files number at least ${TARGET_POPULATED}`, () => {
    // Counted as the compiled lexicon holds them: a generated entry a curated one supersedes counts once.
    const populated = compileLexicon(files).entries.filter(
      (c) => c.kind === "place" && POPULATED.has((c.entry as PlaceEntry).type),
    ).length;
    expect(populated).toBeGreaterThanOrEqual(TARGET_POPULATED);
  });
});

describe("the generated GeoNames file", () => {
  it("is there, marked generated, with GeoNames' attribution", () => {
    expect(generated).toBeDefined();
    expect(generated?.generated).toBe("npm run lexicons:geonames");
    const header = JSON.parse(readFileSync(generatedPath, "utf8")) as { note?: string };
    expect(header.note).toMatch(/GeoNames.*CC BY 4\.0/);
    expect(generatedEntries.length).toBeGreaterThan(0);
  });

  it("holds one entry per line, sorted by id", () => {
    const lines = readFileSync(generatedPath, "utf8").split("\n");
    const entryLines = lines.filter((l) => l.startsWith("    {"));
    expect(entryLines).toHaveLength(generatedEntries.length);
    for (const l of entryLines) expect(() => JSON.parse(l.trim().replace(/,$/, ""))).not.toThrow();
    const ids = generatedEntries.map((e) => e.id);
    const unsorted = ids.filter((id, i) => i > 0 && !((ids[i - 1] as string) < id));
    expect(unsorted).toEqual([]);
  });

  it("has unique ids and unique GeoNames ids, and every entry has a GeoNames id", () => {
    const dup = <T>(xs: T[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(generatedEntries.map((e) => e.id))).toEqual([]);
    expect(generatedEntries.filter((e) => e.geonames_id === undefined).map((e) => e.id)).toEqual([]);
    expect(dup(generatedEntries.map((e) => e.geonames_id))).toEqual([]);
  });

  it("has no form that the stoplist lists", () => {
    const stop = new Set<string>();
    const exact = new Set<string>();
    const path = join(BUILTIN_LEXICON_DIR, "build", "place-stopwords.txt");
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const w = line.trim();
      if (w === "" || w.startsWith("#")) continue;
      if (w.startsWith("=")) exact.add(w.slice(1));
      else stop.add(w);
    }
    expect(stop.size + exact.size).toBeGreaterThanOrEqual(300);
    const stopped = (f: string) =>
      stop.has(f) ||
      exact.has(f) ||
      (!f.includes(" ") && (f.startsWith("ال") ? stop.has(f.slice(2)) : stop.has(`ال${f}`)));
    const bad: string[] = [];
    for (const e of generatedEntries)
      for (const f of new Set([normalizeForm(e.name_ar), ...e.aliases]))
        if (stopped(f)) bad.push(`${e.id}: ${f}`);
    expect(bad).toEqual([]);
  });
});
