// `rasd merge [files… | -]`: read event records (JSON Lines, as rasd extract writes them) from
// several runs or shards and merge the records of the same event reported by several articles.
// Other records are passed through first, unchanged; a line that is not a record is an error naming
// the file and the line, and the rest is still read.

import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { type EventRecordLike, mergeEvents } from "../events/merge.js";
import { loadLexicon } from "../index.js";
import { EXIT } from "./main.js";
import { error, info } from "./stderr.js";
import { LineWriter } from "./writer.js";

export async function runMerge(
  paths: string[],
  opts: { lexicons: string[]; quiet?: boolean },
): Promise<number> {
  const lexicon = await loadLexicon({ dirs: opts.lexicons });
  const out = new LineWriter();
  const events: EventRecordLike[] = [];
  let failed = 0;
  for (const path of paths.length > 0 ? paths : ["-"]) {
    let input: NodeJS.ReadableStream;
    try {
      input = path === "-" ? process.stdin : createReadStream(path);
      await new Promise<void>((resolve, reject) => {
        if (path === "-") resolve();
        else
          (input as ReturnType<typeof createReadStream>).once("open", () => resolve()).once("error", reject);
      });
    } catch (err) {
      error(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, "E_UNREADABLE");
      failed++;
      continue;
    }
    let n = 0;
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      n++;
      if (line.trim() === "") continue;
      let rec: { record?: unknown };
      try {
        rec = JSON.parse(line) as { record?: unknown };
      } catch {
        error(`${path}:${n}: not a JSON record`, "E_DECODE");
        failed++;
        continue;
      }
      if (rec.record === "event") events.push(rec as EventRecordLike);
      else await out.write(LineWriter.line(rec));
    }
  }
  const merged = mergeEvents(events, lexicon);
  let lines = "";
  for (const e of merged) lines += LineWriter.line(e);
  await out.write(lines);
  if (!opts.quiet) info(`${events.length} event records read, ${merged.length} events after merging`);
  return failed > 0 ? EXIT.inputFailed : EXIT.ok;
}
