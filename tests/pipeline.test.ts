import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinLexicon, extract } from "../src/index.js";
import { normalizeForm } from "../src/text/normalize.js";

// Arabic-like text built from lexicon forms, clitics, punctuation and variant characters.
const lexicon = builtinLexicon();
const forms = lexicon.entries.slice(0, 400).map((e) => e.entry.name_ar);
const pieces = [
  ...forms,
  "و",
  "ب",
  "لل",
  "ال",
  "لـ",
  "«",
  "»",
  '"',
  "،",
  ".",
  "\n",
  "\r\n",
  " ",
  "\u00a0",
  "\u200f",
  "ـ",
  "ً",
  "٢٣",
  "🚀",
  "قرية",
  "في",
];
const articleish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(""));
const anything = fc.oneof(articleish, fc.string({ unit: "binary", maxLength: 200 }));

describe("extract (library API) over the whole pipeline", () => {
  it("never throws, and every mention's offsets map back to its text in the original", () => {
    fc.assert(
      fc.property(anything, (text) => {
        const { mentions } = extract(text, { lexicon });
        const chars = [...text];
        for (const m of mentions) {
          expect(chars.slice(m.start, m.end).join("")).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(articleish, (text) => {
        expect(JSON.stringify(extract(text, { lexicon }))).toBe(JSON.stringify(extract(text, { lexicon })));
      }),
      { numRuns: 100 },
    );
  });

  it("mentions are sorted by start and overlap only where a place sits inside a descriptive collective", () => {
    fc.assert(
      fc.property(articleish, (text) => {
        const ms = extract(text, { lexicon }).mentions.filter((m) => "entity" in m);
        for (let i = 1; i < ms.length; i++) {
          const prev = ms[i - 1] as (typeof ms)[number];
          const cur = ms[i] as (typeof ms)[number];
          expect(cur.start).toBeGreaterThanOrEqual(prev.start);
          if (cur.start < prev.end) {
            const outer = ms.find((o) => o.kind === "group" && o.start <= cur.start && cur.end <= o.end);
            expect(cur.kind).toBe("place");
            expect(outer && "entity" in outer && (outer.entity as { type: string }).type).toBe("collective");
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a place inside a descriptive collective is reported too, but not one inside a name", () => {
    const ids = (t: string) =>
      extract(t, { lexicon }).mentions.map((m) => ("entity" in m ? m.entity.id : m.kind));
    expect(ids("هاجمت الفصائل الموالية لإيران القاعدة")).toEqual(["iran-backed-militias", "iran"]);
    expect(ids("نقلت وكالة الأنباء العراقية")).not.toContain("iraq");
  });

  it("every built-in lexicon name is found when written alone, in its normalized form too", () => {
    const missing: string[] = [];
    for (const e of lexicon.entries) {
      for (const text of [e.entry.name_ar, normalizeForm(e.entry.name_ar)]) {
        const got = extract(`قال ${text} .`, { lexicon }).mentions;
        // An ambiguous name may need its cue; every other one must come back as itself.
        if (lexicon.ambiguity.has(normalizeForm(e.entry.name_ar))) continue;
        if (!got.some((m) => "entity" in m && m.entity.id === e.entry.id)) missing.push(`${e.ref} (${text})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
