// Bytes to text: BOM first, then strict UTF-8, then detection among the legacy Arabic code pages
// (chardet; it tells windows-1256 from ISO-8859-6 reliably), decoding with the built-in TextDecoder.

import { InputError } from "../errors.js";

export interface Decoded {
  text: string;
  /** The encoding used, as a WHATWG label: utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6 … */
  encoding: string;
  /** How it was decided. */
  encodingBasis: "bom" | "valid-utf8" | "detected" | "forced";
}

/** Is this a label TextDecoder knows? */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(label: string, bytes: Uint8Array, path: string): string {
  try {
    // ignoreBOM: true keeps a BOM in the output; we strip BOMs ourselves before.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(
      "E_DECODE",
      path,
      `${path}: cannot decode as ${label} (invalid byte sequence); try --encoding`,
    );
  }
}

const LEGACY = ["windows-1256", "iso-8859-6"];

/** Decode a file's bytes. Throws InputError (E_EMPTY, E_BINARY, E_DECODE) with the path in the message. */
export async function decodeBytes(bytes: Uint8Array, path: string, forced?: string): Promise<Decoded> {
  if (bytes.length === 0) throw new InputError("E_EMPTY", path, `${path}: empty file`);
  let decoded: Decoded;
  if (forced) {
    let body = bytes;
    const enc = new TextDecoder(forced).encoding;
    if (enc === "utf-8" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      body = bytes.subarray(3);
    if (enc === "utf-16le" && bytes[0] === 0xff && bytes[1] === 0xfe) body = bytes.subarray(2);
    if (enc === "utf-16be" && bytes[0] === 0xfe && bytes[1] === 0xff) body = bytes.subarray(2);
    decoded = { text: decodeWith(enc, body, path), encoding: enc, encodingBasis: "forced" };
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: decodeWith("utf-8", bytes.subarray(3), path), encoding: "utf-8", encodingBasis: "bom" };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = {
      text: decodeWith("utf-16le", bytes.subarray(2), path),
      encoding: "utf-16le",
      encodingBasis: "bom",
    };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = {
      text: decodeWith("utf-16be", bytes.subarray(2), path),
      encoding: "utf-16be",
      encodingBasis: "bom",
    };
  } else {
    if (bytes.includes(0))
      throw new InputError("E_BINARY", path, `${path}: binary file (contains NUL bytes), not text`);
    let text: string | null = null;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = null;
    }
    if (text !== null) decoded = { text, encoding: "utf-8", encodingBasis: "valid-utf8" };
    else {
      const chardet = (await import("chardet")).default;
      const guesses = chardet.analyse(bytes).map((g) => g.name.toLowerCase());
      // Prefer the Arabic code pages in chardet's order; otherwise its best guess that decodes.
      const ordered = [
        ...guesses.filter((g) => LEGACY.includes(g)),
        ...guesses.filter((g) => !LEGACY.includes(g)),
      ];
      const label = ordered.find((g) => g !== "utf-8" && g !== "ascii" && isKnownEncoding(g));
      if (!label)
        throw new InputError(
          "E_DECODE",
          path,
          `${path}: not valid UTF-8 and no known encoding detected; try --encoding`,
        );
      const enc = new TextDecoder(label).encoding;
      const t = new TextDecoder(enc, { ignoreBOM: true }).decode(bytes);
      decoded = { text: t, encoding: enc, encodingBasis: "detected" };
    }
  }
  if (decoded.text.includes("\u0000"))
    throw new InputError(
      "E_BINARY",
      path,
      `${path}: binary content (NUL characters after decoding as ${decoded.encoding})`,
    );
  if (decoded.text.trim() === "")
    throw new InputError("E_EMPTY", path, `${path}: no text (only white space)`);
  return decoded;
}
