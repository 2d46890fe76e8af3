// The lexicon file format as zod schemas: the contract for everything under lexicons/ and for
// users' own lexicon folders. Imported lazily (zod costs start-up time): built-in lexicons are
// checked by the test suite, user lexicons at load time.

import { z } from "zod";
import { GROUP_TYPES, PLACE_TYPES } from "./types.js";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug such as al-tanf (letters, digits, hyphens)");
const iso2 = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as SY");
const alias = z.string().min(1, "an alias must not be empty");
const period = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

const common = {
  id: slug.describe("Stable lowercase slug of the English name, unique within its kind"),
  name: z.string().min(1).describe("Common English name, as English Wikipedia titles it"),
  name_ar: z.string().min(1).describe("Usual Arabic spelling; matched after normalization"),
  aliases: z
    .array(alias)
    .default([])
    .describe("Further Arabic or Latin surface forms, in normalized form (see `rasd normalize`)"),
  note: z.string().optional().describe("A maintainer's note"),
};

export const placeEntrySchema = z
  .object({
    ...common,
    type: z.enum(PLACE_TYPES),
    country: iso2.nullable().default(null),
    admin1: z.string().min(1).nullable().default(null),
    parent: slug.nullable().default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    geonames_id: z.number().int().positive().optional(),
    population: z.number().int().nonnegative().optional(),
  })
  .strict();

export const groupEntrySchema = z
  .object({
    ...common,
    type: z.enum(GROUP_TYPES),
    country: iso2.nullable().default(null),
    affiliation: z.string().nullable().default(null),
    parent: slug.nullable().default(null),
  })
  .strict();

export const officialEntrySchema = z
  .object({
    ...common,
    role: z.string().nullable().default(null),
    org: slug.nullable().default(null),
    short_aliases: z
      .array(alias)
      .default([])
      .describe(
        "Short forms (a surname) that name this person only after the full name appeared in the same article; normalized",
      ),
    country: iso2.nullable().default(null),
    from: period.optional().describe("When the role began: YYYY, YYYY-MM or YYYY-MM-DD"),
    to: period
      .nullable()
      .optional()
      .describe("When the role ended (null or absent: still held as far as the lexicon knows)"),
  })
  .strict();

export const weaponEntrySchema = z
  .object({
    ...common,
    class: slug.describe("Weapon class used in event records: drone, rocket, missile, airstrike …"),
  })
  .strict();

export const outletEntrySchema = z
  .object({
    ...common,
    country: iso2.nullable().default(null),
  })
  .strict();

const senseRef = z
  .string()
  .regex(
    /^(place|group|official|weapon|outlet):[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "must be kind:id, e.g. place:amman",
  );

const phrases = z.array(z.string().min(1));
const signals = {
  cues: phrases
    .default([])
    .describe(
      "Normalized words or phrases in the sentence (for a sense: or, unless scope is sentence, the document)",
    ),
  before: phrases.optional().describe("Normalized words or phrases written right before the form"),
  after: phrases.optional().describe("Normalized words or phrases written right after the form"),
  spellings: phrases
    .optional()
    .describe("The form as this reading is written, with its distinguishing letters and marks (مُصِرّ)"),
};

export const ambiguityEntrySchema = z
  .object({
    alias: alias.describe("The normalized surface form that is ambiguous"),
    senses: z
      .array(z.object({ ref: senseRef, ...signals }).strict())
      .default([])
      .describe("The entries the form may name; may be empty when `word` is given"),
    default: senseRef.nullable().default(null),
    scope: z
      .enum(["sentence", "document"])
      .optional()
      .describe("Where the senses' cues count: the whole document (default) or only the sentence"),
    word: z
      .object({ gloss: z.string().min(1).describe("What the ordinary word means, in English"), ...signals })
      .strict()
      .optional()
      .describe("The ordinary word or phrase the form also is, and what tells that reading"),
    note: z.string().optional(),
  })
  .strict()
  .refine((a) => a.senses.length > 0 || a.word !== undefined, {
    message: "an ambiguity entry needs senses, a word reading, or both",
  });

const fileHeader = {
  $schema: z.string().optional(),
  generated: z
    .string()
    .optional()
    .describe(
      "Set on files written by a script (the command that rebuilds it). Entries of hand-written files win over generated ones with the same id or GeoNames id",
    ),
  note: z.string().optional(),
};

export const lexiconFileSchema = z.discriminatedUnion("kind", [
  z.object({ ...fileHeader, kind: z.literal("place"), entries: z.array(placeEntrySchema) }).strict(),
  z.object({ ...fileHeader, kind: z.literal("group"), entries: z.array(groupEntrySchema) }).strict(),
  z.object({ ...fileHeader, kind: z.literal("official"), entries: z.array(officialEntrySchema) }).strict(),
  z.object({ ...fileHeader, kind: z.literal("weapon"), entries: z.array(weaponEntrySchema) }).strict(),
  z.object({ ...fileHeader, kind: z.literal("outlet"), entries: z.array(outletEntrySchema) }).strict(),
  z.object({ ...fileHeader, kind: z.literal("ambiguity"), entries: z.array(ambiguityEntrySchema) }).strict(),
]);

export type LexiconFileInput = z.input<typeof lexiconFileSchema>;
