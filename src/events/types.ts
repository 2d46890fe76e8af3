// Event records as the library produces them (offsets in code points of the original text), and the
// working shapes the event rules pass between them (offsets in the normalized text).

import type { DateBasis, DatePrecision, NumberQualifier, PlaceEntity } from "../types.js";

export const EVENT_TYPES = [
  "attack",
  "interception",
  "attack_tally",
  "casualties",
  "deployment",
  "exercise",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ACTOR_ROLES = ["attacker", "target", "claimant", "source", "participant"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** A span of the original text (code point offsets, end exclusive). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** How an actor was found: which rule put it in its role. */
export type ActorVia =
  | "subject"
  | "object"
  | "genitive"
  | "agent-phrase"
  | "adjective"
  | "owner"
  | "claim"
  | "announcement"
  | "report"
  | "sentence-subject"
  | "possessor"
  | "list"
  | "casualty";

export interface EventActor {
  id: string | null;
  name: string | null;
  name_ar: string;
  /** What the actor is in the lexicons: a group, a country or other place, a person, an outlet. */
  kind: "group" | "place" | "official" | "outlet";
  role: ActorRole;
  via: ActorVia;
  text: string;
  start: number;
  end: number;
}

export interface EventPlace extends PlaceEntity {
  text: string;
  start: number;
  end: number;
}

export interface EventWeapon {
  /** The weapon class: drone, rocket, missile, airstrike, artillery, explosive, gunfire … */
  id: string;
  name: string;
  /** The lexicon id of a named system (shahed-136, katyusha), or null for a class word. */
  system: string | null;
  count: number | null;
  text: string;
  start: number;
  end: number;
}

export interface EventQuantity {
  value: number;
  unit: string | null;
  qualifier: NumberQualifier;
  text: string;
  start: number;
  end: number;
}

export interface CasualtyCount {
  value: number;
  qualifier: NumberQualifier;
  text: string;
  start: number;
  end: number;
}

/** Where an event's date came from. */
export type DateSource = "sentence" | "paragraph" | "period" | "title";

export interface EventDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  /** sentence: a date the sentence gives; paragraph: the nearest earlier date of the paragraph;
   * period: the end of a tally's period. */
  source: DateSource;
  text: string;
}

export interface EventPeriod {
  start: string | null;
  end: string | null;
  text: string | null;
}

export interface ExtractedEvent {
  type: EventType;
  date: EventDate | null;
  location: EventPlace | null;
  /** Every most specific place of the event (several villages struck together), the location first. */
  locations: EventPlace[];
  actors: EventActor[];
  weapons: EventWeapon[];
  quantities: EventQuantity[];
  casualties: { killed: CasualtyCount | null; injured: CasualtyCount | null; missing: CasualtyCount | null };
  claimed: boolean;
  period: EventPeriod | null;
  /** The sentence that states the event (the first, when several do). */
  evidence: Span;
  /** Every sentence that states it, in text order (restatements merged into this record). */
  supports: Span[];
  /** The word that made the event (or the count, for tallies and counted deployments). */
  trigger: Span & { lemma: string };
  confidence: number;
  /** Which rules filled the slots: for explanation and for the confidence. */
  rules: string[];
}
