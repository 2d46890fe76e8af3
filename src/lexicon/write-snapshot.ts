// Run by `npm run build` after tsc (node dist/lexicon/write-snapshot.js): compiles the built-in
// lexicons into dist/lexicon/builtin-lexicon.snapshot.json (see snapshot.ts). When they cannot be
// compiled, any old snapshot is removed and the build goes on: runs then compile at start-up and
// report the problem there.

import { compileLexicon } from "./compile.js";
import { readBuiltinLexiconFiles } from "./load.js";
import { removeBuiltinSnapshot, SNAPSHOT_PATH, writeBuiltinSnapshot } from "./snapshot.js";

try {
  writeBuiltinSnapshot(() => compileLexicon(readBuiltinLexiconFiles()));
} catch (err) {
  removeBuiltinSnapshot();
  process.stderr.write(
    `rasd build: no lexicon snapshot written (${err instanceof Error ? err.message : String(err)}); ${SNAPSHOT_PATH} removed\n`,
  );
}
