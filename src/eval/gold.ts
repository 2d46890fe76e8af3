// Gold annotations in the format of ../shared/seeds (see its README) and scoring of entity sets.

import { readFileSync } from "node:fs";
import { RasdError } from "../errors.js";
import { mentionDays } from "../extract/date/index.js";
import type { Mention } from "../types.js";
import type { GoldEvent } from "./events.js";

export interface GoldFile {
  file: string;
  published: string | null;
  places: string[][];
  groups: string[][];
  officials: string[][];
  numbers: { value: number; unit: string | null; text?: string; qualifier?: string }[];
  dates: string[];
  events: GoldEvent[];
}

export function readGold(path: string): GoldFile {
  let data: Partial<GoldFile>;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new RasdError(
      "E_GOLD",
      `${path}: cannot read gold file (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (typeof data.file !== "string") throw new RasdError("E_GOLD", `${path}: gold file has no "file" field`);
  return {
    file: data.file,
    published: data.published ?? null,
    places: data.places ?? [],
    groups: data.groups ?? [],
    officials: data.officials ?? [],
    numbers: data.numbers ?? [],
    dates: data.dates ?? [],
    events: data.events ?? [],
  };
}

export interface SetScore {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  spurious: string[];
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2010-\u2015'’`]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Score predicted entity names against gold entities (each a list of acceptable names). A gold
 * entity is found when any predicted name equals one of its names (case-insensitive); a predicted
 * name that matches no gold entity is spurious.
 */
export function scoreEntities(gold: string[][], predicted: Iterable<string>): SetScore {
  const original = new Map([...predicted].map((n) => [fold(n), n]));
  const names = new Set(original.keys());
  const score: SetScore = { tp: 0, fp: 0, fn: 0, misses: [], spurious: [] };
  const used = new Set<string>();
  for (const entity of gold) {
    const hit = entity.map(fold).find((n) => names.has(n));
    if (hit !== undefined) {
      score.tp++;
      used.add(hit);
      for (const n of entity.map(fold)) used.add(n);
    } else {
      score.fn++;
      score.misses.push(entity[0] ?? "?");
    }
  }
  for (const n of names) {
    if (!used.has(n)) {
      score.fp++;
      score.spurious.push(original.get(n) ?? n);
    }
  }
  return score;
}

export function entityNames(mentions: Mention[], kind: Mention["kind"]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (m.kind === kind && "entity" in m && m.entity.name) out.add(m.entity.name);
  return out;
}

export function prf(s: { tp: number; fp: number; fn: number }): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Score two sets of keys (numbers as value|unit, dates as ISO days). */
export function scoreKeys(gold: Iterable<string>, predicted: Iterable<string>): SetScore {
  const g = new Set(gold);
  const p = new Set(predicted);
  const score: SetScore = { tp: 0, fp: 0, fn: 0, misses: [], spurious: [] };
  for (const k of g) {
    if (p.has(k)) score.tp++;
    else {
      score.fn++;
      score.misses.push(k);
    }
  }
  for (const k of p) {
    if (!g.has(k)) {
      score.fp++;
      score.spurious.push(k);
    }
  }
  return score;
}

export const numberKey = (n: { value: number; unit: string | null }) => `${n.value} ${n.unit ?? "-"}`;

/** Number mentions as value|unit keys (the gold deduplicates the same way). */
export function numberKeys(mentions: Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (m.kind === "number") out.add(numberKey(m));
  return out;
}

/**
 * The calendar days date mentions refer to, as the gold counts them: a day, or both ends of a
 * range; a stretch of time (الأسبوع الماضي, خلال أسبوعين) names no particular day.
 */
export function dateKeys(mentions: Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (m.kind === "date") for (const d of mentionDays(m)) out.add(d);
  return out;
}
