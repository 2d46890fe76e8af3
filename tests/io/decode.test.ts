import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/io/decode.js";

const SAMPLE =
  "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرتين مسيّرتين، وقال مسؤول إن الهجوم لم يسفر عن إصابات.\n";
// ISO-8859-6 has no hamza-on-alef below and no shadda-free forms of everything; keep to its repertoire.
const ISO_SAMPLE =
  "اعلنت المقاومة الاسلامية في العراق استهداف قاعدة عين الاسد بطائرتين مسيرتين، وقال مسؤول ان الهجوم لم يسفر عن اصابات.\n";

/** Encode with Python's codecs (Node has no legacy encoders built in). */
function encode(text: string, codec: string): Uint8Array {
  return new Uint8Array(
    execFileSync(
      "python3",
      ["-c", `import sys; sys.stdout.buffer.write(sys.stdin.read().encode("${codec}"))`],
      { input: text },
    ),
  );
}

const utf16 = (text: string, le: boolean) => {
  const body = Buffer.from(text, "utf16le");
  if (!le) body.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
};

describe("decodeBytes: encodings", () => {
  it.each<[string, () => Uint8Array, string, string, string]>([
    ["UTF-8 without BOM", () => new Uint8Array(Buffer.from(SAMPLE)), "utf-8", "valid-utf8", SAMPLE],
    [
      "UTF-8 with BOM (BOM removed)",
      () => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)])),
      "utf-8",
      "bom",
      SAMPLE,
    ],
    ["UTF-16 LE with BOM", () => utf16(SAMPLE, true), "utf-16le", "bom", SAMPLE],
    ["UTF-16 BE with BOM", () => utf16(SAMPLE, false), "utf-16be", "bom", SAMPLE],
    ["Windows-1256", () => encode(SAMPLE, "cp1256"), "windows-1256", "detected", SAMPLE],
    ["ISO-8859-6", () => encode(ISO_SAMPLE, "iso8859_6"), "iso-8859-6", "detected", ISO_SAMPLE],
    [
      "Windows-1256, one short line",
      () => encode("قاعدة عين الأسد", "cp1256"),
      "windows-1256",
      "detected",
      "قاعدة عين الأسد",
    ],
  ])("%s", async (_n, bytes, encoding, basis, text) => {
    const d = await decodeBytes(bytes(), "a.txt");
    expect(d.encoding).toBe(encoding);
    expect(d.encodingBasis).toBe(basis);
    expect(d.text).toBe(text);
  });

  it("--encoding forces a code page", async () => {
    const d = await decodeBytes(encode(SAMPLE, "cp1256"), "a.txt", "windows-1256");
    expect(d).toMatchObject({ encoding: "windows-1256", encodingBasis: "forced", text: SAMPLE });
  });
});

describe("decodeBytes: bad input", () => {
  it.each<[string, Uint8Array, string]>([
    ["empty file", new Uint8Array(0), "E_EMPTY"],
    ["only a BOM", new Uint8Array([0xef, 0xbb, 0xbf]), "E_EMPTY"],
    ["only white space", new Uint8Array(Buffer.from(" \n\t\n")), "E_EMPTY"],
    ["binary (NUL bytes)", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), "E_BINARY"],
    ["invalid UTF-8 after a UTF-8 BOM", new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]), "E_DECODE"],
  ])("%s", async (_n, bytes, code) => {
    await expect(decodeBytes(bytes, "bad.txt")).rejects.toMatchObject({ code, path: "bad.txt" });
    await expect(decodeBytes(bytes, "bad.txt")).rejects.toThrow(/bad\.txt/);
  });

  it("a forced encoding that does not fit names the file and the fix", async () => {
    await expect(decodeBytes(new Uint8Array([0xc3, 0x28]), "x.txt", "utf-8")).rejects.toThrow(
      /x\.txt: cannot decode as utf-8.*--encoding/,
    );
  });
});
