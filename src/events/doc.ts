// What the event rules read: the prepared document with every mention placed on its tokens
// (entities, numbers, dates, nationality adjectives), the triggers, and word lookups that see
// through proclitics. Built once per document; everything else in src/events reads it.

import type { FoundDate } from "../extract/date/index.js";
import type { Found } from "../extract/entity/index.js";
import { placeTypeWords } from "../extract/entity/place-context.js";
import type { FoundNumber } from "../extract/number/index.js";
import type { Lexicon } from "../lexicon/compile.js";
import { procliticCandidates } from "../text/clitics.js";
import type { PreparedDocument } from "../text/document.js";
import type { Token } from "../text/tokens.js";
import type { DateMention, EntityMention, NumberMention } from "../types.js";
import { eventTables, type TriggerSense } from "./tables.js";

export type ItemKind = "place" | "group" | "official" | "weapon" | "outlet" | "number" | "date" | "demonym";

/** A mention placed on the tokens of its sentence. */
export interface Item {
  readonly kind: ItemKind;
  /** First and last token (inclusive). */
  readonly first: number;
  readonly last: number;
  /** Normalized offsets. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** Proclitics written onto the first word (ل، بال، و …), normalized. */
  readonly prefix: string;
  readonly entity?: EntityMention;
  readonly number?: NumberMention;
  readonly date?: DateMention;
  /** Nationality adjectives: the ISO code of the country. */
  readonly country?: string;
}

export interface Trigger {
  readonly tok: number;
  readonly start: number;
  readonly end: number;
  /** The last token of the trigger (multi-word forms). */
  readonly last: number;
  readonly sentence: number;
  readonly sense: TriggerSense;
  /** Passive: spelled as such, or written with the damma of the passive (استُهدفت). */
  readonly passive: boolean;
  readonly prefix: string;
}

export interface EventDoc {
  readonly doc: PreparedDocument;
  readonly lexicon: Lexicon;
  readonly published: string | null;
  readonly items: readonly Item[];
  readonly triggers: readonly Trigger[];
  /** Items whose first token is i. */
  readonly startingAt: ReadonlyMap<number, readonly Item[]>;
  /** Item covering token i, if any (the first by start; entities before numbers and dates). */
  readonly covering: readonly (Item | undefined)[];
  /** Sentence of each token. */
  readonly sentenceOf: Int32Array;
  /** Where the dateline ends (normalized offset; 0 when there is none): its place is no event's. */
  readonly datelineEnd: number;
  /** The sentences of the headline (it may hold several: "… .. والبنتاغون: …"); empty without one. */
  readonly titleSentences: ReadonlySet<number>;
  /** Each sentence's tokens, [first, end). */
  readonly sentenceTokens: readonly (readonly [number, number])[];
  /** Each sentence's items and triggers, in text order. */
  readonly itemsOf: readonly (readonly Item[])[];
  readonly triggersOf: readonly (readonly Trigger[])[];
  /** 1 where a token is part of a trigger. */
  readonly triggerAt: Uint8Array;
  /** Places named inside a group's name (وزارة الصحة في غزة): where a source's toll counts. */
  readonly namedPlaces: readonly Item[];
}

/** Index of the first token whose start is at or after a normalized offset. */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that starts before a normalized offset. */
function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The stems a token may stand for, proclitics taken off (the whole token first). */
export function stemsOf(
  tok: Token | undefined,
): readonly { stem: string; prefix: string; articleStripped: boolean }[] {
  if (tok?.kind !== "word") return tok ? [{ stem: tok.text, prefix: "", articleStripped: false }] : [];
  return procliticCandidates(tok.text);
}

const DAMMA = 0x064f;

/** Written with the passive's damma on one of its first letters (استُهدف، قُصفت، يُستهدف). */
function writtenPassive(doc: PreparedDocument, tok: Token, prefixLength: number): boolean {
  const original = doc.originalSpan(tok.start + prefixLength, tok.end).text;
  let letters = 0;
  for (let i = 0; i < original.length && letters <= 3; i++) {
    const c = original.charCodeAt(i);
    if (c === DAMMA) return letters >= 1;
    if (c >= 0x0621 && c <= 0x064a) letters++;
  }
  return false;
}

function findTriggers(doc: PreparedDocument, sentenceOf: Int32Array): Trigger[] {
  const { triggers } = eventTables();
  const out: Trigger[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind !== "word") continue;
    let found: Trigger | null = null;
    for (const c of procliticCandidates(tok.text)) {
      const senses = triggers.get(c.stem);
      if (!senses) continue;
      for (const sense of senses) {
        // A verb takes no article and no preposition (ب ل ك) in front of it.
        if (sense.pos === "verb" && (c.articleStripped || /[بلك]/.test(c.prefix))) continue;
        if (sense.notAfter && i > 0) {
          const prev = tokens[i - 1] as Token;
          if (procliticCandidates(prev.text).some((p) => sense.notAfter?.has(p.stem))) continue;
        }
        let last = i;
        if (sense.rest) {
          let ok = true;
          for (let k = 0; k < sense.rest.length && ok; k++) ok = tokens[i + 1 + k]?.text === sense.rest[k];
          if (!ok) continue;
          last = i + sense.rest.length;
        }
        const passive = sense.passive || (sense.pos === "verb" && writtenPassive(doc, tok, c.prefixLength));
        found = {
          tok: i,
          start: tok.start,
          end: (tokens[last] as Token).end,
          last,
          sentence: sentenceOf[i] as number,
          sense,
          passive,
          prefix: c.prefix,
        };
        break;
      }
      if (found) break;
    }
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}

/** Type words that point back to one named place (not المنطقة, which can mean any area). */
const ANAPHORIC_TYPE_WORDS = new Set([
  "قريه",
  "بلده",
  "مدينه",
  "قاعده",
  "مطار",
  "حقل",
  "معبر",
  "ميناء",
  "مخيم",
  "سجن",
  "بلدات",
  "قري",
]);

/**
 * "القرية"، "القاعدة"، "المطار" with no name after them: the place of that type named last, in the
 * sentence or the two before (غارتين استهدفتا محيط القرية: the village just named). Each becomes a
 * place item of its own, spanning the word.
 */
function anaphoricPlaces(doc: PreparedDocument, items: Item[], sentenceOf: Int32Array): void {
  const tokens = doc.tokens;
  const places = items.filter((it) => it.kind === "place").sort((a, b) => a.start - b.start);
  if (places.length === 0) return;
  const covered = new Uint8Array(tokens.length);
  for (const it of items) for (let k = it.first; k <= it.last; k++) covered[k] = 1;
  const words = placeTypeWords();
  const found: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind !== "word" || covered[i] || covered[i + 1]) continue;
    const c = procliticCandidates(tok.text).find(
      (x) => x.articleStripped && ANAPHORIC_TYPE_WORDS.has(x.stem),
    );
    const types = c ? words.get(c.stem)?.types : undefined;
    if (!c || !types) continue;
    const s = sentenceOf[i] as number;
    let antecedent: Item | undefined;
    for (let k = places.length - 1; k >= 0; k--) {
      const p = places[k] as Item;
      if (p.start >= tok.start) continue;
      if (s - p.sentence > 2) break;
      if (types.has((p.entity?.entity as { type?: string } | undefined)?.type ?? "")) {
        antecedent = p;
        break;
      }
    }
    if (!antecedent?.entity) continue;
    found.push({
      kind: "place",
      first: i,
      last: i,
      start: tok.start,
      end: tok.end,
      sentence: s,
      prefix: c.prefix.slice(0, -2),
      entity: { ...antecedent.entity, match: { ...antecedent.entity.match, form: c.stem } },
    });
  }
  items.push(...found);
}

export interface EventDocInput {
  doc: PreparedDocument;
  lexicon: Lexicon;
  published: string | null;
  entities: readonly Found[];
  dates: readonly FoundDate[];
  numbers: readonly FoundNumber[];
  /** The normalized span of the dateline or byline that dated the article, if any. */
  dateline?: { start: number; end: number } | null;
  /** Whether the article's first line is a headline. */
  titled?: boolean;
}

export function buildEventDoc(input: EventDocInput): EventDoc {
  const { doc } = input;
  const tokens = doc.tokens;
  const sentenceOf = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) sentenceOf[i] = doc.sentenceAt((tokens[i] as Token).start);

  const items: Item[] = [];
  const place = (
    kind: ItemKind,
    start: number,
    end: number,
    extra: Partial<Pick<Item, "entity" | "number" | "date" | "country" | "prefix">>,
  ) => {
    const first = firstTokenAt(tokens, start);
    const last = lastTokenBefore(tokens, end);
    if (first > last || first >= tokens.length) return;
    items.push({
      kind,
      first,
      last,
      start,
      end,
      sentence: sentenceOf[first] as number,
      prefix: "",
      ...extra,
    });
  };
  for (const f of input.entities) {
    const m = f.m;
    if (!("entity" in m)) continue;
    place(m.kind as ItemKind, f.start, f.end, { entity: m, prefix: m.match.prefix });
  }
  for (const f of input.numbers) place("number", f.start, f.end, { number: f.m });
  for (const f of input.dates) place("date", f.start, f.end, { date: f.m });

  // Nationality adjectives outside names (مقاتلتان أميركيتان، القاعدة الأمريكية).
  const named = new Uint8Array(tokens.length);
  for (const it of items)
    if (it.kind !== "number" && it.kind !== "date") for (let k = it.first; k <= it.last; k++) named[k] = 1;
  const { demonyms, attackerHeads, partyHeads, siteHeads } = eventTables();
  const isHead = (k: number) => {
    for (const c of procliticCandidates(tokens[k]?.text ?? ""))
      if (attackerHeads.has(c.stem) || partyHeads.has(c.stem) || siteHeads.has(c.stem)) return true;
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind !== "word" || named[i]) continue;
    const candidates = procliticCandidates(tok.text);
    if (
      !candidates.some(
        (c) => demonyms.has(c.stem) || (c.stem.startsWith("ال") && demonyms.has(c.stem.slice(2))),
      )
    )
      continue;
    // Only after a head noun (غارات إسرائيلية، القاعدة الأمريكية، جندي أمريكي), an adjective or
    // two between: a nationality elsewhere (مسؤول أمريكي، الدعم الأمريكي) names no party.
    let headed = false;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--)
      if (isHead(k)) {
        headed = true;
        break;
      }
    if (!headed) continue;
    for (const c of procliticCandidates(tok.text)) {
      const code =
        demonyms.get(c.stem) ?? (c.stem.startsWith("ال") ? demonyms.get(c.stem.slice(2)) : undefined);
      if (code === undefined) continue;
      place("demonym", tok.start, tok.end, { country: code, prefix: c.prefix });
      break;
    }
  }
  anaphoricPlaces(doc, items, sentenceOf);
  // A place named inside a group's name (الميليشيات المرتبطة بإيران) describes the group: no event's place.
  const groups = items.filter((it) => it.kind === "group");
  const namedPlaces: Item[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i] as Item;
    if (it.kind === "place" && groups.some((g) => g.start <= it.start && it.end <= g.end)) {
      namedPlaces.push(it);
      items.splice(i, 1);
    }
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);

  const startingAt = new Map<number, Item[]>();
  const covering: (Item | undefined)[] = new Array(tokens.length);
  for (const it of items) {
    const list = startingAt.get(it.first);
    if (list) list.push(it);
    else startingAt.set(it.first, [it]);
    for (let k = it.first; k <= it.last; k++) covering[k] ??= it;
  }
  // A trigger word inside a name or a date is part of it (قوات الرد السريع، فجر الأربعاء); inside a
  // weapon's name it is still a trigger (قصف مدفعي).
  const triggers = findTriggers(doc, sentenceOf).filter((t) => {
    const it = covering[t.tok];
    return !it || it.kind === "weapon" || it.kind === "number" || it.kind === "demonym";
  });
  const nSent = doc.sentences.length;
  const sentenceTokens: [number, number][] = Array.from({ length: nSent }, () => [0, 0]);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const s = sentenceOf[i] as number;
    const r = sentenceTokens[s];
    if (!r) continue;
    if (r[1] === 0) r[1] = i + 1;
    r[0] = i;
  }
  const itemsOf: Item[][] = Array.from({ length: nSent }, () => []);
  for (const it of items) itemsOf[it.sentence]?.push(it);
  const triggersOf: Trigger[][] = Array.from({ length: nSent }, () => []);
  const triggerAt = new Uint8Array(tokens.length);
  for (const t of triggers) {
    triggersOf[t.sentence]?.push(t);
    for (let k = t.tok; k <= t.last; k++) triggerAt[k] = 1;
  }
  return {
    doc,
    lexicon: input.lexicon,
    sentenceTokens,
    itemsOf,
    triggersOf,
    triggerAt,
    published: input.published,
    items,
    triggers,
    startingAt,
    covering,
    sentenceOf,
    datelineEnd: input.dateline?.end ?? 0,
    titleSentences: new Set(
      input.titled ? doc.sentences.flatMap((s, i) => (s.paragraph === 0 ? [i] : [])) : [],
    ),
    namedPlaces,
  };
}

/**
 * The number of tokens of the longest phrase of a set that starts at token i (its first word may
 * carry proclitics and the article, as the set's forms were written), or 0.
 */
export function phraseAt(
  ed: EventDoc,
  set: { has(key: string): boolean },
  i: number,
  maxWords: number,
): number {
  const found = phraseMatch(ed, set, i, maxWords);
  return found === null ? 0 : found.words;
}

/** What phraseMatch needs to know of a set: its phrases' first words and its longest phrase. */
interface Shape {
  firsts: Set<string>;
  longest: number;
}
const shapes = new WeakMap<object, Shape>();
function shapeOf(set: { has(key: string): boolean }): Shape {
  let shape = shapes.get(set);
  if (!shape) {
    const keys = set instanceof Map ? [...set.keys()] : set instanceof Set ? [...set] : [];
    shape = { firsts: new Set(), longest: 1 };
    for (const k of keys as string[]) {
      const words = k.split(" ");
      shape.firsts.add(words[0] as string);
      shape.longest = Math.max(shape.longest, words.length);
    }
    shapes.set(set, shape);
  }
  return shape;
}

/** The longest phrase of a set (or a map's keys) at token i, and its number of words, or null. */
export function phraseMatch(
  ed: EventDoc,
  set: { has(key: string): boolean },
  i: number,
  maxWords: number,
): { phrase: string; words: number } | null {
  const tokens = ed.doc.tokens;
  const tok = tokens[i];
  if (!tok || tok.kind === "punct") return null;
  const shape = shapeOf(set);
  const reach = Math.min(maxWords, shape.longest);
  for (const c of stemsOf(tok)) {
    // Most words start no phrase: the common case costs a lookup or two and builds no string.
    if (!shape.firsts.has(c.stem)) continue;
    let phrase = c.stem;
    let best: { phrase: string; words: number } | null = set.has(phrase) ? { phrase, words: 1 } : null;
    for (let n = 1; n < reach; n++) {
      const next = tokens[i + n];
      if (!next || next.kind === "punct" || ed.sentenceOf[i + n] !== ed.sentenceOf[i]) break;
      phrase += ` ${next.text}`;
      if (set.has(phrase)) best = { phrase, words: n + 1 };
    }
    if (best) return best;
  }
  return null;
}

/** Does token i stand for a word of the set (proclitics taken off)? */
export function wordIs(ed: EventDoc, set: ReadonlySet<string>, i: number): boolean {
  for (const c of stemsOf(ed.doc.tokens[i])) if (set.has(c.stem)) return true;
  return false;
}
