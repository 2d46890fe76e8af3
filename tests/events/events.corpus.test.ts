// The events corpus: short reports written for this table (one to three sentences each) and the
// event records they must give, as `type | date | locations | attackers | targets | weapon×count |
// claimed`. Dates resolve against a fixed publication day, Thursday 2024-03-14. The negative rows
// are threats, plans, conditions, denials and generic statements that must give no event.

import { describe, expect, it } from "vitest";
import { viewOf } from "../../src/eval/events.js";
import { builtinLexicon } from "../../src/index.js";
import { runPipeline } from "../../src/pipeline.js";

const PUBLISHED = "2024-03-14";

function events(text: string): string[] {
  const { events } = runPipeline(text, { lexicon: builtinLexicon(), referenceDate: PUBLISHED });
  return events.map((e) => {
    const v = viewOf(e);
    const weapon = v.weapon === null ? "-" : v.count === null ? v.weapon : `${v.weapon}×${v.count}`;
    const count =
      e.type === "attack_tally" || e.type === "deployment" || e.type === "casualties"
        ? ` #${v.count ?? "-"}`
        : "";
    return [
      `${v.type}${count}`,
      v.date ?? "-",
      v.locations.join("+") || "-",
      v.attackers.join("+") || "-",
      v.targets.join("+") || "-",
      e.type === "attack" || e.type === "interception" ? weapon : "",
      v.claimed ? "claimed" : "",
    ]
      .filter((x) => x !== "")
      .join(" | ");
  });
}

type Row = [text: string, expected: string[]];

const ATTACKS: Row[] = [
  [
    "استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد بطائرتين مسيرتين يوم الثلاثاء.",
    ["attack | 2024-03-12 | Ain al-Asad | Islamic Resistance in Iraq | - | drone×2"],
  ],
  [
    "قصفت طائرات حربية إسرائيلية بلدة الخيام في جنوب لبنان فجر الأربعاء.",
    ["attack | 2024-03-13 | Khiam | Israel Defense Forces | - | airstrike"],
  ],
  [
    "شنت طائرات التحالف الدولي غارات جوية على مواقع لتنظيم داعش في بادية دير الزور أمس.",
    ["attack | 2024-03-13 | Deir ez-Zor | Global Coalition to Defeat ISIS | Islamic State | airstrike"],
  ],
  [
    "سقطت ثلاثة صواريخ كاتيوشا على قاعدة فكتوريا قرب مطار بغداد الدولي مساء الاثنين.",
    ["attack | 2024-03-11 | Victoria Base | - | - | rocket×3"],
  ],
  [
    "أعلن الحوثيون استهداف سفينة تجارية في البحر الأحمر بصاروخ باليستي يوم السبت.",
    ["attack | 2024-03-09 | Red Sea | Houthis | - | missile×1 | claimed"],
  ],
];

const ROLES: Row[] = [
  [
    // Its forces: the forces of the party that reports it.
    "وقالت القيادة المركزية الأميركية إن قواتها نفذت ضربة في سوريا استهدفت مستودعا للأسلحة تابعا للحرس الثوري.",
    ["attack | - | Syria | US forces | Islamic Revolutionary Guard Corps | - | claimed"],
  ],
  [
    // A passive: the subject is the target.
    "استُهدفت قاعدة حرير في أربيل بطائرة مسيرة مفخخة فجر اليوم.",
    ["attack | 2024-03-14 | Harir Air Base | - | - | drone×1"],
  ],
  [
    // The undergoer verb تعرض: its subject is the target.
    "تعرضت القوات الأميركية في قاعدة الشدادي لهجوم صاروخي الليلة الماضية.",
    ["attack | - | Al-Shaddadi | - | US forces | rocket"],
  ],
  [
    // A claim by a group after a reporting verb with a pronoun subject.
    "وقالت كتائب حزب الله في بيان إنها استهدفت القوات الأميركية في قاعدة التنف بالصواريخ.",
    ["attack | - | Al-Tanf | Kata'ib Hezbollah | US forces | rocket | claimed"],
  ],
];

const SEVERAL: Row[] = [
  [
    // Several bases named for one strike are one attack each.
    "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير وقاعدة التنف بطائرات مسيرة يوم الأحد.",
    [
      "attack | 2024-03-10 | Harir Air Base | Islamic Resistance in Iraq | - | drone | claimed",
      "attack | 2024-03-10 | Al-Tanf | Islamic Resistance in Iraq | - | drone | claimed",
    ],
  ],
  [
    // The same attack told twice is one record.
    "استهدفت طائرة مسيرة مطار أربيل الدولي فجر الثلاثاء.\nوأكدت سلطات إقليم كردستان أن المسيرة سقطت قرب مطار أربيل دون وقوع إصابات.",
    ["attack | 2024-03-12 | Erbil International Airport | - | - | drone×1"],
  ],
];

const OTHER_TYPES: Row[] = [
  [
    "أسقطت الدفاعات الجوية الأردنية طائرتين مسيرتين في أجواء المملكة فجر الجمعة.",
    ["interception | 2024-03-08 | - | - | Jordanian Armed Forces | drone×2"],
  ],
  [
    "وقال البنتاغون إن القوات الأميركية تعرضت لـ 15 هجوماً في العراق وسوريا منذ الأول من آذار.",
    ["attack_tally #15 | 2024-03-14 | Iraq+Syria | - | US forces"],
  ],
  [
    "ودخل رتل عسكري للتحالف الدولي إلى قاعدة خراب الجير قادماً من إقليم كردستان.",
    ["deployment #- | - | Kharab al-Jir | Global Coalition to Defeat ISIS | -"],
  ],
  [
    "وللولايات المتحدة نحو 2500 جندي في العراق و900 جندي في سوريا.",
    ["deployment #2500 | - | Iraq | US forces | -", "deployment #900 | - | Syria | US forces | -"],
  ],
  [
    "وأجرت القوات التركية مناورات عسكرية بالذخيرة الحية قرب الحدود مع سوريا.",
    ["exercise | - | - | Turkish Armed Forces | -"],
  ],
  [
    "وارتفعت حصيلة القتلى في قطاع غزة إلى 31 ألفا و272 قتيلا، وفق وزارة الصحة.",
    ["casualties #31272 | - | Gaza Strip | - | -"],
  ],
];

const NOT_EVENTS: Row[] = [
  ["هددت جماعة الحوثي باستهداف السفن المتجهة إلى إسرائيل في البحر الأحمر.", []],
  ["وتعتزم الفصائل شن هجمات جديدة على القواعد الأميركية في حال استمرار الحرب.", []],
  ["ونفى الجيش العراقي وقوع أي هجوم على قاعدة عين الأسد.", []],
  ["وحذر المسؤول من أن أي هجوم على القوات الأميركية سيقابل برد حازم.", []],
  ["ودعا الوزير إلى وقف الهجمات على البعثات الدبلوماسية.", []],
  ["وتتعرض القواعد الأميركية لهجمات متكررة منذ أشهر.", []],
  ["ونشرت الوكالة صوراً للدمار في المدينة.", []],
  ["وقالت الحكومة إنها ستضرب بيد من حديد كل من يعبث بالأمن.", []],
];

const TABLES: [string, Row[]][] = [
  ["attacks", ATTACKS],
  ["roles", ROLES],
  ["several events and restatements", SEVERAL],
  ["interceptions, tallies, deployments, exercises, casualties", OTHER_TYPES],
  ["no event", NOT_EVENTS],
];

describe("events corpus", () => {
  for (const [name, rows] of TABLES) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(events(text)).toEqual(expected);
      });
    });
  }
});
