// Names no lexicon lists, found by the words around them:
// - officials: a title, what it is the title of, then a personal name
//     "وزير الدفاع الأميركي لويد أوستن" → title وزير الدفاع, complement الأميركي, name لويد أوستن;
//   when the name after a title is already a lexicon official, the title is attached to that
//   mention instead (its optional `title`);
// - places: a place-type word and a proper name after it ("قرية الجلمة", "مخيم عين الحلوة").
// The words are data (lexicons/tables/titles.json, context-stopwords.json, place-type-words.json).
//
// Precision first: a name ends at punctuation, a line break, a function word, a verb, a time
// word, an already-found entity, a title; and is dropped when it is too short or runs on too long
// to be a name. A place candidate is dropped when its first word is an adjective or a common noun
// (قاعدة عسكرية، حقل ألغام، مخيم للنازحين), and after منطقة also when it is a zone noun.

import { removeOverlaps } from "../../lexicon/match.js";
import { procliticCandidates } from "../../text/clitics.js";
import type { PreparedDocument } from "../../text/document.js";
import { normalizeForm } from "../../text/normalize.js";
import type { Token } from "../../text/tokens.js";
import { transliterate } from "../../text/transliterate.js";
import type { GroupEntity, OfficialEntity, PlaceEntity } from "../../types.js";
import { readTable } from "../tables.js";
import type { Found } from "./index.js";
import { directionWords, placeTypeWords, type TypeWord, typeWordOf } from "./place-context.js";

// Context mentions have no lexicon entry: their Found.index is -1.

interface TitleTable {
  titles: { forms: string[]; role: string; needs?: "complement"; rank?: boolean }[];
  complement_nouns: string[];
  complement_links: string[];
}
interface StopTable {
  function_words: string[];
  verbs: string[];
  present_verbs: string[];
  time_words: string[];
  numbers: string[];
  demonstratives: string[];
  common_nouns: string[];
  nationalities: Record<string, string>;
  place_adjectives: string[];
  place_nouns: string[];
  zone_nouns: string[];
  not_adjectives: string[];
  names_like_verbal_nouns: string[];
}

interface TitleForm {
  readonly words: string[];
  readonly role: string;
  readonly needs: boolean;
  readonly rank: boolean;
}

interface Compiled {
  /** Title forms by their first word, longest first. */
  titles: Map<string, TitleForm[]>;
  complementNouns: Set<string>;
  complementLinks: Set<string>;
  /** Nationality adjective (any form) → English demonym. */
  nationalities: Map<string, string>;
  /** Words that end a person's name. */
  personStops: Set<string>;
  /** Words that end a name also with the conjunction و or ف in front (وقال، فبعد). */
  conjStops: Set<string>;
  /** Stop words written with a final ى (على): the same word written with ي is not one (علي, Ali). */
  maqsuraStops: Set<string>;
  /** Common nouns (a name word with a pronoun suffix on one of these is no name word). */
  commonNouns: Set<string>;
  /** Words that are never the first word of a place name. */
  placeFirstStops: Set<string>;
  /** Words that end a place name. */
  placeStops: Set<string>;
  zoneNouns: Set<string>;
  notAdjectives: Set<string>;
  /** Given names shaped like verbal nouns (توفيق، إيمان). */
  verbalNames: Set<string>;
}

let compiled: Compiled | undefined;

const norm = (words: Iterable<string>): string[] => [...words].map(normalizeForm).filter((w) => w !== "");

/** The feminine of a past verb: قال → قالت، نفى → نفت، دعا → دعت. */
function feminine(verb: string): string {
  return /[اي]$/.test(verb) ? `${verb.slice(0, -1)}ت` : `${verb}ت`;
}

/** An adjective's forms: masculine, feminine, plurals, each with and without the article. */
function adjectiveForms(stem: string): string[] {
  const base = stem.endsWith("ه") ? [stem] : [stem, `${stem}ه`];
  if (stem.endsWith("ي")) base.push(`${stem}ين`, `${stem}ون`);
  return [...base, ...base.map((f) => `ال${f}`)];
}

function tables(): Compiled {
  if (compiled) return compiled;
  const tt = readTable<TitleTable>("titles");
  const st = readTable<StopTable>("context-stopwords");
  const titles = new Map<string, TitleForm[]>();
  for (const row of tt.titles) {
    for (const f of row.forms) {
      const words = normalizeForm(f).split(" ");
      const first = words[0] as string;
      const list = titles.get(first) ?? [];
      list.push({ words, role: row.role, needs: row.needs === "complement", rank: row.rank === true });
      titles.set(first, list);
    }
  }
  for (const list of titles.values()) list.sort((a, b) => b.words.length - a.words.length);

  const nationalities = new Map<string, string>();
  for (const [stem, demonym] of Object.entries(st.nationalities))
    for (const f of adjectiveForms(normalizeForm(stem))) nationalities.set(f, demonym);

  const verbs = norm(st.verbs);
  const conj = [
    ...norm(st.function_words),
    ...verbs,
    ...verbs.map(feminine),
    ...norm(st.time_words),
    ...norm(st.numbers),
    ...norm(st.demonstratives),
  ];
  const shared = [...conj, ...norm(st.present_verbs), ...directionWords(), ...placeTypeWords().keys()];
  const commonNouns = new Set(norm(st.common_nouns));
  const personStops = new Set([...shared, ...commonNouns]);
  for (const f of nationalities.keys()) if (!f.startsWith("ال")) personStops.add(f);

  const adjectives = norm(st.place_adjectives).flatMap(adjectiveForms);
  const placeStops = new Set([...shared, ...adjectives, ...nationalities.keys()]);
  const placeFirstStops = new Set([...placeStops, ...commonNouns]);
  for (const n of norm(st.place_nouns)) {
    placeFirstStops.add(n);
    if (!n.startsWith("ال")) placeFirstStops.add(`ال${n}`);
  }
  compiled = {
    titles,
    complementNouns: new Set(norm(tt.complement_nouns)),
    complementLinks: new Set(norm(tt.complement_links)),
    nationalities,
    personStops,
    conjStops: new Set(conj),
    maqsuraStops: new Set(
      [...st.function_words, ...st.verbs, ...st.present_verbs]
        .filter((w) => w.endsWith("ى"))
        .map(normalizeForm),
    ),
    commonNouns,
    placeFirstStops,
    placeStops,
    zoneNouns: new Set(norm(st.zone_nouns)),
    notAdjectives: new Set(norm(st.not_adjectives)),
    verbalNames: new Set(norm(st.names_like_verbal_nouns)),
  };
  return compiled;
}

/** In a set, or a conjunction و ف and a word of conjStops (وقال، فبعد). */
function inSet(set: Set<string>, w: string): boolean {
  if (set.has(w)) return true;
  const c = w.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && w.length > 2 && tables().conjStops.has(w.slice(1));
}

/** A particle and the article written onto a word (بالقرب، والجيش، للمقاومه): never inside a name. */
function hasParticleAndArticle(w: string): boolean {
  if (w.startsWith("لل")) return true;
  const c = w[0];
  return (
    (c === "و" || c === "ف" || c === "ب" || c === "ك") && (w.startsWith("ال", 1) || w.startsWith("لل", 1))
  );
}

/**
 * Verbal nouns by their pattern: استفعال، افتعال، انفعال، مفاعلة (استهداف، اجتماع، انسحاب،
 * مواجهه) and, with `all`, تفعيل، تفاعل (تأجيل، تبادل) and, with `ifal`, إفعال (إطلاق; also the
 * shape of foreign names: اولاف). A word after a title or a type word in one of these shapes is
 * what happened, not who or where. The given names of these shapes (توفيق، إيمان) are listed in
 * context-stopwords.json and kept.
 */
function isVerbalNoun(w: string, all: boolean, ifal = all): boolean {
  const s = w.startsWith("ال") && w.length > 4 ? w.slice(2) : w;
  if (tables().verbalNames.has(s)) return false;
  const n = s.length;
  if (n === 7 && s.startsWith("است") && s[5] === "ا") return true;
  if (n === 6 && s[0] === "ا" && (s[2] === "ت" || s[2] === "ط" || s[2] === "د") && s[4] === "ا") return true;
  if (n === 6 && s.startsWith("ان") && s[4] === "ا") return true;
  if (n === 6 && s[0] === "م" && s[2] === "ا" && s[5] === "ه") return true;
  if (!all) return false;
  if (n === 5 && s[0] === "ت" && (s[3] === "ي" || s[2] === "ا")) return true;
  return ifal && n === 5 && s[0] === "ا" && s[3] === "ا";
}

/** The passive participle مفعول / مفعوله (مزروع، محاصره): an adjective after a type word. */
function isPassiveParticiple(w: string): boolean {
  const n = w.length;
  return w[0] === "م" && w[3] === "و" && (n === 5 || (n === 6 && w[5] === "ه"));
}

/** A preposition ب ل ك on a common noun or a verbal noun (لوسائل، بفتح، لصحيفه): no name word. */
function isPrepositionalNoun(w: string, common: Set<string>): boolean {
  const c = w[0];
  if (c !== "ب" && c !== "ل" && c !== "ك") return false;
  const rest = w.slice(1);
  return rest.length >= 3 && (common.has(rest) || isVerbalNoun(rest, true));
}

const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u0640]/g;

/** A token's original letters (no diacritics), for the distinctions normalization removes (ة/ه, ى/ي). */
function originalWord(doc: PreparedDocument, tok: Token): string {
  return doc.originalSpan(tok.start, tok.end).text.replace(MARKS, "");
}

/** A word with a pronoun suffix (زيارته، بلادها، قواتهم): not a name word. */
function hasPronounSuffix(doc: PreparedDocument, tok: Token, common: Set<string>): boolean {
  const w = tok.text;
  if (w.length < 4) return false;
  if (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما")) return true;
  const orig = originalWord(doc, tok);
  if (orig.endsWith("ته")) return true;
  if (orig.endsWith("ه")) {
    const stem = w.slice(0, -1);
    return common.has(stem) || common.has(stem.endsWith("ت") ? `${stem.slice(0, -1)}ه` : stem);
  }
  return false;
}

const CONNECTORS = new Set(["بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال"]);

/** What the found mentions cover: for each token, the index into `found` of the mention over it, or -1. */
function coverage(doc: PreparedDocument, found: readonly Found[]): Int32Array {
  const tokens = doc.tokens;
  const owner = new Int32Array(tokens.length).fill(-1);
  found.forEach((f, k) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && (tokens[i] as Token).start < f.end; i++) {
      const prev = owner[i] as number;
      // a longer mention over a token wins (a place inside a collective group's name)
      if (prev < 0 || f.end - f.start > (found[prev] as Found).end - (found[prev] as Found).start)
        owner[i] = k;
    }
  });
  return owner;
}

interface TitleHit {
  readonly form: TitleForm;
  /** Index of its last token. */
  readonly last: number;
  readonly prefixLength: number;
}

class Scanner {
  readonly t = tables();
  readonly tokens: readonly Token[];

  constructor(
    readonly doc: PreparedDocument,
    readonly found: readonly Found[],
    readonly owner: Int32Array,
  ) {
    this.tokens = doc.tokens;
  }

  /** Do tokens i and i+1 follow each other on one line? */
  joined(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    return a !== undefined && b !== undefined && !this.doc.text.slice(a.end, b.start).includes("\n");
  }

  word(i: number): Token | null {
    const tok = this.tokens[i];
    return tok && tok.kind === "word" ? tok : null;
  }

  /** The longest title form starting at token i (proclitics allowed on its first word). */
  title(i: number): TitleHit | null {
    const tok = this.word(i);
    if (!tok || this.owner[i] !== -1) return null;
    let best: TitleHit | null = null;
    for (const c of procliticCandidates(tok.text)) {
      if (c.articleStripped) continue;
      for (const form of this.t.titles.get(c.stem) ?? []) {
        if (best && best.form.words.length >= form.words.length) break;
        let ok = true;
        for (let k = 1; k < form.words.length && ok; k++)
          ok = this.word(i + k)?.text === form.words[k] && this.owner[i + k] === -1 && this.joined(i + k - 1);
        if (ok) best = { form, last: i + form.words.length - 1, prefixLength: c.prefixLength };
      }
    }
    return best;
  }

  /** The entity mention over token i when it starts there, else null. */
  mentionAt(i: number): Found | null {
    const k = this.owner[i] ?? -1;
    if (k < 0) return null;
    const f = this.found[k] as Found;
    return f.start === (this.tokens[i] as Token).start ? f : null;
  }

  /** The last token of a mention starting at token i. */
  lastOf(i: number, f: Found): number {
    let j = i;
    while (j + 1 < this.tokens.length && (this.tokens[j + 1] as Token).end <= f.end) j++;
    return j;
  }

  /**
   * What a title is the title of, from token i: definite words, complement nouns, found groups and
   * places (a link word before them), nationality adjectives. Stops at a found official and at
   * another title.
   */
  complement(i: number): { end: number; count: number; org: string | null; demonym: string | null } {
    let pos = i;
    let count = 0;
    let org: string | null = null;
    let demonym: string | null = null;
    while (count < 8 && pos < this.tokens.length && (pos === i || this.joined(pos - 1))) {
      const tok = this.word(pos);
      if (!tok) break;
      const f = this.mentionAt(pos);
      if (this.owner[pos] !== -1) {
        if (!f || (f.m.kind !== "group" && f.m.kind !== "place")) break;
        if (f.m.kind === "group" && org === null) org = (f.m.entity as GroupEntity).id;
        pos = this.lastOf(pos, f) + 1;
        count++;
        continue;
      }
      if (this.title(pos)) break;
      const w = tok.text;
      if (this.t.complementLinks.has(w)) {
        const next = this.mentionAt(pos + 1);
        if (next && (next.m.kind === "group" || next.m.kind === "place") && this.joined(pos)) {
          pos++;
          continue;
        }
        break;
      }
      const nat = this.t.nationalities.get(w);
      if (nat !== undefined) {
        demonym ??= nat;
        pos++;
        count++;
        continue;
      }
      let ok = false;
      for (const c of procliticCandidates(w)) {
        if (c.articleStripped || (c.prefix !== "" && c.prefix !== "ل" && c.prefix !== "ب")) continue;
        const s = c.stem;
        if (
          this.t.complementNouns.has(s) ||
          (s.startsWith("ال") && s.length >= 4 && !this.t.conjStops.has(s))
        ) {
          ok = true;
          break;
        }
      }
      if (!ok) break;
      pos++;
      count++;
    }
    return { end: pos, count, org, demonym };
  }

  /** A personal name from token i: its last token, or -1. */
  personName(i: number): number {
    const { personStops, commonNouns } = this.t;
    const picked: string[] = [];
    let j = i;
    while (j < this.tokens.length && picked.length < 8 && (j === i || this.joined(j - 1))) {
      const tok = this.word(j);
      if (!tok || this.owner[j] !== -1) break;
      const w = tok.text;
      const k = j - i;
      if (w.length < 2 || hasParticleAndArticle(w) || !/^[\u0621-\u064a]+$/.test(w)) break;
      // after a connector (بن، أبو، آل، عبد) the next word is a name whatever it is (آل ثاني)
      const afterConnector = k > 0 && CONNECTORS.has(picked[k - 1] as string);
      if (!afterConnector) {
        if (inSet(personStops, w) && !this.writtenWithYa(tok)) break;
        if (this.title(j)) break;
        if (k === 0 && w.startsWith("ال")) break;
        if (isVerbalNoun(w, true, k > 0) || isPrepositionalNoun(w, commonNouns)) break;
        if (hasPronounSuffix(this.doc, tok, commonNouns)) break;
      }
      // the accusative ending ا on a common noun or (after the first word) an adverb in يا:
      // اتصالا هاتفيا، رسميا
      if (
        w.endsWith("ا") &&
        (commonNouns.has(w.slice(0, -1)) || (k > 0 && w.length >= 5 && w.endsWith("يا")))
      )
        break;
      picked.push(w);
      j++;
    }
    while (picked.length > 0 && CONNECTORS.has(picked[picked.length - 1] as string)) {
      picked.pop();
      j--;
    }
    const units = picked.filter((w) => !CONNECTORS.has(w)).length;
    if (picked.length < 2 || units > 4 || units < 1) return -1;
    return j - 1;
  }

  /** A place name after a type word (token i is the name's first token): its last token, or -1. */
  placeName(i: number, type: TypeWord): number {
    const { placeFirstStops, placeStops, zoneNouns, notAdjectives } = this.t;
    const first = this.word(i);
    if (!first || this.owner[i] !== -1 || !this.joined(i - 1)) return -1;
    const w = first.text;
    // a bare article is a name cut short by tatweel or a digit (منطقة الـ55): not a name
    if (w.length < 2 || w === "ال" || hasParticleAndArticle(w) || inSet(placeFirstStops, w)) return -1;
    if (!/^[\u0621-\u064a]+$/.test(w)) return -1;
    // a present-tense verb with an object pronoun (قاعدة تستخدمها القوات): not a name
    if (w.length >= 5 && /^[يتن]/.test(w) && /(?:ها|هم|هما)$/.test(w)) return -1;
    const definite = w.startsWith("ال");
    if (definite && placeFirstStops.has(w.slice(2))) return -1;
    if (!definite && !notAdjectives.has(w) && (this.isNisba(first) || isPassiveParticiple(w))) return -1;
    // the accusative ا on an adjective or a common noun (قضاء كبيرا)
    if (w.endsWith("ا") && placeFirstStops.has(w.slice(0, -1))) return -1;
    if (isVerbalNoun(w, false)) return -1;
    if (type.strict) {
      const stem = definite ? w.slice(2) : w;
      if (zoneNouns.has(w) || zoneNouns.has(stem)) return -1;
      if (stem.length >= 5 && stem.endsWith("ات")) return -1;
    }
    if (typeWordOf(first) || this.title(i)) return -1;
    let j = i + 1;
    while (j < this.tokens.length && this.joined(j - 1)) {
      const tok = this.word(j);
      if (!tok || this.owner[j] !== -1) break;
      const x = tok.text;
      if (inSet(placeStops, x) || hasParticleAndArticle(x) || typeWordOf(tok)) break;
      if (!/^[\u0621-\u064a]+$/.test(x)) break;
      // a definite nisba after a name is an adjective (مطار دمشق الدولي، بلدة كفركلا الحدودية)
      if (x.startsWith("ال") && !notAdjectives.has(x) && this.isNisba(tok)) break;
      if (isVerbalNoun(x, false) || isPrepositionalNoun(x, this.t.commonNouns)) break;
      j++;
      if (j - i > 3) return -1;
    }
    return j - 1;
  }

  /** A stop word of ى written with ي (علي): the name, not the preposition. */
  writtenWithYa(tok: Token): boolean {
    return this.t.maqsuraStops.has(tok.text) && originalWord(this.doc, tok).endsWith("ي");
  }

  /** Ends in the nisba ي / ية (with ي written as ي, not as ى: عيسى is a name). */
  isNisba(tok: Token): boolean {
    const w = tok.text;
    if (w.length < 3) return false;
    if (w.endsWith("يه")) return true;
    return w.endsWith("ي") && originalWord(this.doc, tok).endsWith("ي");
  }
}

/** The first words of titles and the type words (a gate in front of the proclitic splits). */
let keywords: Set<string> | undefined;

/**
 * Could a token be a title's first word or a type word, with up to three proclitic letters in
 * front (وبقريه، للرييس → الرييس)? Most tokens are turned away here with a few set lookups.
 */
function mayStartKeyword(w: string): boolean {
  keywords ??= new Set([...tables().titles.keys(), ...placeTypeWords().keys()]);
  if (keywords.has(w)) return true;
  for (let k = 1; k <= 3 && k < w.length - 1; k++) {
    const c = w.charCodeAt(k - 1);
    // و ف ب ل ك
    if (c !== 0x0648 && c !== 0x0641 && c !== 0x0628 && c !== 0x0644 && c !== 0x0643) return false;
    const rest = w.slice(k);
    if (keywords.has(rest) || (rest.charCodeAt(0) === 0x0644 && keywords.has(`ا${rest}`))) return true;
  }
  return false;
}

function mention(
  doc: PreparedDocument,
  start: number,
  end: number,
): { text: string; start: number; end: number } {
  return doc.originalSpan(start, end);
}

/**
 * Context mentions for names no lexicon entry matched (officials after a title, places after a
 * type word), in text order; none overlaps a found mention. Also attaches a title written right
 * before an already-found official to that mention (sets its `title`: the found mentions are
 * updated in place).
 */
export function findContextEntities(doc: PreparedDocument, found: readonly Found[]): Found[] {
  const tokens = doc.tokens;
  if (tokens.length === 0) return [];
  const s = new Scanner(doc, found, coverage(doc, found));
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind !== "word" || s.owner[i] !== -1 || !mayStartKeyword(tok.text)) continue;

    // Officials: title (complement) [title (complement)]… name
    const head = s.title(i);
    if (head) {
      const chain: { hit: TitleHit; org: string | null; demonym: string | null; complement: number }[] = [];
      let pos = i;
      for (let n = 0; n < 4; n++) {
        const hit = n === 0 ? head : s.joined(pos - 1) ? s.title(pos) : null;
        if (!hit) break;
        // Two titles of one person follow each other (نائب رئيس الوزراء وزير الخارجية) or a rank
        // follows a title (قائد شرطة البصرة اللواء); a title after a title with its complement is
        // another person's (التقى وزير الخارجية الأمريكي رئيس الوزراء القطري).
        const prev = chain[chain.length - 1];
        if (prev && !hit.form.rank && prev.complement > 0) break;
        const comp = s.complement(hit.last + 1);
        if (hit.form.needs && comp.count === 0 && !s.title(comp.end)) break;
        chain.push({ hit, org: comp.org, demonym: comp.demonym, complement: comp.count });
        pos = comp.end;
      }
      if (chain.length > 0 && pos < tokens.length && s.joined(pos - 1)) {
        const titleStart = tok.start + head.prefixLength;
        const titleEnd = (tokens[pos - 1] as Token).end;
        const person = s.mentionAt(pos);
        if (person && person.m.kind === "official") {
          if (person.m.title === undefined) person.m.title = doc.originalSpan(titleStart, titleEnd).text;
        } else if (s.owner[pos] === -1) {
          const last = s.personName(pos);
          if (last >= 0) {
            const start = (tokens[pos] as Token).start;
            const end = (tokens[last] as Token).end;
            // the role: the last title that is not a rank (the one nearest the name)
            const main = chain.findLast((c) => !c.hit.form.rank) ?? (chain[0] as (typeof chain)[number]);
            const demonym = chain.find((c) => c.demonym !== null)?.demonym ?? null;
            const org = chain.find((c) => c.org !== null)?.org ?? null;
            const span = mention(doc, start, end);
            const entity: OfficialEntity = {
              id: null,
              name: transliterate(span.text),
              name_ar: span.text,
              role: demonym ? `${demonym} ${main.hit.form.role}` : main.hit.form.role,
              org,
              source: "context",
            };
            out.push({
              start,
              end,
              index: -1,
              m: {
                kind: "official",
                text: span.text,
                start: span.start,
                end: span.end,
                entity,
                match: { form: doc.text.slice(start, end), prefix: "", lexicon: "context:official" },
                sentence: doc.sentenceAt(start),
              },
            });
            i = last;
          }
        }
      }
      continue;
    }

    // Places: type word, then a proper name.
    const tw = typeWordOf(tok);
    if (!tw?.word.context) continue;
    const last = s.placeName(i + 1, tw.word);
    if (last < 0) continue;
    const start = (tokens[i + 1] as Token).start;
    const end = (tokens[last] as Token).end;
    const span = mention(doc, start, end);
    const entity: PlaceEntity = {
      id: null,
      name: transliterate(span.text),
      name_ar: span.text,
      type: tw.word.context,
      country: null,
      admin1: null,
      lat: null,
      lon: null,
      parent: null,
      source: "context",
    };
    out.push({
      start,
      end,
      index: -1,
      m: {
        kind: "place",
        text: span.text,
        start: span.start,
        end: span.end,
        entity,
        match: { form: doc.text.slice(start, end), prefix: "", lexicon: "context:place" },
        sentence: doc.sentenceAt(start),
      },
    });
    i = last;
  }
  return removeOverlaps(out).sort((a, b) => a.start - b.start);
}
