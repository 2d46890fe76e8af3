// Properties of event extraction over random Arabic-like reports built from trigger words, lexicon
// names, numbers, dates, cue words and clitics: it never throws, every span of every event maps back
// to the original text, the records validate against the schema `rasd schema event` prints, and the
// same text gives the same bytes.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinLexicon, extract } from "../../src/index.js";
import { eventRecord } from "../../src/output.js";
import { eventRecordSchema } from "../../src/records.js";

const lexicon = builtinLexicon();
const names = lexicon.entries.filter((_, i) => i % 9 === 0).map((e) => e.entry.name_ar);
const words = [
  ...names,
  "استهدفت",
  "قصفت",
  "هجوم",
  "غارات",
  "أسقطت",
  "تعرضت لـ",
  "هجمات",
  "مرات",
  "رتل",
  "تعزيزات",
  "تدريبات",
  "مقتل",
  "إصابة",
  "قتيلا",
  "جندي",
  "بطائرتين مسيرتين",
  "صواريخ",
  "هددت",
  "في حال",
  "لم",
  "أعلنت",
  "قال",
  "إنها",
  "قاعدة",
  "على",
  "في",
  "من قبل",
  "الأمريكية",
  "يوم الاثنين",
  "أمس",
  "منذ 17 أكتوبر",
  "الأسبوع الماضي",
  "23",
  "ثلاثة",
  "نحو 900",
  "و",
  "ب",
  "لل",
  "،",
  ".",
  "\n",
  " ",
  "«",
  "»",
  "ً",
  "ـ",
  "🚀",
];
const reportish = fc
  .array(fc.constantFrom(...words), { maxLength: 50 })
  .map((a) => `عنوان\nبغداد - 20 تشرين الأول 2023 - ${a.join(" ")}`);
const anything = fc.oneof(reportish, fc.string({ unit: "grapheme", maxLength: 150 }));

const DOC = { path: "x.txt", sha256: "0".repeat(64), published: null, outlet: null, title: null };

describe("events over random reports", () => {
  it("never throws; every span maps back to the original text; every record validates", () => {
    fc.assert(
      fc.property(anything, (text) => {
        const chars = [...text];
        const slice = (s: { start: number; end: number }) => chars.slice(s.start, s.end).join("");
        for (const e of extract(text, { lexicon }).events) {
          expect(slice(e.evidence)).toBe(e.evidence.text);
          expect(slice(e.trigger)).toBe(e.trigger.text);
          for (const s of e.supports) expect(slice(s)).toBe(s.text);
          for (const a of e.actors) expect(slice(a)).toBe(a.text);
          for (const p of e.locations) expect(slice(p)).toBe(p.text);
          for (const w of e.weapons) expect(slice(w)).toBe(w.text);
          for (const q of e.quantities) expect(slice(q)).toBe(q.text);
          expect(e.confidence).toBeGreaterThan(0);
          expect(e.confidence).toBeLessThanOrEqual(1);
          expect(() => eventRecordSchema.parse(eventRecord(DOC, e))).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(reportish, (text) => {
        expect(JSON.stringify(extract(text, { lexicon }).events)).toBe(
          JSON.stringify(extract(text, { lexicon }).events),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("events come in text order and tallies count at least two attacks", () => {
    fc.assert(
      fc.property(reportish, (text) => {
        const events = extract(text, { lexicon }).events;
        for (let i = 1; i < events.length; i++)
          expect((events[i]?.evidence.start ?? 0) >= (events[i - 1]?.evidence.start ?? 0)).toBe(true);
        for (const e of events)
          if (e.type === "attack_tally") expect(e.quantities[0]?.value ?? 0).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 100 },
    );
  });
});
