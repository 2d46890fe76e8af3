import { describe, expect, it } from "vitest";
import { procliticCandidates } from "../../src/text/clitics.js";
import { normalize } from "../../src/text/normalize.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";

const sentencesOf = (s: string) => {
  const t = normalize(s).text;
  return splitSentences(t).map((x) => t.slice(x.start, x.end));
};

describe("splitSentences", () => {
  it.each<[string, string, string[]]>([
    ["full stops", "قصفت الطائرات القاعدة. وقتل جنديان.", ["قصفت الطايرات القاعده.", "وقتل جنديان."]],
    ["question and exclamation", "هل انتهى؟ لا! بل بدأ.", ["هل انتهي?", "لا!", "بل بدا."]],
    [
      "a decimal point does not split",
      "بلغت الخسائر 2.5 مليون دولار. ثم توقفت.",
      ["بلغت الخساير 2.5 مليون دولار.", "ثم توقفت."],
    ],
    [
      "a dotted date does not split",
      "وقع الهجوم في 26.10.2024 صباحا. وانتهى.",
      ["وقع الهجوم في 26.10.2024 صباحا.", "وانتهي."],
    ],
    ["Arabic decimal separator", "نحو ٢٫٥ مليون نازح. وصلوا.", ["نحو 2.5 مليون نازح.", "وصلوا."]],
    ["one-letter abbreviation", "قال د. أحمد إن الوضع صعب. وأضاف.", ["قال د. احمد ان الوضع صعب.", "واضاف."]],
    [
      "Latin abbreviations",
      "said Mr. Smith of the U.S. army. Then left.",
      ["said mr. smith of the u.s. army.", "then left."],
    ],
    ["a line break ends a sentence", "عنوان الخبر\nنص الخبر", ["عنوان الخبر", "نص الخبر"]],
    ["closing quote stays with its sentence", "قال: «انتهى.» ثم غادر.", ['قال: "انتهي."', "ثم غادر."]],
    ["ellipsis", "وتوالت الانفجارات… ثم ساد الصمت", ["وتوالت الانفجارات…", "ثم ساد الصمت"]],
  ])("%s", (_n, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it("numbers paragraphs by lines with text", () => {
    const t = normalize("قصفوا. قتلوا.\n\nنزحوا.").text;
    expect(splitSentences(t).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("yields nothing for blank text", () => {
    expect(splitSentences(" \n \n")).toEqual([]);
  });
});

describe("tokenize", () => {
  it("splits words, numbers and punctuation with offsets", () => {
    const t = normalize("استهدفت لـ23 هجوماً، في 12,000 و2.5").text;
    expect(tokenize(t).map((x) => `${x.kind}:${x.text}`)).toEqual([
      "word:استهدفت",
      "word:ل",
      "num:23",
      "word:هجوما",
      "punct:,",
      "word:في",
      "num:12,000",
      "word:و",
      "num:2.5",
    ]);
    for (const tok of tokenize(t)) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
  });

  it("keeps a dotted date as one number token", () => {
    expect(tokenize("26.10.2024").map((x) => x.text)).toEqual(["26.10.2024"]);
  });
});

describe("procliticCandidates", () => {
  const stems = (w: string) =>
    procliticCandidates(w).map((c) => `${c.prefix}+${c.stem}${c.articleStripped ? "*" : ""}`);

  it.each<[string, string[]]>([
    ["بريف", ["+بريف", "ب+ريف"]],
    ["والعراق", ["+والعراق", "و+العراق", "وال+عراق*"]],
    ["بالعراق", ["+بالعراق", "ب+العراق", "بال+عراق*"]],
    ["للمقاومه", ["+للمقاومه", "ل+لمقاومه", "ل+المقاومه", "لل+مقاومه*"]],
    ["وللتحالف", ["+وللتحالف", "و+للتحالف", "ول+لتحالف", "ول+التحالف", "ولل+تحالف*"]],
    ["فبسوريا", ["+فبسوريا", "ف+بسوريا", "فب+سوريا"]],
    ["كالحوثيين", ["+كالحوثيين", "ك+الحوثيين", "كال+حوثيين*"]],
    ["للبنان", ["+للبنان", "ل+لبنان", "ل+البنان", "لل+بنان*"]],
  ])("%s", (word, expected) => {
    expect(stems(word)).toEqual(expected);
  });

  it("never leaves a stem shorter than two letters", () => {
    for (const w of ["وب", "فل", "بي", "لل", "و"]) {
      for (const c of procliticCandidates(w)) expect(c.stem.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("the article is not a proclitic of a word that does not start with it", () => {
    expect(procliticCandidates("سوريا").every((c) => !c.articleStripped)).toBe(true);
  });
});

describe("procliticCandidates: the article", () => {
  it("a word in ال offers its stem without the article", () => {
    expect(
      procliticCandidates("الهجمات").map((c) => `${c.prefix}+${c.stem}${c.articleStripped ? "*" : ""}`),
    ).toEqual(["+الهجمات", "ال+هجمات*"]);
  });
});
