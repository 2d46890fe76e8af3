// Orthographic normalization of Arabic text for matching, with an offset map back to the original.
//
// One normalizer serves lexicon aliases and input text alike, so every rule and regex downstream is
// written against one spelling. The map keeps, for every normalized UTF-16 unit, the original unit
// it came from, so any span found in the normalized text maps back to the exact original span.

/** What the table says to do with one UTF-16 code unit. */
const KEEP = -1;
/** Removed, and absorbed into the preceding character's span (diacritics, tatweel). */
const DROP_MARK = -2;
/** Removed without being absorbed (invisible controls, BOM). */
const DROP_CONTROL = -3;
/** Replaced by a string of several units (presentation forms through NFKC). */
const EXPAND = -4;

const table = new Int32Array(0x10000).fill(KEEP);
const expansions = new Map<number, string>();

function setRange(from: number, to: number, action: number): void {
  for (let c = from; c <= to; c++) table[c] = action;
}
function mapChars(chars: string, to: string): void {
  const target = to.charCodeAt(0);
  for (const ch of chars) table[ch.charCodeAt(0)] = target;
}

// Diacritics (tashkeel), Quranic annotation marks, superscript alef, tatweel.
setRange(0x0610, 0x061a, DROP_MARK);
setRange(0x064b, 0x065f, DROP_MARK);
table[0x0670] = DROP_MARK;
table[0x0674] = DROP_MARK;
setRange(0x06d6, 0x06dc, DROP_MARK);
setRange(0x06df, 0x06e4, DROP_MARK);
setRange(0x06e7, 0x06e8, DROP_MARK);
setRange(0x06ea, 0x06ed, DROP_MARK);
setRange(0x08d3, 0x08e1, DROP_MARK);
setRange(0x08e3, 0x08ff, DROP_MARK);
table[0x0640] = DROP_MARK;
// Bidi and zero-width controls, soft hyphen, BOM.
setRange(0x200b, 0x200f, DROP_CONTROL);
setRange(0x202a, 0x202e, DROP_CONTROL);
setRange(0x2060, 0x2064, DROP_CONTROL);
setRange(0x2066, 0x2069, DROP_CONTROL);
table[0x061c] = DROP_CONTROL;
table[0xfeff] = DROP_CONTROL;
table[0x00ad] = DROP_CONTROL;
table[0x180e] = DROP_CONTROL;

// Letters.
mapChars("أإآٱٲٳٵ", "ا");
mapChars("ىیېۍێےۓ", "ي");
mapChars("ةۀەہۃۂھ", "ه");
mapChars("ؤ", "و");
mapChars("ئ", "ي");
mapChars("کڪګگ", "ك");
mapChars("ڨ", "ق");
mapChars("ڤ", "ف");
mapChars("پ", "ب");
mapChars("چ", "ج");
mapChars("ژ", "ز");
// Digits: Arabic-Indic and extended (Persian/Urdu) to ASCII.
for (let d = 0; d < 10; d++) {
  table[0x0660 + d] = 0x30 + d;
  table[0x06f0 + d] = 0x30 + d;
}
// Punctuation.
mapChars("،٬", ",");
mapChars("؛", ";");
mapChars("؟", "?");
mapChars("٫۔", ".");
mapChars("٪", "%");
mapChars("٭", "*");
mapChars("«»“”„‟″״〃＂", '"');
mapChars("‘’‚‛′‹›", "'");
mapChars("‐‑‒–—―−﹘﹣－", "-");
// Spaces and line breaks.
mapChars("\t\v\f\u00a0\u1680\u202f\u205f\u3000", " ");
setRange(0x2000, 0x200a, 0x20);
mapChars("\u0085\u2028\u2029\r", "\n");
// Latin: lowercase, so that "ISIS" and "isis" are one token.
for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32;
for (let c = 0xc0; c <= 0x24f; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length === 1 && lower.charCodeAt(0) !== c) table[c] = lower.charCodeAt(0);
}
// Arabic presentation forms and fullwidth ASCII: NFKC, then the rules above (lazily, cached).
setRange(0xfb50, 0xfdff, EXPAND);
setRange(0xfe70, 0xfefc, EXPAND);
setRange(0xff01, 0xff5e, EXPAND);

function expansionOf(code: number): string {
  let out = expansions.get(code);
  if (out === undefined) {
    const nfkc = String.fromCharCode(code).normalize("NFKC");
    out = "";
    for (let i = 0; i < nfkc.length; i++) {
      const c = nfkc.charCodeAt(i);
      const action = table[c] ?? KEEP;
      if (action === KEEP) out += nfkc[i];
      else if (action >= 0) out += String.fromCharCode(action);
      // marks inside a ligature (ﱞ and the like) are dropped
    }
    expansions.set(code, out);
  }
  return out;
}

export interface Normalized {
  /** The original text, as given. */
  readonly original: string;
  /** The normalized text. */
  readonly text: string;
  /** For each normalized UTF-16 unit, the index of the original unit it came from (length text.length + 1). */
  readonly toOrig: Int32Array;
  /** For each normalized unit, the end (exclusive) of the original stretch it stands for. */
  readonly toOrigEnd: Int32Array;
}

/** Normalize for matching. Total: never throws, whatever the input. */
export function normalize(original: string): Normalized {
  const n = original.length;
  // Expansions (ligatures) can grow the text; the buffers grow on demand.
  let buf = new Uint16Array(n + 8);
  let toOrig = new Int32Array(n + 9);
  let toOrigEnd = new Int32Array(n + 8);
  let len = 0;

  const grow = (): void => {
    const size = buf.length * 2 + 8;
    const b = new Uint16Array(size);
    b.set(buf);
    buf = b;
    const o = new Int32Array(size + 1);
    o.set(toOrig);
    toOrig = o;
    const e = new Int32Array(size);
    e.set(toOrigEnd);
    toOrigEnd = e;
  };

  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const action = table[c] ?? KEEP;
    if (action >= KEEP) {
      // A CR that starts a CRLF pair is dropped: the LF carries the line break.
      if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) continue;
      if (len >= buf.length) grow();
      buf[len] = action === KEEP ? c : action;
      toOrig[len] = i;
      toOrigEnd[len] = i + 1;
      len++;
    } else if (action === DROP_MARK) {
      // Absorbed into the previous kept character when adjacent in the original, so that a span
      // ending on a word keeps the word's own diacritics.
      if (len > 0 && toOrigEnd[len - 1] === i) toOrigEnd[len - 1] = i + 1;
    } else if (action === EXPAND) {
      const exp = expansionOf(c);
      for (let k = 0; k < exp.length; k++) {
        if (len >= buf.length) grow();
        buf[len] = exp.charCodeAt(k);
        toOrig[len] = i;
        toOrigEnd[len] = i + 1;
        len++;
      }
    }
    // DROP_CONTROL: nothing is kept.
  }
  toOrig[len] = n;
  let text = "";
  for (let k = 0; k < len; k += 8192) {
    text += String.fromCharCode.apply(null, buf.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  }
  return { original, text, toOrig: toOrig.subarray(0, len + 1), toOrigEnd: toOrigEnd.subarray(0, len) };
}

/** Normalize a short string (an alias, a cue word): the text only, spaces collapsed and trimmed. */
export function normalizeForm(s: string): string {
  return normalize(s).text.replace(/\s+/g, " ").trim();
}

/** Map a half-open span of the normalized text to the half-open span of the original (UTF-16 units). */
export function toOriginalSpan(norm: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = norm.toOrig[start] ?? norm.original.length;
    return [at, at];
  }
  const s = norm.toOrig[start] ?? norm.original.length;
  const e = norm.toOrigEnd[end - 1] ?? norm.original.length;
  return [s, e];
}
