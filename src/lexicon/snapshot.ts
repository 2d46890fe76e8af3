// The built-in lexicons compiled ahead of time. `npm run build` compiles lexicons/ once and writes
// the result next to this module (dist/lexicon/builtin-lexicon.snapshot.json); a run that uses
// only the built-in lexicons loads it instead of compiling (a JSON parse and a trie rebuilt from
// it, a fraction of the compile time). The file is JSON in UTF-16LE: most of it is Arabic, and a
// UTF-16 file becomes a string with a copy where UTF-8 would be decoded unit by unit.
//
// A snapshot is used only when its key matches: a hash of every built-in lexicon file (path and
// bytes), of the code that compiles them (this folder and text/, where normalization and
// tokenization live) and of the Unicode and ICU versions (normalization and tokenization depend
// on them). Anything else (no snapshot, a stale one, an unreadable one) falls back to compiling.
// User lexicon folders are always compiled at run time.

import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledAmbiguity, CompiledEntry, Lexicon, TrieNode } from "./compile.js";
import { BUILTIN_LEXICON_DIR, lexiconFilesIn } from "./load.js";

const FORMAT = 1;
export const SNAPSHOT_PATH = fileURLToPath(new URL("./builtin-lexicon.snapshot.json", import.meta.url));

/** The folders whose code decides what compileLexicon makes of a file: this one and text/. */
const CODE_DIRS = [
  fileURLToPath(new URL(".", import.meta.url)),
  fileURLToPath(new URL("../text/", import.meta.url)),
];

/**
 * A trie, flat, in depth-first order (nested arrays parse and rebuild several times slower): each
 * node's token, its number of children (-1: no Map), whether it is a terminal; the terminals'
 * forms and refs in the same order.
 */
interface TrieSnapshot {
  tokens: string[];
  children: number[];
  terminal: (0 | 1)[];
  forms: string[];
  refs: number[][];
  /** Children of the root. */
  size: number;
}

/** Consecutive entries from one file, as the file has them. */
interface EntryRun {
  kind: CompiledEntry["kind"];
  source: string;
  generated: boolean;
  entries: CompiledEntry["entry"][];
}

interface Snapshot {
  format: number;
  key: string;
  entries: EntryRun[];
  root: TrieSnapshot;
  shortRoot: TrieSnapshot;
  ambiguity: [string, CompiledAmbiguity][];
  cueHeads: string[];
  warnings: string[];
  aliasCount: number;
}

/** The key of the built-in lexicons as they are now (see above). */
export function builtinKey(dir = BUILTIN_LEXICON_DIR): string {
  const h = createHash("sha256");
  const part = (label: string, data: string | Buffer) => {
    h.update(`${label}\u0000${data.length}\u0000`);
    h.update(data);
  };
  part("format", String(FORMAT));
  part("unicode", process.versions.unicode ?? "");
  part("icu", process.versions.icu ?? "");
  for (const codeDir of CODE_DIRS)
    for (const name of readdirSync(codeDir).sort())
      if (/\.[cm]?[jt]s$/.test(name)) part(`code ${name}`, readFileSync(join(codeDir, name)));
  for (const path of lexiconFilesIn(dir)) part(`lexicon ${relative(dir, path)}`, readFileSync(path));
  return h.digest("hex");
}

function trieOf(root: ReadonlyMap<string, TrieNode>): TrieSnapshot {
  const t: TrieSnapshot = { tokens: [], children: [], terminal: [], forms: [], refs: [], size: root.size };
  const walk = (map: ReadonlyMap<string, TrieNode>): void => {
    for (const [token, node] of map) {
      t.tokens.push(token);
      t.children.push(node.next === null ? -1 : node.next.size);
      t.terminal.push(node.terminal === null ? 0 : 1);
      if (node.terminal !== null) {
        t.forms.push(node.terminal.form);
        t.refs.push(node.terminal.refs);
      }
      if (node.next !== null) walk(node.next);
    }
  };
  walk(root);
  return t;
}

/** The trie again, every Map filled in the order the compiled one was (so they iterate alike). */
function mapOf(t: TrieSnapshot): Map<string, TrieNode> {
  let at = 0;
  let term = 0;
  const level = (size: number): Map<string, TrieNode> => {
    const map = new Map<string, TrieNode>();
    for (let k = 0; k < size; k++) {
      const i = at++;
      const node: TrieNode = { next: null, terminal: null };
      map.set(t.tokens[i] as string, node);
      if (t.terminal[i] === 1) {
        node.terminal = { refs: t.refs[term] as number[], form: t.forms[term] as string };
        term++;
      }
      const children = t.children[i] as number;
      if (children >= 0) node.next = level(children);
    }
    return map;
  };
  return level(t.size);
}

function entryRuns(entries: readonly CompiledEntry[]): EntryRun[] {
  const runs: EntryRun[] = [];
  let run: EntryRun | undefined;
  for (const e of entries) {
    const generated = e.generated === true;
    if (!run || run.kind !== e.kind || run.source !== e.source || run.generated !== generated) {
      run = { kind: e.kind, source: e.source, generated, entries: [] };
      runs.push(run);
    }
    run.entries.push(e.entry);
  }
  return runs;
}

/** The compiled entries again, built as compileLexicon builds them. */
function entriesOf(runs: readonly EntryRun[]): CompiledEntry[] {
  const out: CompiledEntry[] = [];
  for (const run of runs) {
    const { kind, source, generated } = run;
    for (const entry of run.entries) {
      const ref = `${kind}:${entry.id}`;
      out.push(generated ? { kind, entry, ref, source, generated } : { kind, entry, ref, source });
    }
  }
  return out;
}

export function snapshotOf(lexicon: Lexicon, key: string): Snapshot {
  return {
    format: FORMAT,
    key,
    entries: entryRuns(lexicon.entries),
    root: trieOf(lexicon.root),
    shortRoot: trieOf(lexicon.shortRoot),
    ambiguity: [...lexicon.ambiguity],
    cueHeads: [...lexicon.cueHeads],
    warnings: lexicon.warnings,
    aliasCount: lexicon.aliasCount,
  };
}

export function lexiconOf(s: Snapshot): Lexicon {
  const entries = entriesOf(s.entries);
  return {
    entries,
    byRef: new Map(entries.map((e, i) => [e.ref, i])),
    root: mapOf(s.root),
    shortRoot: mapOf(s.shortRoot),
    ambiguity: new Map(s.ambiguity),
    cueHeads: new Set(s.cueHeads),
    warnings: s.warnings,
    aliasCount: s.aliasCount,
  };
}

/** The built-in lexicons from the snapshot, or null when there is none or it is not theirs. */
export function loadBuiltinSnapshot(path = SNAPSHOT_PATH, dir = BUILTIN_LEXICON_DIR): Lexicon | null {
  try {
    const s = JSON.parse(readFileSync(path).toString("utf16le")) as Snapshot;
    if (s?.format !== FORMAT || typeof s.key !== "string" || s.key !== builtinKey(dir)) return null;
    return lexiconOf(s);
  } catch {
    // missing, unreadable or malformed: compile instead
    return null;
  }
}

/**
 * Compile the built-in lexicons and write their snapshot (npm run build), replacing any old one at
 * once. The key is taken before the files are read: should one change meanwhile, the snapshot is
 * merely stale (never used), not wrongly keyed.
 */
export function writeBuiltinSnapshot(
  compile: () => Lexicon,
  path = SNAPSHOT_PATH,
  dir = BUILTIN_LEXICON_DIR,
): void {
  const key = builtinKey(dir);
  const snapshot = snapshotOf(compile(), key);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(JSON.stringify(snapshot), "utf16le"));
  renameSync(tmp, path);
}

/** Remove the snapshot (when the built-in lexicons cannot be compiled). */
export function removeBuiltinSnapshot(path = SNAPSHOT_PATH): void {
  rmSync(path, { force: true });
}
