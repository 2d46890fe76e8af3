// Document text in, mentions out. No I/O, no clock, no printing: everything it needs is a parameter.

import { extractEntities } from "./extract/entity/index.js";
import type { Lexicon } from "./lexicon/compile.js";
import { type PreparedDocument, prepareDocument } from "./text/document.js";
import type { DocumentInfo, ExtractResult, Mention } from "./types.js";

export interface PipelineOptions {
  lexicon: Lexicon;
}

/** An extractor: a pure function from a prepared document to mentions of one or more kinds. */
export type Extractor = (doc: PreparedDocument, options: PipelineOptions) => Mention[];

/** The extractors, in order. Each new dimension (numbers, dates …) is one more line here. */
export const EXTRACTORS: readonly Extractor[] = [(doc, o) => extractEntities(doc, o.lexicon)];

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
  const mentions: Mention[] = [];
  for (const extractor of EXTRACTORS) mentions.push(...extractor(doc, options));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const document: DocumentInfo = {
    title: findTitle(original),
    published: null,
    publishedBasis: null,
    outlet: null,
  };
  return { document, mentions };
}
