// Common Arabic words (lexicons/tables/common-words.txt, normalized, one a line): ordinary words
// that a matcher must not take apart into a particle and a name (فاطمة is not ف + أطمة, بلاد not
// ب + لاد). Read once, on first use.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const PATH = fileURLToPath(new URL("../../lexicons/tables/common-words.txt", import.meta.url));

let words: Set<string> | undefined;

/** The list, as a set of normalized words (lines starting with # are comments). */
export function commonWords(): ReadonlySet<string> {
  if (words === undefined) {
    words = new Set();
    for (const line of readFileSync(PATH, "utf8").split("\n")) {
      const w = line.trim();
      if (w !== "" && !w.startsWith("#")) words.add(w);
    }
  }
  return words;
}

/**
 * Is a written token an ordinary word as it stands, and not a particle on another one? Such a token
 * is not split into proclitics and a stem (فاطمه, بلاد, لغات, بحوث); one whose split stem is an
 * ordinary word too (وعلي = و + علي, ولا = و + لا) is.
 */
export function isWholeWord(token: string, stem: string): boolean {
  const set = commonWords();
  return set.has(token) && !set.has(stem);
}
