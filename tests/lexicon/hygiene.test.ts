import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkHygiene, compileLexicon } from "../../src/lexicon/compile.js";
import {
  BUILTIN_LEXICON_DIR,
  lexiconFilesIn,
  readBuiltinLexiconFiles,
  readLexiconFiles,
} from "../../src/lexicon/load.js";
import type { LexiconFile, PlaceEntry } from "../../src/lexicon/types.js";
import { jsonSchemaOf } from "../../src/records.js";

const paths = lexiconFilesIn(BUILTIN_LEXICON_DIR);

describe("built-in lexicons", () => {
  it("every file validates against the schema", async () => {
    await expect(readLexiconFiles(paths)).resolves.toHaveLength(paths.length);
  });

  it("are clean: no duplicate ids, no unnormalized or empty alias, no unresolved shared form", async () => {
    const problems = checkHygiene(await readLexiconFiles(paths));
    expect(problems.map((p) => `${p.source}: ${p.message}`)).toEqual([]);
  });

  it("compile without warnings", () => {
    expect(compileLexicon(readBuiltinLexiconFiles()).warnings).toEqual([]);
  });

  it("the fast loader (no zod) reads the same entries as the validating one", async () => {
    const strip = (files: LexiconFile[]) => files.map((f) => ({ kind: f.kind, n: f.entries.length }));
    expect(strip(readBuiltinLexiconFiles())).toEqual(strip(await readLexiconFiles(paths)));
  });

  it("place parents exist, and every place but seas and regions has a country and coordinates", () => {
    const files = readBuiltinLexiconFiles();
    const places = files.filter((f) => f.kind === "place").flatMap((f) => f.entries as PlaceEntry[]);
    const ids = new Set(places.map((p) => p.id));
    const bad: string[] = [];
    for (const p of places) {
      if (p.parent !== null && !ids.has(p.parent)) bad.push(`${p.id}: parent ${p.parent} unknown`);
      if (p.lat === null || p.lon === null) bad.push(`${p.id}: no coordinates`);
      // Seas, regions and border crossings straddle countries; anything else without a country
      // (a city of disputed status) must say why in its note.
      const straddles = ["sea", "strait", "region", "river", "mountain", "crossing"].includes(p.type);
      if (p.country === null && !straddles && !p.note) bad.push(`${p.id}: no country and no note saying why`);
    }
    expect(bad).toEqual([]);
  });

  it("every file points at the checked-in JSON Schema, which matches the code", () => {
    const onDisk = JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, "lexicon.schema.json"), "utf8"));
    expect(onDisk).toEqual(jsonSchemaOf("lexicon"));
    for (const p of paths) {
      const expected = dirname(p) === BUILTIN_LEXICON_DIR.replace(/\/$/, "") ? "./" : "../";
      expect(JSON.parse(readFileSync(p, "utf8")).$schema, p).toBe(`${expected}lexicon.schema.json`);
    }
  });
});

describe("checkHygiene finds what must not ship", () => {
  const place = (id: string, name_ar: string, aliases: string[] = []) => ({
    id,
    name: id,
    name_ar,
    aliases,
    type: "city" as const,
    country: null,
    admin1: null,
    parent: null,
    lat: null,
    lon: null,
  });
  it.each<[string, LexiconFile[], RegExp]>([
    [
      "duplicate id",
      [{ kind: "place", source: "p.json", entries: [place("a", "الف"), place("a", "باء")] }],
      /duplicate id place:a/,
    ],
    [
      "unnormalized alias",
      [{ kind: "place", source: "p.json", entries: [place("a", "الف", ["الحسكة"])] }],
      /not normalized \(write "الحسكه"\)/,
    ],
    [
      "empty alias",
      [{ kind: "place", source: "p.json", entries: [place("a", "الف", [" "])] }],
      /empty alias/,
    ],
    [
      "alias without a word",
      [{ kind: "place", source: "p.json", entries: [place("a", "الف", ["-"])] }],
      /no word/,
    ],
    [
      "shared form (a place and a group)",
      [
        { kind: "place", source: "p.json", entries: [place("a", "سمر")] },
        {
          kind: "group",
          source: "g.json",
          entries: [
            {
              id: "b",
              name: "B",
              name_ar: "سمر",
              aliases: [],
              type: "armed_group",
              country: null,
              affiliation: null,
              parent: null,
            },
          ],
        },
      ],
      /claimed by group:b, place:a/,
    ],
    [
      "ambiguity naming an unknown entry",
      [
        { kind: "place", source: "p.json", entries: [place("a", "سمر")] },
        {
          kind: "ambiguity",
          source: "amb.json",
          entries: [{ alias: "سمر", senses: [{ ref: "place:zzz", cues: [] }], default: null }],
        },
      ],
      /unknown entry place:zzz/,
    ],
  ])("%s", (_n, files, re) => {
    expect(
      checkHygiene(files)
        .map((p) => p.message)
        .join("\n"),
    ).toMatch(re);
  });

  it("a shared form with an ambiguity entry naming both is clean", () => {
    const files: LexiconFile[] = [
      { kind: "place", source: "p.json", entries: [place("a", "سمر"), place("b", "سمر")] },
      {
        kind: "ambiguity",
        source: "amb.json",
        entries: [
          {
            alias: "سمر",
            senses: [
              { ref: "place:a", cues: ["x"] },
              { ref: "place:b", cues: ["y"] },
            ],
            default: "place:a",
          },
        ],
      },
    ];
    expect(checkHygiene(files)).toEqual([]);
  });
});

describe("similarEntries (lexicon check's near-duplicate warning)", () => {
  const group = (id: string, name_ar: string) => ({
    id,
    name: id,
    name_ar,
    aliases: [],
    type: "ministry" as const,
    country: null,
    affiliation: null,
    parent: null,
  });
  it("flags one entity entered twice under two transliterations, and not distinct names", async () => {
    const { similarEntries } = await import("../../src/lexicon/similar.js");
    const files: LexiconFile[] = [
      {
        kind: "group",
        source: "g.json",
        entries: [
          group("pentagon", "البنتاغون"),
          group("pentagon-2", "البنتاجون"),
          group("nato", "الناتو"),
          group("nasiriyah", "الناصرية"),
          group("nazareth", "الناصرة"),
        ],
      },
    ];
    expect(similarEntries(files).map((p) => `${p.a}~${p.b}`)).toEqual(["group:pentagon~group:pentagon-2"]);
  });
});
