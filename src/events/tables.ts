// The word tables of the event rules (lexicons/tables/event-triggers.json, event-cues.json),
// validated and compiled once: trigger word families become a map from every inflected surface form
// to its sense; cue lists become sets of normalized words and phrases.

import { z } from "zod";
import { readTable } from "../extract/tables.js";
import { normalizeForm } from "../text/normalize.js";
import { EVENT_TYPES, type EventType } from "./types.js";

const typeSchema = z.enum(EVENT_TYPES);
const requiresSchema = z.enum(["weapon", "military", "weapon_or_target"]);
const verbSchema = z
  .object({
    lemma: z.string(),
    type: typeSchema,
    past: z.string(),
    present: z.string().optional(),
    passive: z.string().optional(),
    extra: z.array(z.string()).optional(),
    frame: z.enum(["transitive", "intransitive", "impact", "support", "undergoer"]),
    requires: requiresSchema.optional(),
    weapon: z.string().optional(),
  })
  .strict();
const nounSchema = z
  .object({
    lemma: z.string(),
    type: typeSchema,
    forms: z.array(z.string()).min(1),
    plural: z.array(z.string()),
    genitive: z.enum(["agent", "target"]),
    requires: requiresSchema.optional(),
    weapon: z.string().optional(),
    not_after: z.array(z.string()).optional(),
  })
  .strict();
const triggerTableSchema = z
  .object({ $comment: z.string().optional(), verbs: z.array(verbSchema), nouns: z.array(nounSchema) })
  .strict();

const cueTableSchema = z
  .object({
    $comment: z.string().optional(),
    claim: z.array(z.string()),
    announce: z.array(z.string()),
    report: z.array(z.string()),
    modality: z.record(z.string(), z.array(z.string())),
    after_negation: z.array(z.string()),
    generic: z.array(z.string()),
    purpose: z.array(z.string()),
    origin: z.array(z.string()),
    military: z.array(z.string()),
    toll: z.array(z.string()),
    campaign: z.array(z.string()),
    repetition: z.array(z.string()),
    generic_after: z.array(z.string()),
    continuing: z.array(z.string()),
    same_day: z.array(z.string()),
    clause_openers: z.array(z.string()),
    weapon_objects: z.array(z.string()),
    anaphora: z.array(z.string()),
    air_platforms: z.array(z.string()),
    heads: z
      .object({ attacker: z.array(z.string()), party: z.array(z.string()), site: z.array(z.string()) })
      .strict(),
    demonyms: z.record(z.string(), z.array(z.string())),
    country_forces: z.record(z.string(), z.string()),
  })
  .strict();

export type Frame = "transitive" | "intransitive" | "impact" | "support" | "undergoer" | "noun";
export type Requirement = z.infer<typeof requiresSchema>;

/** One reading of a trigger's surface form. */
export interface TriggerSense {
  readonly lemma: string;
  readonly type: EventType;
  readonly pos: "verb" | "noun";
  readonly frame: Frame;
  readonly tense: "past" | "present" | "future" | null;
  /** A passive spelled as such (هوجم); passives spelled like actives are told by their vowels. */
  readonly passive: boolean;
  readonly plural: boolean;
  readonly dual: boolean;
  /** A possessive or object pronoun on the word (هجماتها، استهدفوها). */
  readonly pronoun: boolean;
  /** Nouns: what the complement after the noun is. */
  readonly genitive: "agent" | "target" | null;
  readonly requires: Requirement | null;
  readonly weapon: string | null;
  /** The table form it was made from (not an inflection): wins over generated forms. */
  readonly base: boolean;
  /** The words that must follow for a multi-word form (قافلة عسكرية), or null. */
  readonly rest: readonly string[] | null;
  /** Words right before the form that make it no trigger (شديدة الانفجار), normalized. */
  readonly notAfter: ReadonlySet<string> | null;
}

const SUBJECT_SUFFIXES_PAST = ["", "ت", "تا", "وا", "ا", "ن", "نا", "تم", "تما", "تن"];
/** Past endings that take an object pronoun, as written before it (وا loses its alef). */
const OBJECT_HOSTS_PAST = ["", "ت", "تا", "نا", "تمو", "و"];
const OBJECT_PRONOUNS = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ك", "ني"];
// The first person (أستهدف) is left out: news rarely uses it, and وأصل would read as واصل (went on).
const PRESENT_PREFIXES = ["ي", "ت", "ن"];
const PRESENT_SUFFIXES = ["", "ون", "ان", "ن", "وا", "ا", "ين"];
const OBJECT_HOSTS_PRESENT = ["", "و", "ون", "ان", "ا"];
const POSSESSIVES = ["ه", "ها", "هم", "هما", "هن", "كم", "نا"];

function add(map: Map<string, TriggerSense[]>, form: string, sense: TriggerSense): void {
  if (form.length < 2) return;
  const list = map.get(form);
  if (!list) map.set(form, [sense]);
  else if (
    !list.some(
      (s) =>
        s.lemma === sense.lemma && s.pos === sense.pos && s.tense === sense.tense && s.rest === sense.rest,
    )
  )
    list.push(sense);
}

function verbForms(map: Map<string, TriggerSense[]>, v: z.infer<typeof verbSchema>): void {
  const common = {
    lemma: v.lemma,
    type: v.type,
    pos: "verb" as const,
    frame: v.frame,
    plural: false,
    dual: false,
    genitive: null,
    requires: v.requires ?? null,
    weapon: v.weapon ?? null,
    rest: null,
    notAfter: null,
  };
  const past = (stem: string, passive: boolean) => {
    for (const s of SUBJECT_SUFFIXES_PAST)
      add(map, stem + s, { ...common, tense: "past", passive, pronoun: false, base: s === "" });
    for (const h of OBJECT_HOSTS_PAST)
      for (const o of OBJECT_PRONOUNS)
        add(map, stem + h + o, { ...common, tense: "past", passive, pronoun: true, base: false });
  };
  past(normalizeForm(v.past), false);
  if (v.passive) past(normalizeForm(v.passive), true);
  for (const e of v.extra ?? [])
    add(map, normalizeForm(e), { ...common, tense: "past", passive: false, pronoun: false, base: true });
  if (v.present) {
    const present = normalizeForm(v.present);
    // The present stem is the form without its person prefix ي.
    const stem = present.startsWith("ي") ? present.slice(1) : present;
    for (const future of [false, true])
      for (const p of PRESENT_PREFIXES) {
        const head = (future ? "س" : "") + p;
        const tense = future ? "future" : "present";
        for (const s of PRESENT_SUFFIXES)
          add(map, head + stem + s, { ...common, tense, passive: false, pronoun: false, base: false });
        for (const h of OBJECT_HOSTS_PRESENT)
          for (const o of OBJECT_PRONOUNS)
            add(map, head + stem + h + o, { ...common, tense, passive: false, pronoun: true, base: false });
      }
  }
}

/** A noun's dual forms: ة (normalized ه) turns into ت before the ending. */
function duals(form: string): string[] {
  const stem = form.endsWith("ه") ? `${form.slice(0, -1)}ت` : form;
  return [`${stem}ان`, `${stem}ين`, `${stem}ا`, `${stem}ي`];
}

/** A noun with a possessive pronoun: ة turns into ت. */
function withPossessives(form: string): string[] {
  const stem = form.endsWith("ه") ? `${form.slice(0, -1)}ت` : form;
  return POSSESSIVES.map((p) => stem + p);
}

function nounForms(map: Map<string, TriggerSense[]>, n: z.infer<typeof nounSchema>): void {
  const common = {
    lemma: n.lemma,
    type: n.type,
    pos: "noun" as const,
    frame: "noun" as const,
    tense: null,
    passive: false,
    genitive: n.genitive,
    requires: n.requires ?? null,
    weapon: n.weapon ?? null,
    notAfter: n.not_after ? formSet(n.not_after) : null,
  };
  // Multi-word forms (قافلة عسكرية) are looked up by their first word; the rest must follow.
  const split = (raw: string) => {
    const words = normalizeForm(raw).split(" ");
    return { head: words[0] as string, rest: words.length > 1 ? words.slice(1) : null };
  };
  for (const raw of n.forms) {
    const { head, rest } = split(raw);
    add(map, head, { ...common, plural: false, dual: false, pronoun: false, base: true, rest });
    if (rest) continue;
    for (const d of duals(head))
      add(map, d, { ...common, plural: false, dual: true, pronoun: false, base: false, rest });
    for (const p of withPossessives(head))
      add(map, p, { ...common, plural: false, dual: false, pronoun: true, base: false, rest });
  }
  for (const raw of n.plural) {
    const { head, rest } = split(raw);
    add(map, head, { ...common, plural: true, dual: false, pronoun: false, base: true, rest });
    if (rest) continue;
    for (const p of withPossessives(head))
      add(map, p, { ...common, plural: true, dual: false, pronoun: true, base: false, rest });
  }
}

/** A set of normalized forms; phrases are kept whole (matched token by token by the caller). */
function formSet(forms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of forms) {
    const n = normalizeForm(f);
    if (n !== "") out.add(n);
  }
  return out;
}

/** Head nouns with their duals (قاعدتين، منشأتين، مقاتلتان) and possessive forms (قواعدها). */
function headSet(forms: readonly string[]): Set<string> {
  const out = formSet(forms);
  for (const f of [...out]) {
    if (f.includes(" ")) continue;
    const bareForm = f.startsWith("ال") ? f.slice(2) : f;
    for (const d of duals(bareForm)) out.add(d);
    for (const p of withPossessives(bareForm)) out.add(p);
  }
  return out;
}

/** The inflections of a nationality adjective: masculine, feminine, plurals, duals. */
function demonymForms(base: string): string[] {
  const b = normalizeForm(base);
  const fem = `${b}ه`;
  const femStem = `${b}ت`;
  return [b, fem, `${b}ين`, `${b}ون`, `${b}ان`, `${femStem}ان`, `${femStem}ين`, `${b}يه`];
}

export interface EventTables {
  readonly triggers: ReadonlyMap<string, readonly TriggerSense[]>;
  readonly claim: ReadonlySet<string>;
  readonly announce: ReadonlySet<string>;
  readonly report: ReadonlySet<string>;
  /** Modality cue → its kind (threat, future, conditional, negation, denial, prevention, question). */
  readonly modality: ReadonlyMap<string, string>;
  readonly afterNegation: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  readonly purpose: ReadonlySet<string>;
  readonly origin: ReadonlySet<string>;
  readonly military: ReadonlySet<string>;
  readonly toll: ReadonlySet<string>;
  readonly campaign: ReadonlySet<string>;
  readonly repetition: ReadonlySet<string>;
  readonly genericAfter: ReadonlySet<string>;
  readonly continuing: ReadonlySet<string>;
  readonly sameDay: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  readonly weaponObjects: ReadonlySet<string>;
  readonly anaphora: ReadonlySet<string>;
  readonly airPlatforms: ReadonlySet<string>;
  readonly attackerHeads: ReadonlySet<string>;
  readonly partyHeads: ReadonlySet<string>;
  readonly siteHeads: ReadonlySet<string>;
  /** Every inflected nationality adjective (without the article) → ISO country code. */
  readonly demonyms: ReadonlyMap<string, string>;
  readonly countryForces: ReadonlyMap<string, string>;
  /** Words of killing and wounding (مقتل، إصابة، أصيب …) from the number tables. */
  readonly casualtyWords: ReadonlySet<string>;
  /** First words of weapons named in the singular (صاروخ، طائره، قذيفه): one of them when indefinite. */
  readonly singularWeapons: ReadonlySet<string>;
  /** The longest phrase (in words) of any cue list: how far a phrase lookup must reach. */
  readonly longestPhrase: number;
}

let compiled: EventTables | undefined;

/** The compiled event tables (validated on first use; a malformed table is a bug of the release). */
export function eventTables(): EventTables {
  if (compiled) return compiled;
  const t = triggerTableSchema.parse(readTable<unknown>("event-triggers"));
  const c = cueTableSchema.parse(readTable<unknown>("event-cues"));
  const triggers = new Map<string, TriggerSense[]>();
  for (const v of t.verbs) verbForms(triggers, v);
  for (const n of t.nouns) nounForms(triggers, n);
  // Table forms win over generated inflections that happen to be spelled alike (ضربه: a strike, or
  // "he hit him"), nouns over verbs at equal rank.
  for (const list of triggers.values())
    list.sort((a, b) => Number(b.base) - Number(a.base) || (a.pos === b.pos ? 0 : a.pos === "noun" ? -1 : 1));
  const modality = new Map<string, string>();
  for (const [kind, forms] of Object.entries(c.modality))
    for (const f of formSet(forms)) modality.set(f, kind);
  const demonyms = new Map<string, string>();
  for (const [code, bases] of Object.entries(c.demonyms))
    for (const b of bases) for (const f of demonymForms(b)) demonyms.set(f, code);
  const lists = [
    c.claim,
    c.announce,
    c.report,
    c.after_negation,
    c.generic,
    c.purpose,
    c.origin,
    c.military,
    c.toll,
    c.repetition,
    ...Object.values(c.modality),
  ];
  let longestPhrase = 1;
  for (const l of lists)
    for (const f of l) longestPhrase = Math.max(longestPhrase, normalizeForm(f).split(" ").length);
  // Singular forms of the counted nouns that are weapons (lexicons/tables/units.json).
  const units = readTable<Record<string, { singular?: string[] } | string>>("units");
  const singularWeapons = new Set<string>();
  for (const u of ["drone", "rocket", "missile", "shell", "mortar", "explosive device", "car bomb", "bomb"]) {
    const row = units[u];
    if (typeof row === "object")
      for (const f of row.singular ?? []) singularWeapons.add(normalizeForm(f).split(" ")[0] as string);
  }
  const cas =
    readTable<Record<string, { before?: string[]; after?: string[] } | string>>("number-casualties");
  const casualtyWords = new Set<string>();
  for (const row of Object.values(cas))
    if (typeof row === "object")
      for (const f of [...(row.before ?? []), ...(row.after ?? [])])
        casualtyWords.add(normalizeForm(f).split(" ")[0] as string);
  compiled = {
    casualtyWords,
    triggers,
    singularWeapons,
    claim: formSet(c.claim),
    announce: formSet(c.announce),
    report: formSet(c.report),
    modality,
    afterNegation: formSet(c.after_negation),
    generic: formSet(c.generic),
    purpose: formSet(c.purpose),
    origin: formSet(c.origin),
    military: formSet(c.military),
    toll: formSet(c.toll),
    campaign: formSet(c.campaign),
    repetition: formSet(c.repetition),
    genericAfter: formSet(c.generic_after),
    continuing: formSet(c.continuing),
    sameDay: formSet(c.same_day),
    clauseOpeners: formSet(c.clause_openers),
    weaponObjects: formSet(c.weapon_objects),
    anaphora: formSet(c.anaphora),
    airPlatforms: headSet(c.air_platforms),
    attackerHeads: headSet(c.heads.attacker),
    partyHeads: headSet(c.heads.party),
    siteHeads: headSet(c.heads.site),
    demonyms,
    countryForces: new Map(Object.entries(c.country_forces)),
    longestPhrase,
  };
  return compiled;
}
