// `rasd eval GOLD_DIR [paths…]`: run extraction on the articles the gold files name and score it.
// Scores places, groups, officials, numbers, dates and events, and the slots of matched events.

import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { RasdError } from "../errors.js";
import { addEventScore, emptyEventScore, scoreEvents } from "../eval/events.js";
import {
  dateKeys,
  entityNames,
  type GoldFile,
  numberKey,
  numberKeys,
  prf,
  readGold,
  type SetScore,
  scoreEntities,
  scoreKeys,
} from "../eval/gold.js";
import { loadLexicon } from "../index.js";
import { decodeBytes } from "../io/decode.js";
import { findInputs } from "../io/inputs.js";
import { readInput } from "../io/read.js";
import { runPipeline } from "../pipeline.js";
import { error } from "./stderr.js";

const DIMENSIONS = ["places", "groups", "officials", "numbers", "dates"] as const;
const KIND = { places: "place", groups: "group", officials: "official" } as const;

export async function runEval(
  goldDir: string,
  paths: string[],
  opts: { json?: boolean; misses?: boolean; lexicons: string[] },
): Promise<number> {
  let names: string[];
  try {
    names = readdirSync(goldDir)
      .filter((n) => n.endsWith(".gold.json"))
      .sort();
  } catch {
    throw new RasdError("E_GOLD", `${goldDir}: cannot read the gold folder`);
  }
  if (names.length === 0) throw new RasdError("E_GOLD", `${goldDir}: no *.gold.json files`);
  const golds: GoldFile[] = names.map((n) => readGold(join(goldDir, n)));
  const inputs = await findInputs(paths.length > 0 ? paths : [goldDir]);
  const byName = new Map(inputs.filter((i) => i.kind === "file").map((i) => [basename(i.path), i]));
  const lexicon = await loadLexicon({ dirs: opts.lexicons });

  const totals: Record<string, SetScore> = {};
  for (const d of DIMENSIONS) totals[d] = { tp: 0, fp: 0, fn: 0, misses: [], spurious: [] };
  const perFile: { file: string; scores: Record<string, SetScore> }[] = [];
  const events = emptyEventScore();
  let failed = 0;
  for (const gold of golds) {
    const item = byName.get(gold.file);
    if (item?.kind !== "file") {
      error(`${gold.file}: article not found among the inputs`, "E_NOT_FOUND");
      failed++;
      continue;
    }
    const text = (await decodeBytes(await readInput(item, 50 * 1024 * 1024), item.path)).text;
    const { mentions, events: predicted } = runPipeline(text, { lexicon });
    const ev = scoreEvents(gold.events, predicted);
    addEventScore(events, ev, gold.file);
    const scores: Record<string, SetScore> = {};
    for (const d of DIMENSIONS) {
      const s =
        d === "numbers"
          ? scoreKeys(gold.numbers.map(numberKey), numberKeys(mentions))
          : d === "dates"
            ? scoreKeys(gold.dates, dateKeys(mentions))
            : scoreEntities(gold[d], entityNames(mentions, KIND[d]));
      scores[d] = s;
      const t = totals[d] as SetScore;
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
      t.misses.push(...s.misses.map((m) => `${gold.file}: ${m}`));
      t.spurious.push(...s.spurious.map((m) => `${gold.file}: ${m}`));
    }
    perFile.push({ file: gold.file, scores: { ...scores, events: ev } });
  }

  if (opts.json) {
    const summary = Object.fromEntries(
      DIMENSIONS.map((d) => {
        const t = totals[d] as SetScore;
        return [
          d,
          {
            ...prf(t),
            tp: t.tp,
            fp: t.fp,
            fn: t.fn,
            ...(opts.misses ? { misses: t.misses, spurious: t.spurious } : {}),
          },
        ];
      }),
    );
    const matched = events.tp;
    const slots = Object.fromEntries(
      Object.entries(events.slots).map(([k, v]) => [k, matched === 0 ? null : v / matched]),
    );
    const eventSummary = {
      ...prf(events),
      tp: events.tp,
      fp: events.fp,
      fn: events.fn,
      slots,
      ...(opts.misses ? { misses: events.misses, spurious: events.spurious, wrong: events.wrong } : {}),
    };
    process.stdout.write(
      `${JSON.stringify({ files: perFile.length, scores: { ...summary, events: eventSummary } })}\n`,
    );
  } else {
    const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(6);
    const lines = [`dimension   precision  recall      F1     tp   fp   fn   (${perFile.length} files)`];
    for (const d of DIMENSIONS) {
      const t = totals[d] as SetScore;
      const s = prf(t);
      lines.push(
        `${d.padEnd(10)} ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.f1)}  ${String(t.tp).padStart(5)}${String(t.fp).padStart(5)}${String(t.fn).padStart(5)}`,
      );
    }
    const e = prf(events);
    lines.push(
      `${"events".padEnd(10)} ${pct(e.precision)}    ${pct(e.recall)}  ${pct(e.f1)}  ${String(events.tp).padStart(5)}${String(events.fp).padStart(5)}${String(events.fn).padStart(5)}`,
    );
    const slot = (k: keyof typeof events.slots) =>
      events.tp === 0 ? "     -" : pct(events.slots[k] / events.tp);
    lines.push(
      `slot accuracy on matched events: attacker ${slot("attacker")}  weapon ${slot("weapon")}  count ${slot("count")}  claimed ${slot("claimed")}`,
    );
    if (opts.misses) {
      for (const d of DIMENSIONS) {
        const t = totals[d] as SetScore;
        for (const m of t.misses) lines.push(`miss     ${d}: ${m}`);
        for (const m of t.spurious) lines.push(`spurious ${d}: ${m}`);
      }
      for (const m of events.misses) lines.push(`miss     events: ${m}`);
      for (const m of events.spurious) lines.push(`spurious events: ${m}`);
      for (const m of events.wrong) lines.push(`wrong    events: ${m}`);
    }
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return failed > 0 ? 1 : 0;
}
