/**
 * Which phrases of a collection deserve a glossary entry, best first. The
 * evidence, strongest first:
 *
 * 1. the collection defines the phrase (`findDefinitions`), or pairs it with a
 *    short form ("multilateral development banks (MDBs)");
 * 2. an author sets it in quotation marks as a coinage (“digital slicing”);
 * 3. it is a frequent noun-phrase-like n-gram with a high C-value (Frantzi,
 *    Ananiadou & Mima 2000: frequent, and not only as part of a longer
 *    phrase) whose words are rare in general language.
 *
 * General language is a background list of word ranks passed in (see
 * `loadBackground` in ../run/background-words.ts); without it every word
 * counts as moderately specific. A small list of words that are generic in
 * any academic prose ("study", "recent", "years", "countries") ships here,
 * because a general-language list ranks them by everyday speech, not by papers.
 *
 * Forms of one concept become one candidate with aliases: inflections (a
 * light, language-blind suffix stemmer: bonds/bond, Anleihen/Anleihe,
 * tasas/tasa), spelling variants (re-shoring/reshoring, Rio-Marker/Rio
 * markers), short forms and their expansions, the same short form expanded in
 * two languages (GCF: Green Climate Fund / Grüne Klimafonds), a prefixed
 * compound and its base (EU-Taxonomie/Taxonomie), cognates across languages
 * (Taxonomie/taxonomy), and translations the text pairs ("X (engl. Y)").
 *
 * Pure: no I/O, linear in the collection's text (n-grams are bounded at five
 * words).
 */
import { type Definition, functionWords, splitSentences } from '../../shared/definitions.ts';
import { isShort, parts, shortKey, stem, termKey, WORD } from '../../shared/term-key.ts';

export { stem, termKey };

export interface TermPaper {
  id: string;
  language: string;
  blocks: readonly { id: string; text: string; type?: string }[];
}

/** A definition found in a paper's block. */
export interface FoundDefinition extends Definition {
  paper: string;
  block?: string;
}

/** A word's rank among its language's most common words (1 = most common); undefined when not among them. */
export type Background = (word: string, language: string) => number | undefined;

export type TermEvidence = 'defined' | 'abbreviation' | 'quoted' | 'phrase';

export interface TermCandidate {
  /** Canonical form: singular, in the collection's main language where the text has it. */
  term: string;
  /** Other forms of the same concept found in the collection (inflections, variants, short forms, translations). */
  aliases: string[];
  score: number;
  /** Ids of the papers that use it. */
  papers: string[];
  /** Occurrences of the term and its aliases across the collection. */
  occurrences: number;
  definitions: FoundDefinition[];
  /** Language of the canonical form. */
  language: string;
  /** The kinds of evidence behind it, strongest first. */
  evidence: TermEvidence[];
}

export interface RankOptions {
  background?: Background;
  /** Candidates scoring below are left out (default 3); pass `all: true` to get every candidate. */
  minScore?: number;
  all?: boolean;
  /**
   * Count every phrase of up to five words for its C-value (`all`, the
   * default), or only the phrases that are forms of a term already found
   * (`known`: its plurals and variants as the text writes them). The
   * collection's glossary counts `known` ones: its entries need a definition,
   * and the counts of every phrase of a large collection do not fit in memory
   * (5,000 papers: over 4 GB, and the ingest aborted).
   */
  phrases?: 'all' | 'known';
}

/** Score from which a candidate is worth an entry. */
export const MIN_SCORE = 3;

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words generic in academic prose of any field: a phrase made of them is no term. */
const ACADEMIC_GENERIC: Record<string, Set<string>> = {
  en: set(
    'study studies paper papers article articles research analysis analyses result results finding findings evidence data literature section sections table tables figure figures chapter author authors ' +
      'year years recent present current previous following new large small high low important significant main major key first second third last several various different same other many most ' +
      'government governments department departments country countries world people case cases example examples way ways part parts number numbers level levels share amount question questions issue issues problem problems ' +
      'maker makers investor investors public private money time times period periods approach approaches method methods factor factors role effect effects change changes increase growth trend trends today basis context area areas side party parties question',
  ),
  de: set(
    'studie studien beitrag beiträge arbeit analyse analysen ergebnis ergebnisse daten literatur abschnitt tabelle abbildung autor autoren jahr jahre jahren letzten letzte vorliegende vorliegenden aktuelle aktuellen neue neuen große großen kleine wichtige ' +
      'land länder ländern regierung regierungen fall fälle beispiel teil zahl frage fragen problem weg investoren private privaten öffentliche öffentlichen geld zeit',
  ),
  es: set(
    'estudio estudios presente artículo trabajo investigación análisis resultado resultados datos literatura sección tabla figura autor autores año años último últimos última últimas reciente recientes actual actuales nuevo nueva ' +
      'país países gobierno caso casos ejemplo parte número nivel forma manera tipo pregunta problema tiempo',
  ),
  fr: set(
    'étude études présente présent article travail recherche analyse résultat résultats données littérature section tableau figure auteur auteurs année années dernier dernière dernières derniers récent récents récente actuel actuelle nouveau nouvelle ' +
      'pays gouvernement cas exemple partie nombre niveau forme manière type question problème temps',
  ),
  ru: set('исследование статья работа анализ результат результаты данные год годы последние страна страны'),
};

/** Heads of organisations that a paper names in passing (ministries, statistics offices, surveys, universities). */
const ADMINISTRATIVE = set(
  'ministry ministries department office bureau agency survey census statistics institute university college council committee commission hospital region province state county district municipality ' +
    'ministerium bundesamt amt behörde umfrage erhebung institut universität klinik krankenhaus region provinz bundesland landkreis kreis gemeinde ' +
    'ministerio secretaría oficina instituto encuesta censo universidad consejo comisión dirección hospital clínica región provincia departamento municipio comuna estado ' +
    'ministère bureau enquête recensement institut université conseil commission direction hôpital clinique région province département commune ' +
    'министерство институт университет служба область район',
);
/** "Provence-Alpes-Côte d'Azur": capitalised words joined by hyphens name a place. */
const PLACE_NAME = /\p{Lu}\p{Ll}+-(?:\p{Ll}{1,3}-)?\p{Lu}/u;

const QUOTED = /(?<o>[“"„«‚‘])\s?(?<x>[^“”"„«»‘’‚\n]{2,80}?)\s?(?:[”"“»’‘])/gu;

const lang2 = (l: string) => l.toLowerCase().split('-')[0]!;

/**
 * A translation the text pairs with a phrase: "Flussaue (engl. floodplain)",
 * "isla de calor (en inglés, urban heat island)", "friche (en anglais : brownfield)",
 * "Schwammstadt („sponge city“)". Group x: up to five words before the bracket; y: the translation.
 */
const TRANSLATION =
  /(?<x>(?:[\p{L}][\p{L}\p{M}'’-]*\s){0,4}[\p{L}][\p{L}\p{M}'’-]*)\s\((?:(?:engl\.|englisch|english|in English|auf Englisch|en inglés|en anglais|англ\.|in German|auf Deutsch|en español|en français|fr\.|span\.|dt\.)\s?[,:]?\s*[“"„«‘‚]?\s?(?<y>[^()“”"„«»‘’]{2,60}?)\s?[”"“»’‘]?|[“"„«‘‚]\s?(?<z>[^()“”"„«»‘’]{2,60}?)\s?[”"“»’‘])\)/gu;

const TRANSLATION_OPENS = /^(?:engl\.|englisch|english|in English|auf Englisch|en inglés|en anglais|англ\.|in German|auf Deutsch|en español|en français|fr\.|span\.|dt\.|[“"„«‘‚])/u;

/**
 * TRANSLATION's matches, found around each "(" only: run over a whole block,
 * the regex tries every start in a long run of letters and so took quadratic
 * time (25 s of 53 in a profile of ten fuzz collections with 1 MB lines).
 * Each "(" is looked at with the 400 characters before it (five words of a
 * phrase) and 200 after it; the same matches on real text
 * (tests/ingest/stages/termhood.test.ts compares the two).
 */
export function* translations(text: string): Generator<RegExpMatchArray> {
  for (let paren = text.indexOf('('); paren !== -1; paren = text.indexOf('(', paren + 1)) {
    const at = paren - 1;
    if (at < 1 || !/\s/u.test(text[at]!)) continue;
    // Only a bracket that opens as TRANSLATION's do (a language's name or a quotation mark) is looked at:
    // most are citations, "(Calatayud, 2025)", and the regex cost 0.3 s a hundred papers trying them.
    if (!TRANSLATION_OPENS.test(text.slice(paren + 1, paren + 20))) continue;
    const from = Math.max(0, at - 400);
    for (const m of text.slice(from, at + 202).matchAll(TRANSLATION)) {
      if (from + m.index! + m.groups!.x!.length !== at) continue;
      m.index = from + m.index!;
      yield m;
    }
  }
}


interface Form {
  surface: string;
  language: string;
  /** How often this surface was seen mid-sentence with its casing, to choose the casing of the entry. */
  weight: number;
  fromDefinition: boolean;
  short: boolean;
}

interface Group {
  key: string;
  forms: Map<string, Form>;
  definitions: FoundDefinition[];
  evidence: Set<TermEvidence>;
  cvalue: number;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Specificity of a phrase in [0, 1]: the mean over its content words of how rare each is in general language. */
function specificity(form: string, language: string, background: Background | undefined): number {
  const lang = lang2(language);
  const fn = functionWords(lang);
  const generic = (Object.hasOwn(ACADEMIC_GENERIC, lang) ? ACADEMIC_GENERIC[lang] : undefined) ?? ACADEMIC_GENERIC.en!;
  const words = (form.match(WORD) ?? []).filter((w) => !fn.has(w.toLowerCase()));
  if (words.length === 0) return 0;
  let sum = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (generic.has(lower)) continue;
    if (isShort(w)) {
      sum += 1;
      continue;
    }
    if (!background) {
      sum += 0.6;
      continue;
    }
    // a compound counts as rare as its rarest part ("fixed-income")
    const pieces = lower.split(/[-‐]/u).filter(Boolean);
    const rank = Math.max(...pieces.map((p) => background(p, lang) ?? 50_000));
    sum += Math.min(1, Math.max(0, (Math.log10(rank) - 2.7) / (4.3 - 2.7)));
  }
  return sum / words.length;
}

interface Chunk {
  words: { text: string; lower: string; start: number; sentenceStart: boolean }[];
}

/** Runs of content words in a sentence: n-gram candidates come from these. */
function chunks(text: string, language: string): Chunk[] {
  const lang = lang2(language);
  const fn = functionWords(lang);
  const out: Chunk[] = [];
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    let current: Chunk['words'] = [];
    let lastEnd = -1;
    const flush = () => {
      // a run never ends on an inner word ("use of")
      while (current.length > 0 && isInner(current.at(-1)!.lower)) current.pop();
      if (current.length > 0) out.push({ words: current });
      current = [];
    };
    for (const m of sentence.matchAll(WORD)) {
      const at = s.start + m.index;
      const gap = lastEnd < 0 ? '' : text.slice(lastEnd, at);
      lastEnd = at + m[0].length;
      if (gap && !/^\s+$/u.test(gap)) flush();
      const lower = m[0].toLowerCase();
      // "de la salud": an article right after an inner "de" stays inside the phrase
      const afterInner = current.length > 0 && (innerWords(lang)?.has(current.at(-1)!.lower) ?? false) && /^(?:la|las|los|el|l['’])$/u.test(lower);
      const inner = (innerWords(lang)?.has(lower) ?? false) || afterInner;
      if (/^\d/u.test(m[0]) || (fn.has(lower) && !(inner && current.length > 0))) {
        flush();
        continue;
      }
      current.push({ text: m[0], lower, start: at, sentenceStart: at === s.start });
    }
    flush();
  }
  return out;
}

/** Words that may sit inside a term ("use of proceeds", "tasa de incidencia"). */
const INNER: Record<string, Set<string>> = { en: set('of'), de: set(''), es: set('de del'), fr: set("de d' d’ du"), ru: set('') };
// Own keys only: a language code from a sidecar must not find Object's prototype.
const innerWords = (lang: string) => (Object.hasOwn(INNER, lang) ? INNER[lang] : undefined);
const ARTICLE_AFTER_INNER = set("la las los el l' l’");
const isInner = (w: string) => Object.values(INNER).some((s) => s.has(w)) || ARTICLE_AFTER_INNER.has(w);

export function rankTerms(papers: readonly TermPaper[], found: readonly FoundDefinition[], options: RankOptions = {}): TermCandidate[] {
  const background = options.background;
  const paperLang = new Map(papers.map((p) => [p.id, lang2(p.language)]));
  const uf = new UnionFind();
  const groups = new Map<string, Group>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, forms: new Map(), definitions: [], evidence: new Set(), cvalue: 0 }));
    return g;
  };
  const addForm = (key: string, surface: string, language: string, weight: number, fromDefinition: boolean) => {
    const g = group(key);
    const f = g.forms.get(surface);
    if (f) {
      f.weight += weight;
      f.fromDefinition ||= fromDefinition;
    } else g.forms.set(surface, { surface, language, weight, fromDefinition, short: isShort(surface) });
    return g;
  };

  // main language: the language of most blocks
  const blocksByLang = new Map<string, number>();
  for (const p of papers) blocksByLang.set(lang2(p.language), (blocksByLang.get(lang2(p.language)) ?? 0) + p.blocks.length);
  const mainLanguage = [...blocksByLang].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';

  // 1. definitions
  for (const d of found) {
    const language = paperLang.get(d.paper) ?? mainLanguage;
    const key = termKey(d.term);
    if (!key) continue;
    const g = addForm(key, d.term, language, 1, true);
    g.definitions.push(d);
    g.evidence.add(d.pattern === 'abbreviation' ? 'abbreviation' : 'defined');
    if (d.abbreviation) {
      const sk = termKey(d.abbreviation);
      addForm(sk, d.abbreviation, language, 1, false);
      uf.union(key, sk);
    }
  }

  // translations the text pairs: both sides are forms of one entry
  for (const p of papers) {
    const language = lang2(p.language);
    const fn = functionWords(language);
    for (const b of p.blocks) {
      for (const m of translations(b.text)) {
        // the phrase before the bracket: its last words that are no function words
        const words = m.groups!.x!.split(/\s+/u);
        let k = words.length;
        while (k > 0 && (!fn.has(words[k - 1]!.toLowerCase()) || (isInner(words[k - 1]!.toLowerCase()) && k < words.length))) k--;
        const x = words.slice(k).join(' ');
        const y = (m.groups!.y ?? m.groups!.z!).trim();
        const yWords = y.match(WORD) ?? [];
        if (!x || yWords.length === 0 || yWords.length > 5 || (x.match(WORD) ?? []).length > 5) continue;
        const kx = termKey(x);
        const ky = termKey(y);
        if (!kx || !ky || kx === ky) continue;
        addForm(kx, x, language, 1, false).evidence.add('quoted');
        addForm(ky, y, m.groups!.y ? otherLanguage(m[0]) ?? language : language, 0.5, false).evidence.add('quoted');
        uf.union(kx, ky);
      }
    }
  }

  // 2. quoted coinages and 3. n-grams, per paper
  const counts = new Map<string, { f: number; surface: Map<string, { w: number; language: string }>; language: string; words: number }>();
  for (const p of papers) {
    const language = lang2(p.language);
    for (const b of p.blocks) {
      if (b.type === 'heading') continue;
      for (const m of b.text.matchAll(QUOTED)) {
        const x = m.groups!.x!.trim().replace(/[.,;:]$/u, '');
        const ws = x.match(WORD) ?? [];
        if (ws.length === 0 || ws.length > 6 || /[:?!]/u.test(x)) continue;
        if (ws.length >= 3 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.6) continue; // a title
        if (language === 'de' && !/^\p{Lu}/u.test(ws.at(-1)!)) continue; // German terms end in a noun
        // outside German a capital opens a quoted sentence or a name ("«Nadie vino»"), not a coinage
        if (language !== 'de' && /^\p{Lu}/u.test(ws[0]!) && !isShort(ws[0]!)) continue;
        if (functionWords(language).has(ws[0]!.toLowerCase()) || functionWords(language).has(ws.at(-1)!.toLowerCase())) continue;
        const key = termKey(x);
        if (!key) continue;
        addForm(key, x, language, 1, false).evidence.add('quoted');
      }
      for (const c of chunks(b.text, language)) {
        const n = c.words.length;
        // A phrase's key is its words' keys run together (termKey of a phrase is its words' stemmed
        // parts joined): made once a word here, not again for each of the phrases it is in.
        const wordKeys = c.words.map((w) => parts(w.text).join(''));
        for (let i = 0; i < n; i++) {
          if (isInner(c.words[i]!.lower)) continue;
          let content = 0;
          let joined = '';
          // At most five content words, and a bounded run of inner ones between them: a page of
          // nothing but "of the and" would otherwise be read as one phrase from each word on.
          for (let j = i; j < n && j - i < 16; j++) {
            const w = c.words[j]!;
            joined += wordKeys[j]!;
            if (isInner(w.lower)) continue;
            if (++content > 5) break;
            const slice = c.words.slice(i, j + 1);
            const surface = b.text.slice(slice[0]!.start, slice.at(-1)!.start + slice.at(-1)!.text.length);
            const shown = slice[0]!.sentenceStart && /^\p{Lu}\p{Ll}/u.test(surface) && language !== 'de' ? surface[0]!.toLowerCase() + surface.slice(1) : surface;
            // One word may be a short form ("NDCs"), which has a key of its own.
            const key = j === i ? termKey(surface) : joined;
            if (options.phrases === 'known' && !groups.has(key)) continue;
            let e = counts.get(key);
            if (!e) counts.set(key, (e = { f: 0, surface: new Map(), language, words: content }));
            e.f++;
            const sf = e.surface.get(shown) ?? { w: 0, language };
            sf.w += slice[0]!.sentenceStart ? 0.5 : 1;
            e.surface.set(shown, sf);
          }
        }
      }
    }
  }
  // C-value: frequency, less the mean frequency of the longer candidates that contain it
  const containers = new Map<string, { sum: number; n: number }>();
  for (const [key, e] of counts) {
    if (e.words < 2) continue;
    const ps = parts([...e.surface.keys()][0]!);
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j <= ps.length; j++) {
        if (j - i === ps.length) continue;
        const sub = ps.slice(i, j).join('');
        if (!counts.has(sub) || sub === key) continue;
        const c = containers.get(sub) ?? { sum: 0, n: 0 };
        c.sum += e.f;
        c.n++;
        containers.set(sub, c);
      }
  }
  for (const [key, e] of counts) {
    const c = containers.get(key);
    const cv = Math.log2(e.words + 1) * (e.f - (c ? c.sum / c.n : 0));
    const [surface] = [...e.surface].sort((a, b) => b[1].w - a[1].w)[0]!;
    const known = groups.has(key);
    // a phrase enters on its own only when frequent, multi-word and not a name
    const name = surface.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w)) && e.language !== 'de';
    // ... and not only inside a longer phrase (C-value)
    if (!known && (e.f < 3 || e.words < 2 || name || cv < 2)) continue;
    const g = known ? groups.get(key)! : group(key);
    for (const [s, { w, language }] of e.surface) addForm(key, s, language, w, false);
    g.cvalue = Math.max(g.cvalue, cv);
    g.evidence.add('phrase');
  }

  // links between groups
  const keys = [...groups.keys()];
  const byKey = new Set(keys);
  for (const k of keys) {
    const g = groups.get(k)!;
    for (const f of g.forms.values()) {
      // "EU-Taxonomie" -> "Taxonomie"
      const prefixed = /^\p{Lu}{2,4}[-‐](.+)$/u.exec(f.surface);
      if (prefixed) {
        const base = termKey(prefixed[1]!);
        if (byKey.has(base)) uf.union(base, k);
      }
    }
  }
  // cognates across languages: one word each, a long shared stem ("Taxonomie" / "taxonomy")
  const singles = keys.map((k) => ({ k, g: groups.get(k)! })).filter(({ g }) => [...g.forms.values()].some((f) => !f.short && !/\s/u.test(f.surface)) && (g.evidence.has('defined') || g.evidence.has('quoted') || g.evidence.has('abbreviation')));
  const byPrefix = new Map<string, { k: string; base: string; lang: string }[]>();
  for (const { k, g } of singles) {
    const lang = [...g.forms.values()][0]!.language;
    // a prefixed compound is compared by its base ("EU-Taxonomie" as "Taxonomie")
    const bases = new Set([k, ...[...g.forms.values()].map((f) => /^\p{Lu}{2,4}[-‐](\p{L}+)$/u.exec(f.surface)?.[1]).filter((b): b is string => !!b).map(termKey)]);
    for (const base of bases) {
      if (base.length < 8) continue;
      const list = byPrefix.get(base.slice(0, 7)) ?? [];
      list.push({ k, base, lang });
      byPrefix.set(base.slice(0, 7), list);
    }
  }
  for (const list of byPrefix.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.lang !== b.lang && a.base.length - 7 <= 3 && b.base.length - 7 <= 3) uf.union(a.k, b.k);
      }
  // one candidate per union-find class
  const merged = new Map<string, Group>();
  for (const [k, g] of groups) {
    const root = uf.find(k);
    let m = merged.get(root);
    if (!m) merged.set(root, (m = { key: root, forms: new Map(), definitions: [], evidence: new Set(), cvalue: 0 }));
    for (const [s, f] of g.forms) {
      const old = m.forms.get(s);
      if (old) old.weight += f.weight;
      else m.forms.set(s, { ...f });
    }
    m.definitions.push(...g.definitions);
    for (const e of g.evidence) m.evidence.add(e);
    m.cvalue = Math.max(m.cvalue, g.cvalue);
  }

  // occurrences: every form of a group, matched on stemmed parts, in every block
  const occ = countOccurrences(papers, [...merged.values()]);

  const out: TermCandidate[] = [];
  for (const g of merged.values()) {
    if (!g.evidence.has('defined') && !g.evidence.has('abbreviation') && !g.evidence.has('quoted') && !g.evidence.has('phrase')) continue;
    const forms = [...g.forms.values()];
    const canonical = chooseCanonical(forms, mainLanguage);
    if (!canonical) continue;
    const o = occ.get(g.key) ?? { n: 0, papers: new Set<string>() };
    const definitions = dedupeDefinitions(g.definitions);
    const strong = definitions.filter((d) => d.pattern !== 'abbreviation').length;
    const abbreviated = definitions.length - strong;
    // a name that the text abbreviates is specific whatever its words ("World Trade Organization")
    const spec = Math.max(specificity(canonical.surface, canonical.language, background), abbreviated > 0 ? 0.5 : 0);
    const longForm = forms.find((f) => !f.short)?.surface ?? canonical.surface;
    const administrative = ((longForm.match(WORD) ?? []).some((w) => ADMINISTRATIVE.has(w.toLowerCase())) || PLACE_NAME.test(longForm)) && strong === 0;
    let score = 3 * Math.min(strong, 2) + 1.5 * Math.min(abbreviated, 1) + (g.evidence.has('quoted') ? 2 : 0);
    score += Math.log2(1 + o.n) * (0.5 + spec) * (strong > 0 ? 0.5 : 1);
    score += Math.max(0, g.cvalue) > 0 && strong === 0 ? Math.min(2, Math.log2(1 + g.cvalue) * spec * 0.5) : 0;
    score += 0.5 * Math.max(0, o.papers.size - 1);
    if (administrative) score -= 4;
    // everyday words make a generic phrase, unless the text marks the phrase as a name (a short form, quotation marks)
    if (spec < 0.15 && strong === 0 && abbreviated === 0 && !g.evidence.has('quoted')) score -= 3;
    // A frequent phrase that nobody defines, abbreviates or quotes is a suggestion, not an entry: on the gold
    // collections fewer than half of them were terms. It ranks below the entry cut, in C-value order.
    const phraseOnly = evidenceOf(g) === 'phrase';
    if (phraseOnly) score = Math.min(score, MIN_SCORE - 0.01) - 1 + Math.min(0.99, Math.log2(1 + Math.max(0, g.cvalue)) * spec / 10);
    const evidence = (['defined', 'abbreviation', 'quoted', 'phrase'] as const).filter((e) => g.evidence.has(e));
    const aliases = forms
      .map((f) => f.surface)
      .filter((s) => s !== canonical.surface)
      .filter((s, i, all) => all.findIndex((x) => x.toLowerCase() === s.toLowerCase()) === i && s.toLowerCase() !== canonical.surface.toLowerCase());
    out.push({
      term: canonical.surface,
      aliases,
      score: Math.round(score * 100) / 100,
      papers: [...o.papers].sort(),
      occurrences: o.n,
      definitions,
      language: canonical.language,
      evidence,
    });
  }
  out.sort((a, b) => b.score - a.score || b.occurrences - a.occurrences || a.term.localeCompare(b.term));
  const min = options.minScore ?? MIN_SCORE;
  return options.all ? out : out.filter((c) => c.score >= min);
}

/** The language a translation marker names ("engl." -> en). */
function otherLanguage(marker: string): string | undefined {
  if (/engl|english|inglés|anglais|англ/iu.test(marker)) return 'en';
  if (/german|deutsch|dt\./iu.test(marker)) return 'de';
  if (/español|span\./iu.test(marker)) return 'es';
  if (/français|fr\./iu.test(marker)) return 'fr';
  return undefined;
}

function evidenceOf(g: Group): TermEvidence | undefined {
  return (['defined', 'abbreviation', 'quoted', 'phrase'] as const).find((e) => g.evidence.has(e));
}

function dedupeDefinitions(defs: FoundDefinition[]): FoundDefinition[] {
  const seen = new Set<string>();
  return defs.filter((d) => {
    const k = `${d.paper}\u0000${d.block ?? ''}\u0000${d.start}\u0000${d.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The entry's title: a form in the collection's main language, singular, written as the text writes it mid-sentence. */
function chooseCanonical(forms: Form[], mainLanguage: string): Form | undefined {
  const long = forms.filter((f) => !f.short);
  const pool = long.length > 0 ? long : forms;
  const singular = (f: Form) => {
    const last = (f.surface.match(WORD) ?? []).at(-1) ?? '';
    return stem(last) === last.toLowerCase() || /(?:ss|us|is)$/u.test(last);
  };
  const score = (f: Form) => (f.language === mainLanguage ? 4 : 0) + (singular(f) ? 2 : 0) + (f.fromDefinition ? 1 : 0) + Math.min(1, f.weight / 10);
  return pool.slice().sort((a, b) => score(b) - score(a) || b.weight - a.weight || a.surface.length - b.surface.length || a.surface.localeCompare(b.surface))[0];
}

/**
 * How often each group's forms occur, and in which papers: one pass per block
 * over its words, each position tried against the forms that start with its
 * stemmed word (longest first).
 */
function countOccurrences(papers: readonly TermPaper[], groups: Group[]): Map<string, { n: number; papers: Set<string> }> {
  const byFirst = new Map<string, { key: string; seq: string[]; caseSensitive: string | null }[]>();
  for (const g of groups) {
    const seen = new Set<string>();
    for (const f of g.forms.values()) {
      const seq = parts(f.surface);
      if (seq.length === 0) continue;
      const id = seq.join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      const list = byFirst.get(seq[0]!) ?? [];
      list.push({ key: g.key, seq, caseSensitive: f.short ? f.surface.replace(/s$/u, '') : null });
      byFirst.set(seq[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.seq.length - a.seq.length);
  const out = new Map<string, { n: number; papers: Set<string> }>();
  for (const p of papers) {
    for (const b of p.blocks) {
      const words: { stem: string; raw: string }[] = [];
      for (const m of b.text.matchAll(WORD)) for (const piece of m[0].split(/[-‐]/u)) if (piece) words.push({ stem: stem(piece), raw: piece });
      for (let i = 0; i < words.length; i++) {
        const list = byFirst.get(words[i]!.stem);
        if (!list) continue;
        const hit = new Set<string>();
        for (const f of list) {
          if (hit.has(f.key)) continue;
          let ok = i + f.seq.length <= words.length;
          for (let k = 0; ok && k < f.seq.length; k++) ok = words[i + k]!.stem === f.seq[k];
          if (ok && f.caseSensitive && words[i]!.raw.replace(/s$/u, '') !== f.caseSensitive) ok = false;
          if (!ok) continue;
          hit.add(f.key);
          const o = out.get(f.key) ?? { n: 0, papers: new Set<string>() };
          o.n++;
          o.papers.add(p.id);
          out.set(f.key, o);
        }
      }
    }
  }
  return out;
}
