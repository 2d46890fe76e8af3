// `rasd extract`: inputs → decode → pipeline → records on stdout, one input at a time, in path order.
// A bad input yields its error record and a stderr line; the run goes on and exits 1 at the end.

import { InputError, UsageError } from "../errors.js";
import { loadLexicon } from "../index.js";
import { decodeBytes, isKnownEncoding } from "../io/decode.js";
import { findInputs } from "../io/inputs.js";
import { readInput } from "../io/read.js";
import { docRef, documentRecord, errorRecord, eventRecord, mentionRecord, sha256Hex } from "../output.js";
import { runPipeline } from "../pipeline.js";
import { EXIT } from "./main.js";
import { error, info, warn } from "./stderr.js";
import { LineWriter } from "./writer.js";

export interface ExtractFlags {
  records: "events" | "mentions" | "all";
  glob: string;
  encoding?: string;
  maxBytes: number;
  lexicons: string[];
  builtinLexicons: boolean;
  vague?: boolean;
  referenceDate?: string;
  forceReferenceDate?: boolean;
  prefer: "past" | "future";
  quiet?: boolean;
  merge?: boolean;
}

export async function runExtract(paths: string[], flags: ExtractFlags): Promise<number> {
  if (flags.encoding !== undefined && !isKnownEncoding(flags.encoding))
    throw new UsageError(
      `--encoding ${flags.encoding}: unknown encoding (try utf-8, utf-16le, windows-1256, iso-8859-6)`,
    );
  if (flags.forceReferenceDate && !flags.referenceDate)
    throw new UsageError("--force-reference-date needs --reference-date");
  if (paths.length === 0) {
    if (process.stdin.isTTY)
      throw new UsageError("give files, folders or glob patterns to read (or - for standard input)");
    paths = ["-"];
  }
  const lexicon = await loadLexicon({ builtin: flags.builtinLexicons, dirs: flags.lexicons });
  for (const w of lexicon.warnings) warn(w);

  const out = new LineWriter();
  const inputs = await findInputs(paths, { glob: flags.glob });
  let failed = 0;
  let done = 0;
  let mentionCount = 0;
  const eventCounts = new Map<string, number>();
  const held: ReturnType<typeof eventRecord>[] = [];
  let stopping = false;
  const onSignal = () => {
    stopping = true;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  for (const item of inputs) {
    if (stopping || out.isClosed) break;
    let lines = "";
    try {
      if (item.kind === "error") throw item.error;
      const bytes = await readInput(item, flags.maxBytes);
      const decoded = await decodeBytes(bytes, item.path, flags.encoding);
      const result = runPipeline(decoded.text, {
        lexicon,
        vague: flags.vague ?? false,
        referenceDate: flags.referenceDate ?? null,
        forceReferenceDate: flags.forceReferenceDate ?? false,
        prefer: flags.prefer,
      });
      const doc = docRef(item.path, sha256Hex(bytes), result.document);
      if (flags.records === "all")
        lines += LineWriter.line(
          documentRecord(doc, {
            bytes: bytes.length,
            encoding: decoded.encoding,
            encodingBasis: decoded.encodingBasis,
            mentions: result.mentions,
            events: result.events.length,
            publishedBasis: result.document.publishedBasis,
          }),
        );
      // Within a file, records come by start offset (an event's is its evidence's).
      const rows: { start: number; line: string }[] = [];
      if (flags.records !== "events")
        for (const m of result.mentions)
          rows.push({ start: m.start, line: LineWriter.line(mentionRecord(doc, m)) });
      if (flags.records !== "mentions")
        for (const e of result.events) {
          const rec = eventRecord(doc, e);
          // With --merge, events wait for every input: the same event may come from several.
          if (flags.merge) held.push(rec);
          else rows.push({ start: e.evidence.start, line: LineWriter.line(rec) });
        }
      rows.sort((a, b) => a.start - b.start);
      for (const r of rows) lines += r.line;
      mentionCount += result.mentions.length;
      for (const e of result.events) eventCounts.set(e.type, (eventCounts.get(e.type) ?? 0) + 1);
      done++;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failed++;
      error(err.message, err.code);
      lines = LineWriter.line(errorRecord(err.path, err.code, err.message));
    }
    await out.write(lines);
  }
  if (flags.merge && !stopping && !out.isClosed) {
    const { mergeEvents } = await import("../events/merge.js");
    let merged = "";
    for (const e of mergeEvents(held as unknown as import("../events/merge.js").EventRecordLike[], lexicon))
      merged += LineWriter.line(e);
    await out.write(merged);
  }
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  if (stopping) {
    error("interrupted: the records written so far are complete");
    return 130;
  }
  if (!flags.quiet) {
    const events = [...eventCounts.values()].reduce((a, b) => a + b, 0);
    const byType = [...eventCounts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([t, n]) => `${t} ${n}`)
      .join(", ");
    info(
      `${done} input${done === 1 ? "" : "s"} read, ${events} event${events === 1 ? "" : "s"}${byType ? ` (${byType})` : ""}, ${mentionCount} mention${mentionCount === 1 ? "" : "s"}, ${failed} failed`,
    );
  }
  return failed > 0 ? EXIT.inputFailed : EXIT.ok;
}
