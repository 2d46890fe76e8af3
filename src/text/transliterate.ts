// A deterministic, readable Latin rendering of an Arabic name written without vowel marks.
//
// Arabic names are written with their consonants and long vowels only, so no rendering can be
// exact (مراط may be Marat or Murat). This one is consistent and readable:
// - Letters map one to one onto a simple scheme (ش sh, خ kh, ث th, ذ dh, غ gh, ع ', ء ', ق q;
//   ص ض ط ظ as s d t z), with no diacritics: the output is ASCII letters, digits, spaces,
//   hyphens and apostrophes only.
// - The long vowels: ا is "a"; و is "u" between consonants and "w" at the start of a word, next to
//   another vowel letter or before ا; ي likewise "i" or "y"; final ى is "a"; final ة is "a" ("ah"
//   after ا: حماة Hamah); ية at the end is "iya". A word-initial ع is a vowel (عباس Abas, عيسى Isa),
//   elsewhere an apostrophe (سعيد Sa'id); hamza seats are apostrophes inside a word (رائد Ra'id).
// - The article ال is written "al-" and joined with a hyphen (sun letters are not assimilated);
//   "عبد ال…" is "Abd al-…"; بن ابن بنت are "bin", "ibn", "bint".
// - Short vowels are not written, so a vowel is put in, by four rules only, where two consonants
//   would otherwise meet:
//   1. a word that starts with two consonants gets "a" between them (بشار Bashar, خليل Khalil);
//   2. a word of four sounds with no long vowel (apart from an initial alef), or of an initial
//      alef and two consonants, gets "a" before its last consonant (أحمد Ahmad, جعفر Ja'far,
//      أسد Asad);
//   3. a word of the pattern C-a-C-C (a consonant, ا, two consonants), or an initial عا followed
//      by two consonants, gets "i" before its last consonant (خالد Khalid, قاسم Qasim, عادل Adil).
//   4. a word of the pattern C-ي-C-C reads ay and a (فيصل Faysal, حيدر Haydar, زينب Zaynab).
//   Every other consonant cluster is left as written (ترامب Taramb, أوستن Awstn).
// - A few very common given names whose vowels the rules cannot guess are spelt conventionally
//   (محمد Muhammad, حسين Husayn, عمر Umar …); each word is then capitalised ("al-" and the
//   connectors bin/ibn/bint stay lower case unless they open the name).

/** A sound: its Latin letters, whether it is a vowel, whether it is an alef (after an initial ع). */
type Unit = {
  readonly s: string;
  readonly v: boolean;
  readonly alef?: boolean;
  readonly ain?: boolean;
  /** An initial alef or hamza on alef (أ إ آ ا): rule 2 applies to أسد but not to عون. */
  readonly lead?: boolean;
};

const CONSONANTS: Record<string, string> = {
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  ء: "'",
  پ: "p",
  چ: "ch",
  ڤ: "v",
  ڥ: "v",
  گ: "g",
  ڭ: "g",
  ک: "k",
  ڪ: "k",
  ژ: "zh",
  ڨ: "g",
};

// Letters folded before the scan: Persian and presentation variants onto the base letters.
const FOLD: Record<string, string> = {
  ٱ: "ا",
  ٲ: "أ",
  ٳ: "إ",
  ی: "ي",
  ې: "ي",
  ۍ: "ي",
  ێ: "ي",
  ے: "ي",
  ۓ: "ي",
  ۀ: "ة",
  ە: "ة",
  ہ: "ه",
  ھ: "ه",
};

/** Common given names spelt conventionally (keys: hamza forms folded to bare alef, ى to ي). */
const NAMES: Record<string, string> = {
  محمد: "Muhammad",
  عبد: "Abd",
  احمد: "Ahmad",
  حسين: "Husayn",
  حسن: "Hasan",
  عمر: "Umar",
  عثمان: "Uthman",
  يوسف: "Yusuf",
  مصطفي: "Mustafa",
  موسي: "Musa",
  عيسي: "Isa",
  يحيي: "Yahya",
  نصر: "Nasr",
  سعد: "Sa'd",
  زيد: "Zayd",
  علي: "Ali",
  الله: "Allah",
  عبدالله: "Abdullah",
  نصرالله: "Nasrallah",
  ابو: "Abu",
  ام: "Umm",
  ال: "al",
  آل: "Al",
};

/** Whole two-word names spelt as one (عبد الله is usually written Abdullah). */
const PAIRS: Record<string, string> = {
  "عبد الله": "Abdullah",
  "نصر الله": "Nasrallah",
};

const CONNECTORS: Record<string, string> = { بن: "bin", ابن: "ibn", بنت: "bint" };

const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u0640\u200b-\u200f\u202a-\u202e]/g;
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3\u06d5]/;
const DIGITS = "٠١٢٣٤٥٦٧٨٩";
const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

function isVowelLetter(ch: string | undefined): boolean {
  return ch === "ا" || ch === "ى" || ch === "ة" || ch === "آ";
}

/** The letters of one Arabic word as sound units (see the rules at the top). */
function units(word: string): Unit[] {
  const out: Unit[] = [];
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const ch = word[i] as string;
    const next = word[i + 1];
    const prevV = out.length > 0 && (out[out.length - 1] as Unit).v;
    const first = out.length === 0;
    switch (ch) {
      case "ا":
        out.push({ s: "a", v: true, alef: true, lead: first });
        break;
      case "أ":
        out.push(first ? { s: "a", v: true, lead: true } : { s: "'", v: false });
        break;
      case "إ":
        out.push(first ? { s: "i", v: true, lead: true } : { s: "'", v: false });
        break;
      case "آ":
        if (!first) out.push({ s: "'", v: false });
        out.push({ s: "a", v: true, alef: true, lead: first });
        break;
      case "ؤ":
        out.push(first ? { s: "u", v: true } : { s: "'", v: false });
        break;
      case "ئ":
        if (first) out.push({ s: "i", v: true });
        else {
          out.push({ s: "'", v: false });
          // رائد Ra'id: before a consonant the seat carries an i
          if (next !== undefined && !isVowelLetter(next) && next !== "ي" && next !== "و" && i + 1 < n)
            out.push({ s: "i", v: true });
        }
        break;
      case "ع":
        if (first) {
          if (next === "ا") {
            out.push({ s: "a", v: true, alef: true, ain: true });
            i++;
            break;
          }
          if (next === "ي") break; // the ي that follows is the sound
          out.push({ s: "a", v: true });
        } else out.push({ s: "'", v: false });
        break;
      case "ى":
        out.push({ s: "a", v: true });
        break;
      case "ة":
        if (i === n - 1)
          out.push(prevV && out[out.length - 1]?.alef ? { s: "h", v: false } : { s: "a", v: true });
        else out.push({ s: "t", v: false });
        break;
      case "و":
        if (i === 0) out.push({ s: "w", v: false });
        else if (prevV || isVowelLetter(next) || next === "ي" || next === "و") out.push({ s: "w", v: false });
        else out.push({ s: "u", v: true });
        break;
      case "ي":
        if (i === 0) out.push({ s: "y", v: false });
        else if (first && word[0] === "ع") out.push({ s: "i", v: true });
        else if (next === "ة" && i + 1 === n - 1) out.push({ s: "i", v: true }, { s: "y", v: false });
        else if (prevV || isVowelLetter(next) || next === "و" || next === "ي") out.push({ s: "y", v: false });
        else out.push({ s: "i", v: true });
        break;
      default: {
        const c = CONSONANTS[ch];
        if (c !== undefined) out.push({ s: c, v: false });
        else if (ch >= "0" && ch <= "9") out.push({ s: ch, v: false });
      }
    }
  }
  return out;
}

/** Put in the short vowels of rules 1–3. */
function render(u: Unit[]): string {
  const parts = u.map((x) => x.s);
  const isC = (k: number) => u[k] !== undefined && !(u[k] as Unit).v;
  const n = u.length;
  // Rule 4: C-ي-C-C is a diphthong and a short a (فيصل Faysal, حيدر Haydar, زينب Zaynab).
  if (n === 4 && isC(0) && u[1]?.s === "i" && isC(2) && isC(3)) {
    parts[1] = "ay";
    parts[3] = `a${parts[3]}`;
    return parts.join("");
  }
  // Rule 3 (checked first: خالد has a long vowel, so rule 2 does not apply to it).
  const caCC = n === 4 && isC(0) && u[1]?.alef === true && isC(2) && isC(3);
  const aCC = n === 3 && u[0]?.ain === true && isC(1) && isC(2);
  if (caCC || aCC) parts[n - 1] = `i${parts[n - 1]}`;
  // Rule 2: three or four sounds, no long vowel except an initial one, ending in two consonants.
  else if ((n === 4 || (n === 3 && u[0]?.lead === true)) && u.slice(1).every((x) => !x.v))
    parts[n - 1] = `a${parts[n - 1]}`;
  // Rule 1: two consonants at the start.
  if (isC(0) && isC(1)) parts[0] = `${parts[0]}a`;
  return parts.join("");
}

function capitalise(w: string): string {
  const k = w.search(/[A-Za-z]/);
  if (k < 0) return w;
  return w.slice(0, k) + (w[k] as string).toUpperCase() + w.slice(k + 1);
}

/** Fold a word to the key of the name tables: hamza forms on alef to bare alef, ى to ي. */
function nameKey(word: string): string {
  return word.replace(/[أإآ]/g, "ا").replace(/ى/g, "ي");
}

function word(w: string): string {
  const named = NAMES[w] ?? NAMES[nameKey(w)];
  if (named !== undefined) return named;
  const connector = CONNECTORS[nameKey(w)];
  if (connector !== undefined) return connector;
  if (w.startsWith("عبدال") && w.length > 6) return `Abd al-${capitalise(render(units(w.slice(5))))}`;
  if (w.startsWith("ال") && w.length >= 4) {
    const stem = w.slice(2);
    const named2 = NAMES[nameKey(stem)];
    return `al-${named2 ?? capitalise(render(units(stem)))}`;
  }
  const r = render(units(w));
  return r === "" ? "'" : capitalise(r);
}

/**
 * A Latin rendering of an Arabic name (see the rules at the top of this file). Latin letters and
 * digits pass through; anything else separates words. Deterministic; never empty for a text that
 * holds an Arabic letter.
 */
export function transliterate(arabic: string): string {
  let text = "";
  for (const ch of arabic.replace(MARKS, "")) {
    const folded = FOLD[ch] ?? ch;
    const d = DIGITS.indexOf(folded);
    const p = PERSIAN_DIGITS.indexOf(folded);
    text += d >= 0 ? String(d) : p >= 0 ? String(p) : folded;
  }
  // Words: runs of Arabic letters, Latin letters or digits; hyphens and apostrophes between them kept.
  const tokens = text.match(/[\u0621-\u064a\u0671-\u06d5A-Za-z0-9]+|[-']/g) ?? [];
  const out: string[] = [];
  let glue = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t === "-" || t === "'") {
      if (out.length > 0 && i + 1 < tokens.length) glue = true;
      continue;
    }
    let rendered: string;
    const pair = PAIRS[`${nameKey(t)} ${nameKey(tokens[i + 1] ?? "")}`];
    if (pair !== undefined) {
      rendered = pair;
      i++;
    } else if (ARABIC_LETTER.test(t)) {
      // A token may mix scripts ("إف16"): render its Arabic runs, keep the rest.
      rendered = t
        .split(/([A-Za-z0-9]+)/)
        .filter((s) => s !== "")
        .map((s) => (/^[A-Za-z0-9]+$/.test(s) ? s : word(s)))
        .join("");
    } else rendered = t;
    if (glue) out[out.length - 1] += `-${rendered}`;
    else out.push(rendered);
    glue = false;
  }
  return out.map((w, i) => (i === 0 ? capitalise(w) : w)).join(" ");
}
