// Proclitic candidates: the ways a written token may split into attached particles and a stem.
//
// Arabic writes the conjunctions و ف, the prepositions ب ل ك and the article ال onto the next word,
// so "وبالعراق" is و + ب + العراق. A matcher cannot know which split is meant; it tries each
// candidate against its dictionary. The article is reported separately because most proper names
// carry it as part of the name (العراق) while others never take it (سوريا).

export interface CliticCandidate {
  /** The particles in front of the stem, as written (normalized); "" for the token itself. */
  readonly prefix: string;
  /** The stem; for a token in لل it is the stem with its article restored (للمقاومه → المقاومه). */
  readonly stem: string;
  /** Length of the prefix in the normalized token (where the stem starts). */
  readonly prefixLength: number;
  /** True when the article ال was stripped from the stem. */
  readonly articleStripped: boolean;
}

const CONJUNCTIONS = ["", "و", "ف"];
const PREPOSITIONS = ["", "ب", "ل", "ك"];
const MIN_STEM = 2;

/**
 * Every prefix a split takes off a word, as written (conjunction + preposition, "" left out). The
 * lexicon matcher's filter (lexicon/match.ts) is built from these two lists: a split made here
 * that they do not describe would be missed there.
 */
export const PROCLITIC_PREFIXES: readonly string[] = CONJUNCTIONS.flatMap((c) =>
  PREPOSITIONS.map((p) => c + p),
).filter((p) => p !== "");
/** The prefixes that end in the preposition ل, after which the alef of ال is not written (للمقاومه). */
export const LAM_PREFIXES: readonly string[] = CONJUNCTIONS.map((c) => `${c}ل`);

/**
 * Could the word start with a particle (و ف ب ل ك)? If not, its only candidates are itself and,
 * for a word in ال, its article-stripped stem.
 */
export function mayHaveProclitic(word: string): boolean {
  const c = word.charCodeAt(0);
  // و ف ب ل ك
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}
const cache = new Map<string, readonly CliticCandidate[]>();
const CACHE_LIMIT = 50_000;

/**
 * Every split of a normalized word token into proclitics and a stem, the unsplit token first.
 * Results are shared (cached per word): do not modify them.
 */
export function procliticCandidates(token: string): readonly CliticCandidate[] {
  // و ف ب ل ك and the alef of ال: any other first letter leaves the token whole.
  const c = token.charCodeAt(0);
  if (c !== 0x0648 && c !== 0x0641 && c !== 0x0628 && c !== 0x0644 && c !== 0x0643 && c !== 0x0627)
    return [{ prefix: "", stem: token, prefixLength: 0, articleStripped: false }];
  let hit = cache.get(token);
  if (hit === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = computeCandidates(token);
    cache.set(token, hit);
  }
  return hit;
}

function computeCandidates(token: string): CliticCandidate[] {
  const out: CliticCandidate[] = [];
  for (const conj of CONJUNCTIONS) {
    if (!token.startsWith(conj)) continue;
    for (const prep of PREPOSITIONS) {
      const prefix = conj + prep;
      if (!token.startsWith(prefix)) continue;
      const rest = token.slice(prefix.length);
      if (rest.length < MIN_STEM) continue;
      out.push({ prefix, stem: rest, prefixLength: prefix.length, articleStripped: false });
      if (prep === "ل" && rest.startsWith("ل") && rest.length >= MIN_STEM + 1) {
        // ل + ال is written لل (للمقاومه = ل + المقاومه); restore the article's alef. The plain split
        // stays a candidate too: للبنان is ل + لبنان.
        out.push({ prefix, stem: `ا${rest}`, prefixLength: prefix.length, articleStripped: false });
        out.push({
          prefix: `${prefix}ل`,
          stem: rest.slice(1),
          prefixLength: prefix.length + 1,
          articleStripped: true,
        });
      }
      if (rest.startsWith("ال") && rest.length >= MIN_STEM + 2) {
        out.push({
          prefix: `${prefix}ال`,
          stem: rest.slice(2),
          prefixLength: prefix.length + 2,
          articleStripped: true,
        });
      }
    }
  }
  return out;
}
