// `rasd lexicon check`: validate lexicon folders against the schema and check their hygiene.

import { checkHygiene, compileLexicon } from "../lexicon/compile.js";
import { BUILTIN_LEXICON_DIR, lexiconFilesIn, readLexiconFiles } from "../lexicon/load.js";
import { similarEntries } from "../lexicon/similar.js";
import { error, info, warn } from "./stderr.js";

export async function runLexiconCheck(dirs: string[]): Promise<number> {
  const folders = dirs.length > 0 ? dirs : [BUILTIN_LEXICON_DIR];
  const files = [];
  for (const dir of folders) files.push(...(await readLexiconFiles(lexiconFilesIn(dir))));
  const problems = checkHygiene(files);
  for (const p of problems) error(`${p.source}: ${p.message}`, "E_LEXICON");
  // Not errors: pairs worth a look (the same place entered twice under two spellings?).
  for (const p of similarEntries(files))
    warn(`possible duplicate: ${p.a} and ${p.b} (Jaro-Winkler ${p.score.toFixed(3)})`);
  const lexicon = compileLexicon(files);
  const counts = new Map<string, number>();
  for (const e of lexicon.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
  info(
    `${files.length} files, ${summary}, ${lexicon.aliasCount} forms; ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
  );
  return problems.length > 0 ? 1 : 0;
}
