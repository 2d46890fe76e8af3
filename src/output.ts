// Output records (the contract in ../shared/OUTPUT-CONTRACT.md): builders with a fixed key order,
// so that the same input always gives the same bytes.

import { createHash } from "node:crypto";
import type { ExtractedEvent } from "./events/types.js";
import type { DocumentInfo, Mention } from "./types.js";

export const SCHEMA_VERSION = 1;

export interface DocRef {
  path: string;
  sha256: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function docRef(path: string, sha256: string, info: DocumentInfo): DocRef {
  return { path, sha256, published: info.published, outlet: info.outlet, title: info.title };
}

export function mentionRecord(doc: DocRef, m: Mention) {
  const head = {
    record: "mention" as const,
    schema: SCHEMA_VERSION,
    doc,
    kind: m.kind,
    text: m.text,
    start: m.start,
    end: m.end,
  };
  switch (m.kind) {
    case "number":
      return { ...head, value: m.value, unit: m.unit, qualifier: m.qualifier, rule: m.rule };
    case "date":
      return { ...head, date: m.date, rule: m.rule };
    default:
      return {
        ...head,
        entity: m.entity,
        match: m.match,
        ...(m.title ? { title: m.title } : {}),
        ...(m.context ? { context: m.context } : {}),
      };
  }
}

/**
 * An event record. Its id hashes what identifies the event in its file (the file's bytes, the type,
 * the evidence and the trigger) with the record format version: the same file gives the same ids
 * on any machine.
 */
export function eventRecord(doc: DocRef, e: ExtractedEvent) {
  const key = `${doc.sha256}:${e.type}:${e.evidence.start}:${e.trigger.start}:${e.trigger.end}:${SCHEMA_VERSION}`;
  const id = `ev_${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
  return {
    record: "event" as const,
    schema: SCHEMA_VERSION,
    id,
    doc,
    type: e.type,
    date: e.date,
    location: e.location,
    locations: e.locations,
    actors: e.actors,
    weapons: e.weapons,
    quantities: e.quantities,
    casualties: e.casualties,
    claimed: e.claimed,
    period: e.period,
    evidence: e.evidence,
    supports: e.supports,
    trigger: e.trigger,
    confidence: e.confidence,
    rules: e.rules,
  };
}

export interface DocumentStats {
  bytes: number;
  encoding: string;
  encodingBasis: string;
  mentions: Mention[];
  events: number;
  publishedBasis: string | null;
}

export function documentRecord(doc: DocRef, s: DocumentStats) {
  const byKind: Record<string, number> = {};
  for (const m of s.mentions) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  const kinds = Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    record: "document" as const,
    schema: SCHEMA_VERSION,
    doc,
    bytes: s.bytes,
    encoding: s.encoding,
    encoding_basis: s.encodingBasis,
    published_basis: s.publishedBasis,
    counts: { mentions: s.mentions.length, events: s.events, by_kind: kinds },
  };
}

export function errorRecord(path: string, code: string, message: string) {
  return { record: "error" as const, schema: SCHEMA_VERSION, path, code, message };
}
