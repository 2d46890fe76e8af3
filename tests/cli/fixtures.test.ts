// End to end on the bundled sample articles: the real CLI's output for each article must equal the
// reviewed expected JSON Lines in fixtures/expected/. After an intended change, regenerate with
//   UPDATE_FIXTURES=1 npx vitest run --config config/vitest.config.ts tests/cli/fixtures.test.ts
// and review the diff before committing it.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anyRecordSchema } from "../../src/records.js";
import { ROOT, rasd } from "../helpers/cli.js";

const ARTICLES = join(ROOT, "fixtures", "articles");
const EXPECTED = join(ROOT, "fixtures", "expected");
const files = readdirSync(ARTICLES)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe("bundled sample articles", () => {
  it("there are at least eight", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it("the Quick start command runs on them and exits 0", () => {
    const r = rasd(["extract", "fixtures/articles"]);
    expect(r.status).toBe(0);
    expect(r.records.length).toBeGreaterThan(100);
    expect(new Set(r.records.map((x) => (x.doc as { path: string }).path)).size).toBe(files.length);
  });

  it.each(files)("%s gives its expected records", (file) => {
    const r = rasd(["extract", "--records", "all", `fixtures/articles/${file}`]);
    expect(r.status).toBe(0);
    const text = readFileSync(join(ARTICLES, file), "utf8").replace(/^\uFEFF/, "");
    const chars = [...text];
    for (const rec of r.records) {
      expect(() => anyRecordSchema.parse(rec)).not.toThrow();
      if (rec.record === "mention")
        expect(chars.slice(rec.start as number, rec.end as number).join("")).toBe(rec.text);
    }
    const expectedPath = join(EXPECTED, file.replace(/\.txt$/, ".jsonl"));
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, r.stdout);
    expect(r.stdout).toBe(readFileSync(expectedPath, "utf8"));
  });
});
