// Scoring event records against gold events (the format of ../shared/seeds): a predicted event
// matches a gold one of the same type, the same date (or both none) and an overlapping location
// (or both none); pairs are chosen best first. Slot accuracy is measured on the matched pairs.

import type { ExtractedEvent } from "../events/types.js";

export interface GoldEvent {
  type: string;
  date: string | null;
  location: string[] | null;
  attacker: string[] | null;
  target: string[] | null;
  weapon: string | null;
  weapon_count: number | null;
  claimed: boolean;
  text?: string;
  period?: [string | null, string | null];
}

/** What the gold format says of an event, read off a record. */
export interface EventView {
  type: string;
  date: string | null;
  locations: string[];
  attackers: string[];
  targets: string[];
  weapon: string | null;
  count: number | null;
  claimed: boolean;
}

/** The gold format's weapon classes: finer classes fold into them. */
const GOLD_WEAPON: Record<string, string> = {
  mortar: "artillery",
  "anti-tank": "missile",
  "air-defense": "missile",
};

export function viewOf(e: ExtractedEvent): EventView {
  const names = (roles: string[]) =>
    e.actors.filter((a) => roles.includes(a.role) && a.name !== null).map((a) => a.name as string);
  const classes = [...new Set(e.weapons.map((w) => GOLD_WEAPON[w.id] ?? w.id))];
  // An air strike is the weapon when aircraft carried it out, whatever they fired.
  const weapon =
    e.type === "attack_tally" ? null : classes.includes("airstrike") ? "airstrike" : (classes[0] ?? null);
  let count: number | null = null;
  if (e.type === "attack_tally" || e.type === "deployment") count = e.quantities[0]?.value ?? null;
  else if (e.type === "casualties")
    count = e.casualties.killed?.value ?? e.casualties.injured?.value ?? e.casualties.missing?.value ?? null;
  else count = e.weapons.find((w) => (GOLD_WEAPON[w.id] ?? w.id) === weapon)?.count ?? null;
  if (e.type === "deployment" && e.quantities[0]?.unit !== "soldier") count = null;
  return {
    type: e.type,
    date: e.date?.start ?? null,
    locations: e.locations.map((l) => l.name ?? l.name_ar),
    attackers: names(["attacker", "participant"]),
    targets: names(["target"]),
    weapon,
    count,
    claimed: e.claimed,
  };
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2010-\u2015'’`]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

const overlaps = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a.map(fold));
  return b.some((x) => set.has(fold(x)));
};

function matches(g: GoldEvent, p: EventView): boolean {
  if (g.type !== p.type || (g.date ?? null) !== p.date) return false;
  const gl = g.location ?? [];
  if (gl.length === 0 || p.locations.length === 0) return gl.length === 0 && p.locations.length === 0;
  return overlaps(gl, p.locations);
}

/** Attacker slot: right when both are empty, or the predicted names are among the gold's. */
export function attackerRight(g: GoldEvent, p: EventView): boolean {
  const gold = g.attacker ?? [];
  if (gold.length === 0) return p.attackers.length === 0;
  if (p.attackers.length === 0) return false;
  const set = new Set(gold.map(fold));
  return p.attackers.every((a) => set.has(fold(a)));
}

export interface EventScore {
  tp: number;
  fp: number;
  fn: number;
  /** Matched pairs whose slot is right, by slot. */
  slots: { attacker: number; weapon: number; count: number; claimed: number };
  misses: string[];
  spurious: string[];
  /** Matched pairs with a wrong slot: "slot: gold ≠ predicted (text)". */
  wrong: string[];
}

export function emptyEventScore(): EventScore {
  return {
    tp: 0,
    fp: 0,
    fn: 0,
    slots: { attacker: 0, weapon: 0, count: 0, claimed: 0 },
    misses: [],
    spurious: [],
    wrong: [],
  };
}

const describeGold = (g: GoldEvent) =>
  `${g.type} ${g.date ?? "-"} [${(g.location ?? []).join("|")}] «${g.text ?? ""}»`;
const describe = (p: EventView, text: string) =>
  `${p.type} ${p.date ?? "-"} [${p.locations.join("|")}] «${text}»`;

export function scoreEvents(gold: readonly GoldEvent[], predicted: readonly ExtractedEvent[]): EventScore {
  const views = predicted.map(viewOf);
  const score = emptyEventScore();
  // Candidate pairs, best first: those whose slots agree most are paired first.
  const pairs: { g: number; p: number; w: number }[] = [];
  gold.forEach((g, gi) => {
    views.forEach((p, pi) => {
      if (!matches(g, p)) return;
      const w =
        Number(attackerRight(g, p)) +
        Number((g.weapon ?? null) === p.weapon) +
        Number((g.weapon_count ?? null) === p.count);
      pairs.push({ g: gi, p: pi, w });
    });
  });
  pairs.sort((a, b) => b.w - a.w || a.g - b.g || a.p - b.p);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const pair of pairs) {
    if (gUsed.has(pair.g) || pUsed.has(pair.p)) continue;
    gUsed.add(pair.g);
    pUsed.add(pair.p);
    const g = gold[pair.g] as GoldEvent;
    const p = views[pair.p] as EventView;
    const text = predicted[pair.p]?.trigger.text ?? "";
    score.tp++;
    const checks: [keyof EventScore["slots"], boolean, string, string][] = [
      ["attacker", attackerRight(g, p), (g.attacker ?? []).join("|"), p.attackers.join("|")],
      ["weapon", (g.weapon ?? null) === p.weapon, String(g.weapon), String(p.weapon)],
      ["count", (g.weapon_count ?? null) === p.count, String(g.weapon_count), String(p.count)],
      ["claimed", g.claimed === p.claimed, String(g.claimed), String(p.claimed)],
    ];
    for (const [slot, ok, gv, pv] of checks) {
      if (ok) score.slots[slot]++;
      else score.wrong.push(`${slot}: ${gv || "-"} ≠ ${pv || "-"} in ${describe(p, text)}`);
    }
  }
  gold.forEach((g, gi) => {
    if (!gUsed.has(gi)) {
      score.fn++;
      score.misses.push(describeGold(g));
    }
  });
  views.forEach((p, pi) => {
    if (!pUsed.has(pi)) {
      score.fp++;
      score.spurious.push(describe(p, predicted[pi]?.trigger.text ?? ""));
    }
  });
  return score;
}

export function addEventScore(into: EventScore, s: EventScore, file: string): void {
  into.tp += s.tp;
  into.fp += s.fp;
  into.fn += s.fn;
  for (const k of Object.keys(s.slots) as (keyof EventScore["slots"])[]) into.slots[k] += s.slots[k];
  into.misses.push(...s.misses.map((m) => `${file}: ${m}`));
  into.spurious.push(...s.spurious.map((m) => `${file}: ${m}`));
  into.wrong.push(...s.wrong.map((m) => `${file}: ${m}`));
}
