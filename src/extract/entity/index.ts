// Entity mentions from the lexicons: places, groups, officials, weapons and outlets. Ambiguous
// forms are resolved by their cues (same sentence, then the document, then the declared default);
// a bare surname after an official's full name links back to that official.

import type { CompiledEntry, Lexicon } from "../../lexicon/compile.js";
import { type LexiconMatch, matchLexicon, removeOverlaps } from "../../lexicon/match.js";
import { procliticCandidates } from "../../text/clitics.js";
import type { PreparedDocument } from "../../text/document.js";
import { normalizeForm } from "../../text/normalize.js";
import type { Entity, EntityMention, EntitySource } from "../../types.js";

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

/** Which entry an ambiguous match stands for, or null when nothing decides and no default is declared. */
function resolve(lexicon: Lexicon, doc: PreparedDocument, m: LexiconMatch): number | null {
  const amb = lexicon.ambiguity.get(m.form);
  if (!amb) return m.refs.length === 1 ? (m.refs[0] ?? null) : null;
  const sentence = doc.sentences[doc.sentenceAt(m.start)];
  // The mention itself is blanked out so that it cannot serve as its own cue.
  const blank = (s: string, from: number) =>
    s.slice(0, m.start - from) + " ".repeat(m.end - m.start) + s.slice(m.end - from);
  const sentenceText = sentence ? blank(doc.text.slice(sentence.start, sentence.end), sentence.start) : "";
  const winner = (text: string): number | null => {
    const hits = amb.senses.filter((s) => s.cues.some((re) => re.test(text)));
    return hits.length === 1 ? (hits[0]?.ref ?? null) : null;
  };
  return winner(sentenceText) ?? winner(blank(doc.text, 0)) ?? amb.fallback;
}

export function extractEntities(doc: PreparedDocument, lexicon: Lexicon): EntityMention[] {
  const matches = matchLexicon(lexicon, doc.text, doc.tokens);
  const mentions: { m: EntityMention; start: number; end: number }[] = [];
  for (const m of matches) {
    const idx = resolve(lexicon, doc, m);
    if (idx === null) continue;
    const c = lexicon.entries[idx];
    if (!c) continue;
    const span = doc.originalSpan(m.start, m.end);
    mentions.push({
      start: m.start,
      end: m.end,
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
  const corefs = surnameCoreference(doc, lexicon, mentions);
  return removeOverlaps([...mentions, ...corefs]).map((x) => x.m);
}

/**
 * After an official's full name, the bare surname refers to the same person (بات رايدر … رايدر).
 * Only surnames of three letters or more, only after the first full mention.
 */
function surnameCoreference(
  doc: PreparedDocument,
  lexicon: Lexicon,
  found: { m: EntityMention; start: number; end: number }[],
): { m: EntityMention; start: number; end: number }[] {
  const firstSeen = new Map<string, { at: number; entry: CompiledEntry }>();
  for (const f of found) {
    if (f.m.kind !== "official" || f.m.entity.id === null) continue;
    const entry = lexicon.entries[lexicon.byRef.get(`official:${f.m.entity.id}`) ?? -1];
    if (!entry) continue;
    const words = normalizeForm(entry.entry.name_ar).split(" ");
    const surname = words.length >= 2 ? words[words.length - 1] : undefined;
    if (!surname || surname.length < 3 || lexicon.root.has(surname)) continue;
    if (!firstSeen.has(surname)) firstSeen.set(surname, { at: f.end, entry });
  }
  if (firstSeen.size === 0) return [];
  const out: { m: EntityMention; start: number; end: number }[] = [];
  for (const t of doc.tokens) {
    if (t.kind !== "word") continue;
    for (const cand of procliticCandidates(t.text)) {
      if (cand.articleStripped) continue;
      const seen = firstSeen.get(cand.stem);
      if (!seen || t.start < seen.at) continue;
      const span = doc.originalSpan(t.start, t.end);
      out.push({
        start: t.start,
        end: t.end,
        m: {
          kind: "official",
          text: span.text,
          start: span.start,
          end: span.end,
          entity: entityOf(seen.entry, "coreference"),
          match: { form: cand.stem, prefix: cand.prefix, lexicon: seen.entry.source },
          sentence: doc.sentenceAt(t.start),
        },
      });
      break;
    }
  }
  return out;
}
