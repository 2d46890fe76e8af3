// `rasd lexicon check | stats | lookup`: validate lexicon folders (schema, hygiene, coordinates),
// count their entries, and explain which entries a text matches and why.

import { checkHygiene, compileLexicon } from "../lexicon/compile.js";
import { checkCoordinates, readCountryBounds } from "../lexicon/geo.js";
import {
  BUILTIN_LEXICON_DIR,
  lexiconFilesIn,
  readBuiltinLexiconFiles,
  readLexiconFiles,
} from "../lexicon/load.js";
import { similarEntries } from "../lexicon/similar.js";
import type { LexiconFile } from "../lexicon/types.js";
import { error, info, warn } from "./stderr.js";

export async function runLexiconCheck(dirs: string[]): Promise<number> {
  const folders = dirs.length > 0 ? dirs : [BUILTIN_LEXICON_DIR];
  const files = [];
  for (const dir of folders) files.push(...(await readLexiconFiles(lexiconFilesIn(dir))));
  const problems = [...checkHygiene(files), ...checkCoordinates(files, readCountryBounds())];
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

async function filesOf(builtin: boolean, dirs: string[]): Promise<LexiconFile[]> {
  const files = builtin ? readBuiltinLexiconFiles() : [];
  for (const dir of dirs) files.push(...(await readLexiconFiles(lexiconFilesIn(dir))));
  return files;
}

type Counts = Record<string, number>;
function bump(c: Counts, key: string): void {
  c[key] = (c[key] ?? 0) + 1;
}

export interface LexiconStats {
  files: { file: string; kind: string; entries: number; generated: boolean }[];
  kinds: Counts;
  types: Record<string, Counts>;
  countries: Record<string, Counts>;
  forms: number;
  populated_places: number;
}

const POPULATED = new Set(["city", "town", "village", "neighbourhood"]);

/** Entries by kind, by type and by country, as the compiled lexicon holds them (overrides applied). */
export function lexiconStats(files: LexiconFile[]): LexiconStats {
  const lexicon = compileLexicon(files);
  const kinds: Counts = {};
  const types: Record<string, Counts> = {};
  const countries: Record<string, Counts> = {};
  let populated = 0;
  for (const e of lexicon.entries) {
    bump(kinds, e.kind);
    const entry = e.entry as { type?: string; class?: string; country?: string | null };
    const type = entry.type ?? entry.class;
    if (type !== undefined) {
      types[e.kind] ??= {};
      bump(types[e.kind] as Counts, type);
    }
    if (entry.country !== undefined) {
      countries[e.kind] ??= {};
      bump(countries[e.kind] as Counts, entry.country ?? "none");
    }
    if (e.kind === "place" && POPULATED.has(entry.type ?? "")) populated++;
  }
  return {
    files: files.map((f) => ({
      file: f.source,
      kind: f.kind,
      entries: f.entries.length,
      generated: typeof (f as { generated?: unknown }).generated === "string",
    })),
    kinds,
    types,
    countries,
    forms: lexicon.aliasCount,
    populated_places: populated,
  };
}

function table(title: string, counts: Counts, top = Number.POSITIVE_INFINITY): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const width = Math.max(16, ...rows.map(([k]) => k.length));
  const shown = rows.slice(0, top).map(([k, n]) => `  ${k.padEnd(width)} ${String(n).padStart(6)}`);
  const more = rows.length > top ? [`  … and ${rows.length - top} more`] : [];
  return [title, ...shown, ...more].join("\n");
}

export async function runLexiconStats(opts: {
  lexicons: string[];
  builtinLexicons: boolean;
  json?: boolean;
}) {
  const stats = lexiconStats(await filesOf(opts.builtinLexicons, opts.lexicons));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  }
  const out = [
    table("files", Object.fromEntries(stats.files.map((f) => [f.file, f.entries]))),
    table("entries by kind", stats.kinds),
    `  populated places (city, town, village, neighbourhood): ${stats.populated_places}`,
    `  surface forms: ${stats.forms}`,
  ];
  for (const [kind, c] of Object.entries(stats.types)) out.push(table(`${kind} by type`, c));
  for (const [kind, c] of Object.entries(stats.countries)) out.push(table(`${kind} by country`, c, 25));
  process.stdout.write(`${out.join("\n\n")}\n`);
  return 0;
}

export async function runLexiconLookup(
  text: string,
  opts: { lexicons: string[]; builtinLexicons: boolean; json?: boolean },
): Promise<number> {
  const { explainMatches } = await import("../extract/entity/index.js");
  const { prepareDocument } = await import("../text/document.js");
  const lexicon = compileLexicon(await filesOf(opts.builtinLexicons, opts.lexicons));
  const doc = prepareDocument(text);
  const rows = explainMatches(doc, lexicon).map((x) => {
    const span = doc.originalSpan(x.match.start, x.match.end);
    const chosen = x.resolution.index === null ? null : lexicon.entries[x.resolution.index];
    return {
      text: span.text,
      start: span.start,
      end: span.end,
      form: x.match.form,
      prefix: x.match.prefix,
      candidates: x.match.refs.map((r) => ({
        ref: lexicon.entries[r]?.ref ?? String(r),
        name: lexicon.entries[r]?.entry.name ?? "",
        file: lexicon.entries[r]?.source ?? "",
      })),
      chosen: chosen ? chosen.ref : null,
      reason: x.resolution.reason,
      kept: x.kept,
    };
  });
  if (opts.json) {
    for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    return 0;
  }
  if (rows.length === 0) process.stdout.write("no lexicon entry matches\n");
  for (const r of rows) {
    const status = r.chosen === null ? "dropped" : r.kept ? "kept" : "inside a longer name";
    const head = `${r.start}-${r.end} «${r.text}» form "${r.form}"${r.prefix ? ` after proclitic "${r.prefix}"` : ""}`;
    const cands = r.candidates.map(
      (c) => `    ${c.ref === r.chosen ? "→" : " "} ${c.ref} (${c.name}) ${c.file}`,
    );
    process.stdout.write(`${[head, `    ${status}: ${r.reason}`, ...cands].join("\n")}\n`);
  }
  return 0;
}
