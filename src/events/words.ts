// Small readings of the words around a mention or a trigger, shared by the event rules: the marker
// in front of a mention (على، من قبل، تابعة لـ, a head noun …), whether a place or a group is an
// actor that can act or be attacked, and where clauses end.

import type { GroupEntity, PlaceEntity } from "../types.js";
import { type EventDoc, type Item, phraseAt, wordIs } from "./doc.js";
import { eventTables } from "./tables.js";

/** What stands right in front of a mention. */
export type Marker =
  | "against" // على، ضد، باتجاه: the target of an attack
  | "by" // من قبل: the agent of a passive or a noun
  | "from" // من: an agent (هجمات من المقاومة) or an origin
  | "owner" // تابعة لـ، المرتبطة بـ، الموالية لـ: whose thing (or whose ally) the word before is
  | "head-attacker" // a means of attack before it: طائرات التحالف، غارات إسرائيلية
  | "head-party" // forces before it: قوات التحالف، جنود أمريكيون
  | "head-site" // a site before it: قواعد التحالف، القاعدة الأمريكية
  | "with" // مع، بين: a partner (exercises)
  | "to" // إلى: a destination
  | "in" // في، ب on a place
  | "of" // ل on the mention itself, with no head before it
  | null;

const AGAINST = new Set(["علي", "ضد", "بحق"]);
/** Words of direction: where something was heading (باتجاه، نحو), a destination like إلى. */
const TOWARDS = new Set(["باتجاه", "اتجاه", "نحو", "صوب"]);
const OWNER = new Set([
  "تابعه",
  "التابعه",
  "تابع",
  "التابع",
  "تابعين",
  "التابعين",
  "تابعتين",
  "تابعا",
  "تابعون",
  "تابعان",
  "تابعتان",
  "مرتبطه",
  "المرتبطه",
  "مرتبطين",
  "المرتبطين",
  "يتبع",
  "تتبع",
  "مدعومه",
  "المدعومه",
  "مدعومين",
  "المدعومين",
  "مواليه",
  "المواليه",
  "موالين",
  "الموالين",
  "مقربه",
  "المقربه",
  "مقربين",
  "المقربين",
  "متحالفه",
  "المتحالفه",
]);
const WITH = new Set(["مع", "بين", "بمشاركه"]);
/** Opening punctuation that may stand between a marker and the mention. */
const OPENERS = new Set(['"', "'", "«", "“", "”", "(", "[", "‹", "„"]);

/** Index of the word before token i, skipping quotes and brackets (or -1). */
export function wordBefore(ed: EventDoc, i: number): number {
  const tokens = ed.doc.tokens;
  let k = i - 1;
  while (k >= 0 && tokens[k]?.kind === "punct" && OPENERS.has(tokens[k]?.text ?? "")) k--;
  if (k < 0 || ed.sentenceOf[k] !== ed.sentenceOf[i]) return -1;
  return tokens[k]?.kind === "punct" ? -1 : k;
}

/** Index of the word after token i, skipping quotes and brackets (or -1). */
export function wordAfter(ed: EventDoc, i: number): number {
  const tokens = ed.doc.tokens;
  let k = i + 1;
  while (k < tokens.length && tokens[k]?.kind === "punct" && OPENERS.has(tokens[k]?.text ?? "")) k++;
  if (k >= tokens.length || ed.sentenceOf[k] !== ed.sentenceOf[i]) return -1;
  return tokens[k]?.kind === "punct" ? -1 : k;
}

/** Up to `n` words before token i inside its sentence (nearest first), skipping punctuation marks. */
export function wordsBefore(ed: EventDoc, i: number, n: number): number[] {
  const out: number[] = [];
  let k = i;
  while (out.length < n) {
    k = wordBefore(ed, k);
    if (k < 0) break;
    // "ما يسمى التحالف": the so-called words stand between a marker and its name.
    if (wordIs(ed, SO_CALLED, k) || (ed.doc.tokens[k]?.text === "ما" && wordIs(ed, SO_CALLED, k + 1)))
      continue;
    out.push(k);
  }
  return out;
}

const SO_CALLED = new Set([
  "يسمي",
  "تسمي",
  "المسمي",
  "المسماه",
  "سميت",
  "يعرف",
  "تعرف",
  "المعروف",
  "المعروفه",
]);

/** The marker in front of a mention. */
export function markerOf(ed: EventDoc, item: Item): Marker {
  const t = eventTables();
  const prefix = item.prefix;
  const before = wordsBefore(ed, item.first, 3);
  const w1 = before[0];
  // المرتبطة بإيران، الموالية لإيران، المدعومة من إيران: an ally, whatever the preposition.
  if (w1 !== undefined && wordIs(ed, OWNER, w1)) return "owner";
  if (
    w1 !== undefined &&
    ed.doc.tokens[w1]?.text === "من" &&
    before[1] !== undefined &&
    wordIs(ed, OWNER, before[1])
  )
    return "owner";
  // A preposition written on the name itself: بسوريا (in), لقوات التحالف (of).
  if (/^و?ف?ب/.test(prefix)) return "in";
  if (w1 === undefined) return /ل/.test(prefix) ? "of" : null;
  const tok = ed.doc.tokens[w1]?.text ?? "";
  if (wordIs(ed, AGAINST, w1)) return "against";
  if (tok === "قبل" && before[1] !== undefined && ed.doc.tokens[before[1]]?.text === "من") return "by";
  // "يبعد 20 كيلومتراً عن القاعدة": a place named for a distance is a reference, not where.
  if (tok === "عن") return "from";
  if (tok === "من" || tok === "ومن") {
    // بالقرب من، قريبا من، على مقربة من: near the place.
    const w2 = before[1];
    return w2 !== undefined && wordIs(ed, NEAR_OF, w2) ? "in" : "from";
  }
  if (wordIs(ed, WITH, w1)) return "with";
  if (tok === "الي" || tok === "والي" || tok === "حتي" || wordIs(ed, TOWARDS, w1)) return "to";
  if (tok === "في" || tok === "وفي" || wordIs(ed, NEAR, w1)) return "in";
  // The next name of a list (في العراق وسوريا، بين التحالف وقسد) takes the marker of the first.
  if (/^و/.test(prefix)) {
    const prev = ed.covering[w1];
    if (prev && prev !== item && prev.last === w1 && prev.kind === item.kind) return markerOf(ed, prev);
  }
  // A head noun before the mention (its genitive or with ل): طائرات التحالف، قواعد للتحالف. An
  // adjective may stand between them (غارات جوية إسرائيلية، طائرات حربية روسية).
  for (const k of before.slice(0, 2)) {
    if (wordIs(ed, t.attackerHeads, k) || phraseAt(ed, t.attackerHeads, k, 2) > 0) return "head-attacker";
    if (wordIs(ed, t.partyHeads, k)) return "head-party";
    if (wordIs(ed, t.siteHeads, k)) return "head-site";
    if (!isAdjectiveLike(ed, k)) break;
  }
  if (/ل/.test(prefix)) return "of";
  return null;
}

const NEAR_OF = new Set(["بالقرب", "القرب", "قريبا", "مقربه", "بعيدا"]);

/** Words of nearness and area that place an event at a place (قرب، محيط، ريف، بادية، شمال …). */
const NEAR = new Set([
  "قرب",
  "بالقرب",
  "محيط",
  "بمحيط",
  "اطراف",
  "باطراف",
  "ضواحي",
  "بضواحي",
  "ضاحيه",
  "داخل",
  "وسط",
  "شمال",
  "جنوب",
  "شرق",
  "غرب",
  "شمالي",
  "جنوبي",
  "شرقي",
  "غربي",
  "ريف",
  "بريف",
  "ارياف",
  "عبر",
  "باديه",
  "صحراء",
  "منطقه",
  "مناطق",
  "قري",
  "بلدات",
  "احياء",
  "جبال",
  "سهل",
  "وادي",
  "اجواء",
  "سماء",
  "مياه",
  "سواحل",
  "ساحل",
  "قباله",
]);

/** Adjectives that may stand between a head noun and its owner (جوية، حربية، مسيرة، عسكرية …). */
const ADJECTIVES = new Set([
  "جويه",
  "الجويه",
  "حربيه",
  "الحربيه",
  "مسيره",
  "المسيره",
  "عسكريه",
  "العسكريه",
  "صاروخيه",
  "الصاروخيه",
  "مجهوله",
  "جديده",
  "الجديده",
  "اضافيه",
  "الاضافيه",
  "مسلحه",
  "المسلحه",
]);
function isAdjectiveLike(ed: EventDoc, k: number): boolean {
  return wordIs(ed, ADJECTIVES, k) || ed.covering[k]?.kind === "demonym";
}

/** Group types that act in attacks, deployments and exercises (not ministries, monitors, bodies). */
const ARMED_TYPES = new Set(["armed_group", "military", "security", "coalition", "collective"]);

/** Can the mention take part in an attack as a party (attacker or target)? */
export function isParty(item: Item): boolean {
  if (item.kind === "demonym") return true;
  if (item.kind === "group") return true;
  if (item.kind === "place") return (item.entity?.entity as PlaceEntity | undefined)?.type === "country";
  return false;
}

/** Is the mention an armed party (what a claim or a sentence subject may make the attacker)? */
export function isArmed(item: Item): boolean {
  if (item.kind === "demonym") return true;
  if (item.kind === "group")
    return ARMED_TYPES.has((item.entity?.entity as GroupEntity | undefined)?.type ?? "");
  if (item.kind === "place") return (item.entity?.entity as PlaceEntity | undefined)?.type === "country";
  return false;
}

/** Tokens that end a clause for the modality cues: the Arabic comma and semicolon, a colon. */
const CLAUSE_BREAKS = new Set(["،", ",", "؛", ";", ":"]);
export function isClauseBreak(ed: EventDoc, i: number): boolean {
  const tok = ed.doc.tokens[i];
  return tok?.kind === "punct" && CLAUSE_BREAKS.has(tok.text);
}
