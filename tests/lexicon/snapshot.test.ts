// The built-in lexicons compiled ahead of time (src/lexicon/snapshot.ts): the snapshot `npm run
// build` writes gives the same lexicon as compiling, and a stale or broken one is never used.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileLexicon } from "../../src/lexicon/compile.js";
import { BUILTIN_LEXICON_DIR, readBuiltinLexiconFiles } from "../../src/lexicon/load.js";
import { builtinKey, lexiconOf, loadBuiltinSnapshot, snapshotOf } from "../../src/lexicon/snapshot.js";
import { ROOT } from "../helpers/cli.js";

describe("lexicon snapshot", () => {
  const compiled = compileLexicon(readBuiltinLexiconFiles());

  it("round-trips to the lexicon compiling gives", () => {
    const again = lexiconOf(JSON.parse(JSON.stringify(snapshotOf(compiled, builtinKey()))));
    expect(again.entries).toEqual(compiled.entries);
    expect([...again.byRef]).toEqual([...compiled.byRef]);
    expect(again.root).toEqual(compiled.root);
    expect(again.shortRoot).toEqual(compiled.shortRoot);
    expect([...again.ambiguity]).toEqual([...compiled.ambiguity]);
    expect([...again.cueHeads]).toEqual([...compiled.cueHeads]);
    expect(again.aliasCount).toBe(compiled.aliasCount);
  });

  it("the one the build wrote is up to date and used by the built code", async () => {
    // The key covers the code that compiles: the built code checks the snapshot the build wrote.
    const built = (await import(
      join(ROOT, "dist", "lexicon", "snapshot.js")
    )) as typeof import("../../src/lexicon/snapshot.js");
    const loaded = built.loadBuiltinSnapshot();
    expect(loaded).not.toBeNull();
    expect(loaded?.entries).toEqual(compiled.entries);
  });

  it("is not used when a lexicon file changed, nor when it is not JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "rasd-snap-"));
    const lex = join(dir, "lexicons");
    cpSync(BUILTIN_LEXICON_DIR, lex, { recursive: true });
    const snap = join(dir, "snap.json");
    writeFileSync(snap, Buffer.from(JSON.stringify(snapshotOf(compiled, builtinKey(lex))), "utf16le"));
    expect(loadBuiltinSnapshot(snap, lex)).not.toBeNull();
    writeFileSync(join(lex, "outlets.json"), `${JSON.stringify({ kind: "outlet", entries: [] })}\n`);
    expect(loadBuiltinSnapshot(snap, lex)).toBeNull();
    writeFileSync(snap, "not json");
    expect(loadBuiltinSnapshot(snap, lex)).toBeNull();
  });
});
