// The output records as zod schemas: the contract in code. `rasd schema NAME` prints their JSON
// Schema, and the test suite validates every record the CLI writes against them.

import { z } from "zod";
import { lexiconFileSchema } from "./lexicon/schema.js";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const docSchema = z
  .object({
    path: z.string().describe("The input path as given (relative where the input was); - for stdin"),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("SHA-256 of the file's bytes"),
    published: isoDay.nullable().describe("Publication date found in the article, or null"),
    outlet: z.string().nullable(),
    title: z.string().nullable().describe("The article's first line when it reads as a title"),
  })
  .strict();

const source = z.enum(["lexicon", "coreference", "context"]);

const placeEntity = z
  .object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    name_ar: z.string(),
    type: z.string(),
    country: z.string().nullable(),
    admin1: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    parent: z.string().nullable(),
    source,
  })
  .strict();
const groupEntity = z
  .object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    name_ar: z.string(),
    type: z.string().nullable(),
    country: z.string().nullable(),
    source,
  })
  .strict();
const officialEntity = z
  .object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    name_ar: z.string(),
    role: z.string().nullable(),
    org: z.string().nullable(),
    source,
  })
  .strict();
const weaponEntity = z
  .object({ id: z.string(), name: z.string(), name_ar: z.string(), class: z.string(), source })
  .strict();
const outletEntity = z
  .object({ id: z.string(), name: z.string(), name_ar: z.string(), country: z.string().nullable(), source })
  .strict();

const placeContext = z
  .object({
    type_word: z.string().optional().describe("The place-type word in front of the name, as written"),
    rural: z.literal(true).optional().describe("The countryside of the place (ريف)"),
    direction: z
      .enum([
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "centre",
      ])
      .optional(),
    near: z.literal(true).optional().describe("Near the place (قرب، محيط، أطراف …)"),
  })
  .strict()
  .describe("What the words around a place name say about it");

const spanFields = {
  record: z.literal("mention"),
  schema: z.literal(1),
  doc: docSchema,
  text: z.string().describe("The original text of the span"),
  start: z.number().int().nonnegative().describe("Code point offset into the decoded text, BOM removed"),
  end: z.number().int().nonnegative().describe("End, exclusive"),
};

const mentionCommon = {
  ...spanFields,
  match: z
    .object({
      form: z.string().describe("The normalized lexicon form that matched"),
      prefix: z.string().describe("Proclitics in front of the name (normalized)"),
      lexicon: z.string().describe("The lexicon file of the entry"),
    })
    .strict(),
};

export const mentionRecordSchema = z.discriminatedUnion("kind", [
  z
    .object({
      ...mentionCommon,
      kind: z.literal("place"),
      entity: placeEntity,
      context: placeContext.optional(),
    })
    .strict(),
  z.object({ ...mentionCommon, kind: z.literal("group"), entity: groupEntity }).strict(),
  z
    .object({
      ...mentionCommon,
      kind: z.literal("official"),
      entity: officialEntity,
      title: z.string().optional().describe("The title written right before the name, as written"),
    })
    .strict(),
  z.object({ ...mentionCommon, kind: z.literal("weapon"), entity: weaponEntity }).strict(),
  z.object({ ...mentionCommon, kind: z.literal("outlet"), entity: outletEntity }).strict(),
  z
    .object({
      ...spanFields,
      kind: z.literal("number"),
      value: z.number().describe("The quantity"),
      unit: z
        .string()
        .nullable()
        .describe("The counted noun as an English singular: attack, drone, killed …"),
      qualifier: z.enum(["exact", "at_least", "about", "more_than", "less_than", "up_to"]),
      rule: z.string().describe("The rule family that read it: digits, words, dual, vague …"),
    })
    .strict(),
  z
    .object({
      ...spanFields,
      kind: z.literal("date"),
      date: z
        .object({
          start: isoDay.nullable(),
          end: isoDay.nullable(),
          precision: z.enum(["day", "month", "year"]),
          basis: z.enum(["explicit", "dateline", "weekday", "relative", "inferred"]),
          unresolved: z.string().optional().describe("Why start/end are null"),
          month: z.number().int().min(1).max(12).optional(),
          day: z.number().int().min(1).max(31).optional(),
          calendar: z.literal("hijri").optional(),
        })
        .strict(),
      rule: z.string(),
    })
    .strict(),
]);

export const documentRecordSchema = z
  .object({
    record: z.literal("document"),
    schema: z.literal(1),
    doc: docSchema,
    bytes: z.number().int().nonnegative(),
    encoding: z.string().describe("WHATWG label of the encoding used: utf-8, utf-16le, windows-1256 …"),
    encoding_basis: z.enum(["bom", "valid-utf8", "detected", "forced"]),
    published_basis: z.string().nullable(),
    counts: z
      .object({
        mentions: z.number().int().nonnegative(),
        events: z.number().int().nonnegative(),
        by_kind: z.record(z.string(), z.number().int().nonnegative()),
      })
      .strict(),
  })
  .strict();

export const errorRecordSchema = z
  .object({
    record: z.literal("error"),
    schema: z.literal(1),
    path: z.string(),
    code: z.string().regex(/^E_[A-Z_]+$/),
    message: z.string(),
  })
  .strict();

const codePointSpan = {
  text: z.string().describe("The original text of the span"),
  start: z.number().int().nonnegative().describe("Code point offset into the decoded text, BOM removed"),
  end: z.number().int().nonnegative().describe("End, exclusive"),
};
const spanSchema = z.object(codePointSpan).strict();
const eventPlace = placeEntity.extend(codePointSpan).strict();
const casualtyCount = z
  .object({
    value: z.number(),
    qualifier: z.enum(["exact", "at_least", "about", "more_than", "less_than", "up_to"]),
    ...codePointSpan,
  })
  .strict();

export const eventRecordSchema = z
  .object({
    record: z.literal("event"),
    schema: z.literal(1),
    id: z
      .string()
      .regex(/^ev_[0-9a-f]{16}$/)
      .describe("Stable for the same file content and record format"),
    doc: docSchema,
    type: z.enum(["attack", "interception", "attack_tally", "casualties", "deployment", "exercise"]),
    date: z
      .object({
        start: isoDay.nullable(),
        end: isoDay.nullable(),
        precision: z.enum(["day", "month", "year"]),
        basis: z.enum(["explicit", "dateline", "weekday", "relative", "inferred"]),
        source: z
          .enum(["sentence", "paragraph", "period", "title"])
          .describe(
            "sentence: the event's sentence gives it; paragraph: an earlier sentence; period: a tally's end",
          ),
        text: z.string(),
      })
      .strict()
      .nullable()
      .describe("Null when the text does not let the day be resolved"),
    location: eventPlace.nullable().describe("The most specific place of the event"),
    locations: z.array(eventPlace).describe("Every most specific place (several villages struck together)"),
    actors: z.array(
      z
        .object({
          id: z.string().nullable(),
          name: z.string().nullable(),
          name_ar: z.string(),
          kind: z.enum(["group", "place", "official", "outlet"]),
          role: z.enum(["attacker", "target", "claimant", "source", "participant"]),
          via: z.string().describe("The rule that gave the role: subject, genitive, claim, report …"),
          ...codePointSpan,
        })
        .strict(),
    ),
    weapons: z.array(
      z
        .object({
          id: z
            .string()
            .describe("Weapon class: drone, rocket, missile, airstrike, artillery, explosive, gunfire …"),
          name: z.string(),
          system: z.string().nullable().describe("Lexicon id of a named system (shahed-136), or null"),
          count: z.number().int().nullable(),
          ...codePointSpan,
        })
        .strict(),
    ),
    quantities: z.array(
      z
        .object({
          value: z.number(),
          unit: z.string().nullable(),
          qualifier: z.enum(["exact", "at_least", "about", "more_than", "less_than", "up_to"]),
          ...codePointSpan,
        })
        .strict(),
    ),
    casualties: z
      .object({
        killed: casualtyCount.nullable(),
        injured: casualtyCount.nullable(),
        missing: casualtyCount.nullable(),
      })
      .strict(),
    claimed: z.boolean().describe("The attacker claimed or officially announced it"),
    period: z
      .object({ start: isoDay.nullable(), end: isoDay.nullable(), text: z.string().nullable() })
      .strict()
      .nullable()
      .describe("Tallies: the span the count covers"),
    evidence: spanSchema.describe("The sentence that states the event"),
    supports: z.array(spanSchema).describe("Every sentence that states it (restatements merged)"),
    trigger: spanSchema.extend({ lemma: z.string() }).strict(),
    confidence: z.number().min(0).max(1),
    rules: z.array(z.string()).describe("The rules that made and filled the record"),
    merged: z
      .object({
        documents: z.array(
          z
            .object({
              path: z.string(),
              sha256: z.string(),
              event: z.string().describe("The id of the event record of that document"),
              evidence: spanSchema,
            })
            .strict(),
        ),
        disagreements: z.array(
          z
            .object({
              field: z.string().describe("date, location, count, weapons.<class>.count, casualties.killed …"),
              values: z.array(z.object({ value: z.unknown(), doc: z.string() }).strict()),
            })
            .strict(),
        ),
      })
      .strict()
      .optional()
      .describe("Only on records merged across articles (rasd merge, extract --merge)"),
  })
  .strict();

export const anyRecordSchema = z.union([
  eventRecordSchema,
  mentionRecordSchema,
  documentRecordSchema,
  errorRecordSchema,
]);

export const SCHEMAS = {
  event: eventRecordSchema,
  mention: mentionRecordSchema,
  document: documentRecordSchema,
  error: errorRecordSchema,
  lexicon: lexiconFileSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

export function jsonSchemaOf(name: SchemaName): unknown {
  return z.toJSONSchema(SCHEMAS[name], { io: "input" });
}
