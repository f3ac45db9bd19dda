import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Definition, type DefinitionPattern, findDefinitions, splitSentences } from '../../src/shared/definitions.ts';

/** Every quote is the verbatim slice it claims to be. */
function find(text: string, language: string): Definition[] {
  const defs = findDefinitions(text, { language });
  for (const d of defs) {
    assert.equal(d.quote, text.slice(d.start, d.end), `quote of "${d.term}" is not text.slice(start, end)`);
    assert.ok(text.includes(d.quote));
    assert.ok(!/[.\s]$/u.test(d.quote), `quote of "${d.term}" ends with a full stop or a space`);
  }
  return defs;
}

interface Case {
  text: string;
  term: string;
  pattern: DefinitionPattern;
  /** a piece of the definiens the quote must contain */
  has?: string;
  abbreviation?: string;
}

function defines(language: string, c: Case): void {
  const defs = find(c.text, language);
  const hit = defs.find((d) => d.term === c.term);
  assert.ok(hit, `no definition of "${c.term}" in: ${c.text}\nfound: ${JSON.stringify(defs.map((d) => [d.term, d.pattern]))}`);
  assert.equal(hit.pattern, c.pattern, `pattern of "${c.term}"`);
  if (c.has) assert.ok(hit.quote.includes(c.has), `quote "${hit.quote}" lacks "${c.has}"`);
  if (c.abbreviation) assert.equal(hit.abbreviation, c.abbreviation);
}

function definesNothing(language: string, text: string): void {
  const defs = find(text, language);
  assert.deepEqual(
    defs.map((d) => `${d.pattern}: ${d.term}`),
    [],
    `expected no definition in: ${text}`,
  );
}

const EN: Case[] = [
  { text: 'A watershed is an area of land that drains rainfall into a single outlet, such as a river mouth.', term: 'watershed', pattern: 'copula', has: 'area of land' },
  { text: 'Groundwater recharge refers to the downward movement of water from the surface to an aquifer.', term: 'groundwater recharge', pattern: 'copula' },
  { text: 'In this chapter, code-switching is defined as the alternation between two languages within one conversation.', term: 'code-switching', pattern: 'copula', has: 'In this chapter' },
  { text: 'The dependency ratio is the number of people outside working age per hundred people of working age.', term: 'dependency ratio', pattern: 'copula' },
  { text: 'Planners increasingly favour infill development, i.e. building on vacant plots inside an existing urban area.', term: 'infill development', pattern: 'appositive', has: 'vacant plots' },
  { text: 'The court applied strict liability, that is, responsibility for harm regardless of fault or intent.', term: 'strict liability', pattern: 'appositive' },
  { text: 'Most cities publish a land use plan (LUP) every ten years.', term: 'land use plan', pattern: 'abbreviation', abbreviation: 'LUP' },
  { text: 'Figures come from the State Statistical Committee (SSC) of the republic.', term: 'State Statistical Committee', pattern: 'abbreviation', abbreviation: 'SSC' },
  { text: 'In July the UHI (urban heat island) raised night temperatures by four degrees.', term: 'urban heat island', pattern: 'abbreviation', abbreviation: 'UHI' },
  {
    text: 'Each district prepared an environmental impact assessment (EIA), a study of the effects that a project is likely to have on its surroundings.',
    term: 'environmental impact assessment',
    pattern: 'appositive',
    abbreviation: 'EIA',
  },
  { text: 'By lexical density we mean the share of content words among all the words of a text.', term: 'lexical density', pattern: 'by-we-mean' },
  { text: 'Many towns adopted the so-called sponge city model, an approach that lets parks and roads absorb storm water.', term: 'sponge city model', pattern: 'so-called' },
  { text: 'Residents speak of “heat stress”, when indoor temperatures stay above thirty degrees for several nights in a row.', term: 'heat stress', pattern: 'quoted-gloss' },
  { text: 'The “missing middle”, as housing economists call it, is the range of building types between detached houses and tall blocks.', term: 'missing middle', pattern: 'quoted-gloss' },
  {
    text: 'A central notion in this literature is path dependence. It refers to the way early choices constrain the options that remain open later.',
    term: 'path dependence',
    pattern: 'cross-sentence',
    has: 'It refers to',
  },
  { text: 'Every loan must be backed by collateral assets. These are assets that the lender may seize if the borrower defaults.', term: 'collateral assets', pattern: 'cross-sentence' },
  { text: 'Yields were compared with the dividend payout, defined as the share of profits distributed to shareholders in a given year.', term: 'dividend payout', pattern: 'appositive' },
  { text: 'The vacancy rate was calculated as the number of empty dwellings divided by the total housing stock.', term: 'vacancy rate', pattern: 'copula' },
  { text: 'Urban sprawl is used here to refer to low-density growth at the edge of a city.', term: 'urban sprawl', pattern: 'copula' },
  { text: 'The concept of soil sealing goes back to the 1970s. It refers to covering the ground with an impermeable material such as asphalt.', term: 'soil sealing', pattern: 'cross-sentence' },
];

const EN_TRAPS = [
  'The housing market is large.',
  'This approach is defined by its limits.',
  'Groundwater depletion is hard to measure.',
  'Infill development is defined by its density rather than by its form.',
  'Strict liability is not a panacea.',
  'A land use plan is a useful tool for mayors.',
  'It is a levy that the government sets every year.',
  'Zoning is the backbone of the planning system.',
  'The largest basin is the one that drains the northern slopes of the range.',
  'A higher dependency ratio means that fewer workers support each retiree.',
  'Some cities (e.g. Lyon) publish their plans online.',
  'Exports from Chile (CHL) and India (IND) fell sharply last year.',
  'Sponge cities are a promising answer to flooding in dense districts.',
  'Refinancing is not a sign of bad faith. It is the natural result of a label that certifies where money goes.',
  'The result is a patchwork in which a tonne of carbon costs more in one place than in another.',
  'Our answer to the first question is a qualified yes, and our answer to the second is mostly no.',
  'External review is where most of the checking happens.',
];

test('English definitions of every kind are found, with their terms and verbatim quotes', () => {
  for (const c of EN) defines('en', c);
});

test('English copulas that evaluate, describe or identify are not definitions', () => {
  for (const t of EN_TRAPS) definesNothing('en', t);
});

const DE: Case[] = [
  { text: 'Ein Wassereinzugsgebiet ist eine Fläche, deren Niederschlag über einen gemeinsamen Auslass abfließt.', term: 'Wassereinzugsgebiet', pattern: 'copula' },
  { text: 'Die Lohnquote bezeichnet den Anteil der Arbeitseinkommen am gesamten Volkseinkommen.', term: 'Lohnquote', pattern: 'copula' },
  { text: 'Unter Nachverdichtung verstehen wir die Bebauung freier Flächen innerhalb eines bestehenden Siedlungsgebiets.', term: 'Nachverdichtung', pattern: 'by-we-mean' },
  { text: 'Viele Städte setzen auf Schwammstädte, d. h. Quartiere, die Regenwasser speichern, statt es abzuleiten.', term: 'Schwammstädte', pattern: 'appositive', has: 'd. h. Quartiere' },
  { text: 'Hinzu kommt die sogenannte Mietpreisbremse, also eine Obergrenze für Mieten bei neuen Verträgen.', term: 'Mietpreisbremse', pattern: 'so-called' },
  { text: 'Fachleute sprechen von „Flächenfraß“, wenn Acker- und Waldflächen dauerhaft bebaut werden.', term: 'Flächenfraß', pattern: 'quoted-gloss' },
  { text: 'Es geht um die Gentrifizierung. Gemeint ist die Verdrängung ärmerer Haushalte durch zahlungskräftigere Zuzügler.', term: 'Gentrifizierung', pattern: 'cross-sentence' },
  { text: 'Die Kommunen erstellen einen Flächennutzungsplan (FNP) für das gesamte Stadtgebiet.', term: 'Flächennutzungsplan', pattern: 'abbreviation', abbreviation: 'FNP' },
  { text: 'Die Gemeinde stützt sich auf ihre kommunalen Wärmepläne (KWP), die der Rat jährlich prüft.', term: 'kommunalen Wärmepläne', pattern: 'abbreviation' },
  { text: 'Im Vordergrund stehen kommunale Wärmenetze, d. h. Leitungen, die Wärme aus zentralen Anlagen in die Gebäude bringen.', term: 'kommunale Wärmenetze', pattern: 'appositive' },
];

const DE_TRAPS = [
  'Die Nachverdichtung ist in den letzten Jahren stark gestiegen.',
  'Der Flächenfraß ist groß.',
  'Die Mietpreisbremse ist zu einem Symbol geworden.',
  'Die Lohnquote ist dabei der Kern der Debatte.',
  'Erstens ist die Datenlage ein unzuverlässiger Maßstab, solange niemand prüft.',
  'Man bezeichnet diese Entwicklung als problematisch.',
  'Das bedeutet, dass die Mieten weiter steigen.',
  'Die Interviews fanden in Ghana (GHA) und in Kenia (KEN) statt.',
  'Zusätzliche Mittel, z. B. aus dem Haushalt des Landes, sind nicht vorgesehen.',
];

test('German definitions are found', () => {
  for (const c of DE) defines('de', c);
});

test('German evaluations, country codes and "z. B." are not definitions', () => {
  for (const t of DE_TRAPS) definesNothing('de', t);
});

const ES: Case[] = [
  { text: 'La huella hídrica se define como el volumen total de agua dulce utilizado para producir un bien.', term: 'huella hídrica', pattern: 'copula' },
  { text: 'Una cuenca endorreica es una cuenca que no tiene salida al mar.', term: 'cuenca endorreica', pattern: 'copula' },
  { text: 'La tasa de alfabetización es el porcentaje de personas mayores de quince años que saben leer y escribir.', term: 'tasa de alfabetización', pattern: 'copula' },
  { text: 'Por movilidad sostenible entendemos el conjunto de desplazamientos que reducen el consumo de energía.', term: 'movilidad sostenible', pattern: 'by-we-mean' },
  { text: 'Entendemos por economía circular un modelo de producción que reutiliza los materiales.', term: 'economía circular', pattern: 'by-we-mean' },
  { text: 'Se denomina isla de calor a la diferencia de temperatura entre el centro urbano y su periferia.', term: 'isla de calor', pattern: 'by-we-mean' },
  { text: 'Muchas ciudades promueven la densificación, es decir, el aumento del número de viviendas por hectárea.', term: 'densificación', pattern: 'appositive' },
  { text: 'Los técnicos aplicaron el llamado balance hídrico, un cálculo que compara las entradas y las salidas de agua.', term: 'balance hídrico', pattern: 'so-called' },
  { text: 'Los vecinos hablan de «gentrificación verde», término con el que se designa la expulsión de residentes tras la apertura de un parque.', term: 'gentrificación verde', pattern: 'quoted-gloss' },
  { text: 'Un concepto clave es la escorrentía. Se trata del agua de lluvia que fluye sobre la superficie sin infiltrarse en el suelo.', term: 'escorrentía', pattern: 'cross-sentence' },
  {
    text: 'El estudio distingue entre la precisión y la exhaustividad. La primera indica qué proporción de los resultados es correcta; la segunda, qué proporción de los casos relevantes se recupera.',
    term: 'exhaustividad',
    pattern: 'cross-sentence',
  },
  { text: 'El Índice de Desarrollo Humano (IDH) combina salud, educación e ingresos.', term: 'Índice de Desarrollo Humano', pattern: 'abbreviation', abbreviation: 'IDH' },
  { text: 'La rotación de cultivos consiste en alternar especies distintas en una misma parcela.', term: 'rotación de cultivos', pattern: 'copula' },
  { text: 'Otro indicador es la tasa de abandono. Esta mide la proporción de estudiantes que dejan la escuela antes de terminar.', term: 'tasa de abandono', pattern: 'cross-sentence' },
  { text: 'Se midió la pobreza energética, definida como la incapacidad de un hogar para mantener una temperatura adecuada.', term: 'pobreza energética', pattern: 'appositive' },
  { text: 'La expresión ciudad compacta se usa en este trabajo para referirse a un tejido urbano denso y de usos mixtos.', term: 'ciudad compacta', pattern: 'copula' },
  { text: 'El índice de Gini se calculó como la razón entre el área de concentración y el área total bajo la diagonal.', term: 'índice de Gini', pattern: 'copula' },
  { text: 'Los hogares vulnerables son aquellos que destinan más de la mitad de su ingreso a la vivienda.', term: 'hogares vulnerables', pattern: 'copula' },
];

const ES_TRAPS = [
  'La atención domiciliaria es la columna vertebral del modelo.',
  'La densificación es un tema controvertido entre los vecinos.',
  'El índice es útil para comparar regiones.',
  'La huella hídrica ha crecido en los últimos años.',
  'Esto es un problema que preocupa a los técnicos.',
  'Lima (PER) y Quito (ECU) participaron en el programa.',
  'La movilidad sostenible es un objetivo importante para el municipio.',
  'Los resultados del presente estudio son alentadores, p. ej. en las zonas altas.',
  'El tratamiento es un proceso largo que exige visitas mensuales.',
  'La vacunación es una herramienta eficaz para reducir los contagios.',
  'La cobertura de la red es la más alta de la región andina.',
  'La zona de estudio es la provincia de Arequipa. Se trata de una región seca que recibe poca lluvia.',
  'Las lluvias se concentraron en marzo, es decir, en plena temporada agrícola.',
  'La baja participación equivale a una pérdida de recursos para el municipio.',
  'El río Mantaro es el principal afluente que alimenta la represa.',
];

test('Spanish definitions are found', () => {
  for (const c of ES) defines('es', c);
});

test('Spanish evaluations and metaphors are not definitions', () => {
  for (const t of ES_TRAPS) definesNothing('es', t);
});

const FR: Case[] = [
  { text: 'L’étalement urbain désigne l’extension des villes sur les terres agricoles voisines.', term: 'étalement urbain', pattern: 'copula' },
  { text: 'Un bassin versant est un territoire dont les eaux convergent vers un même exutoire.', term: 'bassin versant', pattern: 'copula' },
  { text: 'Le taux de chômage est la proportion de chômeurs dans la population active.', term: 'taux de chômage', pattern: 'copula' },
  { text: 'Par mixité sociale, nous entendons la coexistence de ménages aux revenus différents dans un même quartier.', term: 'mixité sociale', pattern: 'by-we-mean' },
  { text: 'On entend par logement indigne tout local impropre à l’habitation.', term: 'logement indigne', pattern: 'by-we-mean' },
  { text: 'Les communes encouragent la densification, c’est-à-dire l’augmentation du nombre de logements par hectare.', term: 'densification', pattern: 'appositive' },
  { text: 'La ville a connu ce que l’on appelle la périurbanisation : le départ des ménages vers les communes de la couronne.', term: 'périurbanisation', pattern: 'so-called' },
  { text: 'On parle alors de « friche urbaine », c’est-à-dire d’un terrain abandonné après la fin d’une activité.', term: 'friche urbaine', pattern: 'quoted-gloss' },
  { text: 'Vient ensuite la résilience. Il s’agit de la capacité d’un système à retrouver son fonctionnement après un choc.', term: 'résilience', pattern: 'cross-sentence' },
  { text: 'Le taux d’effort, c’est la part du revenu qu’un ménage consacre au logement.', term: 'taux d’effort', pattern: 'copula' },
  { text: 'Le plan local d’urbanisme (PLU) fixe les règles de construction.', term: 'plan local d’urbanisme', pattern: 'abbreviation', abbreviation: 'PLU' },
  { text: 'Un autre indicateur est le taux de vacance. Il mesure la part des logements inoccupés dans le parc total.', term: 'taux de vacance', pattern: 'cross-sentence' },
  { text: 'Nous avons retenu la précarité énergétique, définie comme la difficulté à chauffer son logement à un coût raisonnable.', term: 'précarité énergétique', pattern: 'appositive' },
  { text: 'Les logements vacants sont ceux qui restent inoccupés pendant plus de deux ans.', term: 'logements vacants', pattern: 'copula' },
  { text: 'La densité résidentielle correspond au nombre de logements par hectare de terrain urbanisé.', term: 'densité résidentielle', pattern: 'copula' },
];

const FR_TRAPS = [
  'L’étalement urbain est un problème majeur.',
  'Cet indicateur est utile.',
  'Le PLU est un outil précieux pour les maires.',
  'Le taux de chômage a augmenté ces dernières années.',
  'Il est difficile de mesurer la mixité.',
  'La présente étude est la première à comparer les deux régions.',
  'Le relogement est une démarche longue qui décourage les familles.',
  'Les travaux ont commencé en 2019, c’est-à-dire avant la crise sanitaire.',
  'La baisse des loyers correspond à une amélioration réelle du pouvoir d’achat des ménages.',
  'La commune est la plus peuplée du département.',
];

test('French definitions are found', () => {
  for (const c of FR) defines('fr', c);
});

test('French evaluations are not definitions', () => {
  for (const t of FR_TRAPS) definesNothing('fr', t);
});

test('Russian: "X — это ...", "под X понимается" and "так называемый"', () => {
  defines('ru', { text: 'Урбанизация — это рост доли городского населения в общей численности населения страны.', term: 'урбанизация', pattern: 'copula' });
  defines('ru', { text: 'Под устойчивым развитием понимается развитие, которое не подрывает возможности будущих поколений.', term: 'устойчивым развитием', pattern: 'by-we-mean' });
  definesNothing('ru', 'Урбанизация — это серьёзная проблема для многих городов.');
});

test('without a language every language is tried', () => {
  const defs = find('Die Lohnquote bezeichnet den Anteil der Arbeitseinkommen am gesamten Volkseinkommen. A watershed is an area of land that drains into one outlet.', '');
  assert.deepEqual(defs.map((d) => d.term).sort(), ['Lohnquote', 'watershed']);
});

test('one span, one label: the most specific wins over a bare abbreviation', () => {
  const defs = find('The Carbon Border Adjustment Mechanism (CBAM) is a charge on imports that makes foreign producers pay the domestic carbon price.', 'en');
  assert.equal(defs.length, 1);
  assert.equal(defs[0]!.pattern, 'copula');
  assert.equal(defs[0]!.abbreviation, 'CBAM');
});

test('sentences split at full stops, not at abbreviations or initials', () => {
  const text = 'Some ports (e.g. Rotterdam) grew. Others, z. B. Hamburg, did not. See p. 4 and J. Smith et al. for details. Done!';
  const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['Some ports (e.g. Rotterdam) grew.', 'Others, z. B. Hamburg, did not.', 'See p. 4 and J. Smith et al. for details.', 'Done!']);
});

test('linear: a long paragraph is scanned quickly', () => {
  const sentence = 'A watershed is an area of land that drains rainfall into a single outlet, such as a river mouth. ';
  const text = sentence.repeat(2000);
  const t0 = performance.now();
  const defs = findDefinitions(text, { language: 'en' });
  const ms = performance.now() - t0;
  assert.equal(defs.length, 2000);
  assert.ok(ms < 5000, `${ms} ms`);
  // a run-on "sentence" with no full stop, full of commas, brackets and markers
  const runOn = 'the so-called “green thing”, i.e. a levy that firms pay (LTF), that is, the tax; carbon leakage is a shift that occurs, '.repeat(2000);
  const t1 = performance.now();
  findDefinitions(runOn, { language: 'en' });
  const ms1 = performance.now() - t1;
  assert.ok(ms1 < 5000, `${ms1} ms for ${runOn.length} characters`);
});

test("words that name Object's own properties (toString, constructor) are words like any other", () => {
  for (const word of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    assert.doesNotThrow(() => find(`Firms moved plants home. ${word}\ncross-border platforms grew, and “${word}” is a word here.`, 'en'), word);
  }
});

test('an appositive that renames in two words is no definition; one with a relative clause still is', () => {
  assert.deepEqual(find('El Ministerio de Sanidad, es decir el Gobierno, financia el programa.', 'es'), []);
  assert.deepEqual(find("L'Agence régionale, c'est-à-dire l'État, paie les vaccins.", 'fr'), []);
  const parcours = find("Le parcours de soins, c'est-à-dire le chemin que suit un patient entre les différents professionnels de santé, est coordonné par le médecin traitant.", 'fr');
  assert.deepEqual(parcours.map((d) => [d.term, d.pattern]), [['parcours de soins', 'appositive']]);
});
