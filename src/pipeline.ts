// Document text in, mentions and events out. No I/O, no clock, no printing: everything it needs is a parameter.
//
// The extractors run in a fixed order because later ones use what earlier ones found: entities,
// then the publication date (the reference for relative dates), then dates, then numbers, which
// must not report the digits of a date or of a name (البرج 22).

import { eventCandidates, findEvents } from "./events/index.js";
import { DURATION_RULES, findDates, findPublicationDate, type Prefer } from "./extract/date/index.js";
import { findEntities } from "./extract/entity/index.js";
import { findNumbers } from "./extract/number/index.js";
import type { Lexicon } from "./lexicon/compile.js";
import { prepareDocument } from "./text/document.js";
import type { DocumentInfo, ExtractResult, Mention, PublishedBasis } from "./types.js";

export interface PipelineOptions {
  lexicon: Lexicon;
  /** Publication date to use when the article gives none (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Use referenceDate even when the article gives its own date. */
  forceReferenceDate?: boolean;
  /** Which way bare weekdays and year-less dates resolve: the past (default, news) or the future. */
  prefer?: Prefer;
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
  return run(original, options).result;
}

/** The event candidates of a text, kept and rejected (for `rasd explain` and debugging). */
export function explainEvents(original: string, options: PipelineOptions) {
  return run(original, options).candidates();
}

function run(original: string, options: PipelineOptions) {
  const doc = prepareDocument(original);
  const entities = findEntities(doc, options.lexicon);

  const found = findPublicationDate(doc);
  let published: string | null = found?.date ?? null;
  let publishedBasis: PublishedBasis | null = found?.basis ?? null;
  if (options.referenceDate && (options.forceReferenceDate || published === null)) {
    published = options.referenceDate;
    publishedBasis = "reference";
  }
  const dates = findDates(doc, { reference: published, prefer: options.prefer ?? "past" });

  // The outlet is the agency named on the dateline's line: "بغداد - 12 ديسمبر 2023 (رويترز) -".
  let outlet: string | null = null;
  if (found && found.basis !== "text") {
    const lineStart = doc.text.lastIndexOf("\n", found.start) + 1;
    let lineEnd = doc.text.indexOf("\n", found.end);
    if (lineEnd < 0) lineEnd = doc.text.length;
    const agency = entities.find((e) => e.m.kind === "outlet" && e.start >= lineStart && e.end <= lineEnd);
    outlet = agency && "entity" in agency.m ? agency.m.entity.name : null;
  }

  // Digits inside a name or a date are not counts; a weapon mention (بطائرتين مسيرتين) is not
  // excluded (its dual is a count), nor is a duration (خلال أسبوعين: 2 weeks).
  const exclude = [
    ...entities.filter((e) => e.m.kind !== "weapon").map((e) => ({ start: e.start, end: e.end })),
    ...dates.filter((d) => !DURATION_RULES.has(d.m.rule)).map((d) => ({ start: d.start, end: d.end })),
  ];
  const numbers = findNumbers(doc, { exclude, vague: options.vague ?? false });
  const dateline = found && found.basis !== "text" ? { start: found.start, end: found.end } : null;
  const titled = findTitle(original) !== null;
  const input = { doc, lexicon: options.lexicon, published, entities, dates, numbers, dateline, titled };
  const events = findEvents(input);

  const mentions: Mention[] = [
    ...entities.map((e) => e.m),
    ...dates.map((d) => d.m),
    ...numbers.map((n) => n.m),
  ];
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const document: DocumentInfo = { title: findTitle(original), published, publishedBasis, outlet };
  return {
    result: { document, mentions, events } as ExtractResult,
    candidates: () => eventCandidates(input),
  };
}
