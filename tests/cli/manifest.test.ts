// The bundled articles list the entities they name (fixtures/articles/MANIFEST.json, written with
// the articles). Extraction must find nearly all of them and nothing else: the same measure as
// `rasd eval` on the seeds, on texts the lexicons were not written from.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { ROOT } from "../helpers/cli.js";

interface ManifestEntry {
  file: string;
  places: string[];
  groups: string[];
  officials: string[];
  /** Names no lexicon lists, as written (Arabic): what the context rules must find. */
  context?: string[];
}
const manifest = JSON.parse(
  readFileSync(join(ROOT, "fixtures", "articles", "MANIFEST.json"), "utf8"),
) as ManifestEntry[];
const KINDS = { places: "place", groups: "group", officials: "official" } as const;

describe("bundled articles against their manifest", () => {
  const totals = { tp: 0, fn: 0, fp: 0 };
  const misses: string[] = [];
  const spurious: string[] = [];
  for (const entry of manifest) {
    const text = readFileSync(join(ROOT, "fixtures", "articles", entry.file), "utf8");
    const mentions = extract(text).mentions;
    for (const [key, kind] of Object.entries(KINDS) as [keyof typeof KINDS, string][]) {
      const found = new Set(
        mentions.flatMap((m) =>
          m.kind === kind && "entity" in m && m.entity.source !== "context" && m.entity.name
            ? [m.entity.name]
            : [],
        ),
      );
      const expected = new Set(entry[key]);
      for (const n of expected) {
        if (found.has(n)) totals.tp++;
        else {
          totals.fn++;
          misses.push(`${entry.file}: ${n}`);
        }
      }
      for (const n of found) {
        if (!expected.has(n)) {
          totals.fp++;
          spurious.push(`${entry.file}: ${n}`);
        }
      }
    }
    // Names found by the context rules are compared as written.
    const byContext = new Set(
      mentions.flatMap((m) =>
        "entity" in m && m.entity.source === "context" && (m.kind === "place" || m.kind === "official")
          ? [m.entity.name_ar]
          : [],
      ),
    );
    const expectedContext = new Set(entry.context ?? []);
    for (const n of expectedContext) {
      if (byContext.has(n)) totals.tp++;
      else {
        totals.fn++;
        misses.push(`${entry.file}: ${n} (context)`);
      }
    }
    for (const n of byContext) {
      if (!expectedContext.has(n)) {
        totals.fp++;
        spurious.push(`${entry.file}: ${n} (context)`);
      }
    }
  }

  it("nothing is found that the article does not name", () => {
    expect(spurious).toEqual([]);
  });

  it("recall is at least 0.95 (the misses are listed)", () => {
    const recall = totals.tp / (totals.tp + totals.fn);
    expect({ recall: recall >= 0.95, misses }).toEqual({ recall: true, misses });
  });
});
