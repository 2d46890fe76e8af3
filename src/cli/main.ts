// The rasd command line: parse flags, call the library, write records, map errors to exit codes.
// Only commander loads at start-up; each command imports what it needs when it runs.

import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { RasdError } from "../errors.js";
import { disableColour, error } from "./stderr.js";

export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected a size such as 10MB, 500k or 1048576");
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const n = Math.floor(Number(m[1]) * factor);
  if (n <= 0) throw new InvalidArgumentError("must be more than 0");
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function parseIsoDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value)
    throw new InvalidArgumentError("expected a day as YYYY-MM-DD");
  return value;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("rasd")
    .description(
      "Turn Arabic news articles into structured, normalized, traceable records (JSON Lines on stdout).",
    )
    .version(version(), "-V, --version", "print the version")
    .option("--no-color", "no colour in diagnostics (also NO_COLOR=1)")
    .showHelpAfterError("(rasd --help for usage)")
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  program
    .command("extract")
    .description("extract records from article text files, folders, glob patterns or - (stdin)")
    .argument(
      "[paths...]",
      "files, folders (searched recursively), glob patterns, or - for stdin (the default when stdin is a pipe)",
    )
    .addOption(
      new Option(
        "-r, --records <which>",
        "records to write: events, mentions, or all (events, mentions and a document record per input)",
      )
        .choices(["events", "mentions", "all"])
        .default("events"),
    )
    .option("--glob <pattern>", "file pattern inside folders", "**/*.txt")
    .option("--encoding <label>", "force an input encoding (utf-8, utf-16le, windows-1256, iso-8859-6 …)")
    .option(
      "--max-bytes <size>",
      "skip inputs larger than this (e.g. 10MB, 500k)",
      parseByteSize,
      10 * 1024 * 1024,
    )
    .option(
      "--lexicons <dir>",
      "add a lexicon folder; its entries add to or override built-in ones (repeatable)",
      collect,
      [],
    )
    .option("--no-builtin-lexicons", "use only the --lexicons folders")
    .option(
      "--reference-date <YYYY-MM-DD>",
      "publication date for articles that give none (relative dates resolve against it)",
      parseIsoDay,
    )
    .option("--force-reference-date", "use --reference-date even where the article gives its own date")
    .addOption(
      new Option(
        "--prefer <direction>",
        "resolve bare weekdays and year-less dates into the past or the future",
      )
        .choices(["past", "future"])
        .default("past"),
    )
    .option("--vague", "also report vague quantities (عشرات = 10, مئات = 100 …, qualifier about)")
    .option(
      "--merge",
      "merge the events of all inputs reported by several articles (written after the other records)",
    )
    .option("-q, --quiet", "no summary on stderr")
    .addHelpText(
      "after",
      `
Output: JSON Lines on stdout, one record per line; diagnostics on stderr.
Exit status: 0 every input processed, 1 some input failed (see its error record), 2 usage or lexicon error.

Examples:
  rasd extract fixtures/articles
  rasd extract --records all articles/ > out.jsonl
  cat article.txt | rasd extract -
  rasd extract --records mentions 'news/**/*.txt' | jq 'select(.kind=="place") | .entity.name'
  rasd extract articles/ | jq -r '[.type, .date.start, .location.name] | @tsv'`,
    )
    .action(async (paths: string[], opts) => {
      const { runExtract } = await import("./extract.js");
      process.exitCode = await runExtract(paths, opts);
    });

  program
    .command("merge")
    .description(
      "merge the event records of several articles (JSON Lines from rasd extract, files or -) into one record per event",
    )
    .argument("[files...]", "JSON Lines files; standard input when left out")
    .option("--lexicons <dir>", "add a lexicon folder (repeatable)", collect, [])
    .option("-q, --quiet", "no summary on stderr")
    .action(async (files: string[], opts) => {
      const { runMerge } = await import("./merge.js");
      process.exitCode = await runMerge(files, opts);
    });

  program
    .command("schema")
    .description("print the JSON Schema of a record or of the lexicon file format")
    .addArgument(
      program
        .createArgument("[name]", "which schema")
        .choices(["event", "mention", "document", "error", "lexicon"])
        .default("event"),
    )
    .action(async (name: "event" | "mention" | "document" | "error" | "lexicon") => {
      const { jsonSchemaOf } = await import("../records.js");
      process.stdout.write(`${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
    });

  program
    .command("normalize")
    .description("print the normalized (matching) form of text: the form lexicon aliases are written in")
    .argument("[text...]", "text to normalize; standard input when left out")
    .action(async (words: string[]) => {
      const { normalizeForm, normalize } = await import("../text/normalize.js");
      if (words.length > 0) {
        process.stdout.write(`${normalizeForm(words.join(" "))}\n`);
        return;
      }
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      process.stdout.write(normalize(Buffer.concat(chunks).toString("utf8")).text);
    });

  const lexicon = program.command("lexicon").description("work with lexicon folders");
  lexicon
    .command("check")
    .description(
      "validate lexicon folders and check their hygiene (the built-in lexicons when none is given)",
    )
    .argument("[dirs...]", "lexicon folders")
    .action(async (dirs: string[]) => {
      const { runLexiconCheck } = await import("./lexicon.js");
      process.exitCode = await runLexiconCheck(dirs);
    });
  lexicon
    .command("stats")
    .description("count lexicon entries by kind, type and country, and the files they come from")
    .option("--lexicons <dir>", "add a lexicon folder (repeatable)", collect, [])
    .option("--no-builtin-lexicons", "count only the --lexicons folders")
    .option("--json", "print the counts as JSON")
    .action(async (opts) => {
      const { runLexiconStats } = await import("./lexicon.js");
      process.exitCode = await runLexiconStats(opts);
    });
  lexicon
    .command("lookup")
    .description("show which lexicon entries a text matches, how each match was resolved, and which are kept")
    .argument("<text>", "Arabic text (quote it)")
    .option("--lexicons <dir>", "add a lexicon folder (repeatable)", collect, [])
    .option("--no-builtin-lexicons", "use only the --lexicons folders")
    .option("--json", "one JSON object per match")
    .action(async (text: string, opts) => {
      const { runLexiconLookup } = await import("./lexicon.js");
      process.exitCode = await runLexiconLookup(text, opts);
    });

  program
    .command("eval")
    .description("score extraction against gold files in the format of the seed annotations")
    .argument("<gold-dir>", "folder of *.gold.json files")
    .argument("[paths...]", "where the articles are (default: the gold folder)")
    .option("--json", "print the scores as JSON")
    .option("--misses", "list every missed and spurious entity")
    .option("--lexicons <dir>", "add a lexicon folder (repeatable)", collect, [])
    .action(async (goldDir: string, paths: string[], opts) => {
      const { runEval } = await import("./eval.js");
      process.exitCode = await runEval(goldDir, paths, opts);
    });

  program.hook("preAction", (cmd) => {
    if (cmd.opts().color === false) disableColour();
  });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  if (argv.includes("--no-color")) disableColour();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error.
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    if (err instanceof RasdError) {
      error(err.message, err.code);
      process.exitCode = err.code === "E_USAGE" || err.code === "E_LEXICON" ? EXIT.usage : EXIT.inputFailed;
      return;
    }
    error(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 70;
  }
}
