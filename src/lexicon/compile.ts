// Compiling lexicon files into one matcher: merge (user entries override built-in ones by id),
// collect every surface form, build the token trie and the ambiguity table, and check hygiene.

import { normalizeForm } from "../text/normalize.js";
import { tokenize } from "../text/tokens.js";
import type {
  AmbiguityEntry,
  AnyEntry,
  EntityKind,
  LexiconFile,
  OfficialEntry,
  PlaceEntry,
  ReadingSignals,
} from "./types.js";

export interface CompiledEntry {
  readonly kind: EntityKind;
  readonly entry: AnyEntry;
  /** `kind:id` */
  readonly ref: string;
  /** The file the entry came from. */
  readonly source: string;
  /** The file is written by a script (lexicons/places/geonames.json). */
  readonly generated?: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Entries that end here, by index into Lexicon.entries, and the normalized form that led here. */
  terminal: { refs: number[]; form: string } | null;
}

/** One letter of a written form and the marks written on it (a spelling, or the original text). */
export interface SpeltLetter {
  readonly letter: string;
  readonly marks: string;
}

/** What tells one reading of an ambiguous form from the others, compiled. */
export interface CompiledSignals {
  /** Each cue as its normalized tokens; the first may carry proclitics in the text. */
  readonly cues: string[][];
  /** Phrases right before the form, as normalized tokens (the first may carry proclitics). */
  readonly before: string[][];
  /** Phrases right after the form, as normalized tokens (the first may carry proclitics). */
  readonly after: string[][];
  /** Written forms, letter by letter with their marks. */
  readonly spellings: SpeltLetter[][];
}

export interface CompiledCue extends CompiledSignals {
  readonly ref: number | null;
}

/** The ordinary word an ambiguous form also is. */
export interface CompiledWord extends CompiledSignals {
  readonly gloss: string;
}

export interface CompiledAmbiguity {
  readonly alias: string;
  readonly senses: CompiledCue[];
  /** Index of the default entry, or null to drop an unresolved mention. */
  readonly fallback: number | null;
  /**
   * True for a form shared only by places with no ambiguity entry: its senses' cues are the
   * names of their countries and governorates, and a type word in front of it ("قاعدة", "محافظة")
   * narrows the senses to the matching place types.
   */
  readonly auto?: boolean;
  /** The senses' cues count in the mention's sentence only, not elsewhere in the document. */
  readonly sentenceOnly?: boolean;
  /** The ordinary word the form also is; with no sense left it is always that word. */
  readonly word?: CompiledWord;
}

export interface Lexicon {
  readonly entries: CompiledEntry[];
  readonly byRef: Map<string, number>;
  readonly root: Map<string, TrieNode>;
  /** Officials' short forms (surnames), active only after a full mention in the same article. */
  readonly shortRoot: Map<string, TrieNode>;
  readonly ambiguity: Map<string, CompiledAmbiguity>;
  /** The first word of every ambiguity cue: only these are indexed when a document needs cues. */
  readonly cueHeads: Set<string>;
  /** Problems that do not stop a run (a form shared by two entries without an ambiguity entry …). */
  readonly warnings: string[];
  readonly aliasCount: number;
}

/** Quotes and hyphens between the words of a name do not break it: "المقاومة الإسلامية" في العراق. */
export const TRANSPARENT_PUNCT = new Set(['"', "'", "-"]);

/** The tokens a normalized form is matched by; transparent punctuation is left out. */
export function formTokens(form: string): string[] {
  return tokenize(form)
    .filter((t) => !(t.kind === "punct" && TRANSPARENT_PUNCT.has(t.text)))
    .map((t) => t.text);
}

/** Every normalized surface form of an entry: its Arabic name and its aliases, deduplicated. */
export function entryForms(entry: AnyEntry): string[] {
  const forms = new Set<string>();
  for (const raw of [entry.name_ar, ...entry.aliases]) {
    const f = normalizeForm(raw);
    if (f !== "") forms.add(f);
  }
  return [...forms];
}

/** Add a value to the set kept under a key. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function compileLexicon(files: LexiconFile[]): Lexicon {
  const warnings: string[] = [];
  const byRef = new Map<string, CompiledEntry>();
  const ambiguityByAlias = new Map<string, AmbiguityEntry>();
  const { curatedRefs, curatedGeonames } = curatedKeys(files);
  for (const file of files) {
    if (file.kind === "ambiguity") {
      for (const a of file.entries) ambiguityByAlias.set(normalizeForm(a.alias), a);
      continue;
    }
    const generated = isGenerated(file);
    for (const entry of file.entries) {
      const ref = `${file.kind}:${entry.id}`;
      if (generated && supersededByCurated(ref, entry, curatedRefs, curatedGeonames)) continue;
      byRef.set(ref, {
        kind: file.kind,
        entry,
        ref,
        source: file.source,
        ...(generated ? { generated } : {}),
      });
    }
  }
  const entries = [...byRef.values()];
  const index = new Map<string, number>(entries.map((e, i) => [e.ref, i]));

  // form → entry indices claiming it
  const claims = new Map<string, Set<number>>();
  entries.forEach((e, i) => {
    for (const form of entryForms(e.entry)) {
      addTo(claims, form, i);
    }
  });

  const ambiguity = new Map<string, CompiledAmbiguity>();
  /** Entries that give a word reading and no sense: their senses are the form's claimants. */
  const wordOnly = new Set<string>();
  for (const [alias, a] of ambiguityByAlias) {
    const senses: CompiledCue[] = [];
    for (const s of a.senses) {
      const ref = index.get(s.ref);
      if (ref === undefined) {
        warnings.push(`ambiguity entry "${alias}": sense ${s.ref} is not a lexicon entry; ignored`);
        continue;
      }
      senses.push({ ref, ...compileSignals(s) });
      // A sense makes its entry a claimant of the alias even when the entry does not list it.
      addTo(claims, alias, ref);
    }
    const fallback = a.default === null ? null : (index.get(a.default) ?? null);
    const word = a.word ? { gloss: a.word.gloss, ...compileSignals(a.word) } : undefined;
    ambiguity.set(alias, {
      alias,
      senses,
      fallback,
      ...(a.scope === "sentence" ? { sentenceOnly: true } : {}),
      ...(word ? { word } : {}),
    });
    if (word && a.senses.length === 0) {
      wordOnly.add(alias);
      // An ordinary phrase no entry claims (الروح القدس) is matched all the same: it hides the
      // names inside it.
      if (!claims.has(alias)) claims.set(alias, new Set());
    }
  }

  const root = new Map<string, TrieNode>();
  let aliasCount = 0;
  for (const [form, set] of claims) {
    const refs = [...set].sort((a, b) => a - b);
    if (!insertForm(root, form, refs)) {
      warnings.push(`form "${form}" has no matchable token; ignored`);
      continue;
    }
    if (refs.length > 0) aliasCount++;
    const declared = ambiguity.get(form);
    if (declared && !wordOnly.has(form)) continue;
    // No entry, or only a word reading: the claimants decide among themselves as usual.
    const extra = declared
      ? { word: declared.word, ...(declared.sentenceOnly ? { sentenceOnly: true } : {}) }
      : {};
    if (refs.length > 1 && refs.every((r) => entries[r]?.kind === "place")) {
      ambiguity.set(form, { ...autoPlaceAmbiguity(form, refs, entries, index), ...extra });
      continue;
    }
    if (refs.length > 1) {
      warnings.push(
        `"${form}" is claimed by ${refs.map((r) => entries[r]?.ref).join(", ")} with no ambiguity entry: mentions of it are dropped`,
      );
      ambiguity.set(form, { alias: form, senses: [], fallback: null, ...extra });
      continue;
    }
    if (declared && refs.length === 1) {
      const only = refs[0] as number;
      ambiguity.set(form, { alias: form, senses: [{ ref: only, ...NO_SIGNALS }], fallback: only, ...extra });
    }
  }

  // Short forms may be shared (three Barzanis): the extractor picks the most recently named person.
  const shortClaims = new Map<string, Set<number>>();
  entries.forEach((e, i) => {
    if (e.kind !== "official") return;
    for (const raw of (e.entry as OfficialEntry).short_aliases ?? []) {
      const form = normalizeForm(raw);
      if (form !== "") addTo(shortClaims, form, i);
    }
  });
  const shortRoot = new Map<string, TrieNode>();
  for (const [form, set] of shortClaims)
    insertForm(
      shortRoot,
      form,
      [...set].sort((a, b) => a - b),
    );

  const cueHeads = new Set<string>();
  for (const a of ambiguity.values())
    for (const s of [...a.senses, ...(a.word ? [a.word] : [])])
      for (const cue of s.cues) cueHeads.add(cue[0] as string);

  return { entries, byRef: index, root, shortRoot, ambiguity, cueHeads, warnings, aliasCount };
}

const NO_SIGNALS: CompiledSignals = { cues: [], before: [], after: [], spellings: [] };

function compileSignals(s: ReadingSignals): CompiledSignals {
  const phrases = (list: string[] | undefined) =>
    (list ?? []).map((c) => formTokens(normalizeForm(c))).filter((t) => t.length > 0);
  return {
    cues: phrases(s.cues),
    before: phrases(s.before),
    after: phrases(s.after),
    spellings: (s.spellings ?? []).map(spelt).filter((l) => l.length > 0),
  };
}

/** Arabic marks: tashkeel, the superscript alef and Quranic marks (what spellings tell apart by). */
const MARK = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/;
/** Tatweel and invisible controls: not part of a spelling. */
const IGNORED = /[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\s]/;

/** A written form, letter by letter with the marks on each (spaces, tatweel and controls left out). */
export function spelt(written: string): SpeltLetter[] {
  const out: { letter: string; marks: string }[] = [];
  for (const ch of written) {
    if (IGNORED.test(ch)) continue;
    const last = out[out.length - 1];
    if (MARK.test(ch)) {
      if (last) last.marks += ch;
    } else out.push({ letter: ch, marks: "" });
  }
  return out;
}

/** Is a written text this spelling: the same letters, with at least the spelling's marks on each? */
export function matchesSpelling(text: SpeltLetter[], spelling: SpeltLetter[]): boolean {
  if (text.length !== spelling.length) return false;
  for (let k = 0; k < text.length; k++) {
    const t = text[k] as SpeltLetter;
    const s = spelling[k] as SpeltLetter;
    if (t.letter !== s.letter) return false;
    for (const mark of s.marks) if (!t.marks.includes(mark)) return false;
  }
  return true;
}

/** The places that contain a place, nearest first (its parent, the parent's parent …). */
function ancestors(ref: number, entries: CompiledEntry[], index: Map<string, number>): number[] {
  const out: number[] = [];
  let cur = entries[ref];
  for (let depth = 0; cur && depth < 6; depth++) {
    const parent = (cur.entry as PlaceEntry).parent;
    const next = parent ? index.get(`place:${parent}`) : undefined;
    if (next === undefined || out.includes(next)) break;
    out.push(next);
    cur = entries[next];
  }
  return out;
}

/**
 * A form shared only by places (two villages called الحسينية, a governorate and its capital):
 * each sense is cued by the names of the places that contain it (its governorate, its country),
 * and when nothing in the text decides, the default is, in order: the place inside the other
 * (the city over its governorate of the same name), the one hand-curated entry over generated
 * ones, a place ten times as populous as every other; else none (the mention is dropped).
 */
function autoPlaceAmbiguity(
  form: string,
  refs: number[],
  entries: CompiledEntry[],
  index: Map<string, number>,
): CompiledAmbiguity {
  const senses: CompiledCue[] = refs.map((ref) => {
    const cues: string[][] = [];
    for (const a of ancestors(ref, entries, index)) {
      const e = entries[a];
      if (!e) continue;
      for (const f of entryForms(e.entry)) if (f !== form) cues.push(formTokens(f));
    }
    return { ref, ...NO_SIGNALS, cues: cues.filter((c) => c.length > 0) };
  });
  return { alias: form, senses, fallback: autoFallback(refs, entries, index), auto: true };
}

function autoFallback(refs: number[], entries: CompiledEntry[], index: Map<string, number>): number | null {
  const inner = refs.filter((r) => refs.every((o) => o === r || ancestors(r, entries, index).includes(o)));
  if (inner.length === 1) return inner[0] as number;
  const curated = refs.filter((r) => !entries[r]?.generated);
  if (curated.length === 1 && curated.length < refs.length) return curated[0] as number;
  const pops = refs
    .map((r) => ({ r, pop: (entries[r]?.entry as PlaceEntry | undefined)?.population ?? 0 }))
    .sort((a, b) => b.pop - a.pop);
  const [first, second] = pops;
  if (first && second && first.pop > 0 && first.pop >= 10 * second.pop) return first.r;
  return null;
}

function isGenerated(file: LexiconFile): boolean {
  return typeof (file as { generated?: unknown }).generated === "string";
}

/** Ids and GeoNames ids of entries in hand-written files: these win over generated entries. */
function curatedKeys(files: LexiconFile[]): { curatedRefs: Set<string>; curatedGeonames: Set<number> } {
  const curatedRefs = new Set<string>();
  const curatedGeonames = new Set<number>();
  for (const file of files) {
    if (file.kind === "ambiguity" || isGenerated(file)) continue;
    for (const entry of file.entries) {
      curatedRefs.add(`${file.kind}:${entry.id}`);
      const g = (entry as { geonames_id?: number }).geonames_id;
      if (g !== undefined) curatedGeonames.add(g);
    }
  }
  return { curatedRefs, curatedGeonames };
}

/** A generated entry gives way to a hand-written one with its id or its GeoNames id. */
function supersededByCurated(
  ref: string,
  entry: AnyEntry,
  curatedRefs: Set<string>,
  curatedGeonames: Set<number>,
): boolean {
  if (curatedRefs.has(ref)) return true;
  const g = (entry as { geonames_id?: number }).geonames_id;
  return g !== undefined && curatedGeonames.has(g);
}

/** Insert a form into a token trie; false when the form has no token to match. */
function insertForm(root: Map<string, TrieNode>, form: string, refs: number[]): boolean {
  const toks = formTokens(form);
  if (toks.length === 0) return false;
  let level = root;
  let node: TrieNode | undefined;
  for (const t of toks) {
    node = level.get(t);
    if (!node) {
      node = { next: null, terminal: null };
      level.set(t, node);
    }
    if (!node.next) node.next = new Map();
    level = node.next;
  }
  if (node) node.terminal = { refs, form };
  return true;
}

export interface HygieneProblem {
  readonly source: string;
  readonly message: string;
}

/**
 * Lexicon hygiene: what must never ship. Duplicate ids within a kind, forms that normalization
 * would change, empty forms, a form claimed by two entries without an ambiguity entry naming both,
 * ambiguity entries that name unknown entries. (Schema violations are caught when reading.)
 */
export function checkHygiene(files: LexiconFile[]): HygieneProblem[] {
  const problems: HygieneProblem[] = [];
  const seen = new Map<string, string>();
  const claims = new Map<string, Set<string>>();
  const ambiguities: { source: string; entry: AmbiguityEntry }[] = [];
  const { curatedRefs, curatedGeonames } = curatedKeys(files);
  for (const file of files) {
    if (file.kind === "ambiguity") {
      for (const entry of file.entries) ambiguities.push({ source: file.source, entry });
      continue;
    }
    const generated = isGenerated(file);
    for (const entry of file.entries) {
      const ref = `${file.kind}:${entry.id}`;
      if (generated && supersededByCurated(ref, entry, curatedRefs, curatedGeonames)) continue;
      const first = seen.get(ref);
      if (first !== undefined)
        problems.push({ source: file.source, message: `duplicate id ${ref} (also in ${first})` });
      else seen.set(ref, file.source);
      const shorts = file.kind === "official" ? ((entry as OfficialEntry).short_aliases ?? []) : [];
      for (const alias of [...entry.aliases, ...shorts]) {
        if (alias.trim() === "") problems.push({ source: file.source, message: `${ref}: empty alias` });
        else if (normalizeForm(alias) !== alias)
          problems.push({
            source: file.source,
            message: `${ref}: alias "${alias}" is not normalized (write "${normalizeForm(alias)}")`,
          });
        else if (formTokens(alias).length === 0)
          problems.push({ source: file.source, message: `${ref}: alias "${alias}" has no word to match` });
      }
      for (const form of entryForms(entry)) {
        addTo(claims, form, ref);
      }
    }
  }
  const covered = new Map<string, Set<string>>();
  const listed = new Set<string>();
  const wordsWithoutSignals: { source: string; alias: string }[] = [];
  for (const { source, entry } of ambiguities) {
    if (normalizeForm(entry.alias) !== entry.alias)
      problems.push({ source, message: `ambiguity alias "${entry.alias}" is not normalized` });
    const refs = new Set(entry.senses.map((s) => s.ref));
    for (const ref of [...refs, ...(entry.default ? [entry.default] : [])]) {
      if (!seen.has(ref))
        problems.push({ source, message: `ambiguity "${entry.alias}": unknown entry ${ref}` });
    }
    if (entry.default !== null && !refs.has(entry.default))
      problems.push({
        source,
        message: `ambiguity "${entry.alias}": default ${entry.default} is not one of its senses`,
      });
    if (listed.has(entry.alias))
      problems.push({ source, message: `ambiguity "${entry.alias}" is listed twice` });
    listed.add(entry.alias);
    const w = entry.word;
    if (w && !w.cues?.length && !w.before?.length && !w.after?.length && !w.spellings?.length)
      wordsWithoutSignals.push({ source, alias: entry.alias });
    // With only a word reading, the entries that claim the form resolve among themselves as usual.
    if (entry.senses.length > 0) covered.set(entry.alias, refs);
  }
  // A word reading with nothing to tell it by never wins over a name; over no name it always does.
  for (const { source, alias } of wordsWithoutSignals)
    if (claims.has(alias))
      problems.push({
        source,
        message: `ambiguity "${alias}": its word reading has no cue, before, after or spelling, so a name always wins`,
      });
  for (const [form, refs] of claims) {
    if (refs.size < 2) continue;
    // Forms shared only by places are resolved by their countries and governorates (autoPlaceAmbiguity).
    if ([...refs].every((r) => r.startsWith("place:")) && !covered.has(form)) continue;
    const cover = covered.get(form);
    const missing = [...refs].filter((r) => !cover?.has(r));
    if (missing.length > 0)
      problems.push({
        source: "lexicons",
        message: `"${form}" is claimed by ${[...refs].sort().join(", ")} but ambiguity.json does not resolve ${missing.join(", ")}`,
      });
  }
  return problems;
}
