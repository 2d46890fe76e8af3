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

export interface Mention {
  kind: EntityKind;
  /** The original text of the span. */
  text: string;
  /** Code point offsets into the original (decoded, BOM-less) text, end exclusive. */
  start: number;
  end: number;
  entity: Entity;
  /** How it was found: the lexicon form that matched and the proclitics in front of it. */
  match: { form: string; prefix: string; lexicon: string };
  /** Index of the sentence the mention is in. */
  sentence: number;
}

export interface DocumentInfo {
  title: string | null;
  published: string | null;
  outlet: string | null;
}

export interface ExtractResult {
  document: DocumentInfo;
  mentions: Mention[];
}
