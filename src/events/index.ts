// Events of one document: the candidates of every sentence (frames.ts), then the document-level
// rules: casualty counts that belong to no attack become casualties records, a claim of "the
// attack" names the attacker of the events just told, several facilities struck together are
// separate attacks, an event without a date takes the paragraph's, restatements of one event are
// merged, and each record gets its spans, confidence and rules.

import { entityOf } from "../extract/entity/index.js";
import type { PlaceEntry } from "../lexicon/types.js";
import type { DateMention, PlaceEntity } from "../types.js";
import { buildEventDoc, type EventDoc, type EventDocInput, type Item, phraseAt, wordIs } from "./doc.js";
import {
  type ActorCand,
  actorId,
  type Candidate,
  FACILITY_TYPES,
  forcesOf,
  PERIOD_RULES,
  related,
  sentenceCandidates,
  type WeaponCand,
} from "./frames.js";
import { adminContains, contains, mostSpecific, placeKey, placeOf, rankOf } from "./places.js";
import { eventTables } from "./tables.js";
import type { EventActor, EventPlace, ExtractedEvent } from "./types.js";

export type { EventDocInput } from "./doc.js";
export * from "./types.js";

/** A candidate with the sentences it was found in (restatements merged into it). */
interface Working extends Candidate {
  sentences: number[];
  /** Every place of every merged candidate. */
  allPlaces: Item[];
  /** Candidates split from one (several facilities struck together) share a group number; else -1. */
  group: number;
  /** The groups of every candidate merged into this one. */
  groups: Set<number>;
  /** Weapons copied from a candidate split by facility: a report of one facility's own replaces them. */
  weaponsShared?: boolean;
  /** Dated by the publication date because the headline tells it (see titleDates). */
  titleDate?: boolean;
}

export function findEvents(input: EventDocInput): ExtractedEvent[] {
  const ed = buildEventDoc(input);
  const bySentence: Candidate[][] = ed.doc.sentences.map((_, s) => sentenceCandidates(ed, s));
  const all = bySentence.flat();
  const kept: Working[] = [];
  for (const c of all)
    if (c.rejected === null)
      kept.push({ ...c, sentences: [c.sentence], allPlaces: [...c.places], group: -1, groups: new Set() });

  foldIntoInterceptions(kept);
  kept.push(...casualtyRecords(ed, all, kept));
  applyAnaphoricClaims(ed, kept);
  sameDayDates(ed, kept);
  let group = 0;
  const split = kept.flatMap((c) => splitFacilities(ed, c, group++));
  for (const c of split) if (c.date === null && !c.overPeriod) paragraphDate(ed, c);
  distributeSummaries(ed, split);
  interceptionContext(ed, split);
  const merged = mergeRestatements(ed, split);
  shareGroupDates(merged);
  interceptionContext(ed, merged);
  if (ed.titleSentences.size > 0) titleDates(ed, merged);
  tallyTotals(merged);
  return merged
    .map((c) => finish(ed, c))
    .sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start);
}

/** حاولتا استهداف: an attack that was the aim of an interception in the same sentence is part of it. */
function foldIntoInterceptions(list: Working[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i] as Working;
    if (c.type !== "attack") continue;
    // حاولتا استهداف قاعدة: the aim; صواريخ ومسيرات أطلقت من اليمن: what was shot down, told after it.
    const host = list.find(
      (x) =>
        x.type === "interception" &&
        x.sentence === c.sentence &&
        x.anchorFirst < c.anchorFirst &&
        (c.rules.includes("purpose") || c.anchorFirst - x.anchorLast <= 8),
    );
    if (!host) continue;
    for (const a of c.actors) {
      if (host.actors.some((x) => x.item === a.item)) continue;
      if (a.role === "target" || (a.role === "attacker" && !host.actors.some((x) => x.role === "attacker")))
        host.actors.push(a);
    }
    host.places.push(...c.places);
    host.allPlaces.push(...c.places);
    list.splice(i, 1);
  }
}

/**
 * Casualty counts that no kept attack holds become casualties records (a toll, deaths told apart
 * from one attack). A cumulative toll (حصيلة، ارتفع عدد القتلى إلى) is always its own record, and
 * the attack words inside it (قتلى القصف الإسرائيلي) give its attacker. Killed and injured are one
 * record each.
 */
function casualtyRecords(ed: EventDoc, all: readonly Candidate[], kept: Working[]): Working[] {
  const out: Working[] = [];
  const held = new Set<Item>();
  for (const c of kept) for (const n of c.casualties) held.add(n);
  for (const it of ed.items) {
    // Counts of the missing stay with their toll's numbers; a record is for the dead or the wounded.
    if (it.kind !== "number" || !(it.number?.unit === "killed" || it.number?.unit === "injured")) continue;
    const sentence = it.sentence;
    const isToll = tollBefore(ed, it);
    if (held.has(it) && !isToll) continue;
    if (!isToll) {
      // A count of dead or wounded in a sentence that tells an attack is that attack's.
      const attacks = kept.filter((c) => c.sentence === sentence && c.type === "attack");
      const nearest = attacks.sort(
        (x, y) => Math.abs(x.anchorFirst - it.first) - Math.abs(y.anchorFirst - it.first),
      )[0];
      if (nearest) {
        nearest.casualties.push(it);
        continue;
      }
    }
    if (isToll) {
      // The toll is not the outcome of the attack word inside it.
      for (const c of kept) c.casualties = c.casualties.filter((n) => n !== it);
      for (let i = kept.length - 1; i >= 0; i--) {
        const c = kept[i] as Working;
        if (
          c.sentence === sentence &&
          c.type === "attack" &&
          c.anchorFirst > tollStart(ed, it) &&
          c.anchorFirst < it.first
        )
          kept.splice(i, 1);
      }
    }
    const inSentence = all.filter((c) => c.sentence === sentence && c.type === "attack");
    // The attack word nearest before the count tells whose attack caused it (قصف … تسبب بمقتل).
    const before = inSentence.filter((c) => c.anchorFirst < it.first);
    const source = before[before.length - 1] ?? inSentence[0];
    const actors: ActorCand[] = (source?.actors ?? []).filter(
      (a) => a.role === "attacker" || a.role === "source",
    );
    const places = ed.items.filter(
      (p) =>
        p.kind === "place" &&
        p.sentence === sentence &&
        p.start >= ed.datelineEnd &&
        (source?.places.includes(p) ?? true),
    );
    // A toll that names no place counts where its source counts: the place in its name (وزارة
    // الصحة في غزة), else its country (وزارة الصحة اللبنانية), the source of the sentence or the one before.
    if (isToll && places.length === 0) {
      const place = sourcePlace(ed, all, sentence);
      if (place) places.push(place);
    }
    const sentenceDates = ed.items.filter((d) => d.kind === "date" && d.sentence === sentence && d.date);
    const overPeriod = sentenceDates.some((d) => PERIOD_RULES.has(d.date?.rule ?? ""));
    const days = sentenceDates.filter(
      (d) =>
        !PERIOD_RULES.has(d.date?.rule ?? "") &&
        d.date?.date.start !== null &&
        d.date?.date.start === d.date?.date.end,
    );
    // A toll counts over all the war: it has no day of its own.
    const day = overPeriod || isToll ? null : (days[0] ?? null);
    out.push({
      type: "casualties",
      sentence,
      anchorFirst: it.first,
      anchorLast: it.last,
      trigger: null,
      triggers: [],
      count: it,
      actors,
      places,
      weapons: source?.weapons.filter((w) => w.id !== "airstrike") ?? [],
      quantities: [],
      casualties: [it],
      date: day,
      dateSource: day ? "sentence" : null,
      period: null,
      overPeriod,
      claimed: false,
      rules: [isToll ? "toll" : "casualty-count"],
      rejected: null,
      dateNear: day !== null,
      statedWeapons: 0,
      sentences: [sentence],
      allPlaces: [...places],
      group: -1,
      groups: new Set(),
    });
  }
  return out;
}

function sourcePlace(ed: EventDoc, all: readonly Candidate[], sentence: number): Item | null {
  for (const s of [sentence, sentence - 1]) {
    const sources = all
      .filter((c) => c.sentence === s)
      .flatMap((c) => c.actors.filter((a) => a.role === "source"));
    for (const src of sources) {
      const item = src.item;
      const inside = ed.namedPlaces.find((p) => p.start >= item.start && p.end <= item.end);
      if (inside) return inside;
      const country = (item.entity?.entity as { country?: string | null } | undefined)?.country;
      if (!country || !item.entity) continue;
      const entry = ed.lexicon.entries.find(
        (e) =>
          e.kind === "place" &&
          (e.entry as PlaceEntry).type === "country" &&
          (e.entry as PlaceEntry).country === country,
      );
      if (!entry) continue;
      return {
        ...item,
        kind: "place",
        entity: {
          ...item.entity,
          kind: "place",
          entity: entityOf(entry, "lexicon"),
          match: { ...item.entity.match, lexicon: entry.source },
        },
      };
    }
  }
  return null;
}

/** Is a cumulative-toll word within the words before a count (same sentence)? */
function tollBefore(ed: EventDoc, it: Item): boolean {
  return tollStart(ed, it) >= 0;
}

/** The token of the cumulative-toll word before a count in its sentence, or -1. */
function tollStart(ed: EventDoc, it: Item): number {
  const t = eventTables();
  for (let k = it.first - 1; k >= 0 && ed.sentenceOf[k] === it.sentence; k--)
    if (phraseAt(ed, t.toll, k, 3) > 0) return k;
  return -1;
}

/**
 * "أعلنت المقاومة مسؤوليتها عن الهجوم"، "وأكدت أن الهجمات …": an attack word that refers back (the
 * article, no place and no count of its own) is no new event. It gives what it adds (a claimant
 * as the attacker and the claim, a day) to the attacks told in the sentences just before.
 */
function applyAnaphoricClaims(ed: EventDoc, list: Working[]): void {
  const t = eventTables();
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i] as Working;
    if (c.type !== "attack" || !c.trigger) continue;
    if (c.places.some((p) => rankOf(placeOf(p)) >= 6)) continue;
    if (!wordIs(ed, t.anaphora, c.trigger.tok) || c.quantities.length > 0) continue;
    // What it points back to: the attacks of the nearest sentence before it (its own first).
    const before = list.filter(
      (x) =>
        x !== c &&
        x.type === "attack" &&
        c.sentence - x.sentence <= 2 &&
        (x.sentence < c.sentence || (x.sentence === c.sentence && x.anchorFirst < c.anchorFirst)),
    );
    const nearestSentence = Math.max(-1, ...before.map((x) => x.sentence));
    const earlier = before.filter((x) => x.sentence === nearestSentence);
    const claimant = c.actors.find(
      (a) => a.role === "attacker" && (a.via === "claim" || a.via === "announcement"),
    );
    for (const x of earlier) {
      const attacker = x.actors.find((a) => a.role === "attacker");
      if (claimant) {
        // A named claimant replaces a description of the attackers (فصائل مدعومة من إيران).
        const described = attacker !== undefined && isCollective(attacker);
        if (described) x.actors.splice(x.actors.indexOf(attacker), 1);
        if (!attacker || described) x.actors.push({ item: claimant.item, role: "attacker", via: "claim" });
        if (!attacker || described || related(ed, actorId(attacker.item), actorId(claimant.item))) {
          x.claimed = true;
          if (!x.rules.includes("claim")) x.rules.push("claim");
        }
      }
      if (x.date === null && c.date !== null && !c.overPeriod) {
        x.date = c.date;
        x.dateSource = c.dateSource;
      }
      x.sentences.push(c.sentence);
    }
    // With nothing told before it, it stands only when it says who and when.
    if (earlier.length > 0 || c.date === null || !c.actors.some((a) => a.role === "attacker"))
      list.splice(i, 1);
  }
}

/**
 * A lead that sums up attacks told one by one after it ("استهدفت طائرة مسيرة وصواريخ، الاثنين،
 * قاعدتين في العراق وسوريا"): when two or more located attacks near it fall each inside one of its
 * countries, it gives them its day and attacker and is no record of its own.
 */
function distributeSummaries(ed: EventDoc, list: Working[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i] as Working;
    if (c.type !== "attack" && c.type !== "interception") continue;
    const specific = mostSpecific(ed, c.allPlaces);
    if (specific.length < 2 || specific.some((p) => placeOf(p).type !== "country")) continue;
    const parts = list.filter(
      (x) =>
        x !== c &&
        x.type === c.type &&
        Math.abs(x.sentence - c.sentence) <= 4 &&
        mostSpecific(ed, x.allPlaces).some((p) =>
          specific.some((q) => contains(ed, placeOf(q), placeOf(p))),
        ) &&
        datesCompatible(x, c) &&
        actorsCompatible(ed, x, c),
    );
    if (parts.length < 2) continue;
    for (const x of parts) {
      if (x.date === null && c.date !== null) {
        x.date = c.date;
        x.dateSource = c.dateSource;
      }
      const attacker = c.actors.find((a) => a.role === "attacker");
      if (attacker && !x.actors.some((a) => a.role === "attacker")) x.actors.push(attacker);
      x.claimed ||= c.claimed;
      x.sentences.push(c.sentence);
      if (!x.rules.includes("summary")) x.rules.push("summary");
    }
    list.splice(i, 1);
  }
}

/**
 * "اعترضت الدفاعات الجوية في القاعدة معظم الصواريخ": an interception that names no place, told
 * right after an attack, is of that attack: it takes its place, day and parties.
 */
function interceptionContext(ed: EventDoc, list: Working[]): void {
  for (const c of list) {
    if (c.type !== "interception") continue;
    // Told after an interception, it restates that one (merging will join them).
    if (
      list.some(
        (x) =>
          x !== c && x.type === "interception" && x.sentence < c.sentence && c.sentence - x.sentence <= 2,
      )
    )
      continue;
    const key = (w: Working) => new Set(w.allPlaces.map((p) => placeKey(placeOf(p))));
    const own = key(c);
    const attack = list
      .filter(
        (x) =>
          x.type === "attack" &&
          x.sentence <= c.sentence &&
          c.sentence - x.sentence <= 2 &&
          x.allPlaces.length > 0 &&
          (own.size === 0 || [...key(x)].some((k) => own.has(k))),
      )
      .sort((x, y) => y.sentence - x.sentence || y.anchorFirst - x.anchorFirst)[0];
    if (!attack) continue;
    if (own.size === 0) {
      c.places = [...attack.places];
      c.allPlaces = [...attack.allPlaces];
    }
    if (c.date === null) {
      c.date = attack.date;
      c.dateSource = attack.dateSource;
    }
    for (const a of attack.actors)
      if ((a.role === "attacker" || a.role === "target") && !c.actors.some((x) => x.role === a.role))
        c.actors.push(a);
    // "أسقطت إحداهما": the attack's weapon, one of them.
    if (c.weapons.length === 0 && attack.weapons.length > 0) {
      const w = attack.weapons[0] as WeaponCand;
      const next = c.trigger ? (ed.doc.tokens[c.trigger.last + 1]?.text ?? "") : "";
      c.weapons = [{ ...w, count: /^(احداهما|احداها|احدهما|احدها)$/.test(next) ? 1 : null }];
    }
    c.rules.push("of-the-attack-before");
  }
}

/**
 * An event the headline tells and no sentence dates is the day's news: it takes the publication
 * date (source "title"). A day any sentence gives wins over it.
 */
function titleDates(ed: EventDoc, list: Working[]): void {
  if (ed.published === null) return;
  for (const c of list) {
    if (c.date !== null || !c.sentences.some((s) => ed.titleSentences.has(s)) || c.type === "deployment")
      continue;
    c.titleDate = true;
  }
}

/**
 * "127 هجوماً، 53 منها في العراق و74 في سوريا": a total that names no place counts where its parts
 * do, the parts told in its sentence.
 */
function tallyTotals(list: Working[]): void {
  for (const total of list) {
    if (total.type !== "attack_tally" || total.allPlaces.length > 0) continue;
    const value = total.count?.number?.value ?? 0;
    const parts = list.filter(
      (x) =>
        x !== total &&
        x.type === "attack_tally" &&
        x.sentence === total.sentence &&
        x.anchorFirst > total.anchorFirst &&
        x.allPlaces.length > 0 &&
        (x.count?.number?.value ?? 0) < value,
    );
    if (parts.length < 2) continue;
    for (const p of parts)
      for (const place of p.places) if (!total.places.includes(place)) total.places.push(place);
    total.allPlaces = [...total.places];
    total.rules.push("places-of-its-parts");
  }
}

/** "في ذلك اليوم": a sentence dated by the day told just before it. */
function sameDayDates(ed: EventDoc, list: Working[]): void {
  const t = eventTables();
  for (const c of list) {
    if (c.date !== null) continue;
    let said = false;
    const [from, to] = ed.sentenceTokens[c.sentence] ?? [0, 0];
    for (let k = from; k < to && !said; k++) if (phraseAt(ed, t.sameDay, k, 2) > 0) said = true;
    if (!said) continue;
    for (let s = c.sentence - 1; s >= 0 && c.sentence - s <= 2; s--) {
      const day = list.find((x) => x.sentence === s && x.date !== null);
      const d =
        day?.date ??
        ed.items.find(
          (it) =>
            it.kind === "date" &&
            it.sentence === s &&
            it.date?.date.start !== null &&
            it.date?.date.start === it.date?.date.end,
        );
      if (d) {
        c.date = d;
        c.dateSource = "paragraph";
        c.rules.push("same-day");
        break;
      }
    }
  }
}

/** Several facilities named for one attack (قاعدتي التنف والركبان) are one attack each. */
function splitFacilities(ed: EventDoc, c: Working, group: number): Working[] {
  if (c.type !== "attack" && c.type !== "exercise" && c.type !== "interception" && c.type !== "deployment")
    return [c];
  const specific = mostSpecific(ed, c.places);
  let facilities = specific.filter((p) => FACILITY_TYPES.has(placeOf(p).type));
  // A facility named as a landmark (قرب مطار بغداد) beside the one struck is not a second target.
  const struck = facilities.filter((p) => !p.entity?.context?.near);
  if (struck.length > 0 && struck.length < facilities.length) {
    const landmarks = facilities.filter((p) => !struck.includes(p));
    c.places = c.places.filter((p) => !landmarks.includes(p));
    c.allPlaces = c.allPlaces.filter((p) => !landmarks.includes(p));
    facilities = struck;
  }
  if (facilities.length < 2) return [c];
  return facilities.map((f) => ({
    ...c,
    places: [
      f,
      ...c.places.filter((p) => !FACILITY_TYPES.has(placeOf(p).type) && contains(ed, placeOf(p), placeOf(f))),
    ],
    allPlaces: [f],
    rules: [...c.rules, "split-by-facility"],
    weaponsShared: c.weapons.length > 0,
    group,
    groups: new Set([group]),
  }));
}

/** Attacks split from one sentence happened together: a day one of them learnt is the others'. */
function shareGroupDates(list: Working[]): void {
  for (const c of list) {
    if (c.groups.size === 0 || c.date !== null) continue;
    const dated = list.find((x) => x !== c && x.date !== null && [...x.groups].some((g) => c.groups.has(g)));
    if (dated) {
      c.date = dated.date;
      c.dateSource = dated.dateSource;
    }
  }
}

/** Is a day inside a "منذ …" phrase (it starts a stretch of time)? */
function inSince(ed: EventDoc, d: Item): boolean {
  for (let k = d.first - 1; k >= 0 && d.first - k <= 8 && ed.sentenceOf[k] === d.sentence; k--)
    if (/^و?منذ$/.test(ed.doc.tokens[k]?.text ?? "")) return true;
  return false;
}

const CONTINUATION =
  /^(واضاف|واضافت|وتابع|وتابعت|واوضح|واوضحت|وذكر|وذكرت|واشار|واشارت|واكد|واكدت|كما|وبحسب|ووفق|ووفقا)$/;

/** Does the sentence open by going on with the one before (وأضاف، وذكرت، كما …)? */
function continues(ed: EventDoc, s: number): boolean {
  const sent = ed.doc.sentences[s];
  if (!sent) return false;
  const first = ed.doc.tokens.find((t) => t.start >= sent.start && t.kind === "word");
  return first !== undefined && first.start < sent.end && CONTINUATION.test(first.text);
}

/** No date in the sentence: the nearest day named earlier in the same paragraph, up to two sentences back. */
function paragraphDate(ed: EventDoc, c: Working): void {
  const para = ed.doc.sentences[c.sentence]?.paragraph;
  // A sentence that goes on with the statement before it (وأضاف المسؤول أنه …، وذكرت المقاومة …)
  // is in its scope even across a paragraph break.
  const goesOn = continues(ed, c.sentence);
  for (let s = c.sentence - 1; s >= 0 && c.sentence - s <= 2; s--) {
    if (ed.doc.sentences[s]?.paragraph !== para && !(goesOn && s === c.sentence - 1)) return;
    const dates = ed.items.filter(
      (d) =>
        d.kind === "date" &&
        d.sentence === s &&
        d.date?.date.start !== null &&
        d.date?.date.start === d.date?.date.end &&
        !PERIOD_RULES.has(d.date?.rule ?? "") &&
        !inSince(ed, d),
    );
    const last = dates[dates.length - 1];
    if (last) {
      c.date = last;
      c.dateSource = "paragraph";
      return;
    }
  }
}

// --- merging restatements

function attackerOf(c: Working): ActorCand | undefined {
  return c.actors.find((a) => a.role === "attacker" || (a.role === "participant" && a.via !== "list"));
}

function isCollective(a: ActorCand): boolean {
  if (a.item.kind === "demonym") return false;
  const e = a.item.entity?.entity as { type?: string | null } | undefined;
  return e?.type === "collective";
}

function actorsCompatible(ed: EventDoc, x: Working, y: Working): boolean {
  if (x.type === "exercise" || x.type === "deployment") {
    // The same drill or deployment when one names no party or they share one.
    const ids = (c: Working) => c.actors.filter((a) => a.role === "participant").map((a) => actorId(a.item));
    const xi = ids(x);
    const yi = ids(y);
    return xi.length === 0 || yi.length === 0 || xi.some((i) => yi.some((j) => related(ed, i, j)));
  }
  const a = attackerOf(x);
  const b = attackerOf(y);
  if (!a || !b) return true;
  if (related(ed, actorId(a.item), actorId(b.item))) return true;
  return isCollective(a) || isCollective(b);
}

function placesCompatible(ed: EventDoc, x: Working, y: Working): boolean {
  if (x.allPlaces.length === 0 || y.allPlaces.length === 0) return true;
  const keys = (l: Item[]) => new Set(l.map((p) => placeKey(placeOf(p))));
  const xs = mostSpecific(ed, x.allPlaces);
  const ys = mostSpecific(ed, y.allPlaces);
  const xAll = keys(x.allPlaces);
  const yAll = keys(y.allPlaces);
  // A shared place counts when it is the narrowest a side names (not a governorate beside its base).
  const narrowest = (l: Item[]) => {
    const top = Math.max(...l.map((p) => rankOf(placeOf(p))));
    return l.filter((p) => rankOf(placeOf(p)) === top);
  };
  const shared =
    narrowest(xs).some((p) => yAll.has(placeKey(placeOf(p)))) ||
    narrowest(ys).some((p) => xAll.has(placeKey(placeOf(p))));
  if (shared) {
    // A shared place, but two different facilities named as the most specific are two targets.
    const xf = xs.filter((p) => FACILITY_TYPES.has(placeOf(p).type)).map((p) => placeKey(placeOf(p)));
    const yf = ys.filter((p) => FACILITY_TYPES.has(placeOf(p).type)).map((p) => placeKey(placeOf(p)));
    return xf.length === 0 || yf.length === 0 || xf.some((k) => yf.includes(k));
  }
  // One inside the wider area of the other (a base in Syria, a village in a governorate).
  const within = (outer: Item[], inner: Item[]) =>
    outer.every((o) => inner.some((i) => adminContains(ed, placeOf(o), placeOf(i))));
  return within(xs, ys) || within(ys, xs);
}

function datesCompatible(x: Working, y: Working): boolean {
  const a = x.date?.date?.date.start ?? null;
  const b = y.date?.date?.date.start ?? null;
  return a === null || b === null || a === b;
}

/** Weapon classes reporters use for one another: rockets, missiles and shells; aircraft and drones. */
const FAMILY: Record<string, string> = {
  rocket: "projectile",
  missile: "projectile",
  artillery: "projectile",
  mortar: "projectile",
  "anti-tank": "projectile",
  airstrike: "air",
  drone: "air",
};
const family = (id: string) => FAMILY[id] ?? id;

function weaponsCompatible(x: Working, y: Working): boolean {
  if (x.weapons.length === 0 || y.weapons.length === 0) return true;
  return x.weapons.some((w) => y.weapons.some((v) => family(v.id) === family(w.id)));
}

function countsCompatible(x: Working, y: Working): boolean {
  const a = x.count?.number?.value ?? null;
  const b = y.count?.number?.value ?? null;
  if (x.type === "attack_tally" || x.type === "casualties") return a === b;
  return a === null || b === null || a === b;
}

function compatible(ed: EventDoc, x: Working, y: Working): boolean {
  if (x.type !== y.type) return false;
  if (x.type === "casualties" && x.casualties[0]?.number?.unit !== y.casualties[0]?.number?.unit)
    return false;
  if (x.type === "attack_tally" || x.type === "casualties") {
    // Tallies and tolls are the same when they count the same in the same places.
    const k = (c: Working) =>
      mostSpecific(ed, c.allPlaces)
        .map((p) => placeKey(placeOf(p)))
        .sort()
        .join("|");
    // (The headline's count names no place: it is the body's.)
    return countsCompatible(x, y) && (k(x) === k(y) || k(x) === "" || k(y) === "");
  }
  return (
    placesCompatible(ed, x, y) &&
    datesCompatible(x, y) &&
    actorsCompatible(ed, x, y) &&
    weaponsCompatible(x, y) &&
    countsCompatible(x, y)
  );
}

function absorb(into: Working, c: Working): void {
  into.sentences.push(...c.sentences);
  for (const g of c.groups) into.groups.add(g);
  into.allPlaces.push(...c.allPlaces);
  into.places.push(...c.places);
  for (const a of c.actors) {
    const same = into.actors.find(
      (x) =>
        x.role === a.role &&
        x.item.entity?.entity.id === a.item.entity?.entity.id &&
        x.item.kind === a.item.kind &&
        x.item.country === a.item.country,
    );
    if (!same) {
      // A named attacker replaces a description (a collective) in the same role.
      if (a.role === "attacker") {
        const old = into.actors.findIndex((x) => x.role === "attacker");
        const oldType =
          old >= 0
            ? (into.actors[old]?.item.entity?.entity as { type?: string | null } | undefined)?.type
            : null;
        if (old >= 0 && oldType === "collective") into.actors.splice(old, 1);
        else if (old >= 0) continue;
      }
      into.actors.push(a);
    }
  }
  if (into.weaponsShared && !c.weaponsShared && c.weapons.length > 0) {
    into.weapons = [];
    into.weaponsShared = false;
  }
  for (const w of c.weapons) {
    const same = into.weapons.findIndex((x) => x.id === w.id);
    if (same < 0) into.weapons.push(w);
    else if ((into.weapons[same]?.count ?? null) === null && w.count !== null) into.weapons[same] = w;
  }
  for (const q of c.quantities) if (!into.quantities.includes(q)) into.quantities.push(q);
  for (const n of c.casualties) if (!into.casualties.includes(n)) into.casualties.push(n);
  if (into.date === null && c.date !== null) {
    into.date = c.date;
    into.dateSource = c.dateSource;
  } else if (into.dateSource === "paragraph" && c.dateSource === "sentence") {
    into.date = c.date;
    into.dateSource = c.dateSource;
  }
  into.period ??= c.period;
  into.count ??= c.count;
  into.trigger ??= c.trigger;
  into.claimed ||= c.claimed;
  for (const r of c.rules) if (!into.rules.includes(r)) into.rules.push(r);
  if (!into.rules.includes("merged")) into.rules.push("merged");
}

/**
 * Restatements of one event (the title and the lead, a claim and a report) become one record: in
 * text order, each candidate joins the compatible record told nearest before it. A candidate
 * without a place joins only the nearest fitting record within two sentences.
 */
function mergeRestatements(ed: EventDoc, list: Working[]): Working[] {
  const ordered = [...list].sort((a, b) => a.sentence - b.sentence || a.anchorFirst - b.anchorFirst);
  const out: Working[] = [];
  for (const c of ordered) {
    const fits = out.filter((x) => compatible(ed, x, c));
    const last = (x: Working) => Math.max(...x.sentences);
    fits.sort((x, y) => last(y) - last(x));
    const floating = c.allPlaces.length === 0 && c.type !== "attack_tally" && c.type !== "casualties";
    // A record with no place yet takes a later located report only when it is close by.
    // (The headline tells what the body tells in detail, however far.)
    const into = fits.find(
      (x) =>
        x.allPlaces.length > 0 ||
        floating ||
        c.sentence - last(x) <= 2 ||
        x.sentences.some((s) => ed.titleSentences.has(s)),
    );
    if (into) absorb(into, c);
    // A report of an attack with no place, no party and no weapon that restates nothing is too
    // thin for a record.
    else if (!(floating && (c.type === "attack" || c.type === "interception") && thin(c))) out.push(c);
  }
  return out;
}

function thin(c: Working): boolean {
  return (
    c.weapons.length === 0 &&
    !c.actors.some((a) => a.role === "attacker" || a.role === "target") &&
    c.count === null
  );
}

// --- the record

function spanOf(ed: EventDoc, start: number, end: number) {
  return ed.doc.originalSpan(start, end);
}

function sentenceSpan(ed: EventDoc, s: number) {
  const sent = ed.doc.sentences[s] as { start: number; end: number };
  return spanOf(ed, sent.start, sent.end);
}

function eventPlace(ed: EventDoc, it: Item): EventPlace {
  const span = spanOf(ed, it.start, it.end);
  return { ...placeOf(it), text: span.text, start: span.start, end: span.end };
}

function eventActor(ed: EventDoc, a: ActorCand): EventActor | null {
  const span = spanOf(ed, a.item.start, a.item.end);
  const base = { role: a.role, via: a.via, text: span.text, start: span.start, end: span.end };
  if (a.item.kind === "demonym") {
    const idx = ed.lexicon.byRef.get(`group:${forcesOf(a.item.country ?? "")}`);
    const e = idx === undefined ? undefined : ed.lexicon.entries[idx]?.entry;
    if (!e) return null;
    return { id: e.id, name: e.name, name_ar: e.name_ar, kind: "group", ...base };
  }
  const e = a.item.entity?.entity;
  if (!e) return null;
  const kind =
    a.item.kind === "official" || a.item.kind === "outlet" || a.item.kind === "place" ? a.item.kind : "group";
  // A country that sends troops or drills is its armed forces (وللولايات المتحدة نحو 900 جندي).
  if (kind === "place" && a.role === "participant") {
    const country = (e as PlaceEntity).country;
    const idx = country ? ed.lexicon.byRef.get(`group:${forcesOf(country)}`) : undefined;
    const f = idx === undefined ? undefined : ed.lexicon.entries[idx]?.entry;
    if (f) return { id: f.id, name: f.name, name_ar: f.name_ar, kind: "group", ...base };
  }
  return { id: e.id, name: e.name, name_ar: e.name_ar, kind, ...base };
}

/** How sure the record is, from which slots were filled and how (documented in the README). */
function confidenceOf(c: Working, location: PlaceEntity | null, actors: EventActor[]): number {
  let score = 0.35;
  const trig = c.trigger;
  if (c.count) score += 0.15;
  else if (trig && (trig.sense.pos === "noun" || trig.sense.tense === "past")) score += 0.12;
  else score += 0.05;
  if (location) score += rankOf(location) >= 6 ? 0.15 : rankOf(location) >= 2 ? 0.08 : 0.04;
  if (c.date) score += c.dateSource === "sentence" ? 0.12 : 0.06;
  if (actors.some((a) => a.role === "attacker" || a.role === "participant")) score += 0.1;
  if (actors.some((a) => a.role === "target")) score += 0.04;
  if (c.weapons.length > 0) score += 0.05;
  if (c.claimed || actors.some((a) => a.role === "source")) score += 0.04;
  return Math.round(Math.min(score, 0.99) * 100) / 100;
}

function addDays(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** A tally's date: the day its period ends, as the statement's day says it (or the period's words). */
function periodEnd(day: string, said: DateMention | undefined, p: DateMention): ExtractedEvent["date"] {
  return {
    start: day,
    end: day,
    precision: "day",
    basis: said?.date.basis ?? "inferred",
    source: "period",
    text: said?.text ?? p.text,
  };
}

const LAST_STRETCH: Record<string, number> = { "relative-week": 7, "relative-month": 30 };

/**
 * A tally's period and date. "منذ 17 أكتوبر" and "بين 17 و24" give both ends; "الأسبوع الماضي" said
 * on a day the sentence names is the week before that day (the day of the statement, else the
 * publication date); "خلال أسبوعين" with no date to count from leaves both ends open. The date is
 * the period's end: the day the count was made.
 */
function tallyDates(
  c: Working,
  published: string | null,
): { date: ExtractedEvent["date"]; period: ExtractedEvent["period"] } {
  const p = c.period?.date;
  const said = c.date?.date;
  const saidDay = said?.date.start ?? null;
  const stretch = p ? LAST_STRETCH[p.rule] : undefined;
  if (p && stretch !== undefined) {
    const anchor = saidDay ?? published;
    if (anchor === null) return { date: null, period: { start: null, end: null, text: p.text } };
    return {
      date: periodEnd(anchor, said, p),
      period: { start: addDays(anchor, -stretch), end: anchor, text: p.text },
    };
  }
  // "منذ 17 أكتوبر" in a statement of Friday counts up to that Friday.
  if (p && p.rule === "since" && p.date.start !== null && saidDay !== null && saidDay >= p.date.start)
    return { date: periodEnd(saidDay, said, p), period: { start: p.date.start, end: saidDay, text: p.text } };
  if (p && p.date.start !== null && p.date.end !== null)
    return {
      date: {
        start: p.date.end,
        end: p.date.end,
        precision: "day",
        basis: p.date.basis,
        source: "period",
        text: p.text,
      },
      period: { start: p.date.start, end: p.date.end, text: p.text },
    };
  const date = said
    ? {
        start: said.date.start,
        end: said.date.end,
        precision: said.date.precision,
        basis: said.date.basis,
        source: c.dateSource ?? "sentence",
        text: said.text,
      }
    : null;
  return {
    date,
    period: { start: p?.date.start ?? null, end: p?.date.end ?? date?.end ?? null, text: p?.text ?? null },
  };
}

function finish(ed: EventDoc, c: Working): ExtractedEvent {
  const specific = mostSpecific(ed, c.allPlaces);
  const locations = specific.map((p) => eventPlace(ed, p));
  const location = locations[0] ?? null;
  // Fill a base's country and admin1 from its parents when the lexicon leaves them out.
  const actors: EventActor[] = [];
  for (const a of c.actors) {
    const ea = eventActor(ed, a);
    if (!ea) continue;
    if (actors.some((x) => x.role === ea.role && x.id === ea.id && x.name === ea.name)) continue;
    actors.push(ea);
  }
  const order = { attacker: 0, participant: 1, target: 2, claimant: 3, source: 4 } as const;
  actors.sort((x, y) => order[x.role] - order[y.role] || x.start - y.start);
  const weapons = c.weapons
    .map((w) => {
      const span = spanOf(ed, w.start, w.end);
      return {
        id: w.id,
        name: w.name,
        system: w.system,
        count: w.count,
        text: span.text,
        start: span.start,
        end: span.end,
      };
    })
    .sort((x, y) => x.start - y.start);
  const quantity = (it: Item) => {
    const n = it.number;
    const span = spanOf(ed, it.start, it.end);
    return {
      value: n?.value ?? 0,
      unit: n?.unit ?? null,
      qualifier: n?.qualifier ?? "exact",
      text: span.text,
      start: span.start,
      end: span.end,
    };
  };
  const casualty = (unit: string) => {
    const it = c.casualties.find((n) => n.number?.unit === unit);
    if (!it) return null;
    const q = quantity(it);
    return { value: q.value, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end };
  };
  const sentences = [...new Set(c.sentences)].sort((a, b) => a - b);
  const supports = sentences.map((s) => sentenceSpan(ed, s));
  const evidence = sentenceSpan(ed, c.sentence);
  const trigSpan = c.trigger
    ? spanOf(ed, c.trigger.start, c.trigger.end)
    : c.count
      ? spanOf(ed, c.count.start, c.count.end)
      : evidence;
  const lemma = c.trigger?.sense.lemma ?? c.count?.number?.unit ?? c.type;
  let date: ExtractedEvent["date"] = null;
  const d = c.date?.date;
  let period: ExtractedEvent["period"] = null;
  if (c.type === "attack_tally") {
    ({ date, period } = tallyDates(c, ed.published));
  } else if (c.titleDate && ed.published) {
    date = {
      start: ed.published,
      end: ed.published,
      precision: "day",
      basis: "dateline",
      source: "title",
      text: "",
    };
  } else if (d) {
    date = {
      start: d.date.start,
      end: d.date.end,
      precision: d.date.precision,
      basis: d.date.basis,
      source: c.dateSource ?? "sentence",
      text: d.text,
    };
  }
  return {
    type: c.type,
    date,
    location,
    locations,
    actors,
    weapons,
    quantities: c.quantities.map(quantity),
    casualties: { killed: casualty("killed"), injured: casualty("injured"), missing: casualty("missing") },
    claimed: c.claimed,
    period,
    evidence,
    supports,
    trigger: { ...trigSpan, lemma },
    confidence: confidenceOf(c, location, actors),
    rules: c.rules,
  };
}

/** Every candidate of every sentence, kept or not, with why not: what explains the records. */
export function eventCandidates(input: EventDocInput): Candidate[] {
  const ed = buildEventDoc(input);
  return ed.doc.sentences.flatMap((_, s) => sentenceCandidates(ed, s));
}
