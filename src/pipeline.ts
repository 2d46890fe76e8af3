// Document text in, mentions out. No I/O, no clock, no printing: everything it needs is a parameter.
//
// The extractors run in a fixed order because later ones use what earlier ones found: entities
// first, then numbers, which must not report the digits inside a name (البرج 22) or a date.

import { findEntities } from "./extract/entity/index.js";
import { extractNumbers } from "./extract/number/index.js";
import type { Lexicon } from "./lexicon/compile.js";
import { prepareDocument } from "./text/document.js";
import type { DocumentInfo, ExtractResult, Mention } from "./types.js";

export interface PipelineOptions {
  lexicon: Lexicon;
  /** Report vague quantities (عشرات = 10, مئات = 100 … with qualifier "about"); default false. */
  vague?: boolean;
}

/** The title: a first line that is short and followed by more text. */
export function findTitle(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  const nonEmpty = lines.filter((l) => l !== "");
  const first = nonEmpty[0];
  if (first === undefined || nonEmpty.length < 2) return null;
  if ([...first].length > 200) return null;
  return first.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g, "").trim() || null;
}

export function runPipeline(original: string, options: PipelineOptions): ExtractResult {
  const doc = prepareDocument(original);
  const entities = findEntities(doc, options.lexicon);
  // Digits inside a name are part of the name; a weapon mention (بطائرتين مسيرتين) is not
  // excluded: its dual is a count.
  const exclude = entities.filter((e) => e.m.kind !== "weapon").map((e) => ({ start: e.start, end: e.end }));
  const numbers = extractNumbers(doc, { exclude, vague: options.vague ?? false });
  const mentions: Mention[] = [...entities.map((e) => e.m), ...numbers];
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const document: DocumentInfo = {
    title: findTitle(original),
    published: null,
    publishedBasis: null,
    outlet: null,
  };
  return { document, mentions };
}
