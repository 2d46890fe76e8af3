// Event candidates of one sentence: each trigger (or counted quantity: a tally's "14 مرة", a
// deployment's "900 جندي") is an anchor; the words after it, up to the next anchor, are where its
// slots are sought (objects, places, weapons, counts), and the words before it give its subject.
// Roles come from position and the marker in front of each mention (على، من قبل، تابعة لـ, a head
// noun), the trigger's frame (active, passive, undergoer, noun with an agent or a target
// complement) and the sentence's claim, announcement and reporting verbs.

import type { GroupEntity, PlaceEntity } from "../types.js";
import type { EventDoc, Item, Trigger } from "./doc.js";
import { phraseAt, phraseMatch, stemsOf, wordIs } from "./doc.js";
import { eventTables } from "./tables.js";
import type { ActorRole, ActorVia, EventType } from "./types.js";
import {
  isArmed,
  isClauseBreak,
  isParty,
  type Marker,
  markerOf,
  wordAfter,
  wordBefore,
  wordsBefore,
} from "./words.js";

export interface ActorCand {
  readonly item: Item;
  readonly role: ActorRole;
  readonly via: ActorVia;
}

export interface WeaponCand {
  readonly id: string;
  readonly name: string;
  readonly system: string | null;
  readonly count: number | null;
  /** Normalized span of the words that name it (the weapon or its count). */
  readonly start: number;
  readonly end: number;
}

/** An event found in one sentence, before merging (normalized offsets, token indices). */
export interface Candidate {
  type: EventType;
  sentence: number;
  /** The anchor's tokens (trigger or count). */
  anchorFirst: number;
  anchorLast: number;
  trigger: Trigger | null;
  /** Every trigger folded into the candidate (a noun and the verb that carries it). */
  triggers: Trigger[];
  count: Item | null;
  actors: ActorCand[];
  /** Every place named in the candidate's words (the most specific are chosen later). */
  places: Item[];
  weapons: WeaponCand[];
  quantities: Item[];
  casualties: Item[];
  date: Item | null;
  dateSource: "sentence" | "paragraph" | "period" | null;
  period: Item | null;
  /** The words of the candidate tell of a stretch of time (الأسبوع الماضي، خلال أسبوعين). */
  overPeriod: boolean;
  claimed: boolean;
  rules: string[];
  /** Why the candidate is no event (a threat, a generic statement …), or null. */
  rejected: string | null;
  /** The date is in the anchor's own words (not only one opening the sentence). */
  dateNear: boolean;
  /** Weapons the words name (not the one a trigger implies, غارة → airstrike): what requirements count. */
  statedWeapons: number;
}

const TALLY_UNITS = new Set(["attack", "time", "operation"]);
const TROOP_UNITS = new Set(["soldier"]);
export const CASUALTY_UNITS = new Set(["killed", "injured", "missing"]);
/** Counted nouns that are weapons, with the weapon class they count. */
const WEAPON_UNITS = new Map([
  ["drone", "drone"],
  ["rocket", "rocket"],
  ["missile", "missile"],
  ["shell", "artillery"],
  ["mortar", "mortar"],
  ["fighter jet", "airstrike"],
  ["aircraft", "airstrike"],
  ["bomber", "airstrike"],
  ["helicopter", "airstrike"],
  ["explosive device", "explosive"],
  ["car bomb", "explosive"],
  ["bomb", "explosive"],
]);
/** Counted people whose count next to a casualty word makes them the victims. */
const HUMAN_UNITS = new Set(["soldier", "officer", "member", "fighter", "person", "civilian"]);
const DURATION_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade"]);
/** Date rules that are a stretch of time, not the day of an event. */
export const PERIOD_RULES = new Set([
  "since",
  "range",
  "within",
  "since-duration",
  "relative-week",
  "relative-month",
  "relative-year",
  "day-list",
  "year-range",
]);
/** Place types too broad to make an attack a particular one. */
const BROAD_PLACES = new Set(["country", "region", "sea"]);
/** Facilities: several of them struck in one sentence are separate attacks. */
export const FACILITY_TYPES = new Set([
  "base",
  "airport",
  "port",
  "oil_field",
  "gas_field",
  "crossing",
  "facility",
  "prison",
  "camp",
  "dam",
]);
/** Words that open a reported clause: what comes before them is the reporting frame. */
const COMPLEMENTIZERS = new Set([
  "ان",
  "انه",
  "انها",
  "بان",
  "بانه",
  "بانها",
  "وان",
  "وانه",
  "وانها",
  "انهم",
]);

interface Anchor {
  first: number;
  last: number;
  type: EventType;
  trigger: Trigger | null;
  count: Item | null;
  supports: Trigger[];
}

/** What the sentence as a whole says: who claims, announces and reports, and its subject. */
interface SentenceContext {
  claimant: { item: Item; tok: number } | null;
  announcer: { item: Item; tok: number } | null;
  sources: { item: Item; tok: number }[];
  /** The first party before the first anchor, as the subject of the sentence's main verb. */
  subject: Item | null;
  /** Where the first anchor starts (dates before it scope the whole sentence). */
  firstAnchor: number;
}

const isTriggerAt = (ed: EventDoc, i: number) => ed.triggerAt[i] === 1;

/** Markers a subject may carry: none, or a head noun whose owner it is (طائرات التحالف). */
const SUBJECT_MARKERS = new Set<Marker>([null, "head-attacker", "owner"]);

/**
 * The subject after a verb (Arabic puts it there: قصفت طائرات التحالف): a party within the first
 * words after it, skipping a date, an aircraft or weapon word and adjectives.
 */
function subjectAfter(ed: EventDoc, verbLast: number, limit: number): Item | null {
  const t = eventTables();
  let k = verbLast + 1;
  let skipped = 0;
  while (k < limit && skipped <= 3) {
    const tok = ed.doc.tokens[k];
    if (!tok || ed.sentenceOf[k] !== ed.sentenceOf[verbLast]) return null;
    if (tok.kind === "punct") {
      k++;
      continue;
    }
    const starting = ed.startingAt.get(k) ?? [];
    const party = starting.find(isParty);
    if (party) return SUBJECT_MARKERS.has(markerOf(ed, party)) ? party : null;
    const date = starting.find((x) => x.kind === "date");
    if (date) {
      k = date.last + 1;
      continue;
    }
    const weapon = starting.find((x) => x.kind === "weapon");
    if (weapon) {
      k = weapon.last + 1;
      skipped++;
      continue;
    }
    if (isTriggerAt(ed, k)) return null;
    if (
      !(
        wordIs(ed, t.airPlatforms, k) ||
        wordIs(ed, t.attackerHeads, k) ||
        isAdjective(ed, k) ||
        isOwnerWord(ed, k)
      )
    )
      return null;
    skipped++;
    k++;
  }
  return null;
}

const OWNER_WORDS = new Set(["تابعه", "التابعه", "تابعين", "التابعين", "تابعتين", "تابع", "التابع"]);
const isOwnerWord = (ed: EventDoc, k: number) => wordIs(ed, OWNER_WORDS, k);
const ADJECTIVES = new Set([
  "حربيه",
  "الحربيه",
  "حربي",
  "الحربي",
  "مسيره",
  "المسيره",
  "مسير",
  "المسير",
  "مجهوله",
  "المجهوله",
  "مجهول",
  "عسكريه",
  "العسكريه",
  "عسكري",
  "العسكري",
  "جويه",
  "الجويه",
  "جوي",
  "الجوي",
  "صاروخيه",
  "صاروخي",
  "اضافيه",
  "جديده",
  "مسلحه",
  "المسلحه",
]);
const isAdjective = (ed: EventDoc, k: number) =>
  wordIs(ed, ADJECTIVES, k) || ed.covering[k]?.kind === "demonym";

/** The subject before a verb (القوات الأميركية وجهت): the nearest party not behind a preposition. */
function subjectBefore(ed: EventDoc, items: readonly Item[], verbTok: number, from: number): Item | null {
  // "من أطلقوا": whoever did it; the subject is the relative pronoun, not a party before it.
  const w = wordBefore(ed, verbTok);
  if (w >= 0 && /^[وف]?(من|ما)$/.test(ed.doc.tokens[w]?.text ?? "")) return null;
  // The subject of a verb in a reported clause is inside it: the search stops at أن، إن, عندما, التي.
  const t = eventTables();
  let limit = from;
  for (let k = verbTok - 1; k >= from; k--)
    if (COMPLEMENTIZERS.has(ed.doc.tokens[k]?.text ?? "") || wordIs(ed, t.clauseOpeners, k)) {
      limit = k + 1;
      break;
    }
  for (let n = items.length - 1; n >= 0; n--) {
    const it = items[n] as Item;
    if (it.last >= verbTok || it.first < limit) continue;
    if (verbTok - it.last > 10) break;
    if (!isParty(it)) continue;
    if (it.kind === "place" && markerOf(ed, it) !== null) continue;
    if (SUBJECT_MARKERS.has(markerOf(ed, it))) return it;
    // Only the nearest party can be the subject; one behind a preposition ends the search.
    if (it.kind !== "place") return null;
  }
  return null;
}

/** Is the word right before token k a negation (لم تعلن، لا تتبنى)? */
function negated(ed: EventDoc, k: number): boolean {
  const w = wordBefore(ed, k);
  const text = w >= 0 ? (ed.doc.tokens[w]?.text ?? "") : "";
  return /^[وف]?(لم|لا|لن|ليس|ما)$/.test(text);
}

function sentenceContext(
  ed: EventDoc,
  items: readonly Item[],
  from: number,
  to: number,
  firstAnchor: number,
): SentenceContext {
  const t = eventTables();
  const ctx: SentenceContext = { claimant: null, announcer: null, sources: [], subject: null, firstAnchor };
  for (let k = from; k < to; k++) {
    const isClaim = wordIs(ed, t.claim, k);
    const isAnnounce = !isClaim && wordIs(ed, t.announce, k);
    const reportLen = phraseAt(ed, t.report, k, 2);
    if ((!isClaim && !isAnnounce && reportLen === 0) || negated(ed, k)) continue;
    const last = k + Math.max(reportLen, 1) - 1;
    // أعلنت X مسؤوليتها: the claim noun's owner is the subject of the verb before it.
    const claimNoun = isClaim && /مسوول/.test(ed.doc.tokens[k]?.text ?? "");
    const who = claimNoun
      ? subjectBefore(ed, items, k, from)
      : (subjectAfter(ed, last, to) ??
        (reportLen > 0 ? speakerAfter(items, last, to) : null) ??
        subjectBefore(ed, items, k, from));
    if (!who) continue;
    if (isClaim) ctx.claimant ??= { item: who, tok: k };
    else if (isAnnounce) ctx.announcer ??= { item: who, tok: k };
    if (reportLen > 0 || isAnnounce) ctx.sources.push({ item: who, tok: k });
  }
  for (const it of items) {
    if (it.first >= firstAnchor) break;
    if (
      isParty(it) &&
      SUBJECT_MARKERS.has(markerOf(ed, it)) &&
      !(it.kind === "place" && markerOf(ed, it) !== null)
    ) {
      ctx.subject = it;
      break;
    }
  }
  return ctx;
}

/** A reporting verb's speaker when a title stands first (قال المتحدث باسم البنتاغون بات رايدر). */
function speakerAfter(items: readonly Item[], k: number, to: number): Item | null {
  for (const it of items) {
    if (it.first <= k || it.first >= to) continue;
    if (it.first - k > 6) break;
    if (it.kind === "official" || it.kind === "outlet" || it.kind === "group") return it;
  }
  return null;
}

/**
 * The kind (or form) of the cue of a table found within `n` words before token i, stopping at a
 * clause break, at `stop` and at another anchor. Null when there is none.
 */
function cueBefore(
  ed: EventDoc,
  set: ReadonlySet<string> | ReadonlyMap<string, string>,
  i: number,
  n: number,
  stop: number,
): string | null {
  let k = i;
  for (let words = 0; words < n; words++) {
    if (isClauseBreak(ed, k - 1)) return null;
    k = wordBefore(ed, k);
    if (k < 0 || k < stop) return null;
    const found = phraseMatch(ed, set, k, 3);
    if (found)
      return set instanceof Map ? (set.get(found.phrase) ?? found.phrase) : (ed.doc.tokens[k]?.text ?? "");
  }
  return null;
}

/** Groups related by the lexicon's parent links (the Pentagon and US forces). */
export function related(ed: EventDoc, a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  const parentOf = (id: string): string | null => {
    const idx = ed.lexicon.byRef.get(`group:${id}`);
    const e = idx === undefined ? undefined : ed.lexicon.entries[idx]?.entry;
    return (e as { parent?: string | null } | undefined)?.parent ?? null;
  };
  const chain = (id: string) => {
    const out = [id];
    let p = parentOf(id);
    while (p !== null && out.length < 6 && !out.includes(p)) {
      out.push(p);
      p = parentOf(p);
    }
    return out;
  };
  return chain(a).includes(b) || chain(b).includes(a);
}

/**
 * On the same side: one holds the other, or both sit under the same parent (CENTCOM and US forces
 * under the Pentagon). What makes an announcement a claim.
 */
export function sameSide(ed: EventDoc, a: string | null, b: string | null): boolean {
  if (related(ed, a, b)) return true;
  if (a === null || b === null) return false;
  const parentOf = (id: string): string | null => {
    const idx = ed.lexicon.byRef.get(`group:${id}`);
    const e = idx === undefined ? undefined : ed.lexicon.entries[idx]?.entry;
    return (e as { parent?: string | null } | undefined)?.parent ?? null;
  };
  const pa = parentOf(a);
  return pa !== null && pa === parentOf(b);
}

/** The armed forces of a country (the group a nationality adjective names). */
export function forcesOf(country: string): string {
  return eventTables().countryForces.get(country) ?? "";
}

/** The id of the party a mention names (a nationality adjective: the country's forces). */
export function actorId(item: Item): string | null {
  if (item.kind === "demonym") return forcesOf(item.country ?? "") || null;
  if (item.kind === "official")
    return (
      (item.entity?.entity as { org?: string | null } | undefined)?.org ?? item.entity?.entity.id ?? null
    );
  return item.entity?.entity.id ?? null;
}

const placeType = (it: Item): string => (it.entity?.entity as PlaceEntity | undefined)?.type ?? "";

/** Build the anchors of a sentence: triggers and counts, with counts absorbing the trigger before them. */
/** Pronouns of part of what was just told: إحداهما، معظمها، عدداً منها. */
const OF_THEM = /^(احداهما|احداها|احدهما|احدها|معظمها|اغلبها|بعضها|جميعها|كلها|عددا|عدد)$/;

/** "بينها 32 في العراق"، "53 منها في العراق": a count that is a part of the count before. */
function breakdownWord(ed: EventDoc, it: Item): boolean {
  const part = /^(بينها|منها|بينهم|منهم)$/;
  const before = wordBefore(ed, it.first);
  const after = wordAfter(ed, it.last);
  return (
    (before >= 0 && part.test(ed.doc.tokens[before]?.text ?? "")) ||
    (after >= 0 && part.test(ed.doc.tokens[after]?.text ?? ""))
  );
}

/** "إحدى المسيرتين"، "أحد الصواريخ": one of them. */
function oneOf(ed: EventDoc, w: Item): boolean {
  const k = wordBefore(ed, w.first);
  return k >= 0 && /^[وف]?(احدي|احد)$/.test(ed.doc.tokens[k]?.text ?? "");
}

function anchorsOf(
  ed: EventDoc,
  sentTriggers: readonly Trigger[],
  items: readonly Item[],
  sentenceHasTotal: boolean,
): Anchor[] {
  const attackContext = sentTriggers.some((t) => t.sense.type === "attack");
  const deploymentContext = sentTriggers.some((t) => t.sense.type === "deployment");
  // Strikes counted over a stretch of time are a tally (أكثر من 30 ضربة خلال يومين).
  const overPeriod = items.some((it) => it.kind === "date" && PERIOD_RULES.has(it.date?.rule ?? ""));
  const runningTotal = sentTriggers.length > 0 && sentenceHasTotal;
  const counts: Anchor[] = [];
  for (const it of items) {
    if (it.kind !== "number" || !it.number) continue;
    const n = it.number;
    // "كلا الهجومين"، "الهجومين": the two attacks just told, not a count of new ones.
    const pointsBack =
      n.rule === "dual" && /(^|\s)(و?كلا|ال|وال|لل)/.test(n.text.replace(/[\u064b-\u0652]/g, ""));
    // Strikes or targets counted over a stretch of time or as a running total are a tally (أكثر من
    // 30 ضربة خلال يومين، يرفع عدد الضربات إلى 22).
    const countedOver = overPeriod || runningTotal;
    const tallyUnit =
      TALLY_UNITS.has(n.unit ?? "") || ((n.unit === "strike" || n.unit === "target") && countedOver);
    const previous = counts[counts.length - 1];
    if (n.value >= 2 && tallyUnit && (n.unit !== "time" || attackContext) && !pointsBack)
      counts.push({
        first: it.first,
        last: it.last,
        type: "attack_tally",
        trigger: null,
        count: it,
        supports: [],
      });
    // "نحو 2500 جندي في العراق وقرابة 900 في سوريا": a bare count after one is of the same.
    else if (
      n.unit === null &&
      n.value >= 2 &&
      previous &&
      ((/^و/.test(n.text) && it.first - previous.last <= 10) ||
        (breakdownWord(ed, it) && it.first - previous.last <= 25))
    )
      counts.push({
        first: it.first,
        last: it.last,
        type: previous.type,
        trigger: null,
        count: it,
        supports: [],
      });
    // Troops counted without a word of deployment are a deployment when they are many (900 جندي في
    // سوريا); a few soldiers are more often casualties.
    else if (TROOP_UNITS.has(n.unit ?? "") && n.value >= (deploymentContext ? 2 : 20))
      counts.push({
        first: it.first,
        last: it.last,
        type: "deployment",
        trigger: null,
        count: it,
        supports: [],
      });
  }
  const anchors: Anchor[] = [...counts];
  const supports: Trigger[] = [];
  for (const t of sentTriggers) {
    if (t.sense.frame === "support" || t.sense.frame === "undergoer") {
      supports.push(t);
      continue;
    }
    const inside = counts.find((c) => c.first <= t.tok && t.tok <= c.last);
    if (inside) {
      inside.trigger ??= t;
      continue;
    }
    anchors.push({ first: t.tok, last: t.last, type: t.sense.type, trigger: t, count: null, supports: [] });
  }
  anchors.sort((a, b) => a.first - b.first);
  // A count right after a trigger of its family is that trigger's count (هوجمت … 10 مرات، ينتشر
  // نحو 2500 جندي); a second count after it is a breakdown with its own record.
  for (let k = 1; k < anchors.length; k++) {
    const c = anchors[k] as Anchor;
    const prev = anchors[k - 1] as Anchor;
    if (!c.count || prev.count || !prev.trigger) continue;
    const family = c.type === "attack_tally" ? prev.type === "attack" : prev.type === c.type;
    // A count that holds its own noun (خمس هجمات) takes a verb right before it (استهدفت خمس هجمات).
    const reach = c.trigger ? 3 : 12;
    if (!family || c.first - prev.last > reach) continue;
    if (c.trigger) {
      c.supports.push({ ...prev.trigger, sense: { ...prev.trigger.sense, frame: "support" } });
      c.supports.push(...prev.supports);
      anchors.splice(k - 1, 1);
      k--;
      continue;
    }
    c.trigger = prev.trigger;
    c.supports.push(...prev.supports);
    c.first = Math.min(c.first, prev.first);
    anchors.splice(k - 1, 1);
    k--;
  }
  for (const c of anchors) if (c.trigger && c.trigger.tok < c.first) c.first = c.trigger.tok;
  // Support verbs (شن، نفذ، وجه، أجرى، تعرض) belong to the anchor right after them, or else to the
  // one right before (الغارات التي شنتها).
  for (const s of supports) {
    const next = anchors.find((a) => a.first > s.last && a.first - s.last <= 8);
    const between = next && supports.some((o) => o !== s && o.tok > s.last && o.tok < next.first);
    if (next && !between) {
      next.supports.push(s);
      continue;
    }
    const prev = [...anchors].reverse().find((a) => a.last < s.tok && s.tok - a.last <= 4);
    prev?.supports.push(s);
  }
  return anchors;
}

interface Bounds {
  /** The sentence's tokens. */
  from: number;
  to: number;
  /** Where the anchor (with its support verbs) starts. */
  start: number;
  /** The end of the anchor's forward words. */
  fwdEnd: number;
  /** How far back its subject may be. */
  backStart: number;
  /** The first anchor of the sentence: the words before it are its own. */
  first: boolean;
}

/** Every candidate of one sentence, kept or rejected. */
export function sentenceCandidates(ed: EventDoc, s: number): Candidate[] {
  const range = ed.sentenceTokens[s];
  if (!range || range[0] >= range[1]) return [];
  const [from, to] = range;
  const items = ed.itemsOf[s] ?? [];
  // Triggers that need a weapon or a military object near them and have none are no anchors: they
  // must not cut the words of the anchor before them (دخلت … شاحنات، نشرت الوكالة).
  const t0 = eventTables();
  let total = false;
  for (let k = from; k < to && !total; k++)
    total =
      wordIs(ed, t0.toll, k) ||
      ed.doc.tokens[k]?.text === "منذ" ||
      /^و?(عدد|يرفع|ليرفع)$/.test(ed.doc.tokens[k]?.text ?? "");
  const anchors = anchorsOf(
    ed,
    (ed.triggersOf[s] ?? []).filter((t) => requirementNear(ed, t, items)),
    items,
    total,
  );
  if (anchors.length === 0) return [];
  const starts = anchors.map((a) => Math.min(a.first, ...a.supports.map((x) => x.tok)));
  const ctx = sentenceContext(ed, items, from, to, starts[0] as number);
  const out: { c: Candidate; a: Anchor; b: Bounds }[] = [];
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k] as Anchor;
    const b: Bounds = {
      from,
      to,
      start: starts[k] as number,
      fwdEnd: Math.min(
        k + 1 < anchors.length ? (starts[k + 1] as number) : to,
        hardBreakAfter(ed, a.last, to),
      ),
      backStart: k === 0 ? from : (anchors[k - 1] as Anchor).last + 1,
      first: k === 0,
    };
    out.push({ c: fill(ed, a, items, b, ctx), a, b });
  }
  // حاولتا استهداف: an attack that was only the aim of something else (of an interception).
  const t = eventTables();
  for (const x of out)
    if (x.c.type === "attack" && cueBefore(ed, t.purpose, x.b.start, 2, x.b.backStart) !== null)
      x.c.rules.push("purpose");
  hinge(out);
  inheritAgents(out);
  for (const x of out) x.c.rejected = rejection(ed, x.c, x.a, x.b);
  // What a drill does (ضرب أهداف وهمية، إطلاق صواريخ) is part of it, not an attack.
  for (let k = 1; k < out.length; k++) {
    const x = out[k] as { c: Candidate };
    const prev = out[k - 1] as { c: Candidate };
    if (
      x.c.type === "attack" &&
      prev.c.type === "exercise" &&
      !x.c.actors.some((y) => y.role === "attacker" || y.role === "target")
    )
      x.c.rejected ??= "part of an exercise";
  }
  // What one trigger of a kind needed (a weapon, a military object) the sentence has shown for the
  // next of that kind (تدريبات مماثلة).
  for (const x of out) {
    if (!x.c.rejected?.startsWith("requires")) continue;
    if (out.some((y) => y !== x && y.c.type === x.c.type && y.c.rejected === null)) x.c.rejected = null;
  }
  return out.map((x) => x.c);
}

/**
 * A verb and the noun that names what it did are one event: استهدفت … بهجمات صاروخية (the noun
 * as the means), هجوماً بطائرة … استهدف (the noun before the verb that tells it).
 */
function hinge(list: { c: Candidate; a: Anchor; b: Bounds }[]): void {
  for (let k = list.length - 1; k >= 1; k--) {
    const x = list[k - 1] as { c: Candidate; a: Anchor; b: Bounds };
    const y = list[k] as { c: Candidate; a: Anchor; b: Bounds };
    if (x.c.type !== y.c.type || x.c.count || y.c.count || !x.a.trigger || !y.a.trigger) continue;
    const xt = x.a.trigger;
    const yt = y.a.trigger;
    const gap = yt.tok - xt.last;
    const meansAfter =
      xt.sense.pos === "verb" && yt.sense.pos === "noun" && /^و?ب/.test(yt.prefix) && gap <= 12;
    // Not a noun that names another event the verb is dated by (وبعد ساعات من الهجوم، استهدفت).
    const pointsBack = /^ال|^وال|^لل/.test(xt.prefix) || xt.sense.pronoun;
    const verbAfter =
      xt.sense.pos === "noun" && yt.sense.pos === "verb" && gap <= 6 && !yt.passive && !pointsBack;
    if (!meansAfter && !verbAfter) continue;
    const c = x.c;
    const d = y.c;
    for (const a of d.actors) if (!c.actors.some((z) => z.item === a.item)) c.actors.push(a);
    c.places.push(...d.places.filter((p) => !c.places.includes(p)));
    c.weapons.push(...d.weapons.filter((w) => !c.weapons.some((v) => v.id === w.id)));
    c.quantities.push(...d.quantities.filter((q) => !c.quantities.includes(q)));
    c.casualties.push(...d.casualties.filter((q) => !c.casualties.includes(q)));
    // A day in the words of either beats one that only opens the sentence (the dateline's).
    if (d.date && (c.date === null || (!c.dateNear && d.dateNear))) {
      c.date = d.date;
      c.dateSource = d.dateSource;
      c.dateNear = d.dateNear;
    }
    c.overPeriod ||= d.overPeriod;
    c.claimed ||= d.claimed;
    c.triggers.push(...d.triggers);
    c.rules.push("hinge", ...d.rules);
    x.a = { ...x.a, last: y.a.last, supports: [...x.a.supports, ...y.a.supports] };
    x.b = { ...x.b, fwdEnd: y.b.fwdEnd };
    list.splice(k, 1);
  }
}

/**
 * "… باستهداف قاعدتيها …، إضافة إلى استهداف قاعدة عين الأسد": an attack told right after another
 * in the same sentence, with no attacker of its own, has the same attacker.
 */
function inheritAgents(list: { c: Candidate }[]): void {
  for (let k = 1; k < list.length; k++) {
    const c = (list[k] as { c: Candidate }).c;
    const prev = (list[k - 1] as { c: Candidate }).c;
    if (c.type !== prev.type || c.actors.some((x) => x.role === "attacker" || x.role === "participant"))
      continue;
    const agent = prev.actors.find((x) => x.role === "attacker" || x.role === "participant");
    if (agent) {
      c.actors.unshift({ ...agent, via: "list" });
      if (prev.claimed && c.type === "attack") c.claimed = true;
    }
  }
}

function fill(ed: EventDoc, a: Anchor, items: readonly Item[], b: Bounds, ctx: SentenceContext): Candidate {
  const rules: string[] = [];
  const trig = a.trigger;
  const inFwd = (it: Item) => it.first > a.last && it.first < b.fwdEnd;
  const backFrom = b.first ? b.from : b.backStart;
  const inBack = (it: Item) => it.last < b.start && it.first >= backFrom;
  const inAnchor = (it: Item) => it.first >= a.first && it.last <= a.last;
  // The words before the anchor are its own when it opens the sentence, from where its clause
  // starts (after عندما، التي …); a tally's, from its own clause (after إن، أن or a comma).
  const tally = a.type === "attack_tally";
  const clauseFrom = tally
    ? clauseStart(ed, a.first, backFrom, true)
    : b.first
      ? openingClause(ed, a.first, b.from)
      : b.start;
  // The words between a support verb and its noun are the anchor's too (تعرضت القوات في قاعدة الشدادي لهجوم).
  const inSupport = (it: Item) => it.first >= b.start && it.last < a.first;
  let own = items.filter(
    (it) => inFwd(it) || inAnchor(it) || inSupport(it) || (inBack(it) && it.first >= clauseFrom),
  );
  // A part of a breakdown (و74 في سوريا) counts where its own words say, not where the part before it does.
  if (tally && !b.first && own.some((it) => it.kind === "place" && inFwd(it)))
    own = own.filter((it) => !(it.kind === "place" && inBack(it)));

  // --- actors
  const actors: ActorCand[] = [];
  const used = new Set<Item>();
  const put = (item: Item | null, role: ActorRole, via: ActorVia) => {
    if (!item || used.has(item)) return;
    used.add(item);
    actors.push({ item, role, via });
  };
  const acting = a.type === "deployment" || a.type === "exercise";
  const agentRole: ActorRole = acting ? "participant" : "attacker";
  const agentTaken = () => actors.some((x) => x.role === agentRole && x.via !== "list");
  const preSupport = a.supports.find((x) => x.tok < a.first);
  const postSupport = a.supports.find((x) => x.tok > a.last);
  const undergoer = a.supports.find((x) => x.sense.frame === "undergoer");
  const verb = preSupport ?? (trig && trig.sense.pos === "verb" ? trig : null);
  const passive = !!undergoer || verb?.passive;
  const subjectOf = (v: Trigger) =>
    subjectAfter(ed, v.last, b.fwdEnd) ?? subjectBefore(ed, items, v.tok, b.backStart);

  // "إنها استهدفت": the pronoun is the subject; the party after the verb is its object.
  const pronounSubject = verb !== null && isPronounSubject(ed, verb.tok);
  if (verb && verb.sense.frame !== "impact" && !pronounSubject) {
    const subj = subjectOf(verb);
    if (passive) put(subj, "target", "subject");
    // The force that shoots down a drone is the one it was sent against.
    else if (a.type === "interception") put(subj, "target", "subject");
    else put(subj, agentRole, "subject");
  } else if (undergoer) put(subjectOf(undergoer), "target", "subject");
  let claimed = false;
  // "إن قواتها نفذت ضربة": its forces, the forces of the party that reports it.
  if (verb && !agentTaken() && !passive && a.type !== "interception") {
    const forces = pronounForces(ed, verb, ctx);
    if (forces) {
      put(forces, agentRole, forces.kind === "group" ? "announcement" : "possessor");
      if (forces.kind === "group" && a.type === "attack") {
        claimed = true;
        rules.push("announcement");
      }
    }
  }
  if (postSupport && postSupport.sense.frame === "support") {
    const after = subjectAfter(ed, postSupport.last, b.fwdEnd);
    if (after) put(after, agentRole, "subject");
    // الغارات التي شنتها / عملية توغل نفذها: the pronoun points back to the sentence's subject.
    else if (postSupport.sense.pronoun) {
      const back = subjectBefore(ed, items, a.first, b.from) ?? ctx.subject;
      const isSource = ctx.sources.some((x) => x.item === back);
      if (back && isArmed(back) && !isSource && !agentTaken()) put(back, agentRole, "sentence-subject");
    }
  }
  // A noun's complement right after it: هجمات المقاومة (agent), استهداف القاعدة (target), غارات
  // إسرائيلية (a nationality: the agent).
  const noun = trig && trig.sense.pos === "noun" ? trig : null;
  if (noun) {
    const next = items.find((it) => it.first > noun.last && it.first <= noun.last + 3 && isParty(it));
    if (next) {
      const m = markerOf(ed, next);
      let adjacent = true;
      for (let k = noun.last + 1; k < next.first; k++) if (!isAdjective(ed, k)) adjacent = false;
      if (adjacent && (m === null || m === "of" || m === "head-attacker")) {
        if (noun.sense.genitive === "agent" || next.kind === "demonym") put(next, agentRole, "genitive");
        else if (!(next.kind === "place" && m === "of")) put(next, "target", "genitive");
      }
    }
  }
  // The rest of the parties in the forward words, by the marker in front of them.
  for (const it of own) {
    if (!isParty(it) || used.has(it) || !inFwd(it)) continue;
    const m: Marker = markerOf(ed, it);
    const place = it.kind === "place";
    // من: the agent of a noun or a passive right before it (هجمات من المقاومة), not a part of
    // forces (قوات من التحالف) nor anything far from the trigger.
    const fromAgent =
      m === "from" &&
      !place &&
      !originBefore(ed, it) &&
      !partitive(ed, it) &&
      (noun !== null || passive) &&
      it.first - a.last <= 6;
    if (m === "by" || fromAgent) {
      if (!agentTaken()) put(it, agentRole, "agent-phrase");
    } else if (m === "against") put(it, acting ? agentRole : "target", "object");
    else if (m === "head-attacker") {
      if (!agentTaken()) put(it, agentRole, "owner");
    } else if (m === "head-site") {
      // A site of someone (قواعد التحالف، القاعدة الأمريكية) is attacked; in a drill it is only where.
      if (!acting) put(it, "target", "owner");
    } else if ((m === "head-party" || m === "owner") && !(place && m === "owner")) {
      put(it, acting ? agentRole : "target", "owner");
    } else if (m === "with" && (acting || !place) && !(place && afterBorder(ed, it)))
      put(it, "participant", "list");
    else if (
      (m === null || m === "of") &&
      !place &&
      !acting &&
      !actors.some((x) => x.role === "target") &&
      !ctx.sources.some((x) => x.item === it)
    ) {
      // The object of an active verb, the complement of a target noun (استهداف قاعدة تضم قوات
      // أميركية), or what a count of attacks struck (استهدفت خمس هجمات القوات الأمريكية): close by.
      const close = it.first - a.last <= 5;
      if (
        close &&
        ((verb && !passive && (agentTaken() || pronounSubject)) ||
          noun?.sense.genitive === "target" ||
          (tally && !passive))
      )
        put(it, "target", "object");
    }
  }
  // A tally's targets may come before its count: عدد الهجمات على القوات الأميركية … إلى 140 هجوماً.
  if (tally)
    for (const it of own)
      if (isParty(it) && !used.has(it) && inBack(it) && markerOf(ed, it) === "against")
        put(it, "target", "object");
  // Those killed or wounded are of the side attacked: إصابة عدد من العسكريين الأميركيين، قُتل سبعة
  // عناصر من قسد، جنديين من الجيش العراقي قُتلوا.
  if (a.type === "attack" || a.type === "interception")
    for (const it of own) {
      if (!isParty(it) || used.has(it) || it.kind === "place" || !casualtyBefore(ed, it)) continue;
      if (!actors.some((x) => x.role === "attacker" && actorId(x.item) === actorId(it)))
        put(it, "target", "casualty");
    }
  // The troops' own name (2500 جندي أمريكي: the count's noun starts the name of the force).
  if (acting && a.count && !agentTaken()) {
    const named = items.find(
      (it) => isParty(it) && it.first >= a.first && it.first <= a.last + 1 && it.last > a.last,
    );
    if (named) put(named, agentRole, "genitive");
  }
  // Possession: وللولايات المتحدة نحو 900 جندي (the troops' country).
  if (acting && a.count && !agentTaken()) {
    const owner = items.find(
      (it) => it.last < a.first && a.first - it.last <= 3 && isParty(it) && /ل/.test(it.prefix),
    );
    if (owner) put(owner, agentRole, "possessor");
  }
  // Parties in a list with one already placed share its role (قوات التحالف وقسد).
  for (const it of own) {
    if (!isParty(it) || used.has(it) || it.kind === "place") continue;
    // و written on the name, or standing alone before quotes (و«قسد»).
    let w = wordBefore(ed, it.first);
    if (!/^و/.test(it.prefix)) {
      if (w < 0 || ed.doc.tokens[w]?.text !== "و") continue;
      w = wordBefore(ed, w);
    }
    const prev = actors.find((x) => x.item.last === w);
    if (prev) put(it, prev.role, "list");
  }

  // Claims and announcements of the sentence.
  const claimant = ctx.claimant && isArmed(ctx.claimant.item) ? ctx.claimant : null;
  // (A tally's claim is of some of the attacks it counts: تبنت المقاومة معظمها.)
  if (claimant && a.type === "attack") {
    if (!agentTaken()) put(claimant.item, agentRole, "claim");
    const agent = actors.find((x) => x.role === agentRole);
    if (agent && related(ed, actorId(agent.item), actorId(claimant.item))) {
      claimed = true;
      rules.push("claim");
    }
  }
  const announceAgent = (who: { item: Item; tok: number }) => {
    put(who.item, agentRole, "announcement");
    claimed = true;
    rules.push("announcement");
  };
  const ann = ctx.announcer;
  if (ann && !agentTaken() && isArmed(ann.item) && ann.tok < a.first && noun) {
    // أعلنت المقاومة (…، السبت،) استهداف …؛ أعلنت الولايات المتحدة عن تعزيزات …
    const near = wordsBetween(ed, ann.item.last, a.first) <= (acting ? 2 : 1);
    if (near && a.type === "attack") announceAgent(ann);
    else if (near && acting) put(ann.item, agentRole, "announcement");
  }
  for (const src of ctx.sources) {
    if (!verb || agentTaken() || a.type === "interception" || a.type === "attack_tally") continue;
    // قالت المقاومة إنها أطلقت …، أعلنت الولايات المتحدة أنها سترسل …
    if (src.tok < verb.tok && isArmed(src.item) && isPronounSubject(ed, verb.tok)) {
      if (a.type === "attack") announceAgent(src);
      else put(src.item, agentRole, "announcement");
    }
  }
  // The sentence's subject acts when the anchor names its act: ردت المقاومة … باستهداف قاعدتيها.
  if (
    !agentTaken() &&
    noun &&
    !passive &&
    (/^و?ب/.test(noun.prefix) || /^و?في$/.test(ed.doc.tokens[wordBefore(ed, noun.tok)]?.text ?? "")) &&
    ctx.subject &&
    isArmed(ctx.subject) &&
    !ctx.sources.some((x) => x.item === ctx.subject)
  )
    put(ctx.subject, agentRole, "sentence-subject");
  for (const src of ctx.sources) {
    if (used.has(src.item)) continue;
    const agent = actors.find((x) => x.role === agentRole);
    if (
      agent &&
      (a.type === "attack" || a.type === "interception") &&
      sameSide(ed, actorId(agent.item), actorId(src.item))
    ) {
      claimed = true;
      rules.push("announced-by-own-side");
    }
    actors.push({ item: src.item, role: "source", via: "report" });
    used.add(src.item);
  }
  if (claimant && claimed && !actors.some((x) => x.role === "claimant"))
    actors.push({ item: claimant.item, role: "claimant", via: "claim" });

  // --- places: where it happened, without origins, parties and places named as actors (واشنطن).
  const places = own.filter((it) => {
    if (it.kind !== "place") return false;
    const m = markerOf(ed, it);
    if (used.has(it) && m !== "against") return false;
    // After a head noun a country is a party (قوات الولايات المتحدة); a base is still a base
    // (طائرة مسيرة قاعدة حرير).
    const headed = m === "head-party" || m === "head-attacker" || m === "head-site";
    if ((headed && placeType(it) === "country") || m === "owner") return false;
    // Where an attack came from (من غزة، مصدرها …) or a pair (بين إسرائيل وحماس) is not where it fell.
    if (m === "from" || m === "with") return false;
    // Where a ship was heading (متجهة إلى ميناء إيلات) is not where it was struck.
    // (Rockets fired باتجاه كريات شمونة fell there: a direction of fire is a place.)
    if (m === "to" && a.type !== "deployment" && a.type !== "exercise" && !towards(ed, it)) return false;
    if (it.start < ed.datelineEnd) return false;
    // A country, a city or a region with no preposition before it is a party (أعلنت واشنطن، دعم
    // إيران، حرب غزة), unless it is what the trigger struck (قصف دمشق، استهداف التنف).
    const type = placeType(it);
    const bare = (m === null || m === "of") && !it.entity?.context?.type_word;
    const struck =
      trig !== null &&
      it.first - trig.last <= 2 &&
      (trig.sense.pos === "verb" ? !passive : trig.sense.genitive === "target");
    if (bare && (type === "country" || type === "city" || type === "region") && !struck) return false;
    return true;
  });

  // --- weapons and counts
  const weapons: WeaponCand[] = [];
  const counted = new Set<Item>();
  const numbers = own.filter((it) => it.kind === "number");
  const overlapsAnchor = (it: Item) => it.first <= a.last && it.last >= a.first;
  const weaponItems = items.filter(
    (it) =>
      it.kind === "weapon" &&
      (inFwd(it) ||
        overlapsAnchor(it) ||
        inSupport(it) ||
        (inBack(it) && (b.first || it.last >= b.start - 3))),
  );
  for (const w of weaponItems) {
    const e = w.entity?.entity as { id: string; name: string; class: string };
    // Air defences are what stops an attack, not what it was made with; launchers and depots of
    // rockets (منصات لإطلاق الصواريخ، مخازن الأسلحة) are what it struck.
    if (e.class === "air-defense" && (a.type === "attack" || a.type === "interception")) continue;
    if (weaponAsObject(ed, w)) continue;
    const n = numbers.find(
      (x) => x.first <= w.last && x.last >= w.first && WEAPON_UNITS.has(x.number?.unit ?? ""),
    );
    if (n) counted.add(n);
    const generic = e.class === e.id;
    weapons.push({
      id: e.class,
      name: generic ? e.name : e.class,
      system: generic ? null : e.id,
      // إحدى المسيرتين: one of the two.
      count: oneOf(ed, w) ? 1 : (n?.number?.value ?? (singularIndefinite(w) ? 1 : null)),
      start: w.start,
      end: w.end,
    });
  }
  for (const n of numbers) {
    const cls = WEAPON_UNITS.get(n.number?.unit ?? "");
    if (!cls || counted.has(n)) continue;
    counted.add(n);
    const same = weapons.findIndex((w) => w.id === cls && (w.count === null || w.count === 1));
    const count = n.number?.value ?? null;
    if (same >= 0) weapons.splice(same, 1, { ...(weapons[same] as WeaponCand), count });
    else weapons.push({ id: cls, name: cls, system: null, count, start: n.start, end: n.end });
  }
  const stated = weapons.length;
  if (trig?.sense.weapon && !weapons.some((w) => w.id === trig.sense.weapon))
    weapons.push({
      id: trig.sense.weapon,
      name: trig.sense.weapon,
      system: null,
      count: null,
      start: trig.start,
      end: trig.end,
    });
  // Aircraft as the means (طائرات التحالف، مقاتلتان أميركيتان): an air strike, whatever they fired.
  const platform = a.type === "attack" ? airPlatformNear(ed, a, b) : -1;
  if (platform >= 0 && !weapons.some((w) => w.id === "airstrike" || w.id === "drone")) {
    const tok = ed.doc.tokens[platform];
    weapons.unshift({
      id: "airstrike",
      name: "airstrike",
      system: null,
      count: null,
      start: tok?.start ?? 0,
      end: tok?.end ?? 0,
    });
    rules.push("air-platform");
  }
  const airstrike = weapons.findIndex((w) => w.id === "airstrike");
  if (airstrike >= 0 && weapons[airstrike]?.count === null) {
    // The number of aircraft (مقاتلتان) counts the air strike.
    const jets = numbers.find((x) => WEAPON_UNITS.get(x.number?.unit ?? "") === "airstrike");
    if (jets)
      weapons.splice(airstrike, 1, {
        ...(weapons[airstrike] as WeaponCand),
        count: jets.number?.value ?? null,
      });
  }

  // A drill uses weapons without attacking with them.
  if (a.type === "exercise") weapons.length = 0;
  const casualties = own.filter((it) => it.kind === "number" && CASUALTY_UNITS.has(it.number?.unit ?? ""));
  const quantities = own.filter(
    (it) =>
      it.kind === "number" &&
      it !== a.count &&
      !counted.has(it) &&
      !casualties.includes(it) &&
      !CASUALTY_UNITS.has(it.number?.unit ?? "") &&
      !DURATION_UNITS.has(it.number?.unit ?? "") &&
      it.number?.unit !== null,
  );
  if (a.count) quantities.unshift(a.count);

  // --- date and period. The day of the anchor's own words, or one that opens the sentence.
  const dates = items.filter((it) => it.kind === "date" && it.date);
  const isDay = (it: Item) =>
    !PERIOD_RULES.has(it.date?.rule ?? "") &&
    it.date?.date.start !== null &&
    it.date?.date.start === it.date?.date.end;
  const nearest = (list: Item[]) =>
    list.sort((x, y) => Math.abs(x.first - a.first) - Math.abs(y.first - a.first))[0] ?? null;
  // A day inside a "منذ …" phrase starts a stretch of time; it is no event's day.
  const ownDates = dates.filter(
    (it) =>
      ((it.first >= backFrom && it.first < b.fwdEnd) || it.first < ctx.firstAnchor) && !sinceBefore(ed, it),
  );
  // The dateline's day dates the article; an event takes it only when its words name no other day.
  const days = ownDates.filter(isDay);
  const date =
    nearest(days.filter((it) => it.start >= ed.datelineEnd)) ??
    nearest(days) ??
    sinceWhen(ed, a.first, dates);
  const periods = ownDates.filter((it) => PERIOD_RULES.has(it.date?.rule ?? ""));
  const period = a.type === "attack_tally" ? nearest(periods) : null;
  const overPeriod = periods.some((it) => it.first > a.last || it.first >= backFrom);

  return {
    type: a.type,
    sentence: ed.sentenceOf[a.first] as number,
    anchorFirst: a.first,
    anchorLast: a.last,
    trigger: trig,
    triggers: trig ? [trig] : [],
    count: a.count,
    actors,
    places,
    weapons,
    quantities,
    casualties,
    date,
    dateSource: date ? "sentence" : null,
    period,
    overPeriod,
    claimed,
    rules,
    rejected: null,
    dateNear:
      date !== null && date.first >= backFrom && date.first < b.fwdEnd && date.start >= ed.datelineEnd,
    statedWeapons: stated,
  };
}

/** Is what a trigger requires (a weapon, a military object) near it: a few words before, some after? */
function requirementNear(ed: EventDoc, trig: Trigger, items: readonly Item[]): boolean {
  const req = trig.sense.requires;
  if (req !== "weapon" && req !== "military") return true;
  const t = eventTables();
  const from = trig.tok - 3;
  const to = trig.last + 10;
  // "أسقطت إحداهما"، "اعترضت معظمها": the weapons are those just told.
  if (req === "weapon" && trig.sense.type === "interception") {
    const next = wordAfter(ed, trig.last);
    if (next >= 0 && OF_THEM.test(ed.doc.tokens[next]?.text ?? "")) return true;
  }
  for (const it of items) {
    if (it.last < from || it.first > to) continue;
    if (req === "weapon" && (it.kind === "weapon" || WEAPON_UNITS.has(it.number?.unit ?? ""))) return true;
    if (req === "military") {
      const type = (it.entity?.entity as GroupEntity | undefined)?.type ?? "";
      if (it.kind === "group" && ["military", "coalition", "armed_group", "security"].includes(type))
        return true;
      if (it.kind === "number" && TROOP_UNITS.has(it.number?.unit ?? "")) return true;
    }
  }
  if (req === "military")
    for (let k = Math.max(0, from); k <= to && k < ed.doc.tokens.length; k++)
      if (ed.sentenceOf[k] === trig.sentence && wordIs(ed, t.military, k)) return true;
  return false;
}

const OWN_FORCES = /^[وف]?(قوات|جنود|طائرات|مقاتلات|بحريه|جيش|مقاتلي|مقاتلو|عناصر|مسلحي|مجاهدي)(ها|ه|هم|نا)$/;

/**
 * "قواتها" as the subject of a verb (right before or after it): the forces of the country of the
 * sentence's reporting party (the Pentagon's forces are the US's). A nationality item is made for
 * it, spanning the word.
 */
function pronounForces(ed: EventDoc, verb: Trigger, ctx: SentenceContext): Item | null {
  const before = wordBefore(ed, verb.tok);
  const after = wordAfter(ed, verb.last);
  const k = [before, after].find((x) => x >= 0 && OWN_FORCES.test(ed.doc.tokens[x]?.text ?? ""));
  if (k === undefined) return null;
  const speaker = ctx.announcer?.item ?? ctx.sources[0]?.item ?? null;
  // A group's own fighters (أعلن حزب الله أن مقاتليه استهدفوا …) are the group.
  const type = (speaker?.entity?.entity as { type?: string | null } | undefined)?.type;
  if (speaker && speaker.kind === "group" && (type === "armed_group" || type === "collective"))
    return speaker;
  const country = speaker ? countryOf(ed, speaker) : null;
  if (!country || !forcesOf(country)) return null;
  const tok = ed.doc.tokens[k];
  if (!tok) return null;
  return {
    kind: "demonym",
    first: k,
    last: k,
    start: tok.start,
    end: tok.end,
    sentence: verb.sentence,
    prefix: "",
    country,
  };
}

/** The country a party belongs to (a group's, an official's organisation's, a nationality's). */
function countryOf(ed: EventDoc, it: Item): string | null {
  if (it.kind === "demonym") return it.country ?? null;
  const e = it.entity?.entity as { country?: string | null; org?: string | null } | undefined;
  if (!e) return null;
  if (it.kind === "official") {
    const idx = e.org ? ed.lexicon.byRef.get(`group:${e.org}`) : undefined;
    const org =
      idx === undefined ? undefined : (ed.lexicon.entries[idx]?.entry as { country?: string | null });
    return org?.country ?? null;
  }
  return e.country ?? null;
}

/** A weapon named as what was struck (منصات لإطلاق الصواريخ، مخازن الصواريخ، شحنة أسلحة). */
function weaponAsObject(ed: EventDoc, w: Item): boolean {
  const t = eventTables();
  return wordsBefore(ed, w.first, 2).some((k) => wordIs(ed, t.weaponObjects, k));
}

const BORDER = new Set(["الحدود", "حدود", "الحدوديه", "الحدودي", "الشريط", "المثلث", "الحدوديين"]);
/** "الحدود مع سوريا": a neighbour named for a border, not a partner. */
function afterBorder(ed: EventDoc, it: Item): boolean {
  const w = wordBefore(ed, it.first);
  const w2 = w >= 0 ? wordBefore(ed, w) : -1;
  return w2 >= 0 && wordIs(ed, BORDER, w2);
}

/**
 * Is a party named as the dead or the wounded: right after a casualty word (مقتل، إصابة) or a count
 * of people (سبعة عناصر من، جنديين من), a few words at most?
 */
function casualtyBefore(ed: EventDoc, it: Item): boolean {
  const t = eventTables();
  return wordsBefore(ed, it.first, 4).some((k) => {
    const cov = ed.covering[k];
    const unit = cov?.kind === "number" ? (cov.number?.unit ?? "") : "";
    return wordIs(ed, t.casualtyWords, k) || CASUALTY_UNITS.has(unit) || HUMAN_UNITS.has(unit);
  });
}

/**
 * Where an anchor's words must end whatever follows: a semicolon, or a new reported statement
 * (، وأضاف أن …، وقال إن …).
 */
function hardBreakAfter(ed: EventDoc, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const text = ed.doc.tokens[k]?.text ?? "";
    if (text === "؛" || text === ";") return k;
    if (
      /^و(اضاف|اضافت|قال|قالت|اكد|اكدت|اشار|اشارت|اوضح|اوضحت|تابع|تابعت)$/.test(text) &&
      isClauseBreak(ed, k - 1)
    )
      return k;
  }
  return to;
}

/** Words (not dates, not punctuation) strictly between two tokens. */
function wordsBetween(ed: EventDoc, from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    const tok = ed.doc.tokens[k];
    if (!tok || tok.kind === "punct") continue;
    const cov = ed.covering[k];
    if (cov?.kind === "date") continue;
    n++;
  }
  return n;
}

/**
 * Where the clause of token i starts: after the nearest clause opener (عندما، التي …), or, with
 * `strict`, also after a comma or إن/أن; else at `from`.
 */
function clauseStart(ed: EventDoc, i: number, from: number, strict: boolean): number {
  const t = eventTables();
  for (let k = i - 1; k >= from; k--) {
    if (wordIs(ed, t.clauseOpeners, k)) return k + 1;
    if (strict && (isClauseBreak(ed, k) || COMPLEMENTIZERS.has(ed.doc.tokens[k]?.text ?? ""))) return k + 1;
  }
  return from;
}

/**
 * Where the clause of the first anchor starts: after a clause opener, a comma or أن/إن, unless the
 * words before the comma are a short opening (في دير الزور، قصفت …): those scope the sentence.
 */
function openingClause(ed: EventDoc, i: number, from: number): number {
  const start = clauseStart(ed, i, from, true);
  if (start === from || !isClauseBreak(ed, start - 1)) return start;
  if (clauseStart(ed, start - 1, from, true) === from && wordsBetween(ed, from - 1, start - 1) <= 4)
    return from;
  return start;
}

/**
 * "منذ 19 أكتوبر، عندما اعترضت مدمرة …": the event of the عندما clause happened on the day the
 * "since" starts from. The day, as an item of its own (the since phrase's first day).
 */
function sinceWhen(ed: EventDoc, anchor: number, dates: readonly Item[]): Item | null {
  let k = anchor;
  for (let n = 0; n < 3; n++) {
    k = wordBefore(ed, k);
    if (k < 0) return null;
    if (!/^(عندما|حين|حينما|يوم)$/.test(ed.doc.tokens[k]?.text ?? "")) continue;
    const since = dates.find(
      (d) => d.last < k && k - d.last <= 2 && (d.date?.rule === "since" || sinceBefore(ed, d)),
    );
    const m = since?.date;
    if (!since || !m || m.date.start === null) return null;
    return { ...since, date: { ...m, date: { ...m.date, end: m.date.start } } };
  }
  return null;
}

/** Is the date inside a "منذ …" phrase (منذ اندلاع الحرب في 7 أكتوبر)? */
function sinceBefore(ed: EventDoc, it: Item): boolean {
  let k = it.first;
  for (let n = 0; n < 8; n++) {
    if (isClauseBreak(ed, k - 1)) return false;
    k = wordBefore(ed, k);
    if (k < 0) return false;
    if (/^و?منذ$/.test(ed.doc.tokens[k]?.text ?? "")) return true;
  }
  return false;
}

/** A weapon named in the singular without the article (بطائرة مسيرة، صاروخ): one of it. */
function singularIndefinite(w: Item): boolean {
  const form = w.entity?.match.form ?? "";
  if (/^ال/.test(form) || /ال$/.test(w.prefix)) return false;
  const first = form.split(" ")[0] ?? "";
  return eventTables().singularWeapons.has(first);
}

/** Where an attack came from, not where it fell: مصدرها، انطلقت من، قادمة من. */
function originBefore(ed: EventDoc, it: Item): boolean {
  const t = eventTables();
  return wordsBefore(ed, it.first, 3).some((k) => wordIs(ed, t.origin, k) && ed.doc.tokens[k]?.text !== "من");
}

/** "قوات من التحالف": من after a forces noun is partitive. */
function partitive(ed: EventDoc, it: Item): boolean {
  const w = wordBefore(ed, it.first);
  const w2 = w >= 0 ? wordBefore(ed, w) : -1;
  return w2 >= 0 && wordIs(ed, eventTables().partyHeads, w2);
}

/** A place after باتجاه/نحو (towards), not after إلى (to). */
function towards(ed: EventDoc, it: Item): boolean {
  const w = wordBefore(ed, it.first);
  return w >= 0 && /^[وف]?(باتجاه|اتجاه|نحو|صوب)$/.test(ed.doc.tokens[w]?.text ?? "");
}

/** "إنها أطلقت": the verb's subject is the pronoun of the reporting party. */
function isPronounSubject(ed: EventDoc, tok: number): boolean {
  const w = wordBefore(ed, tok);
  const text = w >= 0 ? (ed.doc.tokens[w]?.text ?? "") : "";
  return /^[وف]?ب?ان(ها|ه|هم|هما|نا)$/.test(text);
}

/** An aircraft word near the anchor (طائرات التحالف، مقاتلتان أميركيتان): its token, or -1. */
function airPlatformNear(ed: EventDoc, a: Anchor, b: Bounds): number {
  const t = eventTables();
  const from = Math.max(b.first ? b.from : b.backStart, a.first - 4);
  const to = Math.min(b.fwdEnd, a.last + 4);
  for (let k = from; k < to; k++) {
    if (k >= a.first && k <= a.last) continue;
    // "الطائرتين" with the article alone refers back to aircraft (often the drones) just told.
    const definite =
      stemsOf(ed.doc.tokens[k]).some((c) => c.articleStripped) &&
      !/(حربي|مقاتل)/.test(ed.doc.tokens[k + 1]?.text ?? "");
    if (
      wordIs(ed, t.airPlatforms, k) &&
      ed.covering[k]?.kind !== "weapon" &&
      !(definite && ed.covering[k + 1]?.kind !== "group")
    )
      return k;
  }
  return -1;
}

/** Why a candidate is no event (a missing requirement, a modality, a generic statement), or null. */
function rejection(ed: EventDoc, c: Candidate, a: Anchor, b: Bounds): string | null {
  const t = eventTables();
  const trig = a.trigger;
  const sense = trig?.sense;
  const ofThem = trig !== null && OF_THEM.test(ed.doc.tokens[wordAfter(ed, trig.last)]?.text ?? "");
  if (sense?.requires === "weapon" && c.statedWeapons === 0 && !ofThem) return "requires a weapon";
  if (sense?.requires === "military" && !militaryNear(ed, a, b) && !c.count)
    return "requires a military object";
  if (
    sense?.requires === "weapon_or_target" &&
    c.statedWeapons === 0 &&
    !c.actors.some((x) => x.role === "target") &&
    !c.places.some((p) => FACILITY_TYPES.has(placeType(p)))
  )
    return "requires a weapon or a target";
  // Modality: a threat, a plan, a condition, a denial or a question is not an event. Negation
  // counts only right before the verb (لم يستهدف), not anywhere in the clause.
  const head = Math.min(a.first, ...a.supports.map((x) => x.tok));
  const stop = b.first ? b.from : b.backStart;
  const far = cueBefore(ed, t.modality, head, 8, stop);
  const close = cueBefore(ed, t.modality, head, 2, stop);
  const kind = far === "negation" || far === "prevention" ? close : (far ?? close);
  const blocks =
    kind !== null &&
    (c.type === "deployment" ? ["conditional", "denial", "question", "negation"].includes(kind) : true);
  if (blocks) return `modality: ${kind}`;
  const verbTense = (a.supports.find((x) => x.tok < a.first) ?? (sense?.pos === "verb" ? trig : null))?.sense
    .tense;
  if (verbTense === "future" && c.type !== "deployment") return "modality: future";
  for (let k = a.last + 1; k <= a.last + 4 && k < b.fwdEnd; k++)
    if (phraseAt(ed, t.afterNegation, k, 2) > 0) return "denied after";
  if ((c.type !== "attack" && c.type !== "interception") || !trig) return null;
  // A determiner that points at no particular attack (أي هجوم، هذه الهجمات، المزيد من الهجمات), or a campaign.
  for (const x of c.triggers) {
    if (cueBefore(ed, t.generic, x.tok, 2, stop) !== null) return "generic";
    // واصل الجيش عملياته: operations going on, no particular attack.
    if (cueBefore(ed, t.continuing, x.tok, 5, stop) !== null) return "continuing";
    const next = wordAfter(ed, x.last);
    if (next >= 0 && wordIs(ed, t.genericAfter, next)) return "generic";
    if (next >= 0 && wordIs(ed, t.campaign, next)) return "campaign";
  }
  if (c.type === "interception") return null;
  // A particular attack: a place narrower than a country, a day, a count, or one attack by or on someone.
  const counted = c.weapons.some((w) => w.count !== null && w.count > 1) || c.quantities.length > 0;
  for (let k = a.last + 1; k < b.fwdEnd; k++)
    if (!counted && phraseAt(ed, t.repetition, k, 4) > 0) return "repeated";
  const specificPlace = c.places.some((p) => !BROAD_PLACES.has(placeType(p)));
  const plural = c.triggers.some((x) => x.sense.plural);
  const singular = !plural && verbTense !== "present";
  const withParty = c.actors.some((x) => x.role === "attacker" || x.role === "target");
  if (specificPlace || (c.date !== null && !c.overPeriod) || counted || (singular && withParty)) return null;
  return "generic";
}

function militaryNear(ed: EventDoc, a: Anchor, b: Bounds): boolean {
  const t = eventTables();
  const from = Math.max(b.first ? b.from : b.backStart, a.first - 3);
  for (let k = from; k < b.fwdEnd && k <= a.last + 8; k++) {
    if (wordIs(ed, t.military, k)) return true;
    const cov = ed.covering[k];
    const type = (cov?.entity?.entity as GroupEntity | undefined)?.type ?? "";
    if (cov?.kind === "group" && ["military", "coalition", "armed_group", "security"].includes(type))
      return true;
  }
  return false;
}
