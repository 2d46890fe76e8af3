import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, normalizeForm, toOriginalSpan } from "../../src/text/normalize.js";

// Each row: input → normalized text. One rule family per block.
const TABLE: [string, string, string][] = [
  // tashkeel and Quranic marks
  ["fatha damma kasra", "كَتَبَ", "كتب"],
  ["tanween", "هجوماً", "هجوما"],
  ["shadda", "مسيّرة", "مسيره"],
  ["sukun", "قصْف", "قصف"],
  ["superscript alef", "هٰذا", "هذا"],
  ["stray shadda alone", "ّ", ""],
  ["Quranic small high marks", "الْعِلْمۖ", "العلم"],
  ["combining hamza above", "ا\u0654", "ا"],
  // tatweel anywhere
  ["tatweel mid-word", "المقـاومة", "المقاومه"],
  ["tatweel runs", "الإســـلامية", "الاسلاميه"],
  ["tatweel after proclitic", "لـ23", "ل23"],
  // alef forms
  ["hamza above alef", "أميركا", "اميركا"],
  ["hamza below alef", "إيران", "ايران"],
  ["madda", "آذار", "اذار"],
  ["wasla", "ٱلله", "الله"],
  // ya and ta marbuta
  ["alef maqsura", "على", "علي"],
  ["ta marbuta", "الحسكة", "الحسكه"],
  // hamza carriers
  ["waw hamza", "مسؤول", "مسوول"],
  ["ya hamza", "مسئول", "مسيول"],
  ["hamza on line kept", "سماء", "سماء"],
  // Persian and Urdu letters
  ["Persian kaf", "کرکوک", "كركوك"],
  ["Persian ya", "ایران", "ايران"],
  ["heh with yeh", "ۀ", "ه"],
  ["Kurdish ae", "ە", "ه"],
  ["gaf", "گ", "ك"],
  ["peh", "پ", "ب"],
  ["veh", "ڤ", "ف"],
  // digits
  ["Eastern Arabic digits", "٢٣", "23"],
  ["Persian digits", "۲۳", "23"],
  ["mixed digits", "١٢ و۴", "12 و4"],
  // punctuation
  ["Arabic comma", "بغداد، دمشق", "بغداد, دمشق"],
  ["Arabic semicolon", "أ؛ب", "ا;ب"],
  ["Arabic question mark", "لماذا؟", "لماذا?"],
  ["Arabic decimal separator", "٢٫٥", "2.5"],
  ["Arabic thousands separator", "١٢٬٠٠٠", "12,000"],
  ["percent", "٥٠٪", "50%"],
  // quotes
  ["guillemets", "«داعش»", '"داعش"'],
  ["curly double", "“داعش”", '"داعش"'],
  ["low double", "„داعش“", '"داعش"'],
  ["double prime", "″داعش″", '"داعش"'],
  ["Hebrew gershayim", "״داعش״", '"داعش"'],
  ["curly single", "‘داعش’", "'داعش'"],
  // spaces and controls
  ["no-break space", "قاعدة\u00a0التنف", "قاعده التنف"],
  ["thin space", "قاعدة\u2009التنف", "قاعده التنف"],
  ["narrow no-break space", "قاعدة\u202fالتنف", "قاعده التنف"],
  ["tab", "a\tb", "a b"],
  ["RLM and LRM", "\u200fبغداد\u200e", "بغداد"],
  ["ALM", "\u061cبغداد", "بغداد"],
  ["ZWJ and ZWNJ", "بغ\u200dدا\u200cد", "بغداد"],
  ["BOM inside text", "ب\ufeffغداد", "بغداد"],
  ["bidi embedding and isolates", "\u202bبغداد\u202c \u2067دمشق\u2069", "بغداد دمشق"],
  // line breaks
  ["CRLF to LF", "سطر\r\nسطر", "سطر\nسطر"],
  ["lone CR to LF", "سطر\rسطر", "سطر\nسطر"],
  ["Unicode line separator", "a\u2028b", "a\nb"],
  // dashes
  ["en dash", "بغداد – 12", "بغداد - 12"],
  ["em dash", "a—b", "a-b"],
  // Latin case and presentation forms
  ["Latin lowercase", "ISIS CENTCOM", "isis centcom"],
  ["presentation forms", "ﺑﻐﺪاد", "بغداد"],
  ["lam-alef ligature", "ﻻ", "لا"],
  ["fullwidth", "ＩＳＩＳ", "isis"],
];

describe("normalize: rule table", () => {
  it.each(TABLE)("%s", (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});

describe("normalize: offsets", () => {
  it("maps a span over tatweel and diacritics back to the whole original word", () => {
    const original = "قال إنّ المقـاومةَ الإسـلاميةَ أعلنت";
    const n = normalize(original);
    const at = n.text.indexOf("المقاومه الاسلاميه");
    const [s, e] = toOriginalSpan(n, at, at + "المقاومه الاسلاميه".length);
    expect(original.slice(s, e)).toBe("المقـاومةَ الإسـلاميةَ");
  });

  it("keeps a trailing diacritic with its word but not a following control", () => {
    const original = "هجوماً\u200f قرب";
    const n = normalize(original);
    const [s, e] = toOriginalSpan(n, 0, 5);
    expect(original.slice(s, e)).toBe("هجوماً");
  });

  it("maps through a CRLF pair and a ligature", () => {
    const original = "ﻻ\r\nبغداد";
    const n = normalize(original);
    expect(n.text).toBe("لا\nبغداد");
    const at = n.text.indexOf("بغداد");
    const [s, e] = toOriginalSpan(n, at, at + 5);
    expect(original.slice(s, e)).toBe("بغداد");
    expect(toOriginalSpan(n, 0, 2)).toEqual([0, 1]);
  });

  it("normalizeForm collapses and trims spaces", () => {
    expect(normalizeForm("  قوات\u00a0 سوريا   الديمقراطية ")).toBe("قوات سوريا الديمقراطيه");
  });
});

// Text drawn from the characters the normalizer treats specially, plus ordinary Arabic and Latin.
const SPECIAL = [
  ..."أإآٱىةؤئءکیۀەگپچژڤ٠١٢٣۴۵،؛؟٫٬«»“”„″״‘’\u00a0\u2009\u202f\u200f\u200e\u061c\u200c\u200d\ufeff\r\n\tـًٌٍَُِّْٰﻻﺑＡ–—",
];
const PLAIN = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي 0123456789abcXYZ.,-"];
const arabicish = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL), fc.constantFrom(...PLAIN)), { maxLength: 80 })
  .map((a) => a.join(""));
const anyText = fc.oneof(arabicish, fc.string({ unit: "binary", maxLength: 80 }));

describe("normalize: properties", () => {
  it("never throws and the offset map is monotone and in range", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalize(s);
        expect(n.toOrig.length).toBe(n.text.length + 1);
        for (let i = 0; i < n.text.length; i++) {
          const a = n.toOrig[i] as number;
          const b = n.toOrigEnd[i] as number;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(a).toBeGreaterThanOrEqual(n.toOrig[i - 1] as number);
        }
        expect(n.toOrig[n.text.length]).toBe(s.length);
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("maps every span back to original text whose normalization is the span", () => {
    fc.assert(
      fc.property(arabicish, fc.nat(), fc.nat(), (s, x, y) => {
        const n = normalize(s);
        if (n.text.length === 0) return;
        const a = x % n.text.length;
        const b = a + 1 + (y % (n.text.length - a));
        const [os, oe] = toOriginalSpan(n, a, b);
        // Normalizing the original slice gives back the normalized span, plus at most the rest of a
        // ligature (ﻻ → لا) cut in half by the span.
        const back = normalize(s.slice(os, oe)).text;
        expect(back.includes(n.text.slice(a, b))).toBe(true);
        expect(back.length - (b - a)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });
});
