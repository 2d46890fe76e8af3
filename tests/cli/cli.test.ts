import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { anyRecordSchema } from "../../src/records.js";
import { ROOT, rasd, tempDir } from "../helpers/cli.js";

// A small lexicon of our own, so that these tests do not move when the built-in lexicons grow.
const LEXICON = {
  kind: "place",
  entries: [
    { id: "iraq", name: "Iraq", name_ar: "العراق", type: "country", country: "IQ", lat: 33, lon: 44 },
    {
      id: "al-tanf",
      name: "Al-Tanf",
      name_ar: "التنف",
      type: "base",
      country: "SY",
      admin1: "Homs",
      lat: 33.5,
      lon: 38.6,
    },
  ],
};
const GROUPS = {
  kind: "group",
  entries: [
    {
      id: "islamic-resistance-in-iraq",
      name: "Islamic Resistance in Iraq",
      name_ar: "المقاومة الإسلامية في العراق",
      type: "armed_group",
    },
  ],
};

let dir: string;
let lex: string;
const lexArgs = () => ["--no-builtin-lexicons", "--lexicons", lex];

beforeAll(() => {
  dir = tempDir();
  lex = join(dir, "lex");
  mkdirSync(lex);
  writeFileSync(join(lex, "places.json"), JSON.stringify(LEXICON));
  writeFileSync(join(lex, "groups.json"), JSON.stringify(GROUPS));
});

describe("help and version", () => {
  it("--version prints the package version", () => {
    const r = rasd(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("--help and extract --help describe the commands and exit 0", () => {
    const top = rasd(["--help"]);
    expect(top.status).toBe(0);
    for (const word of ["extract", "schema", "normalize", "lexicon", "eval"])
      expect(top.stdout).toContain(word);
    const ex = rasd(["extract", "--help"]);
    expect(ex.status).toBe(0);
    for (const flag of ["--records", "--glob", "--encoding", "--max-bytes", "--lexicons", "Exit status"])
      expect(ex.stdout).toContain(flag);
  });
  it("a usage error exits 2 with the message and help hint on stderr, nothing on stdout", () => {
    const r = rasd(["extract", "--records", "nonsense", "x"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/nonsense/);
    expect(r.stderr).toMatch(/rasd --help/);
    expect(rasd(["frobnicate"]).status).toBe(2);
    expect(rasd(["extract", "--encoding", "klingon", "x.txt"]).status).toBe(2);
  });
});

describe("extract", () => {
  it("writes mention records with code point offsets into the original text", () => {
    // An astral character before the mention makes UTF-16 and code point offsets differ.
    const text = "🚀 أعلنت «المقاومة الإسلاميّة في العراق» استهداف قاعدة التنف.\n";
    const file = join(dir, "a.txt");
    writeFileSync(file, text);
    const r = rasd(["extract", "--records", "mentions", ...lexArgs(), file]);
    expect(r.status).toBe(0);
    expect(r.records.map((x) => [x.kind, (x.entity as { id: string }).id, x.text])).toEqual([
      ["group", "islamic-resistance-in-iraq", "المقاومة الإسلاميّة في العراق"],
      ["place", "al-tanf", "التنف"],
    ]);
    for (const rec of r.records) {
      expect([...text].slice(rec.start as number, rec.end as number).join("")).toBe(rec.text);
      expect(rec.doc).toMatchObject({ path: file, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(() => anyRecordSchema.parse(rec)).not.toThrow();
    }
    expect(Object.keys(r.records[0] as object)).toEqual([
      "record",
      "schema",
      "doc",
      "kind",
      "text",
      "start",
      "end",
      "entity",
      "match",
    ]);
  });

  it("reads one article from stdin with -", () => {
    const r = rasd(["extract", "--records", "mentions", ...lexArgs(), "-"], { input: "قصف في العراق" });
    expect(r.status).toBe(0);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ kind: "place", text: "العراق", doc: { path: "-" } });
  });

  it("--records all adds one document record per input before its mentions", () => {
    const file = join(dir, "b.txt");
    writeFileSync(file, "عنوان\nفي العراق والتنف");
    const r = rasd(["extract", ...lexArgs(), "--records", "all", file]);
    expect(r.records.map((x) => x.record)).toEqual(["document", "mention", "mention"]);
    expect(r.records[0]).toMatchObject({
      encoding: "utf-8",
      counts: { mentions: 2, by_kind: { place: 2 } },
      doc: { title: "عنوان" },
    });
    for (const rec of r.records) expect(() => anyRecordSchema.parse(rec)).not.toThrow();
  });

  it("orders inputs by path and gives byte-identical output across runs", () => {
    const d = join(dir, "order");
    mkdirSync(join(d, "sub"), { recursive: true });
    writeFileSync(join(d, "b.txt"), "العراق");
    writeFileSync(join(d, "a.txt"), "التنف");
    writeFileSync(join(d, "sub", "c.txt"), "العراق");
    writeFileSync(join(d, "skip.md"), "العراق");
    const one = rasd(["extract", "--records", "mentions", ...lexArgs(), d]);
    const two = rasd(["extract", "--records", "mentions", ...lexArgs(), d]);
    expect(one.stdout).toBe(two.stdout);
    expect(one.records.map((x) => (x.doc as { path: string }).path)).toEqual([
      `${d}/a.txt`,
      `${d}/b.txt`,
      `${d}/sub/c.txt`,
    ]);
    const md = rasd(["extract", "--records", "mentions", ...lexArgs(), "--glob", "**/*.md", d]);
    expect(md.records.map((x) => (x.doc as { path: string }).path)).toEqual([`${d}/skip.md`]);
  });

  it("every bad input gets its error record and stderr line; the others are processed; exit 1", () => {
    const d = join(dir, "bad");
    mkdirSync(d);
    writeFileSync(join(d, "1-good.txt"), "في العراق");
    writeFileSync(join(d, "2-empty.txt"), "");
    writeFileSync(join(d, "3-binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    writeFileSync(join(d, "4-big.txt"), "العراق ".repeat(400));
    writeFileSync(join(d, "5-good.txt"), "قاعدة التنف");
    const emptyFolder = join(dir, "empty-folder");
    mkdirSync(emptyFolder);
    const loop = join(dir, "loop");
    mkdirSync(loop);
    symlinkSync(loop, join(loop, "again"));
    writeFileSync(join(loop, "x.txt"), "العراق");
    const missing = join(dir, "missing.txt");

    const r = rasd([
      "extract",
      "--records",
      "mentions",
      ...lexArgs(),
      "--max-bytes",
      "1k",
      d,
      emptyFolder,
      missing,
      loop,
    ]);
    expect(r.status).toBe(1);
    const errors = r.records.filter((x) => x.record === "error");
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`${d}/2-empty.txt`, "E_EMPTY"],
      [`${d}/3-binary.txt`, "E_BINARY"],
      [`${d}/4-big.txt`, "E_TOO_LARGE"],
      [emptyFolder, "E_NO_MATCH"],
      [missing, "E_NOT_FOUND"],
    ]);
    const mentions = r.records
      .filter((x) => x.record === "mention")
      .map((x) => (x.doc as { path: string }).path);
    expect(mentions).toEqual([`${d}/1-good.txt`, `${d}/5-good.txt`, `${loop}/x.txt`]);
    for (const e of errors) {
      expect(r.stderr).toContain(`${e.path}:`);
      expect(() => anyRecordSchema.parse(e)).not.toThrow();
    }
    expect(r.stderr.split("\n").filter((l) => l.includes("error:"))).toHaveLength(5);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack traces
  });

  it.skipIf(process.getuid?.() === 0)(
    "an unreadable file is an error record (skipped as root, who can read anything)",
    () => {
      const file = join(dir, "secret.txt");
      writeFileSync(file, "العراق");
      chmodSync(file, 0o000);
      const r = rasd(["extract", ...lexArgs(), file]);
      expect(r.status).toBe(1);
      expect(r.records[0]).toMatchObject({ record: "error", code: "E_UNREADABLE" });
    },
  );

  it("decodes a Windows-1256 file and says so in its document record", () => {
    const file = join(dir, "cp1256.txt");
    // "في العراق والتنف" in Windows-1256
    writeFileSync(
      file,
      Buffer.from([
        0xdd, 0xed, 0x20, 0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde, 0x20, 0xe6, 0xc7, 0xe1, 0xca, 0xe4, 0xdd,
      ]),
    );
    const r = rasd(["extract", ...lexArgs(), "--records", "all", file]);
    expect(r.status).toBe(0);
    expect(r.records[0]).toMatchObject({
      record: "document",
      encoding: "windows-1256",
      encoding_basis: "detected",
    });
    expect(r.records.slice(1).map((x) => x.text)).toEqual(["العراق", "والتنف"]);
  });

  it("an invalid user lexicon stops the run naming the file, the entry and the field (exit 2)", () => {
    const bad = join(dir, "badlex");
    mkdirSync(bad);
    writeFileSync(
      join(bad, "places.json"),
      JSON.stringify({
        kind: "place",
        entries: [
          { id: "ok", name: "Ok", name_ar: "اوك", type: "city" },
          { id: "x", name: "X", name_ar: "اكس", type: "city", lat: 123 },
        ],
      }),
    );
    const r = rasd(["extract", "--lexicons", bad, join(dir, "a.txt")]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/places\.json: entry 1 \(id "x"\), field "lat"/);
    const notJson = join(dir, "notjson");
    mkdirSync(notJson);
    writeFileSync(join(notJson, "groups.json"), "{ nope");
    expect(rasd(["extract", "--lexicons", notJson, join(dir, "a.txt")]).stderr).toMatch(
      /groups\.json: not valid JSON/,
    );
  });

  it("exits quietly when the reader closes the pipe", () => {
    const d = join(dir, "many");
    mkdirSync(d);
    for (let i = 0; i < 300; i++)
      writeFileSync(join(d, `${String(i).padStart(3, "0")}.txt`), "العراق والتنف ".repeat(200));
    const r = spawnSync(
      "sh",
      [
        "-c",
        `node "${join(process.cwd(), "bin/rasd.js")}" extract --records mentions --no-builtin-lexicons --lexicons "${lex}" "${d}" | head -n 1`,
      ],
      {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});

describe("other commands", () => {
  it("normalize prints the matching form", () => {
    expect(rasd(["normalize", "المقـاومة", "الإسلاميّة"]).stdout).toBe("المقاومه الاسلاميه\n");
    expect(rasd(["normalize"], { input: "«أمس»" }).stdout).toBe('"امس"');
  });
  it("schema prints JSON Schemas", () => {
    for (const name of ["event", "mention", "document", "error", "lexicon"]) {
      const r = rasd(["schema", name]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toHaveProperty("$schema");
    }
  });
  it("lexicon check accepts a good folder and reports a dirty one", () => {
    expect(rasd(["lexicon", "check", lex]).status).toBe(0);
    const dirty = join(dir, "dirty");
    mkdirSync(dirty);
    writeFileSync(
      join(dirty, "places.json"),
      JSON.stringify({
        kind: "place",
        entries: [{ id: "a", name: "A", name_ar: "ا", aliases: ["المقاومة"], type: "city" }],
      }),
    );
    const r = rasd(["lexicon", "check", dirty]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not normalized \(write "المقاومه"\)/);
  });
});

describe("the package as a library", () => {
  it('import { extract } from "rasd" works through the package exports and prints nothing by itself', () => {
    const script = `import { extract, loadLexicon } from "rasd";
const lexicon = await loadLexicon();
const r = extract("قصفت القوات الأميركية مواقع في العراق", { lexicon });
process.stderr.write(JSON.stringify(r.mentions.map((m) => m.entity.id)));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr)).toEqual(["us-forces", "iraq"]);
  });
});

describe("dates: publication date and the reference flags", () => {
  const article = "عنوان الخبر\nبغداد - 12 ديسمبر 2023 (رويترز) - قصفت طائرات مسيرة قاعدة أمس الاثنين.\n";
  const undated = "عنوان الخبر\nقصفت طائرات مسيرة قاعدة أمس.\n";
  const dateOf = (r: ReturnType<typeof rasd>, text: string) =>
    (r.records.find((x) => x.kind === "date" && x.text === text)?.date as
      | { start: string | null; basis: string }
      | undefined) ?? null;

  it("finds the dateline, its outlet, and resolves أمس against it", () => {
    const r = rasd(["extract", "--records", "all", "-"], { input: article });
    expect(r.status).toBe(0);
    expect(r.records[0]).toMatchObject({
      record: "document",
      published_basis: "dateline",
      doc: { published: "2023-12-12", outlet: "Reuters" },
    });
    expect(dateOf(r, "أمس الاثنين")).toMatchObject({ start: "2023-12-11", basis: "relative" });
  });

  it("--reference-date serves an article without a date, and does not override one that has it", () => {
    const none = rasd(["extract", "--records", "all", "-"], { input: undated });
    expect(none.records[0]).toMatchObject({ doc: { published: null }, published_basis: null });
    expect(dateOf(none, "أمس")).toMatchObject({ start: null });
    const ref = rasd(["extract", "--records", "all", "--reference-date", "2024-02-03", "-"], {
      input: undated,
    });
    expect(ref.records[0]).toMatchObject({ doc: { published: "2024-02-03" }, published_basis: "reference" });
    expect(dateOf(ref, "أمس")).toMatchObject({ start: "2024-02-02" });
    const kept = rasd(["extract", "--records", "all", "--reference-date", "2024-02-03", "-"], {
      input: article,
    });
    expect(kept.records[0]).toMatchObject({ doc: { published: "2023-12-12" } });
    const forced = rasd(
      ["extract", "--records", "all", "--reference-date", "2024-02-03", "--force-reference-date", "-"],
      { input: article },
    );
    expect(forced.records[0]).toMatchObject({
      doc: { published: "2024-02-03" },
      published_basis: "reference",
    });
  });

  it("--prefer future resolves a bare weekday forward", () => {
    const text = "عنوان\nيجتمع المجلس الخميس.\n";
    const past = rasd(["extract", "--records", "mentions", "--reference-date", "2023-10-28", "-"], {
      input: text,
    });
    const future = rasd(
      ["extract", "--records", "mentions", "--reference-date", "2023-10-28", "--prefer", "future", "-"],
      {
        input: text,
      },
    );
    expect(dateOf(past, "الخميس")).toMatchObject({ start: "2023-10-26" });
    expect(dateOf(future, "الخميس")).toMatchObject({ start: "2023-11-02" });
  });

  it("a malformed reference date or a forced one without a date is a usage error", () => {
    expect(rasd(["extract", "--reference-date", "2023-13-45", "-"], { input: undated }).status).toBe(2);
    expect(rasd(["extract", "--force-reference-date", "-"], { input: undated }).status).toBe(2);
  });

  it("numbers: a count with its unit and qualifier; --vague adds vague quantities", () => {
    const text = "عنوان\nقتل 12 جنديا على الأقل وأصيب عشرات المدنيين في هجوم بطائرتين مسيرتين.\n";
    const nums = (r: ReturnType<typeof rasd>) =>
      r.records.filter((x) => x.kind === "number").map((x) => [x.value, x.unit, x.qualifier]);
    expect(nums(rasd(["extract", "--records", "mentions", "-"], { input: text }))).toEqual([
      [12, "killed", "at_least"],
      [2, "drone", "exact"],
    ]);
    expect(nums(rasd(["extract", "--records", "mentions", "--vague", "-"], { input: text }))).toContainEqual([
      10,
      "injured",
      "about",
    ]);
  });
});
