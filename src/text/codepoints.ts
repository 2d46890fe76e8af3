// Conversion from UTF-16 indices (what JavaScript strings use) to code point offsets (what the
// output contract, Python and jq use).

export interface CodePointIndex {
  /** Code point offset of a UTF-16 index into the same string. */
  at(utf16Index: number): number;
}

const IDENTITY: CodePointIndex = { at: (i) => i };

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
