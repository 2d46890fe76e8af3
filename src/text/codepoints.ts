// Conversion from UTF-16 indices (what JavaScript strings use) to code point offsets (what the
// output contract, Python and jq use).

import { Buffer } from "node:buffer";

/** Is the platform little-endian (a Uint16Array's bytes are then UTF-16LE)? */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The largest scratch buffer a reader keeps between calls. */
const SCRATCH_LIMIT_BYTES = 1 << 23;

/**
 * A reader of the UTF-16 units of strings into a scratch array it owns (reused by each call, so
 * valid until the next): a scanning loop then reads a typed array, whatever the engine's
 * representation of the string (flat or concatenated, one or two bytes a unit), which is much
 * faster than charCodeAt in a loop that meets several representations. Lone surrogates are kept.
 */
export function unitReader(): (s: string) => Uint16Array {
  let bytes = Buffer.allocUnsafeSlow(1 << 15);
  let units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  return (s: string): Uint16Array => {
    const n = s.length;
    if (!LITTLE_ENDIAN) {
      const out = new Uint16Array(n);
      for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
      return out;
    }
    if (n * 2 > bytes.length) {
      const more = Buffer.allocUnsafeSlow(Math.max(n * 2, bytes.length * 2));
      const moreUnits = new Uint16Array(more.buffer, more.byteOffset, more.length >> 1);
      // A huge input's buffer is not kept for the next call.
      if (more.length > SCRATCH_LIMIT_BYTES) {
        more.write(s, 0, n * 2, "utf16le");
        return moreUnits;
      }
      bytes = more;
      units = moreUnits;
    }
    bytes.write(s, 0, n * 2, "utf16le");
    return units;
  };
}

export interface CodePointIndex {
  /** Code point offset of a UTF-16 index into the same string. */
  at(utf16Index: number): number;
}

/** The index of a string without astral characters: code point offsets are UTF-16 indices. */
export const IDENTITY: CodePointIndex = { at: (i) => i };

/** Build an index for a string; strings without astral characters (nearly all Arabic text) cost nothing. */
export function codePointIndex(s: string): CodePointIndex {
  let firstHigh = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      firstHigh = i;
      break;
    }
  }
  if (firstHigh < 0) return IDENTITY;
  // prefix[i] = number of code points in s[0, i)
  const prefix = new Int32Array(s.length + 1);
  let cp = 0;
  for (let i = 0; i < s.length; i++) {
    prefix[i] = cp;
    const c = s.charCodeAt(i);
    const isPairStart = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
    if (isPairStart) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        prefix[i + 1] = cp; // an index inside a pair counts as the pair's start
        i++;
      }
    }
    cp++;
  }
  prefix[s.length] = cp;
  return { at: (i) => prefix[Math.max(0, Math.min(i, s.length))] ?? cp };
}
