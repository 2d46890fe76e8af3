// Loading lexicon files: the built-in folder and users' folders, validated against the schemas.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { LexiconError } from "../errors.js";
import type { LexiconFile } from "./types.js";

/** The lexicons/ folder shipped with the package (src/lexicon and dist/lexicon both sit two levels down). */
export const BUILTIN_LEXICON_DIR = fileURLToPath(new URL("../../lexicons/", import.meta.url));

/** Subfolders that hold lexicon files of one kind (lexicons/places/overlay.json …). */
export const KIND_FOLDERS = ["places", "groups", "officials", "weapons", "outlets", "ambiguity"] as const;

function jsonFilesIn(dir: string): string[] {
  return readdirSync(dir, { encoding: "utf8" })
    .filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json") && !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * The entity lexicon files of a folder: its top-level .json files and those of its kind folders
 * (places/, groups/, officials/, weapons/, outlets/, ambiguity/), sorted; JSON Schemas and dotfiles
 * are skipped. Other subfolders hold the extractors' own tables (lexicons/tables/) or tooling.
 */
export function lexiconFilesIn(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory())
      throw new LexiconError(`${dir}: not a folder (--lexicons takes a folder of .json files)`);
    const files = jsonFilesIn(dir);
    for (const sub of KIND_FOLDERS) {
      const path = join(dir, sub);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        isDir = false;
      }
      if (isDir) files.push(...jsonFilesIn(path));
    }
    return files;
  } catch (err) {
    if (err instanceof LexiconError) throw err;
    throw new LexiconError(
      `${dir}: cannot read lexicon folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
}

type ZodIssueLike = { path: PropertyKey[]; message: string };

function describeIssue(file: string, data: unknown, issue: ZodIssueLike): string {
  const path = issue.path;
  let where = "";
  if (path[0] === "entries" && typeof path[1] === "number") {
    const entries = (data as { entries?: unknown[] }).entries ?? [];
    const entry = entries[path[1]] as { id?: unknown; alias?: unknown } | undefined;
    const label =
      typeof entry?.id === "string"
        ? ` (id "${entry.id}")`
        : typeof entry?.alias === "string"
          ? ` (alias "${entry.alias}")`
          : "";
    const field = path.slice(2).join(".");
    where = `entry ${path[1]}${label}${field ? `, field "${field}"` : ""}`;
  } else {
    where = path.length ? `field "${path.join(".")}"` : "file";
  }
  return `${file}: ${where}: ${issue.message}`;
}

/** Read and validate lexicon files. Throws LexiconError naming the file, the entry and the field. */
export async function readLexiconFiles(paths: string[], displayRoot = process.cwd()): Promise<LexiconFile[]> {
  const { lexiconFileSchema } = await import("./schema.js");
  const files: LexiconFile[] = [];
  for (const path of paths) {
    const shown = relative(displayRoot, path) || path;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, "utf8"));
    } catch (err) {
      throw new LexiconError(
        `${shown}: not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    const parsed = lexiconFileSchema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => describeIssue(shown, data, i));
      const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : "";
      throw new LexiconError(issues.join("; ") + more);
    }
    files.push({ ...parsed.data, source: shown } as LexiconFile);
  }
  return files;
}

const NULLABLE_FIELDS: Record<string, string[]> = {
  place: ["country", "admin1", "parent", "lat", "lon"],
  group: ["country", "affiliation", "parent"],
  official: ["role", "org", "country"],
  weapon: [],
  outlet: ["country"],
  ambiguity: [],
};

/**
 * The built-in lexicons, read without schema validation (the test suite validates them and checks
 * their hygiene), so that a run that uses only them does not pay for loading zod.
 */
export function readBuiltinLexiconFiles(dir = BUILTIN_LEXICON_DIR): LexiconFile[] {
  return lexiconFilesIn(dir).map((path) => {
    const shown = `lexicons/${relative(dir, path)}`;
    let data: { kind: string; entries: Record<string, unknown>[] };
    try {
      data = JSON.parse(readFileSync(path, "utf8"));
    } catch (err) {
      throw new LexiconError(
        `${shown}: not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    const fields = NULLABLE_FIELDS[data.kind];
    if (!fields || !Array.isArray(data.entries))
      throw new LexiconError(`${shown}: no valid "kind" and "entries"`);
    for (const entry of data.entries) {
      if (data.kind === "ambiguity") {
        entry.default ??= null;
        entry.senses ??= [];
        for (const s of entry.senses as { cues?: string[] }[]) s.cues ??= [];
        const word = entry.word as { cues?: string[] } | undefined;
        if (word) word.cues ??= [];
        continue;
      }
      entry.aliases ??= [];
      if (data.kind === "official") entry.short_aliases ??= [];
      for (const f of fields) entry[f] ??= null;
    }
    return { ...data, source: shown } as unknown as LexiconFile;
  });
}
