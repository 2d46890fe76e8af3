// Merging event records across articles: one record per event, every document listed, the
// disagreements said. Two short reports of the same strike by two outlets, and a third of another.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eventRecordSchema } from "../../src/records.js";
import { rasd } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "rasd-merge-"));
const a = join(dir, "a.txt");
const b = join(dir, "b.txt");
const c = join(dir, "c.txt");
writeFileSync(
  a,
  "هجوم على التنف\nدمشق - الأحد 10 آذار 2024 - استهدفت طائرتان مسيرتان قاعدة التنف في البادية السورية فجر اليوم.\n",
);
writeFileSync(
  b,
  "التنف مجددا\nعمّان - 10 آذار 2024 - قالت مصادر محلية إن ثلاث طائرات مسيرة استهدفت قاعدة التنف قرب الحدود الأردنية صباح الأحد.\n",
);
writeFileSync(c, "حرير\nأربيل - 12 آذار 2024 - استهدفت طائرة مسيرة قاعدة حرير في أربيل مساء الثلاثاء.\n");

type Rec = {
  type: string;
  location: { id: string } | null;
  merged?: {
    documents: { path: string }[];
    disagreements: { field: string; values: { value: unknown }[] }[];
  };
};

describe("merging events across articles", () => {
  const one = rasd(["extract", a, b, c]);
  const merged = rasd(["merge"], { input: one.stdout });

  it("reads the three articles' records", () => {
    expect(one.status).toBe(0);
    expect(one.records.filter((r) => r.record === "event")).toHaveLength(3);
  });

  it("gives one record per event, listing both documents of the Tanf strike", () => {
    expect(merged.status).toBe(0);
    const events = merged.records as unknown as Rec[];
    expect(events.map((e) => e.location?.id)).toEqual(["al-tanf", "harir-air-base"]);
    expect(events[0]?.merged?.documents.map((d) => d.path)).toEqual([a, b]);
    expect(events[1]?.merged).toBeUndefined();
    for (const e of merged.records) expect(() => eventRecordSchema.parse(e)).not.toThrow();
  });

  it("says that the two reports count the drones differently", () => {
    const tanf = (merged.records as unknown as Rec[])[0];
    expect(tanf?.merged?.disagreements).toEqual([
      {
        field: "weapons.drone.count",
        values: [
          { value: 2, doc: a },
          { value: 3, doc: b },
        ],
      },
    ]);
  });

  it("extract --merge gives the same events as rasd merge on its output, whatever the input order", () => {
    const direct = rasd(["extract", "--merge", c, b, a]);
    const events = (r: { records: Record<string, unknown>[] }) =>
      r.records.filter((x) => x.record === "event").map((x) => x.id);
    expect(events(direct)).toEqual(events(merged));
  });

  it("names the file and line of a line that is not a record, and still merges the rest", () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `${one.stdout}not json\n`);
    const r = rasd(["merge", bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:4`);
    expect(r.records).toHaveLength(2);
  });
});
