// The bundled gold annotations (fixtures/gold/*.gold.json, the seeds' format plus source/killed/
// injured on events and non_events) must stay well formed and anchored in their articles: every
// span occurs verbatim, every event field is present, and event names are entity names of the file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const GOLD = join(ROOT, "fixtures", "gold");
const ARTICLES = join(ROOT, "fixtures", "articles");
const TYPES = ["attack", "interception", "attack_tally", "casualties", "deployment", "exercise"];
const WEAPONS = ["drone", "rocket", "missile", "airstrike", "artillery", "explosive", "gunfire", null];
const FIELDS = [
  "type",
  "date",
  "location",
  "attacker",
  "target",
  "weapon",
  "weapon_count",
  "claimed",
  "text",
  "source",
  "killed",
  "injured",
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface GoldEvent {
  [k: string]: unknown;
  type: string;
  date: string | null;
  text: string;
  period?: (string | null)[];
}
interface Gold {
  file: string;
  published: string | null;
  places: string[][];
  groups: string[][];
  officials: string[][];
  numbers: { value: number; unit: string; text: string; qualifier?: string }[];
  dates: string[];
  events: GoldEvent[];
  non_events: { text: string; why: string }[];
}

const files = existsSync(GOLD)
  ? readdirSync(GOLD)
      .filter((f) => f.endsWith(".gold.json"))
      .sort()
  : [];

describe("bundled gold annotations", () => {
  it("there is one gold file per bundled article", () => {
    const articles = readdirSync(ARTICLES)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    expect(files.map((f) => f.replace(/\.gold\.json$/, ".txt"))).toEqual(articles);
  });

  for (const f of files) {
    it(f, () => {
      const gold = JSON.parse(readFileSync(join(GOLD, f), "utf8")) as Gold;
      const text = readFileSync(join(ARTICLES, gold.file), "utf8").replace(/^\uFEFF/, "");
      const problems: string[] = [];
      const names = new Set([...gold.places, ...gold.groups, ...gold.officials].map((e) => e[0]));
      if (gold.published !== null && !gold.dates.includes(gold.published))
        problems.push("published day not in dates");
      for (const d of gold.dates) if (!DAY.test(d)) problems.push(`bad date ${d}`);
      const keys = new Set<string>();
      for (const n of gold.numbers) {
        const key = `${n.value} ${n.unit}`;
        if (keys.has(key)) problems.push(`number ${key} twice`);
        keys.add(key);
        if (!text.includes(n.text)) problems.push(`number span not in article: ${n.text}`);
      }
      for (const e of gold.events) {
        for (const k of FIELDS) if (!(k in e)) problems.push(`event lacks ${k}: ${e.text}`);
        if (!TYPES.includes(e.type)) problems.push(`bad type ${e.type}`);
        if (!WEAPONS.includes(e.weapon as string | null)) problems.push(`bad weapon ${String(e.weapon)}`);
        if (!text.includes(e.text)) problems.push(`event span not in article: ${e.text}`);
        if (e.date !== null && !DAY.test(e.date)) problems.push(`bad event date ${e.date}`);
        if ((e.type === "attack_tally") !== "period" in e)
          problems.push(`period on the wrong type: ${e.text}`);
        for (const k of ["location", "attacker", "target"]) {
          const v = e[k] as string[] | null;
          for (const n of v ?? []) if (!names.has(n)) problems.push(`${k} ${n} is not an entity of the file`);
        }
      }
      for (const x of gold.non_events ?? [])
        if (!text.includes(x.text)) problems.push(`non-event span not in article: ${x.text}`);
      expect(problems).toEqual([]);
    });
  }
});
