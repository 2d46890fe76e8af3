// The library API. The CLI is one user of it.
//
//   import { extract, loadLexicon } from "rasd";
//   const lexicon = await loadLexicon({ dirs: ["my-lexicons"] });
//   const { mentions } = extract(text, { lexicon });

import { compileLexicon, type Lexicon } from "./lexicon/compile.js";
import { lexiconFilesIn, readBuiltinLexiconFiles, readLexiconFiles } from "./lexicon/load.js";
import { loadBuiltinSnapshot } from "./lexicon/snapshot.js";
import { runPipeline } from "./pipeline.js";
import type { ExtractResult } from "./types.js";

export { type ErrorCode, InputError, LexiconError, RasdError, UsageError } from "./errors.js";
export type { Lexicon } from "./lexicon/compile.js";
export { checkHygiene, compileLexicon } from "./lexicon/compile.js";
export type * from "./lexicon/types.js";
export { type CliticCandidate, procliticCandidates } from "./text/clitics.js";
export { type PreparedDocument, prepareDocument } from "./text/document.js";
export { type Normalized, normalize, normalizeForm, toOriginalSpan } from "./text/normalize.js";
export { type Sentence, splitSentences } from "./text/sentences.js";
export { type Token, tokenize } from "./text/tokens.js";
export type * from "./types.js";

export interface LoadLexiconOptions {
  /** Load the lexicons shipped with rasd (default true). */
  builtin?: boolean;
  /** User lexicon folders; their entries add to or override built-in ones by id, later folders last. */
  dirs?: string[];
}

/**
 * Load and compile lexicons (reads files; validates user lexicons against the schema). The
 * built-in lexicons alone come from their snapshot when the build wrote an up-to-date one.
 */
export async function loadLexicon(options: LoadLexiconOptions = {}): Promise<Lexicon> {
  const builtin = options.builtin !== false;
  const dirs = options.dirs ?? [];
  if (builtin && dirs.length === 0) return builtinLexicon();
  const files = builtin ? readBuiltinLexiconFiles() : [];
  for (const dir of dirs) files.push(...(await readLexiconFiles(lexiconFilesIn(dir))));
  return compileLexicon(files);
}

let builtin: Lexicon | undefined;
/** The built-in lexicons, loaded once per process: their snapshot (lexicon/snapshot.ts), else compiled. */
export function builtinLexicon(): Lexicon {
  builtin ??= loadBuiltinSnapshot() ?? compileLexicon(readBuiltinLexiconFiles());
  return builtin;
}

export interface ExtractOptions {
  /** A compiled lexicon (from loadLexicon); the built-in one when left out. */
  lexicon?: Lexicon;
}

/** Extract mentions from one article's text. Pure apart from loading the built-in lexicon once. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return runPipeline(text, { lexicon: options.lexicon ?? builtinLexicon() });
}
