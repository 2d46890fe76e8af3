// From command-line arguments to a sorted list of inputs: files, folders (recursively, by a glob
// pattern), glob patterns, and "-" for standard input. Paths that cannot be used become error items
// so that the run can report them and go on.

import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { posix, sep } from "node:path";
import type { InputError } from "../errors.js";
import { InputError as InputErr } from "../errors.js";

export type InputItem =
  | { kind: "file"; path: string }
  | { kind: "stdin"; path: "-" }
  | { kind: "error"; path: string; error: InputError };

export interface FindInputsOptions {
  /** Pattern for files inside folders (default **\/*.txt). */
  glob?: string;
}

const toPosix = (p: string) => (sep === "/" ? p : p.split(sep).join("/"));

function byPath(a: InputItem, b: InputItem): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export async function findInputs(args: string[], options: FindInputsOptions = {}): Promise<InputItem[]> {
  const pattern = options.glob ?? "**/*.txt";
  const items: InputItem[] = [];
  const seen = new Set<string>();
  const add = (item: InputItem) => {
    const key = `${item.kind}:${item.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push(item);
  };
  let fg: typeof import("fast-glob") | undefined;
  const glob = async (pat: string, cwd?: string) => {
    fg ??= (await import("fast-glob")).default;
    return fg(pat, {
      cwd,
      onlyFiles: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      dot: false,
      unique: true,
    });
  };

  for (const arg of args) {
    if (arg === "-") {
      add({ kind: "stdin", path: "-" });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      fg ??= (await import("fast-glob")).default;
      if (code === "ENOENT" && fg.isDynamicPattern(arg)) {
        const found = await glob(toPosix(arg));
        if (found.length === 0)
          add({
            kind: "error",
            path: arg,
            error: new InputErr("E_NO_MATCH", arg, `${arg}: no file matches this pattern`),
          });
        for (const f of found) add({ kind: "file", path: f });
        continue;
      }
      const why =
        code === "ENOENT"
          ? "no such file or folder"
          : code === "EACCES"
            ? "permission denied"
            : `cannot read (${code ?? String(err)})`;
      add({
        kind: "error",
        path: arg,
        error: new InputErr(code === "ENOENT" ? "E_NOT_FOUND" : "E_UNREADABLE", arg, `${arg}: ${why}`),
      });
      continue;
    }
    if (info.isDirectory()) {
      try {
        await access(arg, constants.R_OK | constants.X_OK);
      } catch {
        add({
          kind: "error",
          path: arg,
          error: new InputErr("E_UNREADABLE", arg, `${arg}: permission denied (folder)`),
        });
        continue;
      }
      const found = await glob(pattern, arg);
      if (found.length === 0)
        add({
          kind: "error",
          path: arg,
          error: new InputErr("E_NO_MATCH", arg, `${arg}: folder has no file matching ${pattern}`),
        });
      for (const f of found) add({ kind: "file", path: posix.join(toPosix(arg), f) });
    } else {
      add({ kind: "file", path: arg });
    }
  }
  return items.sort(byPath);
}
