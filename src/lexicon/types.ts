// Plain types of lexicon entries (no zod here, so that the matcher loads without it).

export const PLACE_TYPES = [
  "country",
  "governorate",
  "district",
  "subdistrict",
  "city",
  "town",
  "village",
  "neighbourhood",
  "camp",
  "base",
  "airport",
  "port",
  "oil_field",
  "gas_field",
  "crossing",
  "region",
  "sea",
  "strait",
  "river",
  "dam",
  "prison",
  "zone",
  "facility",
  "mountain",
  "island",
] as const;

export const GROUP_TYPES = [
  "armed_group",
  "military",
  "security",
  "government",
  "ministry",
  "international",
  "monitor",
  "political",
  "coalition",
  "collective",
] as const;

export type PlaceType = (typeof PLACE_TYPES)[number];
export type GroupType = (typeof GROUP_TYPES)[number];

export const ENTITY_KINDS = ["place", "group", "official", "weapon", "outlet"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

interface Common {
  id: string;
  name: string;
  name_ar: string;
  aliases: string[];
  note?: string;
}

export interface PlaceEntry extends Common {
  type: PlaceType;
  country: string | null;
  admin1: string | null;
  parent: string | null;
  lat: number | null;
  lon: number | null;
  geonames_id?: number;
  population?: number;
}
export interface GroupEntry extends Common {
  type: GroupType;
  country: string | null;
  affiliation: string | null;
  parent: string | null;
}
export interface OfficialEntry extends Common {
  role: string | null;
  org: string | null;
  /** Forms that refer to this person only after a full mention in the same article (a surname). */
  short_aliases: string[];
  country: string | null;
  /** When the role began and ended (YYYY[-MM[-DD]]); `to` null or absent: still held. */
  from?: string;
  to?: string | null;
}
export interface WeaponEntry extends Common {
  class: string;
}
export interface OutletEntry extends Common {
  country: string | null;
}

export interface EntryByKind {
  place: PlaceEntry;
  group: GroupEntry;
  official: OfficialEntry;
  weapon: WeaponEntry;
  outlet: OutletEntry;
}

export type AnyEntry = PlaceEntry | GroupEntry | OfficialEntry | WeaponEntry | OutletEntry;

/** What tells one reading of an ambiguous form from the others. */
export interface ReadingSignals {
  /** Words or phrases (normalized) in the sentence, or for a sense also anywhere in the document. */
  cues: string[];
  /** Words or phrases written right before the form (the first word may carry proclitics). */
  before?: string[];
  /** Words or phrases written right after it (the first word may carry proclitics). */
  after?: string[];
  /** The form as this reading is written, with the letters and marks that tell it apart (مُصِرّ). */
  spellings?: string[];
}
export interface AmbiguitySense extends ReadingSignals {
  ref: string;
}
/** The ordinary word (or phrase) an ambiguous form also is: read so, it names nothing. */
export interface WordReading extends ReadingSignals {
  /** What the word means, in English ("insisting", "the Holy Spirit"). */
  gloss: string;
}
export interface AmbiguityEntry {
  alias: string;
  /** The entries it may name; empty when only `word` is given (its entries then resolve as usual). */
  senses: AmbiguitySense[];
  default: string | null;
  /** Where the senses' cues count: the whole document (default) or only the mention's sentence. */
  scope?: "sentence" | "document";
  word?: WordReading;
  note?: string;
}

/** One lexicon file after parsing, with where it came from. */
export type LexiconFile =
  | { kind: "place"; entries: PlaceEntry[]; source: string; generated?: string }
  | { kind: "group"; entries: GroupEntry[]; source: string }
  | { kind: "official"; entries: OfficialEntry[]; source: string }
  | { kind: "weapon"; entries: WeaponEntry[]; source: string }
  | { kind: "outlet"; entries: OutletEntry[]; source: string }
  | { kind: "ambiguity"; entries: AmbiguityEntry[]; source: string };
