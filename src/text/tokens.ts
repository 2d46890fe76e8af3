// Tokens over normalized text: words (letters), numbers (digits with inner separators) and single
// punctuation marks, each with its offsets in the normalized text.

export type TokenKind = "word" | "num" | "punct";

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

// A number keeps its inner separators (12,000 · 2.5 · 26.10.2024); a word is a run of letters and
// combining marks of any script.
const TOKEN_RE = /(?<word>[\p{L}\p{M}]+)|(?<num>[0-9]+(?:[.,/][0-9]+)*)|(?<punct>[^\s\p{L}\p{M}0-9])/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const g = m.groups ?? {};
    const kind: TokenKind = g.word !== undefined ? "word" : g.num !== undefined ? "num" : "punct";
    const start = (m.index ?? 0) + offset;
    tokens.push({ text: m[0], start, end: start + m[0].length, kind });
  }
  return tokens;
}
