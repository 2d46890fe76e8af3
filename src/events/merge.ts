// Merging event records across articles: the same attack reported by several outlets becomes one
// record that lists every supporting document and evidence span, keeps the most specific values,
// and says where the reports disagree (two different counts) instead of choosing silently.
//
// Two records are the same event when they have the same type, a place in common or one inside the
// other (by the lexicons' parent links and admin codes), days at most one apart (or one unknown),
// and compatible attackers (the same, one inside the other, or one unknown). Records are taken in a
// fixed order (date, then path, then evidence offset), so the result does not depend on the order
// of the input files.

import { createHash } from "node:crypto";
import type { Lexicon } from "../lexicon/compile.js";
import type { PlaceEntry } from "../lexicon/types.js";

/** An event record as `rasd extract` writes it (the fields merging reads; the rest is carried). */
export interface EventRecordLike {
  record: "event";
  id: string;
  doc: {
    path: string;
    sha256: string;
    published: string | null;
    outlet: string | null;
    title: string | null;
  };
  type: string;
  date: { start: string | null; end: string | null } | null;
  location: PlaceLike | null;
  locations: PlaceLike[];
  actors: { id: string | null; name: string | null; role: string }[];
  weapons: { id: string; count: number | null }[];
  quantities: { value: number; unit: string | null }[];
  casualties: Record<string, { value: number } | null>;
  claimed: boolean;
  evidence: { text: string; start: number; end: number };
  confidence: number;
  [key: string]: unknown;
}

interface PlaceLike {
  id: string | null;
  type: string;
  country: string | null;
  admin1: string | null;
  parent: string | null;
}

export interface Disagreement {
  field: string;
  values: { value: unknown; doc: string }[];
}

const RANK: Record<string, number> = {
  country: 1,
  region: 2,
  sea: 2,
  governorate: 3,
  district: 4,
  subdistrict: 5,
  city: 6,
};
const rank = (p: PlaceLike) => RANK[p.type] ?? 8;

function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isNaN(t) ? null : t / 86_400_000;
}

function parentsOf(lexicon: Lexicon | null, p: PlaceLike): string[] {
  const out: string[] = [];
  let parent = p.parent;
  while (parent && out.length < 8 && !out.includes(parent)) {
    out.push(parent);
    const idx = lexicon?.byRef.get(`place:${parent}`);
    const e = idx === undefined ? undefined : (lexicon?.entries[idx]?.entry as PlaceEntry | undefined);
    parent = e?.parent ?? null;
  }
  return out;
}

/** Is place a the same as b, or does it hold b? */
function holds(lexicon: Lexicon | null, a: PlaceLike, b: PlaceLike): boolean {
  if (a.id !== null && a.id === b.id) return true;
  if (a.type === "country") return a.country !== null && a.country === b.country;
  if (
    (a.type === "governorate" || a.type === "region") &&
    a.admin1 !== null &&
    a.admin1 === b.admin1 &&
    rank(b) > rank(a)
  )
    return true;
  return a.id !== null && parentsOf(lexicon, b).includes(a.id);
}

function placesFit(lexicon: Lexicon | null, x: PlaceLike[], y: PlaceLike[]): boolean {
  if (x.length === 0 || y.length === 0) return true;
  return x.some((a) => y.some((b) => holds(lexicon, a, b) || holds(lexicon, b, a)));
}

function groupChain(lexicon: Lexicon | null, id: string): string[] {
  const out = [id];
  let cur: string | null = id;
  while (cur && out.length < 8) {
    const idx: number | undefined = lexicon?.byRef.get(`group:${cur}`);
    const e: { parent?: string | null } | undefined =
      idx === undefined
        ? undefined
        : (lexicon?.entries[idx]?.entry as { parent?: string | null } | undefined);
    cur = e?.parent ?? null;
    if (cur && !out.includes(cur)) out.push(cur);
    else break;
  }
  return out;
}

const attackers = (r: EventRecordLike) =>
  r.actors
    .filter((a) => (a.role === "attacker" || a.role === "participant") && a.id !== null)
    .map((a) => a.id as string);

function actorsFit(lexicon: Lexicon | null, x: EventRecordLike, y: EventRecordLike): boolean {
  const a = attackers(x);
  const b = attackers(y);
  if (a.length === 0 || b.length === 0) return true;
  return a.some((i) =>
    b.some((j) => groupChain(lexicon, i).includes(j) || groupChain(lexicon, j).includes(i)),
  );
}

function daysFit(x: EventRecordLike, y: EventRecordLike): boolean {
  const a = dayNumber(x.date?.start);
  const b = dayNumber(y.date?.start);
  return a === null || b === null || Math.abs(a - b) <= 1;
}

function sameEvent(lexicon: Lexicon | null, x: EventRecordLike, y: EventRecordLike): boolean {
  if (x.type !== y.type) return false;
  // Tallies and tolls are counts over periods: the same only when they count the same.
  if (x.type === "attack_tally" && x.quantities[0]?.value !== y.quantities[0]?.value) return false;
  return daysFit(x, y) && placesFit(lexicon, x.locations, y.locations) && actorsFit(lexicon, x, y);
}

/** The value a record gives for each field that can disagree between reports. */
function countsOf(r: EventRecordLike): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const w of r.weapons) if (w.count !== null) out[`weapons.${w.id}.count`] = w.count;
  for (const [k, v] of Object.entries(r.casualties)) if (v) out[`casualties.${k}`] = v.value;
  if (r.date?.start) out.date = r.date.start;
  if (r.location?.id) out.location = r.location.id;
  if (r.type === "attack_tally" || r.type === "deployment") {
    const q = r.quantities[0];
    if (q) out.count = q.value;
  }
  return out;
}

/** Merge the members of one cluster: the most specific values, every document, the disagreements. */
function mergeCluster(lexicon: Lexicon | null, members: EventRecordLike[]): EventRecordLike {
  const first = members[0] as EventRecordLike;
  if (members.length === 1) return first;
  // The most specific location, then the most confident record, gives the base record.
  const base = [...members].sort(
    (a, b) =>
      (b.location ? rank(b.location) : 0) - (a.location ? rank(a.location) : 0) ||
      b.confidence - a.confidence ||
      0,
  )[0] as EventRecordLike;
  const merged: EventRecordLike = { ...base };
  merged.date = base.date ?? members.find((m) => m.date !== null)?.date ?? null;
  merged.claimed = members.some((m) => m.claimed);
  const actors = [...base.actors];
  for (const m of members)
    for (const a of m.actors)
      if (!actors.some((x) => x.role === a.role && x.id === a.id && x.name === a.name)) actors.push(a);
  merged.actors = actors;
  const weapons = [...base.weapons];
  for (const m of members)
    for (const w of m.weapons) {
      const same = weapons.findIndex((x) => x.id === w.id);
      if (same < 0) weapons.push(w);
      else if (weapons[same]?.count === null && w.count !== null) weapons[same] = w;
    }
  merged.weapons = weapons;
  const values = new Map<string, { value: unknown; doc: string }[]>();
  for (const m of members)
    for (const [field, value] of Object.entries(countsOf(m))) {
      const list = values.get(field) ?? [];
      list.push({ value, doc: m.doc.path });
      values.set(field, list);
    }
  const disagreements: Disagreement[] = [];
  for (const [field, list] of [...values.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (new Set(list.map((v) => JSON.stringify(v.value))).size > 1)
      disagreements.push({ field, values: list });
  }
  // A more specific place named by another report does not disagree with the one that holds it.
  const located = disagreements.filter((d) => d.field !== "location" || !placesNest(lexicon, members));
  const ids = members.map((m) => m.id).sort();
  merged.id = `ev_${createHash("sha256").update(ids.join(",")).digest("hex").slice(0, 16)}`;
  merged.merged = {
    documents: members.map((m) => ({
      path: m.doc.path,
      sha256: m.doc.sha256,
      event: m.id,
      evidence: m.evidence,
    })),
    disagreements: located,
  };
  merged.confidence = Math.max(...members.map((m) => m.confidence));
  return merged;
}

function placesNest(lexicon: Lexicon | null, members: EventRecordLike[]): boolean {
  const places = members.map((m) => m.location).filter((p): p is PlaceLike => p !== null);
  return places.every((a) => places.every((b) => holds(lexicon, a, b) || holds(lexicon, b, a)));
}

const sortKey = (r: EventRecordLike) =>
  [r.date?.start ?? "9999", r.doc.path, String(r.evidence.start).padStart(12, "0")].join("\u0000");

/**
 * Cluster event records of several articles into events. Records of the same document are never
 * merged with each other here (extraction already merged what one article restates). The output is
 * in the fixed order of each cluster's first record.
 */
export function mergeEvents(records: readonly EventRecordLike[], lexicon: Lexicon | null): EventRecordLike[] {
  const ordered = [...records].sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
  );
  const clusters: EventRecordLike[][] = [];
  for (const r of ordered) {
    const home = clusters.find(
      (c) =>
        !c.some((m) => m.doc.sha256 === r.doc.sha256 && m.doc.path === r.doc.path) &&
        c.every((m) => sameEvent(lexicon, m, r)),
    );
    if (home) home.push(r);
    else clusters.push([r]);
  }
  return clusters.map((c) => mergeCluster(lexicon, c));
}
