// Entity mentions from the lexicons: places, groups, officials, weapons and outlets. Ambiguous
// forms are resolved by their cues (same sentence, then the document, then the declared default);
// an official's short form (a surname) after their full name links back to them.

import type { CompiledEntry, Lexicon } from "../../lexicon/compile.js";
import { type LexiconMatch, matchEveryStart, matchLexicon, removeOverlaps } from "../../lexicon/match.js";
import { mayHaveProclitic, procliticCandidates } from "../../text/clitics.js";
import type { PreparedDocument } from "../../text/document.js";
import type { Entity, EntityMention, EntitySource, GroupEntity } from "../../types.js";
import { findContextEntities } from "./context.js";
import { addPlaceContext, placeTypesBefore } from "./place-context.js";

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
}

/**
 * Which entry a match stands for: its only entry; else the one sense whose cues occur in the same
 * sentence, then in the document; else the declared (or, for places, computed) default; else none.
 * A place-type word in front ("قاعدة", "محافظة") first narrows shared place names to that type.
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
  let senses = amb.senses;
  let narrowed = false;
  if (amb.auto) {
    const types = placeTypesBefore(doc, m);
    if (types) {
      const typed = senses.filter((s) =>
        types.has((lexicon.entries[s.ref ?? -1]?.entry as { type?: string } | undefined)?.type ?? ""),
      );
      if (typed.length === 1) return { index: typed[0]?.ref ?? null, reason: "type word in front" };
      if (typed.length > 1) senses = typed;
      narrowed = typed.length > 1;
    }
  }
  const sentence = doc.sentences[doc.sentenceAt(m.start)];
  const winner = (from: number, to: number): number | null => {
    const hits = senses.filter((s) => s.cues.some((cue) => cueOccurs(doc, index(), cue, from, to, m)));
    return hits.length === 1 ? (hits[0]?.ref ?? null) : null;
  };
  const inSentence = sentence ? winner(sentence.start, sentence.end) : null;
  if (inSentence !== null) return { index: inSentence, reason: "cue in the sentence" };
  const inDoc = winner(0, doc.text.length);
  if (inDoc !== null) return { index: inDoc, reason: "cue in the document" };
  const fallback =
    amb.fallback !== null && (!narrowed || senses.some((s) => s.ref === amb.fallback)) ? amb.fallback : null;
  if (fallback !== null)
    return { index: fallback, reason: amb.auto ? "computed default" : "declared default" };
  return { index: null, reason: "unresolved: no cue in the text and no default" };
}

/** A word ending in tanween fath (اً or ًا). */
const ACCUSATIVE_TANWEEN = /(?:\u0627\u064b|\u064b\u0627?)$/;

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
  // shorter name inside it.
  const resolved: Found[] = [];
  for (const m of matchEveryStart(lexicon.root, doc.text, doc.tokens)) {
    const idx = resolveMatch(lexicon, doc, m, lazyIndex).index;
    if (idx === null) continue;
    const c = lexicon.entries[idx];
    if (!c) continue;
    const span = doc.originalSpan(m.start, m.end);
    // A place name written with the accusative tanween is an adjective or adverb, not the name:
    // "قصفاً تركياً" (Turkish), where تركيا would otherwise read as Turkey.
    if (c.kind === "place" && ACCUSATIVE_TANWEEN.test(span.text)) continue;
    resolved.push({
      start: m.start,
      end: m.end,
      index: idx,
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
  const kept = removeOverlaps(resolved);
  const corefs = shortFormCoreference(doc, lexicon, kept);
  const mentions = removeOverlaps([...kept, ...corefs]);
  const found = [...mentions, ...placesInsideCollectives(kept, resolved)];
  // Names no lexicon lists (after a title or a place-type word), then the words around places.
  found.push(...findContextEntities(doc, found));
  addPlaceContext(doc, found);
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

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
