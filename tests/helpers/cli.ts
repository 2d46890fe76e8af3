// Spawning the real CLI (bin/rasd.js over the built dist/) for end-to-end tests.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin", "rasd.js");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  records: Record<string, unknown>[];
}

export function rasd(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {},
): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const stdout = r.stdout ?? "";
  // Records are parsed only for commands that write JSON Lines; other output leaves them empty.
  let records: Record<string, unknown>[] = [];
  try {
    records = stdout
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  } catch {
    records = [];
  }
  return { status: r.status, stdout, stderr: r.stderr ?? "", records };
}

export function tempDir(prefix = "rasd-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
