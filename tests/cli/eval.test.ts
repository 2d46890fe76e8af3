// `rasd eval` on a gold folder: the scoring itself on a tiny gold set of our own, and the
// development set's figures when ../shared/seeds is present (CI has it beside the clone).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, rasd, tempDir } from "../helpers/cli.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");

describe("rasd eval", () => {
  it("scores found, missed and spurious entities per dimension", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "gold"));
    writeFileSync(join(dir, "gold", "a.txt"), "قصفت القوات الأميركية مواقع في العراق وسوريا");
    writeFileSync(
      join(dir, "gold", "a.gold.json"),
      JSON.stringify({
        file: "a.txt",
        places: [["Iraq"], ["Lebanon"]],
        groups: [["US forces", "US military"]],
        officials: [],
      }),
    );
    const r = rasd(["eval", "--json", "--misses", join(dir, "gold")]);
    expect(r.status).toBe(0);
    const { scores } = JSON.parse(r.stdout);
    expect(scores.places).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      misses: ["a.txt: Lebanon"],
      spurious: ["a.txt: Syria"],
    });
    expect(scores.groups).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(scores.officials).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    const table = rasd(["eval", join(dir, "gold")]);
    expect(table.stdout).toMatch(/places\s+50\.0\s+50\.0/);
  });

  it("a gold folder without gold files is an error", () => {
    const r = rasd(["eval", tempDir()]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no \*\.gold\.json/);
  });

  it.skipIf(!existsSync(SEEDS))(
    "on the development set: precision and recall at least 0.95 (skipped without ../shared/seeds)",
    () => {
      const r = rasd(["eval", "--json", "--misses", SEEDS, SEEDS]);
      expect(r.status).toBe(0);
      const { scores } = JSON.parse(r.stdout);
      for (const d of ["places", "groups", "officials"]) {
        const { precision, recall, spurious } = scores[d];
        expect({ d, precision: precision >= 0.95, spurious }).toEqual({ d, precision: true, spurious });
        expect(recall).toBeGreaterThanOrEqual(0.95);
      }
    },
  );
});
