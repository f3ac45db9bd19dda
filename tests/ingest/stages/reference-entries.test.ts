import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type CslEntry, parseEntry, referenceHeading, splitEntries } from '../../../src/ingest/stages/reference-entries.ts';

// Every entry below is invented for these tests (names, titles, journals, numbers).

/** Lines as the splitter gets them: text and its indent, from a block where leading spaces are the indent. */
function lines(block: string): { text: string; indent: number }[] {
  return block
    .replace(/^\n/u, '')
    .split('\n')
    .map((l) => ({ text: l.trim(), indent: /^ */u.exec(l)![0].length }));
}

/** The fields of `entry` that `expected` names, so each test states only what it checks. */
function pick(entry: CslEntry, expected: Partial<CslEntry>): Partial<CslEntry> {
  return Object.fromEntries(Object.keys(expected).map((k) => [k, entry[k as keyof CslEntry]])) as Partial<CslEntry>;
}

function check(text: string, expected: Partial<CslEntry>, previous?: CslEntry): CslEntry {
  const entry = parseEntry(text, previous);
  assert.deepEqual(pick(entry, expected), expected, text);
  return entry;
}

const year = (y: number) => ({ 'date-parts': [[y]] });

// --- headings ---------------------------------------------------------------------

test('reference headings in many languages, numbered, upper-case or with a colon', () => {
  for (const h of ['References', 'REFERENCES', '7. Bibliography', 'Works Cited', 'Literaturverzeichnis', 'Références', 'Kaynakça', 'Referências', 'DAFTAR PUSTAKA', 'Список литературы', 'Литература / References', '参考文献：', '參考文獻', 'Foydalanilgan adabiyotlar', 'References listed on IDEAS']) {
    assert.equal(referenceHeading(h), true, h);
  }
  for (const h of ['References to the harbour survey are rare.', 'Results', 'Literature on tides has grown quickly']) {
    assert.equal(referenceHeading(h), false, h);
  }
});

// --- splitting -----------------------------------------------------------------------

test('splits a numbered list, joining wrapped lines and resolving hyphens', () => {
  const entries = splitEntries(
    lines(`
[1] Quist H, Marlow P. Tidal ranges and the pricing of berths. J Port Stud.
2015;12(3):45–59.
[2] Abara N. Dock labour in the estua-
rine towns. London: Pike Press; 2011.
[3] Lindqvist P, Oyelaran K, Brandt O, et al. Ferry fares and
cross-border commuting. Transp Rev. 2019;39(2):201–18.`),
  );
  assert.deepEqual(entries, [
    '[1] Quist H, Marlow P. Tidal ranges and the pricing of berths. J Port Stud. 2015;12(3):45–59.',
    '[2] Abara N. Dock labour in the estuarine towns. London: Pike Press; 2011.',
    '[3] Lindqvist P, Oyelaran K, Brandt O, et al. Ferry fares and cross-border commuting. Transp Rev. 2019;39(2):201–18.',
  ]);
});

test('a number that is not the next one does not open an entry', () => {
  const entries = splitEntries(
    lines(`
1. Petrova A. V. Harbour towns of the north // Regional Studies Review.
2019. No. 4. P. 8–27.
2. Quist H. Salt and sail. Oslo : Fjord, 2020. 210 p.`),
  );
  assert.equal(entries.length, 2);
  assert.match(entries[0]!, /Review\. 2019\. No\. 4/u);
});

test('splits a hanging-indent list from pdftotext -layout', () => {
  const entries = splitEntries(
    lines(`
    Calloway, Ruth. “The Ferryman’s  Ledger.” Northern  Review 44, no. 3
         (2016): 201–19.
    Marchetti, Lidia. Ferries and Fairs: Trade on the Inland Sea. New
         York: Tidewater Press, 2013.
    ———. “Lanterns on the Quay.” Urban Past 12, no. 1 (2014): 45–67.`),
  );
  assert.deepEqual(entries, [
    'Calloway, Ruth. “The Ferryman’s Ledger.” Northern Review 44, no. 3 (2016): 201–19.',
    'Marchetti, Lidia. Ferries and Fairs: Trade on the Inland Sea. New York: Tidewater Press, 2013.',
    '———. “Lanterns on the Quay.” Urban Past 12, no. 1 (2014): 45–67.',
  ]);
});

test('splits an unnumbered list where each entry begins with its authors', () => {
  const entries = splitEntries(
    lines(`
Fenwick, J., Orlov, S., 2016. Salt prices and inland trade. J. Hist.
Econ. 41 (2), 155–172.
Harbour Authority, 2018. Annual Statistics of Cargo. Harbour
Authority, Bergen.
Tamm, R., 2014. Weighing the Harvest. Birchwood Books, London.
Oyelaran, K., Quist, H., 2020. Cranes and wages. In: Pike, D.,
Halvorsen, G. (Eds.), Essays on Docks. Seagrass, Boston, pp. 1–20.`),
  );
  assert.deepEqual(entries, [
    'Fenwick, J., Orlov, S., 2016. Salt prices and inland trade. J. Hist. Econ. 41 (2), 155–172.',
    'Harbour Authority, 2018. Annual Statistics of Cargo. Harbour Authority, Bergen.',
    'Tamm, R., 2014. Weighing the Harvest. Birchwood Books, London.',
    'Oyelaran, K., Quist, H., 2020. Cranes and wages. In: Pike, D., Halvorsen, G. (Eds.), Essays on Docks. Seagrass, Boston, pp. 1–20.',
  ]);
});

test('a line that begins like a publisher after a finished sentence stays in its entry', () => {
  const entries = splitEntries(
    lines(`
Amoah, S. (2015). Feeder roads and farm prices in the lake districts.
Palgrave Macmillan, Cham.
Brandt, O. (2019). Salt and sail. Fjord Books.`),
  );
  assert.equal(entries.length, 2);
  assert.equal(entries[0], 'Amoah, S. (2015). Feeder roads and farm prices in the lake districts. Palgrave Macmillan, Cham.');
});

test('a URL or DOI broken at a line end is joined without a space, a compound keeps its hyphen', () => {
  const entries = splitEntries(
    lines(`
Moravec, L. T. (2021). Tide gauges and cross-
border data sharing. Coastal Economics Review, 14(2), 101–119. https://doi.org/
10.5555/cer.2021.0142
Quist, H. (2022). Port statistics explained. Harbour Notes. https://www.harbour-
notes.example.org/statistics/
explained`),
  );
  assert.deepEqual(entries, [
    'Moravec, L. T. (2021). Tide gauges and cross-border data sharing. Coastal Economics Review, 14(2), 101–119. https://doi.org/10.5555/cer.2021.0142',
    'Quist, H. (2022). Port statistics explained. Harbour Notes. https://www.harbour-notes.example.org/statistics/explained',
  ]);
});

test('another section heading ends the list; a second reference heading starts a second list', () => {
  const entries = splitEntries(
    lines(`
1. Петров А. В. Портовая экономика // Вопросы развития. 2018. № 4. С. 55–71.
2. Сидорова Е. Н. Рыбные промыслы. М. : Север, 2015. 240 с.
References
1. Petrov, A.V. (2018) Portovaya ekonomika [Port economy]. Voprosy razvitiya. 4. pp. 55–71.
Acknowledgements
We thank the harbour archive.`),
  );
  assert.equal(entries.length, 3);
  assert.match(entries[2]!, /^1\. Petrov/u);
});

test('a list flattened into one line is split at its numbers', () => {
  const entries = splitEntries(lines('1. Karimova D. Ferry routes. – Toshkent: Yangi, 2019. – 120 b. 2. Usmonov B. Port towns // Iqtisodiyot. – 2021. – №2. – B. 14–17.'));
  assert.deepEqual(entries, ['1. Karimova D. Ferry routes. – Toshkent: Yangi, 2019. – 120 b.', '2. Usmonov B. Port towns // Iqtisodiyot. – 2021. – №2. – B. 14–17.']);
});

test('a web list with one entry per line keeps a DOI line with its entry', () => {
  const entries = splitEntries(
    lines(`
Lemaire P., Vasseur A., 2011, « Les ports secondaires face à la crise des années deux mille », Revue des espaces littoraux, no 58, p. 12-30.
DOI : 10.5555/rel.58.12
Girard Hélène, 2008, Villes de marée et commerce du sel sur la façade atlantique, Nantes, Éditions de l’Estuaire.`),
  );
  assert.equal(entries.length, 2);
  assert.match(entries[0]!, /p\. 12-30\. DOI : 10\.5555\/rel\.58\.12$/u);
});

// --- parsing: author-date styles ----------------------------------------------------------

test('APA 7: journal article with DOI', () => {
  check('Moravec, L. T., Quist, H., & Abara, N. (2021). Tide gauges and the cost of harbour silt. Coastal Economics Review, 14(2), 101–119. https://doi.org/10.5555/cer.2021.0142', {
    type: 'article-journal',
    author: [{ family: 'Moravec', given: 'L. T.' }, { family: 'Quist', given: 'H.' }, { family: 'Abara', given: 'N.' }],
    issued: year(2021),
    title: 'Tide gauges and the cost of harbour silt',
    'container-title': 'Coastal Economics Review',
    volume: '14',
    issue: '2',
    page: '101-119',
    DOI: '10.5555/cer.2021.0142',
  });
});

test('APA 7: book with edition, chapter in an edited book, web page with n.d.', () => {
  check('Lindqvist, P. (2018). Orchards after the frost: A history of Nordic fruit growing (2nd ed.). Fjordlight Press.', {
    type: 'book',
    title: 'Orchards after the frost: A history of Nordic fruit growing',
    publisher: 'Fjordlight Press',
    edition: '2',
  });
  check('Okonkwo, B., & Tamm, R. (2020). Weighing the harvest. In G. Halvorsen & D. Pike (Eds.), Markets of the north (pp. 33–58). Birchwood.', {
    type: 'chapter',
    editor: [{ family: 'Halvorsen', given: 'G.' }, { family: 'Pike', given: 'D.' }],
    title: 'Weighing the harvest',
    'container-title': 'Markets of the north',
    page: '33-58',
    publisher: 'Birchwood',
  });
  const web = check('Statens Vegvesen. (n.d.). Ferry timetables for western routes. Retrieved March 3, 2022, from https://www.vegvesen.example/ferries', {
    type: 'webpage',
    author: [{ literal: 'Statens Vegvesen' }],
    title: 'Ferry timetables for western routes',
    URL: 'https://www.vegvesen.example/ferries',
  });
  assert.equal(web.issued, undefined);
});

test('APA 7: a report with its number, a thesis with its university', () => {
  check('Marine Observatory Network. (2020). Annual bulletin of coastal indicators (Report No. 12/2020). Marine Observatory Network.', {
    type: 'report',
    author: [{ literal: 'Marine Observatory Network' }],
    title: 'Annual bulletin of coastal indicators',
    publisher: 'Marine Observatory Network',
  });
  check('Harrow, D. (2017). Smallholder dairy cooperatives in the uplands [Doctoral dissertation, University of Glenmoor].', {
    type: 'thesis',
    title: 'Smallholder dairy cooperatives in the uplands',
    publisher: 'University of Glenmoor',
  });
});

test('APA in Turkish ("vd.", "t.y.") and Indonesian ("dkk.")', () => {
  check('Yıldırım, K., Ersoy, M. vd. (2019). Balıkçı teknelerinde yakıt maliyeti. Deniz Ekonomisi Dergisi, 6(1), 12-29.', {
    author: [{ family: 'Yıldırım', given: 'K.' }, { family: 'Ersoy', given: 'M.' }],
    issued: year(2019),
    'container-title': 'Deniz Ekonomisi Dergisi',
    page: '12-29',
  });
  const undated = check('Sarı, H. (t.y.). Liman şehirlerinde kira artışı. Erişim adresi: https://kiraizleme.example.org/liman', {
    type: 'webpage',
    title: 'Liman şehirlerinde kira artışı',
    URL: 'https://kiraizleme.example.org/liman',
  });
  assert.equal(undated.issued, undefined);
  check('Wulandari, S., dkk. (2022). Koperasi nelayan dan akses kredit. Jurnal Ekonomi Pesisir, 9(3), 201–215.', {
    author: [{ family: 'Wulandari', given: 'S.' }],
    title: 'Koperasi nelayan dan akses kredit',
    volume: '9',
  });
});

test('year suffixes: "2019a" is the year 2019, the suffix kept apart', () => {
  check('Tamm, R. (2019a). Nets and knots. Fjord Books.', { issued: year(2019), 'year-suffix': 'a', title: 'Nets and knots' });
  check('Hollerbach, Greta (2017b): Hafenarbeit im Wandel. In: Zeitschrift für Küstengeschichte 22 (1), S. 77–98.', { issued: year(2017), 'year-suffix': 'b' });
});

test('Harvard (Elsevier): abbreviated journal, chapter, corporate author, conference paper', () => {
  check('Fenwick, J., Orlov, S., 2016. Salt prices and inland trade. J. Hist. Econ. 41 (2), 155–172.', {
    type: 'article-journal',
    author: [{ family: 'Fenwick', given: 'J.' }, { family: 'Orlov', given: 'S.' }],
    'container-title': 'J. Hist. Econ.',
    volume: '41',
    issue: '2',
    page: '155-172',
  });
  check('Oyelaran, K., Quist, H., 2020. Cranes and wages. In: Pike, D., Halvorsen, G. (Eds.), Essays on Docks. Seagrass, Boston, pp. 1–20.', {
    type: 'chapter',
    'container-title': 'Essays on Docks',
    publisher: 'Seagrass',
    'publisher-place': 'Boston',
    page: '1-20',
  });
  check('Harbour Authority, 2018. Annual Statistics of Cargo. Harbour Authority, Bergen, Norway.', {
    type: 'report',
    author: [{ literal: 'Harbour Authority' }],
    'publisher-place': 'Bergen, Norway',
  });
  check('Nwosu, T., 2020. Edge filtering for buoy telemetry, in: Proceedings of the 9th Workshop on Ocean Sensing. OSA, Vancouver, pp. 88–93.', {
    type: 'paper-conference',
    title: 'Edge filtering for buoy telemetry',
    'container-title': 'Proceedings of the 9th Workshop on Ocean Sensing',
    publisher: 'OSA',
    'publisher-place': 'Vancouver',
  });
});

test('Harvard (UK) with "Available at" and "Accessed"', () => {
  check('Kell, A. and Prado, M. (2014) Housing in river towns. Journal of Riverine Studies, 8(2), pp. 45-60. Available at: https://doi.org/10.5555/jrs.2014.82 (Accessed: 12 May 2020).', {
    author: [{ family: 'Kell', given: 'A.' }, { family: 'Prado', given: 'M.' }],
    'container-title': 'Journal of Riverine Studies',
    page: '45-60',
    DOI: '10.5555/jrs.2014.82',
    accessed: { 'date-parts': [[2020, 5, 12]] },
  });
});

test('Chicago author-date, and "———." standing for the previous authors', () => {
  const first = check('Pemberton, Alice, and Jonah Reyes. 2012. “Lanterns and Ledgers in Port Cities.” Maritime History Quarterly 30, no. 4:511–40.', {
    type: 'article-journal',
    author: [{ family: 'Pemberton', given: 'Alice' }, { family: 'Reyes', given: 'Jonah' }],
    issued: year(2012),
    title: 'Lanterns and Ledgers in Port Cities',
    'container-title': 'Maritime History Quarterly',
    volume: '30',
    issue: '4',
    page: '511-40',
  });
  check('———. 2014. Harbours of Memory. Boston: Seagrass Press.', {
    type: 'book',
    author: first.author,
    issued: year(2014),
    title: 'Harbours of Memory',
    publisher: 'Seagrass Press',
    'publisher-place': 'Boston',
  }, first);
  check('Reyes, Jonah. 2010. “Night Tides.” PhD diss., Department of History, University of Glenmoor.', {
    type: 'thesis',
    publisher: 'University of Glenmoor',
  });
});

test('Springer basic and Nature house styles', () => {
  check('Voss K, Amari T (2019) Harbour cranes and labour demand. Marit Econ Logist 21(4):501–520', {
    author: [{ family: 'Voss', given: 'K' }, { family: 'Amari', given: 'T' }],
    issued: year(2019),
    'container-title': 'Marit Econ Logist',
    volume: '21',
    issue: '4',
    page: '501-520',
  });
  check('Voss K (2015) Port economics. Springer, Berlin', { type: 'book', publisher: 'Springer', 'publisher-place': 'Berlin' });
  check('Tanaka, S. & Berg, L. Coastal flooding and property values. Nat. Clim. Change 9, 301–306 (2019).', {
    issued: year(2019),
    title: 'Coastal flooding and property values',
    'container-title': 'Nat. Clim. Change',
    volume: '9',
    page: '301-306',
  });
});

test('DIN / German author-year: slashes between authors, "In:", "Hrsg."', () => {
  check('Hollerbach, Greta/Brandt, Otto (2016): Die Fähre und das Dorf. Bremen: Weserlicht.', {
    type: 'book',
    author: [{ family: 'Hollerbach', given: 'Greta' }, { family: 'Brandt', given: 'Otto' }],
    publisher: 'Weserlicht',
    'publisher-place': 'Bremen',
  });
  check('Fuchs, Lena (2014): Die Schleuse. In: Kramer, Ute (Hrsg.): Handbuch Binnenschifffahrt. Baden-Baden: Nomos, S. 201–224.', {
    type: 'chapter',
    editor: [{ family: 'Kramer', given: 'Ute' }],
    'container-title': 'Handbuch Binnenschifffahrt',
    page: '201-224',
  });
});

test('French author-date: names without comma, guillemets, "in … (dir.)"', () => {
  check('Lemaire P., Vasseur A., 2011, « Les ports secondaires et la crise », Revue des espaces littoraux, no 58, p. 12-30.', {
    author: [{ family: 'Lemaire', given: 'P.' }, { family: 'Vasseur', given: 'A.' }],
    title: 'Les ports secondaires et la crise',
    'container-title': 'Revue des espaces littoraux',
    issue: '58',
    page: '12-30',
  });
  check('Girard Hélène, 2008, Villes de marée, Nantes, Éditions de l’Estuaire.', {
    author: [{ family: 'Girard', given: 'Hélène' }],
    title: 'Villes de marée',
    publisher: 'Éditions de l’Estuaire',
    'publisher-place': 'Nantes',
  });
  check('Mercier A., 2016, « Les quais », in Roux B. et Petit C. (dir.), Les villes portuaires, Rennes, PUR, p. 15-33.', {
    type: 'chapter',
    editor: [{ family: 'Roux', given: 'B.' }, { family: 'Petit', given: 'C.' }],
    'container-title': 'Les villes portuaires',
    'publisher-place': 'Rennes',
  });
});

// --- parsing: notes-bibliography and numbered styles ---------------------------------------

test('Chicago notes-bibliography: article, book, editors only', () => {
  check('Ostrander, Mila. “Fish Markets and the Town Clock.” Urban Past 12, no. 1 (2009): 45–67.', {
    issued: year(2009),
    'container-title': 'Urban Past',
    volume: '12',
    issue: '1',
    page: '45-67',
  });
  check('Vance, Tobias, and Ada Ruiz, eds. River Cities: Essays on Trade. Portland: Alder Books, 2018.', {
    type: 'book',
    editor: [{ family: 'Vance', given: 'Tobias' }, { family: 'Ruiz', given: 'Ada' }],
    title: 'River Cities: Essays on Trade',
    issued: year(2018),
  });
});

test('MLA: article, book, "et al.", and a "---." entry', () => {
  const first = check('Calloway, Ruth. “The Ferryman’s Ledger.” Northern Review, vol. 44, no. 3, 2016, pp. 201–19.', {
    type: 'article-journal',
    'container-title': 'Northern Review',
    volume: '44',
    issue: '3',
    issued: year(2016),
    page: '201-19',
  });
  check('---. Salt and Silence. Harbor UP, 2019.', { type: 'book', author: [{ family: 'Calloway', given: 'Ruth' }], publisher: 'Harbor UP', issued: year(2019) }, first);
  check('Abara, Nkem, et al. “Flood Insurance in Delta Towns.” Journal of Risk Geography, vol. 7, no. 2, 2021, pp. 12–30.', { author: [{ family: 'Abara', given: 'Nkem' }] });
});

test('Vancouver: "et al.", semicolon numbering, chapter with editors', () => {
  check('Haldane RT, Koivisto E, Mbatha N, et al. Night shifts and sleep debt among harbour workers. Occup Health J. 2017;23(3):144–51.', {
    author: [{ family: 'Haldane', given: 'RT' }, { family: 'Koivisto', given: 'E' }, { family: 'Mbatha', given: 'N' }],
    title: 'Night shifts and sleep debt among harbour workers',
    'container-title': 'Occup Health J',
    issued: year(2017),
    volume: '23',
    issue: '3',
    page: '144-51',
  });
  check('Ndlovu S, Peters K. Vaccine queues at coastal clinics. In: Ames J, editor. Coastal public health. 2nd ed. Cape Town: Reef Press; 2019. p. 101–15.', {
    type: 'chapter',
    editor: [{ family: 'Ames', given: 'J' }],
    'container-title': 'Coastal public health',
    'publisher-place': 'Cape Town',
    publisher: 'Reef Press',
    page: '101-15',
    edition: '2',
  });
});

test('IEEE: journal article and conference paper', () => {
  check('[4] K. Albrecht, M. Sato, and J. Okoye, “Sensor drift in low-cost tide gauges,” IEEE Sensors J., vol. 19, no. 7, pp. 2610–2618, Apr. 2019.', {
    type: 'article-journal',
    author: [{ family: 'Albrecht', given: 'K.' }, { family: 'Sato', given: 'M.' }, { family: 'Okoye', given: 'J.' }],
    title: 'Sensor drift in low-cost tide gauges',
    'container-title': 'IEEE Sensors J',
    volume: '19',
    issue: '7',
    page: '2610-2618',
    issued: year(2019),
  });
  check('T. Nwosu, “Edge filtering for buoy telemetry,” in Proc. Int. Conf. Ocean Instrumentation (ICOI), Bergen, Norway, 2020, pp. 88–93.', {
    type: 'paper-conference',
    'container-title': 'Proc. Int. Conf. Ocean Instrumentation (ICOI)',
    'publisher-place': 'Bergen, Norway',
    page: '88-93',
  });
});

test('GOST 7.0.5 / 7.1: article with "//", book, thesis, work entered under its title', () => {
  check('Петров А. В., Сидорова Е. Н. Портовая экономика Балтики // Вопросы регионального развития. 2018. Т. 9, № 4. С. 55–71.', {
    type: 'article-journal',
    author: [{ family: 'Петров', given: 'А. В.' }, { family: 'Сидорова', given: 'Е. Н.' }],
    title: 'Портовая экономика Балтики',
    'container-title': 'Вопросы регионального развития',
    issued: year(2018),
    volume: '9',
    issue: '4',
    page: '55-71',
  });
  check('Кузнецов И. П. Рыбные промыслы Севера. М. : Северный издательский дом, 2015. 240 с.', {
    type: 'book',
    publisher: 'Северный издательский дом',
    'publisher-place': 'М.',
  });
  check('Орлов Д. С. Морские порты Балтики : дис. … канд. экон. наук. Калининград, 2012. 180 с.', {
    type: 'thesis',
    title: 'Морские порты Балтики',
    'publisher-place': 'Калининград',
  });
  check('Портовые города Севера : монография / И. А. Гусев, Т. Н. Маркова. Архангельск : Поморье, 2020. 188 с.', {
    author: [{ family: 'Гусев', given: 'И. А.' }, { family: 'Маркова', given: 'Т. Н.' }],
    title: 'Портовые города Севера',
    publisher: 'Поморье',
  });
  check('Usmonov B. Port towns // Iqtisodiyot. – 2021. – №2. – B. 14–17.', { 'container-title': 'Iqtisodiyot', issue: '2', page: '14-17', issued: year(2021) });
});

test('ABNT: upper-case surnames, "v./n./p.", edition, corporate author, "s.d."', () => {
  check('MOREIRA, Lúcia; TAVARES, R. P. Pesca artesanal e renda no litoral. Revista de Estudos Costeiros, Recife, v. 11, n. 2, p. 34-52, 2017.', {
    author: [{ family: 'MOREIRA', given: 'Lúcia' }, { family: 'TAVARES', given: 'R. P.' }],
    'container-title': 'Revista de Estudos Costeiros',
    'publisher-place': 'Recife',
    volume: '11',
    issue: '2',
    page: '34-52',
  });
  check('SOUZA, C. A. Mercados de peixe no Nordeste. 3. ed. Fortaleza: Editora Maré, 2014.', { type: 'book', edition: '3', publisher: 'Editora Maré', 'publisher-place': 'Fortaleza' });
  check('BRASIL. Ministério da Pesca. Guia do entreposto. Brasília, DF: Ministério da Pesca, 2016.', {
    author: [{ literal: 'BRASIL. Ministério da Pesca' }],
    'publisher-place': 'Brasília, DF',
  });
  const undated = check('RIBEIRO, P. Guia do pescador. Salvador: Casa do Mar, s.d.', { publisher: 'Casa do Mar', 'publisher-place': 'Salvador' });
  assert.equal(undated.issued, undefined);
});

test('GB/T 7714: article, book, thesis, corporate report', () => {
  check('[3] 李明, 王芳. 港口物流与区域经济[J]. 海洋经济, 2018, 8(3): 45-52.', {
    type: 'article-journal',
    author: [{ family: '李', given: '明' }, { family: '王', given: '芳' }],
    title: '港口物流与区域经济',
    'container-title': '海洋经济',
    issued: year(2018),
    volume: '8',
    issue: '3',
    page: '45-52',
  });
  check('[4] 张伟. 渔业经济学[M]. 上海: 海洋出版社, 2016.', { type: 'book', publisher: '海洋出版社', 'publisher-place': '上海' });
  check('[8] 陈静. 港口城市研究[D]. 上海: 华东师范大学, 2017.', { type: 'thesis', publisher: '华东师范大学' });
  check('[9] 交通运输部. 2020年港口统计公报[R]. 北京: 人民交通出版社, 2021.', { type: 'report', author: [{ literal: '交通运输部' }], issued: year(2021) });
  check('[5] QUIST H, MARLOW P. Berth pricing in river ports[J]. Maritime Economics, 2017, 9(2): 11-30.', {
    author: [{ family: 'QUIST', given: 'H' }, { family: 'MARLOW', given: 'P' }],
    'container-title': 'Maritime Economics',
  });
});

test('MDPI: year, volume and article number', () => {
  check('Ortiz, J.; Llorente, R. Terraced Vineyards on Steep Slopes. Mediterr. Land Stud. 2018, 16, e0105.', {
    author: [{ family: 'Ortiz', given: 'J.' }, { family: 'Llorente', given: 'R.' }],
    title: 'Terraced Vineyards on Steep Slopes',
    'container-title': 'Mediterr. Land Stud.',
    issued: year(2018),
    volume: '16',
    page: 'e0105',
  });
});

test('an entry with no author, and a repeated-author entry with nothing before it', () => {
  const anonymous = check('Bericht über den Fährverkehr der Küstenorte im Jahre 1890. Kiel: Selbstverlag, 1891.', {
    title: 'Bericht über den Fährverkehr der Küstenorte im Jahre 1890',
    issued: year(1891),
    'publisher-place': 'Kiel',
  });
  assert.equal(anonymous.author, undefined);
  assert.equal(parseEntry('———. 2014. Harbours of Memory. Boston: Seagrass Press.').author, undefined);
});

test('an ABNT list: a body in capitals opens an entry, a place after a colon does not', () => {
  const entries = splitEntries(
    lines(`
MOREIRA, Lúcia. Pesca artesanal e renda no litoral. Recife:
EDUFPE, 2017.
IBGE. Produção da pesca nos municípios. Rio de Janeiro: IBGE,
2019.
SOUZA, C. A. Mercados de peixe. 3. ed. Fortaleza: Editora Maré, 2014.`),
  );
  assert.deepEqual(entries, [
    'MOREIRA, Lúcia. Pesca artesanal e renda no litoral. Recife: EDUFPE, 2017.',
    'IBGE. Produção da pesca nos municípios. Rio de Janeiro: IBGE, 2019.',
    'SOUZA, C. A. Mercados de peixe. 3. ed. Fortaleza: Editora Maré, 2014.',
  ]);
});

test('an author-date list flattened into one line is split where names and a year follow a finished entry', () => {
  const entries = splitEntries(lines('Aigner T, Brunner L (2016) Density and firms in small towns. Reg Stud 50(6):1082–1095 Bauer S, Gruber E (2019) Commuting zones in the valleys. Rev Reg Res 39(1):21–44 Huber M (2020) Pendeln im Gebirge. WIFO-Monatsberichte 93(7):521–533'));
  assert.deepEqual(entries, [
    'Aigner T, Brunner L (2016) Density and firms in small towns. Reg Stud 50(6):1082–1095',
    'Bauer S, Gruber E (2019) Commuting zones in the valleys. Rev Reg Res 39(1):21–44',
    'Huber M (2020) Pendeln im Gebirge. WIFO-Monatsberichte 93(7):521–533',
  ]);
});

test('ISNAD (Turkish Chicago): authors joined by " - ", "volume/issue (year), pages"', () => {
  check('Aksoy, Kemal - Yurt, Hakan. “Liman kentlerinde kira”. Deniz Ekonomisi Dergisi 8/1 (2021), 55-70.', {
    author: [{ family: 'Aksoy', given: 'Kemal' }, { family: 'Yurt', given: 'Hakan' }],
    title: 'Liman kentlerinde kira',
    'container-title': 'Deniz Ekonomisi Dergisi',
    volume: '8',
    issue: '1',
    issued: year(2021),
    page: '55-70',
  });
});

test('Chinese and Japanese author-date entries in full-width punctuation', () => {
  check('王小明（2019）。台灣的港口城市。地理學報，5(2)，10-20。', {
    author: [{ family: '王', given: '小明' }],
    issued: year(2019),
    title: '台灣的港口城市',
    'container-title': '地理學報',
    volume: '5',
    issue: '2',
    page: '10-20',
  });
  check('山田太郎・鈴木花子（2018）：港湾都市の変容．地域経済研究，12(3)，45–60．', {
    author: [{ family: '山田', given: '太郎' }, { family: '鈴木', given: '花子' }],
    title: '港湾都市の変容',
    'container-title': '地域経済研究',
  });
  check('佐藤一郎（2020）「港町の記憶」『海事史研究』7(1), 1-15.', {
    author: [{ family: '佐藤', given: '一郎' }],
    title: '港町の記憶',
    'container-title': '海事史研究',
    volume: '7',
  });
  check('李强,赵敏:《港口经济与城市发展》,《城市问题》2019年第6期。', {
    author: [{ family: '李', given: '强' }, { family: '赵', given: '敏' }],
    title: '港口经济与城市发展',
    'container-title': '城市问题',
    issued: year(2019),
    issue: '6',
  });
});

test("a word that names an Object property (constructor, toString) is not read as a month", () => {
  const entry = parseEntry('Moreau, P. (2019). Notes on a building, constructor 5, 2019. Paris: Seuil.');
  assert.equal(entry.issued?.['date-parts']?.[0]?.[0], 2019);
  assert.ok((entry.issued?.['date-parts']?.[0] ?? []).every((part) => typeof part === 'number'));
  assert.doesNotThrow(() => parseEntry('Aru, T. (2020). toString and valueOf. Journal of Sundry Things, 3(1), 1–9. Accessed constructor 12, 2021.'));
});
