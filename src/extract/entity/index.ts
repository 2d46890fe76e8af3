// Entity mentions from the lexicons: places, groups, officials, weapons and outlets. Ambiguous
// forms are resolved by their cues (same sentence, then the document, then the declared default);
// an official's short form (a surname) after their full name links back to them.

import {
  type CompiledEntry,
  type CompiledSignals,
  type Lexicon,
  matchesSpelling,
  spelt,
} from "../../lexicon/compile.js";
import { type LexiconMatch, matchEveryStart, matchLexicon, removeOverlaps } from "../../lexicon/match.js";
import { mayHaveProclitic, procliticCandidates } from "../../text/clitics.js";
import type { PreparedDocument } from "../../text/document.js";
import { normalizeForm } from "../../text/normalize.js";
import type { Entity, EntityMention, EntitySource, GroupEntity } from "../../types.js";
import { findContextEntities } from "./context.js";
import { addPlaceContext, placeWordsAround } from "./place-context.js";

export function entityOf(c: CompiledEntry, source: EntitySource): Entity {
  const e = c.entry;
  switch (c.kind) {
    case "place": {
      const p = e as import("../../lexicon/types.js").PlaceEntry;
      return {
        id: p.id,
        name: p.name,
        name_ar: p.name_ar,
        type: p.type,
        country: p.country,
        admin1: p.admin1,
        lat: p.lat,
        lon: p.lon,
        parent: p.parent,
        source,
      };
    }
    case "group": {
      const g = e as import("../../lexicon/types.js").GroupEntry;
      return { id: g.id, name: g.name, name_ar: g.name_ar, type: g.type, country: g.country, source };
    }
    case "official": {
      const o = e as import("../../lexicon/types.js").OfficialEntry;
      return { id: o.id, name: o.name, name_ar: o.name_ar, role: o.role, org: o.org, source };
    }
    case "weapon": {
      const w = e as import("../../lexicon/types.js").WeaponEntry;
      return { id: w.id, name: w.name, name_ar: w.name_ar, class: w.class, source };
    }
    case "outlet": {
      const o = e as import("../../lexicon/types.js").OutletEntry;
      return { id: o.id, name: o.name, name_ar: o.name_ar, country: o.country, source };
    }
  }
}

/**
 * Where each word stem occurs in a document (token indices), proclitics taken off: the index the
 * ambiguity cues are looked up in. Built once per document, and only when a match is ambiguous.
 */
function stemIndex(doc: PreparedDocument, heads: Set<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  doc.tokens.forEach((t, i) => {
    if (t.kind === "punct") return;
    const stems =
      t.kind === "word" && mayHaveProclitic(t.text)
        ? procliticCandidates(t.text)
        : [{ stem: t.text, articleStripped: false }];
    for (const c of stems) {
      if (c.articleStripped || !heads.has(c.stem)) continue;
      const list = index.get(c.stem);
      if (list) list.push(i);
      else index.set(c.stem, [i]);
    }
  });
  return index;
}

/** Does a cue (its tokens) occur between two offsets, outside the mention itself? */
function cueOccurs(
  doc: PreparedDocument,
  index: Map<string, number[]>,
  cue: string[],
  from: number,
  to: number,
  m: LexiconMatch,
): boolean {
  for (const i of index.get(cue[0] as string) ?? []) {
    const first = doc.tokens[i];
    if (!first || first.start < from || first.end > to) continue;
    if (i >= m.firstToken && i <= m.lastToken) continue;
    let ok = true;
    for (let k = 1; k < cue.length && ok; k++) ok = doc.tokens[i + k]?.text === cue[k];
    if (ok) return true;
  }
  return false;
}

/** How a match was resolved to an entry (what `rasd lexicon lookup` explains). */
export interface Resolution {
  readonly index: number | null;
  readonly reason: string;
  /** Set when the form was read as the ordinary word it also is (what it means). */
  readonly word?: string;
}

/** A reading of an ambiguous form: one of its senses, or the ordinary word (ref undefined). */
type Reading = { readonly sig: CompiledSignals; readonly ref?: number | null };

/** Does one of the phrases stand right before (`dir` -1) or after (+1) the tokens of a match? */
function phraseNextTo(doc: PreparedDocument, m: LexiconMatch, phrases: string[][], dir: -1 | 1): boolean {
  const tokens = doc.tokens;
  for (const words of phrases) {
    // Before: the phrase's tokens end right before the match; after: they start right after it.
    const from = dir < 0 ? m.firstToken - words.length : m.lastToken + 1;
    if (from < 0 || from + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tokens[from + k];
      if (t?.kind !== "word") ok = false;
      else if (k === 0)
        ok = procliticCandidates(t.text).some((c) => !c.articleStripped && c.stem === words[0]);
      else ok = t.text === words[k];
    }
    // nothing but a space between the phrase and the match (no punctuation, no line break)
    const a = tokens[dir < 0 ? m.firstToken - 1 : m.lastToken];
    const b = tokens[dir < 0 ? m.firstToken : m.lastToken + 1];
    if (ok && a && b && doc.text.slice(a.end, b.start).trim() === "") return true;
  }
  return false;
}

/**
 * Which entry a match stands for, or whether it is the ordinary word the form also is. Readings
 * (the senses of an ambiguity entry, and its word) are told apart by, in order:
 *   1. how the form is written (a spelling: مُصِرّ is "insisting", not Egypt);
 *   2. the words right around it: a place word (a type word, a direction or a near phrase in front,
 *      a direction adjective after) says it is a place and narrows shared place names to the type
 *      the type word implies; then each reading's `before` and `after` phrases;
 *   3. cues in the same sentence;
 *   4. cues anywhere in the document (senses only, and only when their scope is the document);
 *   5. the declared (or, for places, computed) default; a form no entry claims is the word.
 * At each step one reading found wins; several narrow the choice for the next steps.
 */
export function resolveMatch(
  lexicon: Lexicon,
  doc: PreparedDocument,
  m: LexiconMatch,
  index: () => Map<string, number[]>,
): Resolution {
  const amb = lexicon.ambiguity.get(m.form);
  if (!amb) {
    if (m.refs.length === 1) return { index: m.refs[0] ?? null, reason: "only entry" };
    return { index: null, reason: "shared by several entries, no ambiguity entry" };
  }
  let readings: Reading[] = amb.senses.map((s) => ({ sig: s, ref: s.ref }));
  if (amb.word) readings.push({ sig: amb.word });
  const decide = (r: Reading, reason: string): Resolution =>
    r.ref === undefined
      ? { index: null, reason: `the ordinary word "${amb.word?.gloss}": ${reason}`, word: amb.word?.gloss }
      : { index: r.ref, reason };
  /** Keep the readings a test finds; one found is the answer. */
  const step = (test: (r: Reading) => boolean, reason: string): Resolution | null => {
    const hits = readings.filter(test);
    if (hits.length === 1) return decide(hits[0] as Reading, reason);
    if (hits.length > 1) readings = hits;
    return null;
  };

  if (readings.some((r) => r.sig.spellings.length > 0)) {
    const written = spelt(doc.originalSpan(m.nameStart, m.end).text);
    const byHand = step((r) => r.sig.spellings.some((sp) => matchesSpelling(written, sp)), "its spelling");
    if (byHand) return byHand;
  }

  const place = placeWordsAround(doc, m.start, m.end);
  if (place) {
    const kindOf = (r: Reading) => (r.ref == null ? undefined : lexicon.entries[r.ref]);
    const places = readings.filter((r) => kindOf(r)?.kind === "place");
    const typed = place.types
      ? places.filter((r) =>
          place.types?.has((kindOf(r)?.entry as { type?: string } | undefined)?.type ?? ""),
        )
      : [];
    const chosen = typed.length > 0 ? typed : places;
    if (chosen.length === 1)
      return decide(chosen[0] as Reading, typed.length > 0 ? "type word in front" : "place word beside it");
    if (chosen.length > 1) readings = chosen;
  }

  const nextTo = step(
    (r) => phraseNextTo(doc, m, r.sig.before, -1) || phraseNextTo(doc, m, r.sig.after, 1),
    "the words right beside it",
  );
  if (nextTo) return nextTo;

  const cueBetween = (from: number, to: number) => (r: Reading) =>
    r.sig.cues.some((cue) => cueOccurs(doc, index(), cue, from, to, m));
  const sentence = doc.sentences[doc.sentenceAt(m.start)];
  if (sentence) {
    const inSentence = step(cueBetween(sentence.start, sentence.end), "cue in the sentence");
    if (inSentence) return inSentence;
  }
  if (!amb.sentenceOnly) {
    const senseCue = cueBetween(0, doc.text.length);
    const inDoc = step((r) => r.ref !== undefined && senseCue(r), "cue in the document");
    if (inDoc) return inDoc;
  }
  const fallback = readings.find((r) => r.ref !== undefined && r.ref === amb.fallback);
  if (fallback && amb.fallback !== null)
    return decide(fallback, amb.auto ? "computed default" : "declared default");
  const [only] = readings;
  if (readings.length === 1 && only?.ref === undefined)
    return decide(only as Reading, "no name has this form");
  return { index: null, reason: "unresolved: no cue in the text and no default" };
}

/** Tanween on the last letter (اً ًا ٍ ٌ): an indefinite noun or adjective, not a name. */
const TANWEEN_END = /(?:\u0627\u064b|[\u064b-\u064d]\u0627?)[\u0610-\u061a\u064e-\u065f]*$/;
/** The marks written on the last letter of a text. */
const FINAL_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670]+$/;
const SHADDA = "\u0651";
/** Hamza seats that normalization folds into و and ي (ؤ ئ): writers leave them out, never add them. */
const HAMZA_SEATS: Record<string, string> = { "\u0624": "\u0648", "\u0626": "\u064a" };
const MARKS_AND_TATWEEL = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/**
 * Is a place match written in a way its name is not? The original text keeps what normalization
 * drops, and some of it contradicts a name:
 * - tanween on the last letter: an adjective or an adverb (قصفاً تركياً is Turkish, not Turkey) or an
 *   indefinite noun (معانٍ "meanings", not Ma'an);
 * - a shadda on the last letter of a one-word name whose own spelling has none there: مُصِرّ
 *   ("insisting") is not مصر, رماديّ ("grey") not الرمادي;
 * - a hamza on و or ي where the name's spelling has the bare letter: مؤدية ("leading to") is not
 *   the town of مودية.
 */
function contradictsName(written: string, form: string, nameAr: string): boolean {
  if (TANWEEN_END.test(written)) return true;
  if (form.includes(" ")) return false;
  // the name's own spelling, when the form matched is that of name_ar (an alias has none)
  const own = normalizeForm(nameAr) === form ? nameAr : "";
  const marks = FINAL_MARKS.exec(written)?.[0] ?? "";
  if (marks.includes(SHADDA) && !(FINAL_MARKS.exec(own)?.[0] ?? "").includes(SHADDA)) return true;
  const letters = written.replace(MARKS_AND_TATWEEL, "");
  const name = own.replace(MARKS_AND_TATWEEL, "");
  if (letters.length !== name.length) return false;
  for (let k = 0; k < letters.length; k++) {
    const bare = HAMZA_SEATS[letters[k] as string];
    if (bare !== undefined && name[k] === bare) return true;
  }
  return false;
}

/** An entity mention with its span in the normalized text (what other extractors need). */
export type Found = { m: EntityMention; start: number; end: number; index: number };

export function extractEntities(doc: PreparedDocument, lexicon: Lexicon): EntityMention[] {
  return findEntities(doc, lexicon).map((x) => x.m);
}

/** Entity mentions with their normalized spans, in text order. */
export function findEntities(doc: PreparedDocument, lexicon: Lexicon): Found[] {
  let index: Map<string, number[]> | undefined;
  const lazyIndex = () => {
    index ??= stemIndex(doc, lexicon.cueHeads);
    return index;
  };
  // Resolve before removing overlaps: a long form that its cues cannot resolve must not hide a
  // shorter name inside it. A form read as the ordinary word it is does hide the names inside it
  // (الروح القدس is not Jerusalem).
  const resolved: Found[] = [];
  const words: { start: number; end: number }[] = [];
  for (const m of matchEveryStart(lexicon.root, doc.text, doc.tokens)) {
    const r = resolveMatch(lexicon, doc, m, lazyIndex);
    if (r.index === null) {
      if (r.word !== undefined) words.push({ start: m.start, end: m.end });
      continue;
    }
    const c = lexicon.entries[r.index];
    if (!c) continue;
    const span = doc.originalSpan(m.start, m.end);
    if (
      c.kind === "place" &&
      contradictsName(doc.originalSpan(m.nameStart, m.end).text, m.form, c.entry.name_ar)
    )
      continue;
    resolved.push({
      start: m.start,
      end: m.end,
      index: r.index,
      m: {
        kind: c.kind,
        text: span.text,
        start: span.start,
        end: span.end,
        entity: entityOf(c, "lexicon"),
        match: { form: m.form, prefix: m.prefix, lexicon: c.source },
        sentence: doc.sentenceAt(m.start),
      },
    });
  }
  const kept =
    words.length === 0
      ? removeOverlaps(resolved)
      : removeOverlaps<Found | { start: number; end: number }>([...resolved, ...words].sort(byStart)).filter(
          (x): x is Found => "m" in x,
        );
  const corefs = shortFormCoreference(doc, lexicon, kept);
  const mentions = removeOverlaps([...kept, ...corefs]);
  const found = [...mentions, ...placesInsideCollectives(kept, resolved)];
  // Names no lexicon lists (after a title or a place-type word), then the words around places.
  found.push(...findContextEntities(doc, found));
  addPlaceContext(doc, found);
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/**
 * A descriptive collective names a place as part of its description ("الفصائل الموالية لإيران":
 * Iran-backed militias, and Iran): the place is reported as well. Names of organisations do not
 * give up their places (an outlet's or a group's own name is not a place mention).
 */
function placesInsideCollectives(kept: Found[], resolved: Found[]): Found[] {
  const collectives = kept.filter(
    (k) => k.m.kind === "group" && (k.m.entity as GroupEntity).type === "collective",
  );
  if (collectives.length === 0) return [];
  const keptSet = new Set(kept);
  return removeOverlaps(
    resolved.filter(
      (r) =>
        !keptSet.has(r) &&
        r.m.kind === "place" &&
        collectives.some((c) => c.start <= r.start && r.end <= c.end),
    ),
  );
}

/**
 * An official's short form (a surname: رايدر, السوداني) names them only after their full name
 * appeared earlier in the same article. When two people share it (the Barzanis), the one named
 * most recently before it is meant.
 */
function shortFormCoreference(doc: PreparedDocument, lexicon: Lexicon, found: Found[]): Found[] {
  if (lexicon.shortRoot.size === 0) return [];
  // entry index → end offsets of its full mentions, in text order
  const fullMentions = new Map<number, number[]>();
  for (const f of found) {
    if (f.m.kind !== "official") continue;
    const list = fullMentions.get(f.index);
    if (list) list.push(f.end);
    else fullMentions.set(f.index, [f.end]);
  }
  if (fullMentions.size === 0) return [];
  const out: Found[] = [];
  for (const m of matchLexicon(lexicon.shortRoot, doc.text, doc.tokens)) {
    let best: { index: number; at: number } | null = null;
    for (const ref of m.refs) {
      const ends = fullMentions.get(ref);
      if (!ends) continue;
      let last = -1;
      for (const e of ends) if (e <= m.start) last = e;
      if (last >= 0 && (best === null || last > best.at)) best = { index: ref, at: last };
    }
    if (best === null) continue;
    const entry = lexicon.entries[best.index];
    if (!entry) continue;
    const span = doc.originalSpan(m.start, m.end);
    out.push({
      start: m.start,
      end: m.end,
      index: best.index,
      m: {
        kind: "official",
        text: span.text,
        start: span.start,
        end: span.end,
        entity: entityOf(entry, "coreference"),
        match: { form: m.form, prefix: m.prefix, lexicon: entry.source },
        sentence: doc.sentenceAt(m.start),
      },
    });
  }
  return out;
}

/** Every lexicon match of a text, with the candidate entries, how it was resolved and whether it was kept. */
export interface ExplainedMatch {
  readonly match: LexiconMatch;
  readonly resolution: Resolution;
  /** Still there after overlap removal (a longer name around it wins). */
  readonly kept: boolean;
}

export function explainMatches(doc: PreparedDocument, lexicon: Lexicon): ExplainedMatch[] {
  let index: Map<string, number[]> | undefined;
  const lazyIndex = () => {
    index ??= stemIndex(doc, lexicon.cueHeads);
    return index;
  };
  const all = matchEveryStart(lexicon.root, doc.text, doc.tokens).map((m) => ({
    match: m,
    resolution: resolveMatch(lexicon, doc, m, lazyIndex),
    start: m.start,
    end: m.end,
  }));
  const kept = new Set(removeOverlaps(all.filter((x) => x.resolution.index !== null)));
  return all.map((x) => ({ match: x.match, resolution: x.resolution, kept: kept.has(x) }));
}
