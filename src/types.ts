// The library's result types: mentions as the pipeline produces them (offsets in code points of
// the original text), before they are wrapped into output records.

import type { EntityKind } from "./lexicon/types.js";

export interface PlaceEntity {
  id: string | null;
  name: string | null;
  name_ar: string;
  type: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  parent: string | null;
  source: EntitySource;
}
export interface GroupEntity {
  id: string | null;
  name: string | null;
  name_ar: string;
  type: string | null;
  country: string | null;
  source: EntitySource;
}
export interface OfficialEntity {
  id: string | null;
  name: string | null;
  name_ar: string;
  role: string | null;
  org: string | null;
  source: EntitySource;
}
export interface WeaponEntity {
  id: string;
  name: string;
  name_ar: string;
  class: string;
  source: EntitySource;
}
export interface OutletEntity {
  id: string;
  name: string;
  name_ar: string;
  country: string | null;
  source: EntitySource;
}

/** lexicon: an alias matched; coreference: a bare surname after the full name; context: a rule. */
export type EntitySource = "lexicon" | "coreference" | "context";

export type Entity = PlaceEntity | GroupEntity | OfficialEntity | WeaponEntity | OutletEntity;

interface MentionBase {
  /** The original text of the span. */
  text: string;
  /** Code point offsets into the original (decoded, BOM-less) text, end exclusive. */
  start: number;
  end: number;
  /** Index of the sentence the mention is in. */
  sentence: number;
}

/** A place, group, official, weapon or outlet found through the lexicons (or a context rule). */
export interface EntityMention extends MentionBase {
  kind: EntityKind;
  entity: Entity;
  /** How it was found: the lexicon form that matched and the proclitics in front of it. */
  match: { form: string; prefix: string; lexicon: string };
  /** Officials: the title written right before the name, as written (وزير الدفاع الأميركي). */
  title?: string;
  /** Places: what the words around the name say (ريف، شرقي، قرب …). */
  context?: PlaceContext;
}

export type PlaceDirection =
  | "north"
  | "south"
  | "east"
  | "west"
  | "north-east"
  | "north-west"
  | "south-east"
  | "south-west"
  | "centre";

/** The words around a place mention. */
export interface PlaceContext {
  /** The place-type word in front of the name, as written without proclitics (ريف، محافظة، قرية …). */
  type_word?: string;
  /** The countryside of the place (ريف، أرياف). */
  rural?: true;
  /** A direction before (شمال شرق سوريا) or after (ريف حلب الشمالي) the name. */
  direction?: PlaceDirection;
  /** Near the place (قرب، بالقرب من، محيط، أطراف، ضواحي). */
  near?: true;
}

export type NumberQualifier = "exact" | "at_least" | "about" | "more_than" | "less_than" | "up_to";

/** A cardinal quantity: digits, number words, a dual, a vague quantity; with its counted noun. */
export interface NumberMention extends MentionBase {
  kind: "number";
  value: number;
  /** The counted noun as an English singular (attack, drone, killed …), or null. */
  unit: string | null;
  qualifier: NumberQualifier;
  /** The rule that produced it (e.g. "digits", "words", "dual", "vague"). */
  rule: string;
}

export type DatePrecision = "day" | "month" | "year";
export type DateBasis = "explicit" | "dateline" | "weekday" | "relative" | "inferred";

export interface DateValue {
  /** ISO day, or null when the reference cannot be resolved. */
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  /** Why start/end are null (e.g. "no year and no publication date"). */
  unresolved?: string;
  /** What the text states even when unresolved: month (1–12) and day. */
  month?: number;
  day?: number;
  /** The calendar the text used, when not Gregorian. */
  calendar?: "hijri";
}

/** A calendar reference: an absolute date, a weekday, a relative day, a range or period. */
export interface DateMention extends MentionBase {
  kind: "date";
  date: DateValue;
  rule: string;
}

export type Mention = EntityMention | NumberMention | DateMention;

export type PublishedBasis = "dateline" | "byline" | "header" | "text" | "reference";

export interface DocumentInfo {
  title: string | null;
  published: string | null;
  /** How the publication date was found: from the article (dateline …) or --reference-date. */
  publishedBasis: PublishedBasis | null;
  outlet: string | null;
}

export interface ExtractResult {
  document: DocumentInfo;
  mentions: Mention[];
  events: import("./events/types.js").ExtractedEvent[];
}
