import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDefinitions } from '../../../src/shared/definitions.ts';
import { type Background, type FoundDefinition, MIN_SCORE, rankTerms, stem, type TermCandidate, type TermPaper, termKey } from '../../../src/ingest/stages/termhood.ts';

/** A toy background list: the everyday words of each language get low ranks, everything else is rare. */
const COMMON: Record<string, string[]> = {
  en: 'the of and to in is that for it with as was on be by this are from at or an have not which but new public private money year years recent people government country countries city cities work water time study present policy makers house houses rain river land plan'.split(' '),
  de: 'der die das und ist nicht mit den ein eine in zu von für jahre jahren letzten studie vorliegende stadt städte geld haus wasser'.split(' '),
  es: 'el la los las de y que en un una es por con para del años últimos estudio presente ciudad ciudades agua casa dinero'.split(' '),
  fr: 'le la les de et des en un une est pour dans du années dernières étude présente ville villes eau maison argent'.split(' '),
};
const background: Background = (word, language) => {
  const list = COMMON[language] ?? [];
  const i = list.indexOf(word.toLowerCase());
  return i < 0 ? undefined : i + 1;
};

/** Papers from paragraphs, and the definitions the finder sees in them. */
function collection(papers: { id: string; language: string; paragraphs: string[] }[]): { papers: TermPaper[]; found: FoundDefinition[] } {
  const out: TermPaper[] = papers.map((p) => ({ id: p.id, language: p.language, blocks: p.paragraphs.map((text, i) => ({ id: `b${i + 1}`, text, type: 'paragraph' })) }));
  const found = out.flatMap((p) => p.blocks.flatMap((b) => findDefinitions(b.text, { language: p.language }).map((d) => ({ ...d, paper: p.id, block: b.id }))));
  return { papers: out, found };
}

const entry = (cands: TermCandidate[], name: string) =>
  cands.find((c) => [c.term, ...c.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));

const HYDRO = collection([
  {
    id: 'rivers-en',
    language: 'en',
    paragraphs: [
      'A floodplain is an area of flat land beside a river that is covered by water when the river overflows. Floodplains store water during storms.',
      'Most towns along the river adopted a flood risk management plan (FRMP) after 2010. The FRMP sets out where building is allowed.',
      'In recent years the city has spent public money on new levees. Public money is scarce, and policy makers disagree about levees.',
      'Engineers speak of “room for the river”, when embankments are moved back so that the floodplain can take more water.',
      'Several floodplains were drained for farming. In recent years policy makers have tried to restore them with public money.',
      'Exports of rice from Viet Nam (VNM) depend on the delta. The Ministry of Water Resources (MWR) publishes the river levels.',
    ],
  },
  {
    id: 'flussauen-de',
    language: 'de',
    paragraphs: [
      'Die Flussaue bezeichnet den Bereich neben einem Fluss, der bei Hochwasser regelmäßig überflutet wird. Viele Flussauen sind heute trockengelegt.',
      'In den letzten Jahren haben die Länder ihre regionalen Flussgebietspläne (FRMP) überarbeitet, wie es die EU-Richtlinie verlangt.',
      'Die Richtlinie gilt für alle Mitgliedstaaten. In den letzten Jahren wurde viel Geld in Deiche investiert.',
    ],
  },
  {
    id: 'llanuras-es',
    language: 'es',
    paragraphs: [
      'Una llanura de inundación es una franja de terreno plano que el río cubre durante las crecidas. Las llanuras de inundación almacenan agua.',
      'En los últimos años el municipio aprobó un plan de ordenamiento de riberas que limita la construcción en las llanuras de inundación.',
    ],
  },
]);

test('defined terms, short forms and quoted coinages make entries; generic phrases do not', () => {
  const cands = rankTerms(HYDRO.papers, HYDRO.found, { background });
  for (const term of ['floodplain', 'flood risk management plan', 'room for the river', 'Flussaue', 'llanura de inundación']) assert.ok(entry(cands, term), `no entry for "${term}": ${cands.map((c) => c.term).join(', ')}`);
  for (const generic of ['public money', 'policy makers', 'recent years', 'in den letzten Jahren', 'últimos años', 'Viet Nam', 'Ministry of Water Resources']) assert.equal(entry(cands, generic), undefined, `"${generic}" became an entry`);
  for (const c of cands) assert.ok(c.score >= MIN_SCORE);
});

test('inflections are one entry: singular title, plural as alias, occurrences of both counted', () => {
  const cands = rankTerms(HYDRO.papers, HYDRO.found, { background });
  const fp = entry(cands, 'floodplain')!;
  assert.equal(fp.term, 'floodplain');
  assert.ok(fp.aliases.includes('floodplains') || fp.aliases.includes('Floodplains'), fp.aliases.join(' | '));
  assert.ok(fp.occurrences >= 4, `${fp.occurrences}`);
  assert.equal(fp.definitions.length, 1);
  assert.equal(fp.definitions[0]!.pattern, 'copula');
  const es = entry(cands, 'llanura de inundación')!;
  assert.equal(es.term, 'llanura de inundación');
  assert.ok(es.aliases.includes('llanuras de inundación'), es.aliases.join(' | '));
});

test('a short form joins its expansion, and the same short form expanded in two languages is one entry', () => {
  const cands = rankTerms(HYDRO.papers, HYDRO.found, { background });
  const plan = entry(cands, 'FRMP')!;
  assert.equal(plan.term, 'flood risk management plan', 'the title is the expansion in the main language');
  assert.ok(plan.aliases.includes('FRMP'));
  assert.ok(plan.aliases.some((a) => /Flussgebietspläne/u.test(a)), plan.aliases.join(' | '));
  assert.deepEqual(plan.papers, ['flussauen-de', 'rivers-en']);
});

test('country codes and ministries named with a short form are no entries', () => {
  const cands = rankTerms(HYDRO.papers, HYDRO.found, { background, all: true });
  const vnm = entry(cands, 'VNM');
  assert.equal(vnm, undefined, 'a country code is not even a candidate');
  const ministry = entry(cands, 'MWR');
  assert.ok(!ministry || ministry.score < MIN_SCORE, 'a ministry ranks below the cut');
});

test('spelling variants, prefixed compounds and cognates across languages group', () => {
  const { papers, found } = collection([
    {
      id: 'a',
      language: 'en',
      paragraphs: [
        'By re-wilding we mean letting land return to a natural state with little human management of the species on it.',
        'Rewilding projects have spread across Europe, and rewilding is now part of national plans.',
        'A taxonomy is a classification that lists activities and the conditions under which they count as sustainable.',
      ],
    },
    {
      id: 'b',
      language: 'de',
      paragraphs: ['Die EU-Taxonomie ist ein Verzeichnis von Tätigkeiten, das für jede Tätigkeit die Bedingungen festlegt. Die Taxonomie ist umstritten.'],
    },
  ]);
  const cands = rankTerms(papers, found, { background });
  const rw = entry(cands, 'rewilding')!;
  assert.ok(rw, cands.map((c) => c.term).join(', '));
  assert.ok([rw.term, ...rw.aliases].includes('re-wilding'));
  assert.ok(rw.occurrences >= 3);
  const tax = entry(cands, 'taxonomy')!;
  assert.equal(tax.term, 'taxonomy');
  assert.ok(tax.aliases.includes('EU-Taxonomie'), tax.aliases.join(' | '));
  assert.equal(tax.definitions.length, 2);
});

test('a translation the text pairs joins the entry ("X (engl. Y)")', () => {
  const { papers, found } = collection([
    { id: 'a', language: 'en', paragraphs: ['A floodplain is an area of flat land beside a river that is covered by water when the river overflows.'] },
    { id: 'b', language: 'de', paragraphs: ['Viele Gemeinden renaturieren ihre Flussauen (engl. floodplains), damit Hochwasser sich ausbreiten kann.'] },
  ]);
  const cands = rankTerms(papers, found, { background });
  const fp = entry(cands, 'floodplain')!;
  assert.ok(fp.aliases.includes('Flussauen'), fp.aliases.join(' | '));
  assert.deepEqual(fp.papers, ['a', 'b']);
});

test('a frequent undefined phrase is ranked, but below the cut; without `all` it is left out', () => {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `Sediment transport along the channel changed in reach ${i + 1}, and sediment transport was measured at each gauge.`);
  const { papers, found } = collection([{ id: 'x', language: 'en', paragraphs }, { id: 'y', language: 'en', paragraphs: paragraphs.slice(0, 2) }]);
  const all = rankTerms(papers, found, { background, all: true });
  const st = entry(all, 'sediment transport')!;
  assert.ok(st, all.map((c) => c.term).join(', '));
  assert.deepEqual(st.evidence, ['phrase']);
  assert.ok(st.score < MIN_SCORE);
  assert.equal(entry(rankTerms(papers, found, { background }), 'sediment transport'), undefined);
});

test('works without a background list, and is pure: the same input gives the same output', () => {
  const a = rankTerms(HYDRO.papers, HYDRO.found);
  const b = rankTerms(HYDRO.papers, HYDRO.found);
  assert.deepEqual(a, b);
  assert.ok(entry(a, 'floodplain'));
});

test('stems make inflected forms agree', () => {
  for (const [x, y] of [
    ['bonds', 'bond'],
    ['chains', 'chain'],
    ['policies', 'policy'],
    ['Anleihen', 'Anleihe'],
    ['grünen', 'grüne'],
    ['inequidades', 'inequidad'],
    ['NDCs', 'NDC'],
  ])
    assert.equal(stem(x!), stem(y!), `${x} / ${y}`);
  assert.equal(termKey('Rio-Marker'), termKey('Rio markers'));
  assert.equal(termKey('re-shoring'), termKey('reshoring'));
  assert.notEqual(termKey('backshoring'), termKey('reshoring'));
});

test('translations() finds what the TRANSLATION regex finds over the whole text, on real phrasing', async () => {
  const { translations } = await import('../../../src/ingest/stages/termhood.ts');
  const whole = /(?<x>(?:[\p{L}][\p{L}\p{M}'’-]*\s){0,4}[\p{L}][\p{L}\p{M}'’-]*)\s\((?:(?:engl\.|englisch|english|in English|auf Englisch|en inglés|en anglais|англ\.|in German|auf Deutsch|en español|en français|fr\.|span\.|dt\.)\s?[,:]?\s*[“"„«‘‚]?\s?(?<y>[^()“”"„«»‘’]{2,60}?)\s?[”"“»’‘]?|[“"„«‘‚]\s?(?<z>[^()“”"„«»‘’]{2,60}?)\s?[”"“»’‘])\)/gu;
  const text =
    'Die Flussaue (engl. floodplain) speichert Wasser; eine Schwammstadt („sponge city“) auch. La isla de calor urbana (en inglés, urban heat island) crece, ' +
    'et la friche industrielle (en anglais : brownfield) aussi. A bracket (with no translation) is no pair, nor is (engl. alone) at the start of (“x”) nothing.';
  const a = [...translations(text)].map((m) => [m.index, m[0]]);
  const b = [...text.matchAll(whole)].map((m) => [m.index, m[0]]);
  assert.deepEqual(a, b);
  assert.equal(a.length, 5);
  // and a long run of letters before a bracket is read in time
  assert.equal([...translations(`${'x'.repeat(1_000_000)} (engl. y)`)].length, 1);
});
