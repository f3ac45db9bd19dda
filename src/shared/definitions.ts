/**
 * The sentences in which a paper's authors define their terms, found in one
 * paragraph's cleaned text. Each definition names its term and the verbatim
 * span that defines it (`quote === text.slice(start, end)`), labelled with the
 * device the author used:
 *
 * - abbreviation    "long form (LF)" or "LF (long form)", Schwartz & Hearst (2003)
 * - copula          "A carbon tax is a levy that ...", "X refers to / is defined as / bezeichnet / se define como / désigne ..."
 * - appositive      "X, i.e. ...", "X, that is, ...", "X, d. h. ...", "X, es decir, ...", "X, c'est-à-dire ...", "LF (LF), an assessment of ..."
 * - by-we-mean      "By X we mean ...", "Unter X verstehen wir ...", "Por X entendemos ...", "Par X, nous entendons ..."
 * - so-called       "the so-called X, the most junior ...", "das sogenannte X, also ...", "el llamado X, una ...", "ce que l'on appelle X : ..."
 * - quoted-gloss    "The “X”, as practitioners call it, is ...", "sprechen von „X“, wenn ...", "la «X», término con el que ..."
 * - cross-sentence  "The relevant concept here is X. It is ...", "Es geht um X. Gemeint ist ...", "Vient ensuite X. Il s'agit de ..."
 *
 * Precision comes first: a copula counts only with a definitional head (an
 * article and a noun with a relative clause or a complement, not an
 * evaluation: "is large", "is hard to measure", "is defined by its limits",
 * "is the backbone of ..."), and a term is a noun phrase of one to five words,
 * never a pronoun or a demonstrative. English, German, Spanish, French, and a
 * little Russian. One pass over the sentences, each pattern bounded: linear
 * in the text.
 */

export type DefinitionPattern = 'abbreviation' | 'copula' | 'appositive' | 'by-we-mean' | 'so-called' | 'quoted-gloss' | 'cross-sentence';

export interface Definition {
  /** The defined term as written (articles dropped, a sentence-initial capital lowered). */
  term: string;
  /** The defining span, verbatim: always `text.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  pattern: DefinitionPattern;
  /** The short form, when the span pairs the term with one ("sustainability-linked bonds (SLBs)"). */
  abbreviation?: string;
}

export interface DefinitionOptions {
  /** BCP 47 language of the paragraph ("en", "de", "es", "fr", "ru"); all of them when absent or unknown. */
  language?: string;
}

/** Most specific first: where one span could take two labels, it takes the earlier one. */
export const PATTERN_PRIORITY: readonly DefinitionPattern[] = ['cross-sentence', 'quoted-gloss', 'so-called', 'by-we-mean', 'appositive', 'copula', 'abbreviation'];

type Lang = 'en' | 'de' | 'es' | 'fr' | 'ru';
const LANGS: readonly Lang[] = ['en', 'de', 'es', 'fr', 'ru'];

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const COORD = set('and und y e et и');
/** Words that name a term in front of it ("the term X", "la expresión X"). */
const META_NOUNS = set('term expression word notion concept label begriff ausdruck wort término expresión palabra noción concepto terme expression mot notion concept термин понятие');
/** Prepositions after which an article stays inside a term ("determinantes sociales de la salud"). */
const INNER_PREPOSITION = set("de a à en por para d' d’");
/** Inflected German adjectives and participles ("parametrische", "festgelegten"). */
const GERMAN_ADJECTIVE = /(?:isch|lich|ig|al|iv|ell|är|ar|bar|los|haft|sam|ant|ent|iert|ert|ten|te|ne|re|le|ge|de|ke|se|ze)(?:e|en|er|es|em)?$|^(?:grün|neu|alt|groß|klein|hoch|direkt|privat|öffentlich|national|global|lokal|regional)(?:e|en|er|es|em)?$/u;
/** Frequent English verbs of academic prose, in all their forms: a noun phrase never runs across one ("Planners favour infill development"). */
const EN_VERBS = (() => {
  const stems = (
    'use adopt apply introduce require include involve provide offer propose show find suggest make take give create allow enable reduce increase promote support need call consider prefer choose face obtain receive issue sell buy pay hold set follow favour favor prioritise prioritize encourage discourage ' +
    'address analyse analyze assess compare describe discuss examine explore identify measure study test estimate report publish rely depend focus turn apply combine replace reach attract mobilise mobilize finance fund invest lend borrow ' +
    'protect cover exclude leave keep bring put seek aim help see know think argue note claim assume expect treat regard view define mean refer denote represent go come originate emerge date stem arise appear begin remain become grow rise fall'
  ).split(' ');
  const out = new Set<string>();
  for (const v of stems) {
    const base = v.endsWith('e') ? v.slice(0, -1) : v;
    for (const f of [v, `${v}s`, `${v}es`, `${base}ed`, `${v}ed`, `${base}ing`, `${v}ing`]) out.add(f);
    if (/[^aeiou]y$/u.test(v)) for (const f of [`${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`]) out.add(f);
  }
  for (const irregular of 'goes went gone came arose arisen began begun became grew grown rose risen fell fallen made took taken gave given found shown chose chosen held paid sold bought brought kept left put sought saw seen knew known thought meant'.split(' ')) out.add(irregular);
  return out;
})();

/** Common German finite verbs that could pass for inflected adjectives ("Im Mittelpunkt stehen ..."). */
const GERMAN_VERBS = set('stehen steht stand standen gehen geht liegen liegt kommen kommt bleiben bleibt gelten gilt zählen zählt gehören gehört folgen folgt fehlen fehlt spielen spielt dienen dient führen führt bestehen besteht entstehen entsteht lassen lässt sehen sieht finden findet geben gibt nehmen nimmt machen macht zeigen zeigt bringen bringt beginnen beginnt wirken wirkt helfen hilft brauchen braucht sprechen spricht reichen reicht fließen fließt sinken sinkt steigen steigt wachsen wächst');

// ------------------------------------------------------------------ word lists

interface Lex {
  /** Articles: dropped from the front of a term. */
  articles: Set<string>;
  indefinite: Set<string>;
  definite: Set<string>;
  /** Closed-class words that end a noun phrase: pronouns, determiners, prepositions, conjunctions, auxiliaries. */
  closed: Set<string>;
  /** Words that may sit inside a term ("use of proceeds", "tasa de incidencia"). */
  inner: Set<string>;
  /** Never the subject that a definition defines. */
  pronouns: Set<string>;
  /** Words that open a relative clause or a complement after a head noun. */
  relatives: Set<string>;
  prepositions: Set<string>;
  copulas: Set<string>;
  /** Heads and adjectives of an evaluation rather than a definition. */
  evaluative: Set<string>;
  /** Heads that place a term under a wider class: they need a relative clause to define. */
  classHeads: Set<string>;
  /** Heads of a measure or a set ("the number of ...", "la proporción de ..."): with a complement they define, even after "the". */
  measureHeads: Set<string>;
  /** One-word subjects that are never terms. */
  generic: Set<string>;
  /** Words that, leading a subject, make it an identification ("the largest ..."), not a term. */
  ranking: Set<string>;
  /** Sentence adverbs that look like a subject at the start of a clause. */
  adverbs: Set<string>;
}

const LEX: Record<Lang, Lex> = {
  en: {
    articles: set('a an the'),
    indefinite: set('a an'),
    definite: set('the'),
    closed: set(
      'a an the this that these those it its they them their theirs he she his her we our us i my me you your there here what which who whom whose one ones each every all some most many several any no none such both either neither other another much few more less own ' +
        'of in on at by for from to with within without into onto over under between among against about across after before during through toward towards upon via per than as like despite beyond along around behind below above beneath ' +
        'and or but nor yet so because although though while whereas if unless when where whether since until so-called ' +
        'is are was were be been being am has have had do does did can could may might must shall should will would not also only even just still already often always never',
    ),
    inner: set('of'),
    pronouns: set('it this that these those they them he she we i you one there here what which who each every all some most many several any no none such both either neither its their our his her my your another other'),
    relatives: set('that which whose who whom where whereby wherein when'),
    prepositions: set('of in on at by for from with within between among to into over under against about through via per across toward towards upon'),
    copulas: set('is are'),
    evaluative: set(
      'important useful key crucial central critical essential vital major main big large small great serious significant valuable powerful popular common rare difficult hard easy simple complex complicated costly expensive cheap separate strong weak natural obvious real true clear growing complete necessary sufficient attractive promising controversial effective efficient good bad better worse best worst poor rich high low ' +
        'long short slow fast frequent usual rapid ambitious modest useful effective ineffective reliable unreliable accurate ' +
        'problem challenge issue question case example matter step priority concern success failure sign bridge hybrid compromise mistake topic subject focus goal aim backbone cornerstone heart core centre center foundation pillar basis engine driver cause result consequence reason lever myth risk threat opportunity barrier obstacle source symptom function reality fact',
    ),
    classHeads: set('form type kind sort variant subset category part instance component member version class species variety'),
    measureHeads: set('number proportion share percentage ratio fraction probability rate frequency sum total difference average mean value quotient count likelihood extent degree set combination process practice period capacity ability act'),
    generic: set(
      'result results reason reasons problem question answer aim goal point issue consequence outcome effect difference advantage solution alternative rest fact key lesson purpose task study paper article section chapter table figure analysis evidence finding findings data sample literature author authors method methods approach case example part share number amount level definition idea picture story situation context process thing things way ways time year years people',
    ),
    ranking: set('first second third fourth last next main only same other whole entire largest biggest smallest most least best worst greatest highest lowest new former latter'),
    adverbs: set('however thus therefore moreover furthermore also yet still here today now traditionally historically instead indeed finally first second third then hence nevertheless nonetheless meanwhile similarly likewise overall'),
  },
  de: {
    articles: set('der die das den dem des ein eine einer eines einem einen'),
    indefinite: set('ein eine einer eines einem einen'),
    definite: set('der die das den dem des'),
    closed: set(
      'der die das den dem des ein eine einer eines einem einen es er sie ihn ihm ihr ihre ihren ihrem ihres sein seine seinen seinem seiner seines wir uns ich man dies diese dieser dieses diesen diesem jene jener jenes jede jeder jedes jeden jedem alle allen aller einige viele manche mehrere kein keine keinen keinem keiner solche solcher beide andere anderen welche welcher welches was wer unser unsere unseren ' +
        'von vom zu zum zur in im an am auf aus bei beim mit nach seit über unter vor zwischen durch für gegen ohne um bis ab außer gegenüber innerhalb außerhalb trotz wegen während statt laut ' +
        'und oder aber sondern denn weil dass ob wenn als wie da damit sodass obwohl bevor nachdem sogenannte sogenannten sogenannter sogenanntes sogenanntem sog. ' +
        'ist sind war waren sein gewesen hat haben hatte hatten wird werden wurde wurden kann können muss müssen soll sollen darf dürfen will wollen nicht auch nur noch schon oft immer nie sehr',
    ),
    inner: set('der des'),
    pronouns: set('es er sie wir ich man dies diese dieser dieses jene jener jede jeder jedes alle einige viele manche mehrere kein keine solche beide andere das welche was unser unsere ihr ihre sein seine'),
    relatives: set('der die das deren dessen denen dem den welche welcher welches womit wodurch worin wobei wo'),
    prepositions: set('von vom zu zum zur in im an am auf aus bei beim mit nach über unter vor zwischen durch für gegen ohne um gegenüber innerhalb'),
    copulas: set('ist sind'),
    evaluative: set(
      'wichtig wichtige wichtiger wichtiges zentral zentrale zentraler wesentlich wesentliche wesentlicher groß große großer großes klein kleine kleiner kleines erheblich erhebliche erheblicher neu neue neuer neues gut gute guter gutes schlecht schlechte nützlich nützliche nützlicher wertvoll wertvolle umstritten umstrittene unzuverlässig unzuverlässiger unzuverlässige entscheidend entscheidende schwierig schwierige einfach einfache lang lange langer kurz kurze häufig häufige selten seltene wirksam wirksame zuverlässig zuverlässige ' +
        'problem herausforderung frage fall beispiel teil schritt kern herzstück grundlage säule schlüssel ursache folge ergebnis hürde nische risiko chance kampfbegriff brücke thema aspekt rolle ausdruck zeichen weg',
    ),
    classHeads: set('form art typ teil variante untergruppe kategorie beispiel fall'),
    measureHeads: set('zahl anzahl anteil prozentsatz verhältnis quotient wahrscheinlichkeit rate häufigkeit summe differenz durchschnitt mittelwert wert menge gesamtheit kombination prozess fähigkeit zeitraum'),
    generic: set('ergebnis ergebnisse grund problem frage antwort ziel punkt folge unterschied vorteil lösung alternative rest tatsache studie beitrag artikel abschnitt kapitel tabelle abbildung analyse daten literatur autor autoren methode ansatz fall beispiel teil anteil zahl definition idee prozess jahr jahre zeit'),
    ranking: set('erste ersten erster zweite zweiten dritte letzte letzten nächste einzige gleiche andere größte wichtigste meisten neue'),
    adverbs: set('erstens zweitens drittens schließlich zudem außerdem allerdings jedoch dennoch deshalb daher dabei damit hier dort heute nun so auch doch zugleich gleichzeitig insgesamt zusätzlich besonders gerade inzwischen bisher bislang oft häufig meist meistens immer nie genau kaum dann danach vorher somit folglich also'),
  },
  es: {
    articles: set('el la los las lo un una unos unas'),
    indefinite: set('un una unos unas'),
    definite: set('el la los las lo'),
    closed: set(
      'el la los las lo un una unos unas al del este esta estos estas esto ese esa esos esas eso aquel aquella aquellos aquellas ello él ella ellos ellas se nos les le su sus nuestro nuestra nuestros nuestras cada todo toda todos todas algunos algunas muchos muchas varios varias otro otra otros otras mismo misma tal tales cual cuales quien quienes que ' +
        'a ante bajo con contra de desde durante en entre hacia hasta mediante para por según sin sobre tras ' +
        'y e o u ni pero sino porque aunque si cuando donde mientras como ' +
        'es son era eran fue fueron ser sido está están estaba estaban ha han había hay puede pueden debe deben tiene tienen no también solo sólo ya muy más menos',
    ),
    inner: set('de del en por para la las los el a'),
    pronouns: set('este esta estos estas esto ese esa esos esas eso aquel aquella ello él ella ellos ellas cada todo toda todos todas algunos algunas muchos muchas varios varias otro otra otros otras nuestro nuestra su sus se que quien'),
    relatives: set('que cual cuales cuyo cuya cuyos cuyas donde quien quienes'),
    prepositions: set('de del en para por con entre sobre a al sin según mediante ante hacia'),
    copulas: set('es son'),
    evaluative: set(
      'importante importantes útil útiles clave fundamental fundamentales central centrales esencial esenciales principal principales grave graves gran grande grandes buen bueno buena buenos malo mala malos nuevo nueva nuevos nuevas complejo compleja difícil fácil costoso costosa necesario necesaria valioso valiosa excelente verdadero verdadera mayor menor largo larga corto corta lento lenta rápido rápida frecuente frecuentes común comunes habitual eficaz eficaces eficiente fiable ' +
        'problema reto desafío cuestión caso ejemplo parte paso prioridad columna pilar base eje motor núcleo corazón consecuencia resultado causa riesgo obstáculo barrera fuente tema asunto',
    ),
    classHeads: set('forma tipo clase parte variante subconjunto categoría ejemplo caso componente'),
    measureHeads: set('número proporción porcentaje cociente razón fracción probabilidad tasa frecuencia suma total diferencia promedio media valor cantidad conjunto combinación proceso capacidad periodo período grado medida'),
    generic: set('resultado resultados razón problema pregunta respuesta objetivo punto consecuencia efecto diferencia ventaja solución alternativa resto hecho estudio artículo sección capítulo tabla figura análisis datos muestra literatura autor autores método enfoque caso ejemplo parte número cantidad nivel definición idea proceso año años tiempo'),
    ranking: set('primer primero primera segundo segunda tercer tercero tercera último última único única mismo misma otro otra mayor principal nuevo nueva'),
    adverbs: set('sin embargo además también así hoy ahora aquí allí finalmente primero segundo luego después entonces por tanto asimismo'),
  },
  fr: {
    articles: set("le la les l' l’ un une des du"),
    indefinite: set('un une des'),
    definite: set("le la les l' l’"),
    closed: set(
      "le la les l' l’ un une des du au aux ce cet cette ces cela ceci ça il elle ils elles on nous vous leur leurs son sa ses notre nos chaque tout toute tous toutes certains certaines plusieurs autre autres même mêmes tel telle quel quelle qui que qu' qu’ dont lequel laquelle y se s' s’ " +
        "à de d' d’ en dans par pour sur sous avec sans entre chez vers selon contre depuis pendant avant après parmi " +
        'et ou mais donc or ni car si quand lorsque comme ' +
        'est sont était étaient fut être été a ont avait avaient peut peuvent doit doivent ne pas plus aussi seulement déjà très moins',
    ),
    inner: set("de d' d’ du des en à la l' l’"),
    pronouns: set('ce cet cette ces cela ceci ça il elle ils elles on nous chaque tout toute tous toutes certains certaines plusieurs autre autres notre nos leur leurs son sa ses qui que'),
    relatives: set("qui que qu' qu’ dont où lequel laquelle lesquels lesquelles auquel auxquels"),
    prepositions: set("de d' d’ du des en dans par pour sur avec entre à au aux selon sans chez"),
    copulas: set('est sont'),
    evaluative: set(
      'important importante importants importantes utile utiles clé clef essentiel essentielle central centrale fondamental fondamentale principal principale grand grande bon bonne mauvais mauvaise nouveau nouvelle complexe difficile facile coûteux coûteuse nécessaire précieux précieuse excellent excellente véritable majeur majeure long longue court courte lent lente rapide fréquent fréquente courant courante efficace fiable ' +
        'problème défi enjeu question cas exemple partie étape priorité pilier base cœur socle moteur conséquence résultat cause risque obstacle frein source sujet thème',
    ),
    classHeads: set('forme type sorte genre partie variante catégorie exemple cas composante'),
    measureHeads: set('nombre proportion part pourcentage rapport ratio fraction probabilité taux fréquence somme total différence moyenne valeur quantité ensemble combinaison processus capacité période degré mesure'),
    generic: set('résultat résultats raison problème question réponse objectif but point conséquence effet différence avantage solution alternative reste fait étude article section chapitre tableau figure analyse données échantillon littérature auteur auteurs méthode approche cas exemple partie nombre niveau définition idée processus année années temps'),
    ranking: set('premier première second seconde deuxième troisième dernier dernière seul seule même autre principal principale nouveau nouvelle plus'),
    adverbs: set('cependant ainsi aussi aujourd’hui ici enfin ensuite alors donc toutefois néanmoins'),
  },
  ru: {
    articles: set(''),
    indefinite: set(''),
    definite: set(''),
    closed: set('это этот эта эти он она они оно мы вы я его её их который которая которое которые в на с по из к у о об от до для при без через между под над за и или но а что чтобы как если не также уже очень является являются был была были есть'),
    inner: set(''),
    pronouns: set('это этот эта эти он она они оно мы вы я его её их который которая которое которые'),
    relatives: set('который которая которое которые которого которой которых где'),
    prepositions: set('в на с по из к у о об от до для при без через между под над за'),
    copulas: set(''),
    evaluative: set('важный важная важное важным важной ключевой ключевая главный главная основной основная проблема вызов пример'),
    classHeads: set('форма тип вид часть'),
    measureHeads: set('число доля количество сумма разность отношение вероятность совокупность процесс'),
    generic: set('результат причина проблема вопрос ответ цель статья исследование данные анализ'),
    ranking: set('первый первая второй вторая последний последняя'),
    adverbs: set('однако также поэтому здесь сегодня'),
  },
};

const FUNCTION_WORDS = new Map<string, ReadonlySet<string>>();
/** Closed-class words of a language (articles, pronouns, prepositions, conjunctions, auxiliaries); all languages' for one without a list. */
export function functionWords(language: string): ReadonlySet<string> {
  const lang = language.toLowerCase().split('-')[0]!;
  let words = FUNCTION_WORDS.get(lang);
  if (!words) {
    const langs = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : LANGS;
    words = new Set(langs.flatMap((l) => [...LEX[l].closed, ...LEX[l].articles]));
    FUNCTION_WORDS.set(lang, words);
  }
  return words;
}

/** Explicit verbs of definition, the term as their subject ("X refers to ..."). Longest first. */
const EXPLICIT: Record<Lang, string[]> = {
  en: [
    'is calculated as', 'are calculated as', 'was calculated as', 'were calculated as', 'is computed as', 'was computed as',
    'is defined as', 'are defined as', 'can be defined as', 'may be defined as', 'is understood as', 'are understood as', 'is used to refer to', 'is used to denote', 'is taken to mean', 'is the term for', 'is the name for', 'is the name given to',
    'refers to', 'refer to', 'denotes', 'denote', 'designates', 'designate', 'means', 'stands for',
  ],
  de: ['wird berechnet als', 'wurde berechnet als', 'ist definiert als', 'sind definiert als', 'wird definiert als', 'werden definiert als', 'bezeichnet', 'bezeichnen', 'meint', 'bedeutet', 'steht für'],
  es: ['se calcula como', 'se calculó como', 'se calculan como', 'se calcularon como', 'se define como', 'se definen como', 'se entiende como', 'se refiere a', 'se refieren a', 'hace referencia a', 'hacen referencia a', 'designa', 'designan', 'denota', 'denotan', 'significa', 'equivale a', 'equivalen a', 'equivale al', 'equivalen al', 'consiste en', 'consisten en', 'alude a'],
  fr: ['se définit comme', 'se définissent comme', 'est défini comme', 'est définie comme', 'sont définis comme', 'a été calculé comme', 'a été calculée comme', 'ont été calculés comme', 'ont été calculées comme', 'est calculé comme', 'est calculée comme', 'désigne', 'désignent', 'signifie', 'correspond à', 'correspond au', 'correspond aux', 'correspondent à', 'correspondent au', 'correspondent aux', 'renvoie à', 'renvoie au', 'renvoie aux', 'fait référence à', 'consiste en', 'consiste à'],
  ru: ['— это', '– это', 'называется', 'называются', 'означает', 'обозначает', 'определяется как', 'понимается как'],
};

/** Verbs that define an indicator by what it measures ("La tasa de letalidad mide la proporción de ..."): only with a measure noun after them. */
const MEASURE_VERBS: Record<Lang, string[]> = {
  en: ['measures', 'measure', 'quantifies', 'captures', 'expresses'],
  de: ['misst', 'messen', 'gibt an', 'beziffert'],
  es: ['mide', 'miden', 'cuantifica', 'cuantifican', 'expresa', 'expresan'],
  fr: ['mesure', 'mesurent', 'quantifie', 'quantifient', 'exprime', 'expriment'],
  ru: ['измеряет', 'показывает', 'отражает'],
};

/** Explicit verbs that say what a word means only when a class follows ("correspond à une ...", not "correspond à ce que ..."). */
const WEAK_EXPLICIT = new Set(['means', 'stands for', 'denotes', 'denote', 'designates', 'designate', 'meint', 'bedeutet', 'steht für', 'bezeichnet', 'bezeichnen', 'significa', 'equivale a', 'equivalen a', 'equivale al', 'equivalen al', 'consiste en', 'consisten en', 'alude a', 'designa', 'designan', 'denota', 'denotan', 'signifie', 'correspond à', 'correspond au', 'correspond aux', 'correspondent à', 'correspondent au', 'correspondent aux', 'renvoie à', 'renvoie au', 'renvoie aux', 'consiste en', 'consiste à', 'consisten en', 'consistent à', 'désigne', 'désignent', 'означает', 'обозначает']);
/** Verbs of equivalence define only a quantity ("correspond au nombre de ..."), not an outcome ("correspond à une amélioration"). */
const EQUIVALENCE = /^(?:equivale|equivalen|correspond|correspondent|entspricht|entsprechen|equals|equal)\b/u;

/** Determiners that may open the class after a weak explicit verb besides articles ("désigne tout local ..."). */
const OPENS_CLASS = set('any all every each alle jede jeder jedes toda todo todos todas cualquier tout toute tous toutes');

/** Verbs of meaning whose object is a clause ("means that ...") are consequences, not definitions. */
const THAT_CLAUSE = set('that dass que qu’ qu\' что');

// ------------------------------------------------------------------ tokens and sentences

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

// Elided French articles and pronouns are tokens of their own ("l’immunité" -> "l’" + "immunité").
const TOKEN = /(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;

function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    // A token may swallow a sentence-final period after an abbreviation ("U.S."): keep the word, not the period.
    const end = Math.min(m.index + raw.length, to);
    const t = text.slice(m.index, end);
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end, word: /^[\p{L}\p{N}]/u.test(t) });
  }
  return out;
}

/** Abbreviations after which a period ends no sentence. Lower case, without the final period. */
const NO_END = set(
  'e.g i.e et al cf vs viz etc.al pp p vol no nr fig figs eq eqs tab abb bzw vgl usw ca ggf inkl evtl sog z.b d.h u.a s.o s.u ej p.ej pág págs núm cap art ed eds approx dr prof mr mrs ms st sr sra mme mlle jr inc ltd co corp dept univ resp op cit ibid',
);

function isBoundary(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '.' && c !== '?' && c !== '!' && c !== '…') return false;
  let j = i + 1;
  while (j < text.length && /[”"’»)\]]/u.test(text[j]!)) j++;
  if (j >= text.length) return true;
  if (text[j] !== ' ') return false;
  while (j < text.length && text[j] === ' ') j++;
  if (j >= text.length) return true;
  if (!/[\p{Lu}\d“"„«¿¡(‘‚]/u.test(text[j]!)) return false;
  if (c !== '.') return true;
  // the word before the period
  let k = i;
  while (k > 0 && /[\p{L}\p{N}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, i).toLowerCase();
  if (word.length === 1 && /\p{L}/u.test(word)) return false; // an initial or "z. B."
  if (NO_END.has(word) || NO_END.has(word.replace(/\./g, ''))) return false;
  // "z. B." / "d. h." / "p. ej.": a one-letter word and a period before this one
  if (/(?:^|\s)\p{L}\.\s?\p{L}{1,2}$/u.test(text.slice(Math.max(0, i - 6), i))) return false;
  return true;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences of a paragraph as spans, each ending after its final punctuation
 * (and any closing quote or bracket). Abbreviations ("e.g.", "z. B.", "p. ej.",
 * "et al.") and initials end no sentence.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (span: Span) => {
    for (const piece of bounded(text, span)) out.push(piece);
  };
  let start = 0;
  while (start < text.length && text[start] === ' ') start++;
  for (let i = 0; i < text.length; i++) {
    if (!isBoundary(text, i)) continue;
    let end = i + 1;
    while (end < text.length && /[”"’»)\]]/u.test(text[end]!)) end++;
    if (end > start) push({ start, end });
    start = end;
    while (start < text.length && text[start] === ' ') start++;
    i = start - 1;
  }
  if (start < text.length && text.slice(start).trim()) push({ start, end: text.replace(/\s+$/u, '').length });
  return out;
}

/** Longest span treated as one sentence: every pattern's work per sentence is bounded, so the finder stays linear on run-on text. */
const MAX_SENTENCE = 1500;

/** A run-on span cut into pieces of at most MAX_SENTENCE characters, at a semicolon, colon, comma or space. */
function bounded(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE) return [span];
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(': '));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(', ');
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SENTENCE - 1;
    out.push({ start, end: start + cut + 1 });
    start += cut + 1;
    while (start < span.end && text[start] === ' ') start++;
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

/** The end of a quote: a sentence's final full stop (not a closing quote or bracket) is left out. */
function quoteEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1]!)) e--;
  if (e > start && /[.;:,!?…]/u.test(text[e - 1]!)) e--;
  while (e > start && /\s/u.test(text[e - 1]!)) e--;
  return e;
}

// ------------------------------------------------------------------ terms

const QUOTE_OPEN = '“"„«‚‘»';
const isWordTok = (t: Tok | undefined) => !!t && t.word;
const cap = (s: string) => /^\p{Lu}/u.test(s);
const contentCount = (toks: Tok[], lex: Lex) => toks.filter((t) => t.word && !lex.inner.has(t.lower)).length;

interface TermSpan {
  term: string;
  start: number;
  end: number;
  abbreviation?: string;
}

/**
 * A term from its tokens: articles dropped from the front, a short form in
 * brackets after it ("Carbon Border Adjustment Mechanism (CBAM)") kept
 * apart. Null when the tokens are no noun phrase of 1-5 words.
 */
function termOf(text: string, toks: Tok[], lang: Lang, clauseStart: number, allowAnd = false): TermSpan | null {
  const lex = LEX[lang];
  let t = toks.slice();
  let abbreviation: string | undefined;
  // "(ABBR)" at the end
  if (t.length >= 4 && t.at(-1)!.text === ')' && t.at(-3)!.text === '(' && isShortForm(t.at(-2)!.text)) {
    abbreviation = t.at(-2)!.text;
    t = t.slice(0, -3);
  }
  while (t.length > 0 && lex.articles.has(t[0]!.lower)) t = t.slice(1);
  // "the term X", "la expresión X", "der Begriff X": the word names the term, it is not part of it
  if (t.length > 1 && META_NOUNS.has(t[0]!.lower)) {
    t = t.slice(1);
    while (t.length > 1 && (lex.inner.has(t[0]!.lower) || lex.articles.has(t[0]!.lower))) t = t.slice(1);
  }
  // a quoted term: “greenium”
  if (t.length >= 3 && QUOTE_OPEN.includes(t[0]!.text) && /[”"“»«’‘]/u.test(t.at(-1)!.text)) t = t.slice(1, -1);
  if (t.length === 0 || t.length > 8) return null;
  if (t.some((x) => !x.word && x.text !== '-' && x.text !== '/')) return null;
  if (!t[0]!.word || !t.at(-1)!.word) return null;
  if (lex.inner.has(t[0]!.lower) || lex.inner.has(t.at(-1)!.lower)) return null;
  const n = contentCount(t, lex);
  if (n < 1 || n > 5) return null;
  for (let k = 0; k < t.length; k++) {
    const x = t[k]!;
    if (lex.inner.has(x.lower)) continue;
    if (allowAnd && k > 0 && k < t.length - 1 && COORD.has(x.lower)) continue;
    if (lex.closed.has(x.lower) || lex.pronouns.has(x.lower)) return null;
    if (/^\d+([.,]\d+)?$/u.test(x.text)) return null;
  }
  if (lex.ranking.has(t[0]!.lower) || (lang === 'en' && /^\p{Ll}+est$/u.test(t[0]!.text) && t.length > 1)) return null;
  if (lex.adverbs.has(t[0]!.lower) && t.length === 1) return null;
  if (lex.adverbs.has(t[0]!.lower) && cap(t[0]!.text) && t[0]!.start === clauseStart) return null;
  if (n === 1 && lex.generic.has(t.find((x) => x.word)!.lower)) return null;
  if (lang === 'en' && /ly$/u.test(t.at(-1)!.lower)) return null;
  if (lang === 'en' && t.some((x) => /['’]s$/u.test(x.text))) return null;
  if (lang === 'de' && !cap(t.at(-1)!.text)) return null;
  const start = t[0]!.start;
  const end = t.at(-1)!.end;
  let term = text.slice(start, end).replace(/\s+/gu, ' ');
  // A capital that only marks the start of a sentence is not part of the term.
  if (start === clauseStart && lang !== 'de' && /^\p{Lu}\p{Ll}/u.test(term) && !/^\p{Lu}\p{Ll}*\p{Lu}/u.test(term)) {
    const words = term.split(' ');
    const properName = words.length > 1 && words.filter((w) => !lex.inner.has(w.toLowerCase())).every((w) => cap(w));
    if (!properName) term = term[0]!.toLowerCase() + term.slice(1);
  }
  // "Parametrische Versicherungen" at the start of a sentence: an adjective capitalised by its position
  if (start === clauseStart && lang === 'de' && t.length > 1 && cap(t[1]!.text) && GERMAN_ADJECTIVE.test(t[0]!.lower)) term = term[0]!.toLowerCase() + term.slice(1);
  return abbreviation ? { term, start, end, abbreviation } : { term, start, end };
}

/** "CBAM", "SLBs", "SaaS", "AVAD": a short form in brackets. */
function isShortForm(s: string): boolean {
  if (!/^[\p{Lu}][\p{L}\p{N}&-]{1,9}$/u.test(s)) return false;
  const upper = (s.match(/\p{Lu}/gu) ?? []).length;
  return upper >= 2 && upper * 2 >= (s.match(/\p{L}/gu) ?? []).length;
}

/** The noun phrase that ends at token `last` (inclusive), walking back to the first closed-class word. */
function npBefore(toks: Tok[], last: number, lang: Lang): Tok[] | null {
  const lex = LEX[lang];
  let i = last;
  // "X (ABBR), i.e." : step over the short form
  if (toks[i]?.text === ')' && toks[i - 2]?.text === '(' && isShortForm(toks[i - 1]?.text ?? '')) i -= 3;
  const endAt = i;
  let begin = i + 1;
  let content = 0;
  while (i >= 0) {
    const t = toks[i]!;
    if (!t.word) {
      if (t.text === '-' || t.text === '/') {
        i--;
        continue;
      }
      break;
    }
    if (lex.inner.has(t.lower)) {
      // an inner word continues the phrase only if a content word precedes it; an inner article only after "de" ("de la salud")
      const prev = toks[i - 1];
      if (!prev || !prev.word || (lex.closed.has(prev.lower) && !lex.inner.has(prev.lower))) break;
      if (lex.articles.has(t.lower) && !INNER_PREPOSITION.has(prev.lower)) break;
      i--;
      continue;
    }
    if (lex.closed.has(t.lower) || lex.articles.has(t.lower)) break;
    if (/^\d/u.test(t.text)) break;
    // a verb ends the phrase, unless it heads an "X of Y" ("use of proceeds")
    if (lang === 'en' && EN_VERBS.has(t.lower) && begin <= endAt && !lex.inner.has(toks[i + 1]?.lower ?? '')) break;
    // an adverb ends the phrase, unless it modifies a participle inside it ("nationally determined contributions")
    if (lang === 'en' && /ly$/u.test(t.lower) && !(begin <= endAt && /ed$/u.test(toks[begin]!.lower))) break;
    if (lang === 'de' && begin <= endAt && !cap(t.text) && (GERMAN_VERBS.has(t.lower) || !GERMAN_ADJECTIVE.test(t.lower))) break;
    // German verb-second: "Im Mittelpunkt stehen parametrische Versicherungen": a noun before a lower-case word ends the phrase
    if (lang === 'de' && begin <= endAt && cap(t.text) && !cap(toks[begin]!.text) && i > 0 && toks[i - 1]!.word) break;
    content++;
    if (content > 5) break;
    begin = i;
    i--;
  }
  if (begin > endAt) return null;
  let phrase = toks.slice(begin, last + 1);
  // A subject pronoun or reflexive just before: the first word is a verb ("se concentran en ...").
  const before = toks[begin - 1];
  if (before && before.word && /^(?:se|il|elle|on|nous|they|we|it|es|er|sie|man|wir)$/u.test(before.lower)) {
    let k = 1;
    while (k < phrase.length && lex.inner.has(phrase[k]!.lower)) k++;
    phrase = phrase.slice(k);
  }
  while (phrase.length > 0 && lex.inner.has(phrase[0]!.lower)) phrase = phrase.slice(1);
  if (phrase.length === 0) return null;
  // German: the phrase ends in a noun, and its first word is a noun or an adjective
  if (lang === 'de') {
    const head = phrase.filter((t) => t.word).at(-1)!;
    if (!cap(head.text) && !isShortForm(head.text)) return null;
    // a lower-case word right after a noun that opens the clause is its verb ("Mittelpunkt stehen ...")
    const lowerFirst = phrase[0]!;
    if (!cap(lowerFirst.text) && GERMAN_VERBS.has(lowerFirst.lower)) phrase = phrase.slice(1);
  }
  if (lang === 'en') {
    const head = phrase.filter((t) => t.word).at(-1)!;
    if (/(?:ed|ly)$/u.test(head.lower) && !/(?:need|seed|feed|bed|speed|shed)$/u.test(head.lower)) return null;
  }
  return phrase;
}

/** The noun phrase that starts at token `first`, up to a comma, a closed-class word or five words. */
function npAfter(toks: Tok[], first: number, lang: Lang, allowAnd: boolean): Tok[] | null {
  const lex = LEX[lang];
  let i = first;
  while (i < toks.length && lex.articles.has(toks[i]!.lower)) i++;
  // a quoted term
  if (i < toks.length && QUOTE_OPEN.includes(toks[i]!.text)) {
    let j = i + 1;
    while (j < toks.length && j - i <= 8 && !/[”"“»«’‘]/u.test(toks[j]!.text)) j++;
    if (j < toks.length && j > i + 1 && /[”"“»«’‘]/u.test(toks[j]!.text)) return toks.slice(i, j + 1);
    return null;
  }
  const out: Tok[] = [];
  let content = 0;
  for (let j = i; j < toks.length; j++) {
    const t = toks[j]!;
    if (!t.word) {
      if (t.text === '-' || t.text === '/') continue;
      break;
    }
    const coord = allowAnd && /^(?:and|und|y|e|et|и)$/u.test(t.lower);
    if (lex.inner.has(t.lower) || coord) {
      const next = toks[j + 1];
      if (!next || !next.word || (lex.closed.has(next.lower) && !lex.inner.has(next.lower) && !lex.articles.has(next.lower))) break;
      out.push(t);
      continue;
    }
    if (lex.closed.has(t.lower)) break;
    if (lang === 'en' && out.length > 0 && (/(?:ed)$/u.test(t.lower) || EN_VERBS.has(t.lower))) break;
    if (lang === 'de' && out.length > 0 && !cap(t.text) && cap(out.at(-1)!.text)) break;
    content++;
    if (content > 5) return null;
    out.push(t);
  }
  while (out.length > 0 && (lex.inner.has(out.at(-1)!.lower) || /^(?:and|und|y|e|et|и)$/u.test(out.at(-1)!.lower))) out.pop();
  return out.length > 0 ? out : null;
}

// ------------------------------------------------------------------ definitional heads

/** Does the definiens (tokens after the copula) read as a definition: a class and its distinguishing features? */
function definitionalHead(d: Tok[], lang: Lang): boolean {
  const lex = LEX[lang];
  const words = d.filter((t) => t.word);
  if (words.length < 4) return false;
  const first = d[0];
  if (!first || !first.word) return false;
  // "son aquellos que ...", "sont ceux qui ...", "are those that ...", "sind diejenigen, die ..."
  if (DEMONSTRATIVE_HEAD.has(first.lower)) {
    const next = d[1]?.text === ',' ? d[2] : d[1];
    return !!next && lex.relatives.has(next.lower) && words.length >= 5;
  }
  let i = 0;
  let kind: 'indefinite' | 'definite' | 'bare';
  if (lex.indefinite.has(first.lower)) kind = 'indefinite';
  else if (lex.definite.has(first.lower)) kind = 'definite';
  else kind = 'bare';
  if (kind !== 'bare') i = 1;
  else {
    if (lang === 'es' || lang === 'fr' || lang === 'ru') return false;
    if (lex.closed.has(first.lower) || lex.evaluative.has(first.lower)) return false;
    if (lang === 'de' && (!cap(first.text) || lex.adverbs.has(first.lower))) return false;
    if (lang === 'en') {
      if (cap(first.text) && !isShortForm(first.text)) return false;
      if (/(?:ly|ed|ing|able|ible|ful|ous|ive|ic|al|less|er|est|ent|ant)$/u.test(first.lower)) return false;
      const next = d[1];
      if (next && /^(?:to|than|enough)$/u.test(next.lower)) return false;
    }
  }
  if (/^\d/u.test(d[i]?.text ?? '')) return false;
  if (lang === 'en' && (d[i]?.lower === 'most' || d[i]?.lower === 'least' || /^\p{Ll}+est$/u.test(d[i]?.text ?? ''))) return false;
  if (lex.ranking.has(d[i]?.lower ?? '') && kind === 'definite') return false;
  // the head: words up to the first complement, relative clause or comma
  const head: Tok[] = [];
  let j = i;
  for (; j < d.length && head.length < 5; j++) {
    const t = d[j]!;
    if (!t.word || lex.relatives.has(t.lower) || lex.prepositions.has(t.lower)) break;
    if (lang === 'en' && head.length > 0 && /(?:ed|ing)$/u.test(t.lower) && !/(?:ing)$/u.test(head.at(-1)!.lower)) break;
    head.push(t);
  }
  if (head.length === 0) return false;
  if (head.some((t) => lex.evaluative.has(t.lower))) return false;
  if (lang === 'en' && head.length > 1 && EVALUATIVE_ING.has(head[0]!.lower)) return false;
  const rest = d.slice(j);
  const restLower = rest.map((t) => t.lower);
  // a relative clause within reach, after a parenthetical if need be
  const relativeAt = rest.findIndex((t, k) => k < 14 && lex.relatives.has(t.lower) && (k === 0 || rest[k - 1]!.text === ',' || lex.prepositions.has(rest[k - 1]!.lower)));
  const hasRelative = relativeAt >= 0;
  const participle = rest.some((t, k) => k < 16 && t.word && isParticiple(t.lower, lang));
  const complement = rest.length > 0 && rest[0]!.word && (lex.prepositions.has(restLower[0]!) || lex.relatives.has(restLower[0]!));
  if (lex.classHeads.has(head[0]!.lower) && !hasRelative) return false;
  switch (kind) {
    case 'indefinite':
      return (complement || hasRelative || participle) && words.length >= 5;
    case 'definite':
      if (lex.measureHeads.has(head[0]!.lower) && head.length <= 2 && complement && words.length >= 5) return true;
      return (hasRelative || participle) && words.length >= 8;
    case 'bare':
      return hasRelative && words.length >= 6;
  }
}

const DEMONSTRATIVE_HEAD = set('those diejenigen derjenige diejenige dasjenige aquellos aquellas aquel aquella ceux celles celui celle');

/** -ing adjectives of judgement: "a demanding requirement", "a promising route". */
const EVALUATIVE_ING = set('demanding promising pressing compelling interesting striking worrying challenging growing rising increasing misleading convincing daunting fascinating leading emerging troubling encouraging disappointing surprising');

function isParticiple(w: string, lang: Lang): boolean {
  switch (lang) {
    case 'en':
      return /\p{L}{3}(?:ed)$/u.test(w) || /^(?:made|set|held|given|paid|issued|provided|used|known|taken|built|seen|done|brought|kept|left|sold|spent|chosen|drawn|shown)$/u.test(w);
    case 'de':
      return /^ge\p{L}{3,}(?:t|en)$/u.test(w);
    case 'es':
      return /\p{L}{3}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u.test(w);
    case 'fr':
      return /\p{L}{3}(?:é|ée|és|ées)$/u.test(w);
    default:
      return false;
  }
}

// ------------------------------------------------------------------ the finder

interface Ctx {
  text: string;
  langs: readonly Lang[];
  out: Definition[];
}

function add(ctx: Ctx, term: TermSpan | string, start: number, end: number, pattern: DefinitionPattern, abbreviation?: string): void {
  const e = quoteEnd(ctx.text, start, end);
  if (e <= start) return;
  const t = typeof term === 'string' ? term : term.term;
  const abbr = abbreviation ?? (typeof term === 'string' ? undefined : term.abbreviation);
  const def: Definition = { term: t, quote: ctx.text.slice(start, e), start, end: e, pattern };
  if (abbr) def.abbreviation = abbr;
  ctx.out.push(def);
}

export function findDefinitions(text: string, options: DefinitionOptions = {}): Definition[] {
  const lang = (options.language ?? '').toLowerCase().split('-')[0]!;
  const langs: readonly Lang[] = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : LANGS;
  const ctx: Ctx = { text, langs, out: [] };
  const sentences = splitSentences(text);
  const toks = sentences.map((s) => tokenize(text, s.start, s.end));
  sentences.forEach((s, k) => {
    const t = toks[k]!;
    abbreviations(ctx, s, t);
    for (const l of langs) {
      copulas(ctx, s, t, l);
      appositives(ctx, s, t, l);
      byWeMean(ctx, s, t, l);
      soCalled(ctx, s, t, l);
      quotedGloss(ctx, s, t, l);
      if (k > 0) crossSentence(ctx, sentences[k - 1]!, toks[k - 1]!, s, t, l);
    }
  });
  return dedupe(ctx.out);
}

const norm = (s: string) => s.toLowerCase().replace(/[-‐\s]+/gu, ' ').replace(/[“”"„«»‘’‚]/gu, '').trim();

/** One definition per term and span: where two overlap, the more specific label wins. */
function dedupe(defs: Definition[]): Definition[] {
  const rank = (d: Definition) => PATTERN_PRIORITY.indexOf(d.pattern);
  const names = (d: Definition) => [norm(d.term), ...(d.abbreviation ? [norm(d.abbreviation)] : [])];
  const sorted = defs.slice().sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start));
  const kept: Definition[] = [];
  // the same term, or one ending the other ("Schäden" in "Verluste und Schäden")
  const related = (a: string[], b: string[]) => a.some((x) => b.some((y) => x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)));
  for (const d of sorted) {
    const clash = kept.some((k) => k.start < d.end && d.start < k.end && related(names(k), names(d)));
    const same = kept.some((k) => k.start === d.start && k.end === d.end && norm(k.term) === norm(d.term));
    if (!clash && !same) kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

// ------------------------------------------------------------------ abbreviations

/** ISO 3166 alpha-3 country codes: "Ghana (GHA)" pairs a name with a code, not a term with its short form. */
const COUNTRY_CODES = set(
  'AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE ' +
    'DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR ' +
    'KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK ' +
    'PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL ' +
    'TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE',
);

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Schwartz & Hearst: the shortest stretch of `before` whose words spell `short` in order, the first letter starting a word. */
function longFormStart(short: string, before: string): number | null {
  const s = fold(short.replace(/(?<=\p{Lu})s$/u, '')).replace(/[^\p{L}\p{N}]/gu, '');
  if (s.length < 2) return null;
  // folding keeps one code unit per letter for precomposed text, so offsets carry over
  const folded = fold(before);
  const lower = folded.length === before.length ? folded : before.toLowerCase();
  let si = s.length - 1;
  let li = lower.length - 1;
  while (si >= 0) {
    const ch = s[si]!;
    while (li >= 0 && (lower[li] !== ch || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(lower[li - 1]!)))) li--;
    if (li < 0) return null;
    si--;
    li--;
  }
  return li + 1;
}

function abbreviations(ctx: Ctx, s: Span, toks: Tok[]): void {
  const { text } = ctx;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k]!.text !== '(' || toks[k + 2]!.text !== ')' || !isShortForm(toks[k + 1]!.text)) continue;
    const short = toks[k + 1]!.text;
    const close = toks[k + 2]!;
    // the words before the bracket, within the clause: up to min(|SF| + 5, 2 |SF|) words
    const letters = short.replace(/(?<=\p{Lu})s$/u, '').length;
    const maxWords = Math.min(letters + 5, letters * 2);
    let b = k - 1;
    let words = 0;
    while (b >= 0 && words < maxWords) {
      const t = toks[b]!;
      if (!t.word && !/^[,\-/&]$/u.test(t.text)) break;
      if (t.word) words++;
      b--;
    }
    const windowStart = toks[b + 1]?.start ?? toks[k]!.start;
    const before = text.slice(windowStart, toks[k]!.start).replace(/\s+$/u, '');
    if (!before) continue;
    let lfStart: number | null = null;
    const at = longFormStart(short, before);
    const lang = ctx.langs.length === 1 ? ctx.langs[0]! : 'en';
    if (at !== null) {
      const lf = before.slice(at);
      const lfToks = tokenize(text, windowStart + at, windowStart + before.length).filter((t) => t.word);
      const lex = LEX[lang];
      // one word spells a short form only as a German compound ("Flächennutzungsplan (FNP)"), never as a country ("Ghana (GHA)")
      const compound = lfToks.length === 1 && lang === 'de' && ctx.langs.length === 1 && lfToks[0]!.text.length >= 2 * letters && !COUNTRY_CODES.has(short.replace(/s$/u, ''));
      const okWords = (lfToks.length >= 2 || compound) && !LEX.en.closed.has(lfToks[0]!.lower) && !lex.closed.has(lfToks[0]!.lower);
      if (okWords && !/[;:()]/u.test(lf)) lfStart = windowStart + at;
      // "State Statistical Committee (SSC)": the shortest match took too few words; one more that starts with the first letter
      if (lfStart !== null && lfToks.length < letters) {
        const first = toks.findIndex((t) => t.start === lfStart);
        const prev = toks[first - 1];
        if (prev?.word && fold(prev.text)[0] === fold(short)[0] && !LEX[lang].closed.has(prev.lower)) lfStart = prev.start;
      }
    }
    if (lfStart === null && ctx.langs.length === 1 && lang !== 'en') {
      // An English short form after a phrase in another language ("national festgelegten Beiträgen (NDCs)").
      const np = npBefore(toks, k - 1, lang);
      if (np) {
        const npWords = np.filter((t) => t.word && !LEX[lang].inner.has(t.lower));
        const initials = new Set(npWords.map((t) => t.lower[0]));
        if (npWords.length >= 2 && npWords.length <= letters && initials.has(short[0]!.toLowerCase())) lfStart = np[0]!.start;
      }
    }
    if (lfStart === null) continue;
    const lfToks = toks.filter((t) => t.start >= lfStart! && t.end <= toks[k]!.start);
    // "Viet Nam (VNM)": a country's name and its code
    if (COUNTRY_CODES.has(short) && lfToks.filter((t) => t.word && !LEX[lang].inner.has(t.lower)).every((t) => cap(t.text))) continue;
    const term = termFromLongForm(text, lfToks, lang);
    if (!term) continue;
    // "LF (SF), an assessment by ..." : an appositive gloss after the bracket
    const after = toks.slice(k + 3);
    if (after[0]?.text === ',' && after[1] && (LEX[lang].indefinite.has(after[1].lower) || LEX[lang].definite.has(after[1].lower)) && definitionalHead(after.slice(1), lang)) {
      add(ctx, term, lfStart, s.end, 'appositive', short);
      continue;
    }
    add(ctx, term, lfStart, close.end, 'abbreviation', short);
  }
  // "SF (long form)"
  for (let k = 0; k + 3 < toks.length; k++) {
    const sf = toks[k]!;
    if (!isShortForm(sf.text) || toks[k + 1]!.text !== '(') continue;
    let c = k + 2;
    while (c < toks.length && c - k < 12 && toks[c]!.text !== ')') c++;
    if (toks[c]?.text !== ')') continue;
    const inner = toks.slice(k + 2, c);
    if (inner.filter((t) => t.word).length < 2 || inner.some((t) => !t.word && t.text !== '-' && t.text !== ',')) continue;
    const innerText = text.slice(inner[0]!.start, inner.at(-1)!.end);
    if (longFormStart(sf.text, innerText) !== 0) continue;
    const lang = ctx.langs.length === 1 ? ctx.langs[0]! : 'en';
    const term = termFromLongForm(text, inner, lang);
    if (term) add(ctx, term, sf.start, toks[c]!.end, 'abbreviation', sf.text);
  }
}

function termFromLongForm(text: string, lf: Tok[], lang: Lang): TermSpan | null {
  const words = lf.filter((t) => t.word);
  if (words.length < (lang === 'de' ? 1 : 2) || words.length > 8) return null;
  let start = lf[0]!.start;
  const end = lf.at(-1)!.end;
  while (LEX[lang].articles.has(text.slice(start, end).split(/\s+/u)[0]!.toLowerCase())) start = text.indexOf(' ', start) + 1;
  let term = text.slice(start, end).replace(/\s+/gu, ' ');
  const ws = term.split(' ');
  const allCaps = ws.filter((w) => w.length > 3).every((w) => cap(w));
  if (!allCaps && lang !== 'de' && /^\p{Lu}\p{Ll}/u.test(term)) term = term[0]!.toLowerCase() + term.slice(1);
  return { term, start, end };
}

// ------------------------------------------------------------------ copulas

/** Where clauses start in a sentence: its start, and after ":" or ";". */
function clauseStarts(toks: Tok[]): number[] {
  const out = [0];
  toks.forEach((t, i) => {
    if ((t.text === ':' || t.text === ';') && i + 1 < toks.length) out.push(i + 1);
  });
  return out;
}

function matchPhrase(toks: Tok[], at: number, phrase: string): number {
  const parts = phrase.split(' ');
  for (let k = 0; k < parts.length; k++) if (toks[at + k]?.lower !== parts[k]) return 0;
  return parts.length;
}

/** "X se usa aquí para referirse a ...", "X is used here to refer to ...", "X est employé pour désigner ...". */
const USED_TO_MEAN: Record<Lang, RegExp | null> = {
  en: /^(?<x>.{1,80}?) (?:is|are) (?:used|employed|taken)(?: \S+){0,4}? to (?:refer to|denote|designate|describe|mean)\s/u,
  de: /^(?<x>.{1,80}?) (?:wird|werden)(?: \S+){0,4}? (?:verwendet|gebraucht|benutzt),? um\s/u,
  es: /^(?<x>.{1,80}?) se (?:usa|usan|utiliza|utilizan|emplea|emplean)(?: \S+){0,4}? para (?:referirse a|designar|denominar|nombrar|describir)\s/u,
  fr: /^(?<x>.{1,80}?) (?:est|sont) (?:utilisée?s?|employée?s?)(?: \S+){0,4}? pour (?:désigner|décrire|nommer)\s|^(?<y>.{1,80}?) s['’](?:emploie|utilise)(?: \S+){0,4}? pour (?:désigner|décrire|nommer)\s/u,
  ru: null,
};

function copulas(ctx: Ctx, s: Span, toks: Tok[], lang: Lang): void {
  const lex = LEX[lang];
  const used = USED_TO_MEAN[lang]?.exec(ctx.text.slice(s.start, s.end));
  if (used) {
    const x = used.groups!.x ?? used.groups!.y!;
    const term = termOf(ctx.text, toks.filter((t) => t.end <= s.start + x.length), lang, toks[0]!.start);
    if (term) add(ctx, term, toks[0]!.start, s.end, 'copula');
  }
  // "La létalité, c'est la proportion de ...": a dislocated subject
  if (lang === 'fr') {
    const k = toks.findIndex((t, i) => i > 0 && i < 9 && t.text === ',' && /^c['’]$/u.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.lower === 'est');
    if (k > 0) {
      const term = termOf(ctx.text, toks.slice(0, k), lang, toks[0]!.start);
      const def = toks.slice(k + 3).filter((x, i, all) => !(x.text === '.' && i === all.length - 1));
      if (term && definitionalHead(def, lang)) add(ctx, term, toks[0]!.start, s.end, 'copula');
    }
  }
  for (const c0 of clauseStarts(toks)) {
    let c = c0;
    // "In this paper, X refers to ...": an adverbial before the subject, for explicit verbs only
    let fronted = false;
    const comma = toks.findIndex((t, i) => i > c && i < c + 7 && t.text === ',');
    if (comma > 0 && /^(?:in|within|throughout|here|hereafter|im|hier|en|aquí|dans|ici|в|здесь)$/u.test(toks[c]!.lower)) {
      c = comma + 1;
      fronted = true;
    }
    // the subject: up to the first verb
    for (let v = c + 1; v < toks.length && v <= c + 9; v++) {
      const t = toks[v]!;
      let verbLen = 0;
      let explicit = false;
      let measure = false;
      let weak = false;
      for (const phrase of EXPLICIT[lang]) {
        verbLen = matchPhrase(toks, v, phrase);
        if (verbLen) {
          explicit = true;
          weak = WEAK_EXPLICIT.has(phrase);
          break;
        }
      }
      if (!verbLen)
        for (const phrase of MEASURE_VERBS[lang]) {
          verbLen = matchPhrase(toks, v, phrase);
          if (verbLen) {
            explicit = measure = true;
            break;
          }
        }
      if (!verbLen && lex.copulas.has(t.lower)) verbLen = 1;
      if (!verbLen) {
        // a subject ends at its first closed-class word other than an inner one
        if (t.word && lex.closed.has(t.lower) && !lex.inner.has(t.lower)) break;
        if (!t.word && !/^[-/()]$/u.test(t.text) && !isShortForm(t.text)) break;
        continue;
      }
      if (fronted && !explicit) break;
      const subject = toks.slice(c, v);
      const term = termOf(ctx.text, subject, lang, toks[c0]!.start);
      if (!term) break;
      const d = toks.slice(v + verbLen).filter((x, i, all) => !(x.text === '.' && i === all.length - 1));
      const clauseEnd = d.findIndex((x) => x.text === ';' || (x.text === ':' && lang !== 'fr'));
      const def = clauseEnd >= 0 ? d.slice(0, clauseEnd) : d;
      if (explicit) {
        if (def.filter((x) => x.word).length < 3 || THAT_CLAUSE.has(def[0]?.lower ?? '')) break;
        if (measure && !(lex.articles.has(def[0]!.lower) && lex.measureHeads.has(def[1]?.lower ?? ''))) break;
        // "— это серьёзная проблема": an evaluation after an explicit verb is still no definition
        if (def.slice(0, 3).some((x) => lex.evaluative.has(x.lower))) break;
        // "correspond à une amélioration", "means a lot": a weak verb needs a class of four words or more after it
        const opener = def[0]!.lower;
        const verbText = toks.slice(v, v + verbLen).map((x) => x.lower).join(' ');
        const infinitive = /^(?:consiste en|consiste à|consisten en|consistent à)$/u.test(verbText) && /(?:ar|er|ir|re)$/u.test(opener);
        if (EQUIVALENCE.test(verbText)) {
          const k = lex.articles.has(opener) ? 1 : 0;
          const quantity = lex.measureHeads.has(def[k]?.lower ?? '');
          if (!quantity) break;
        }
        const contracted = /\s(?:au|aux|al)$/u.test(verbText); // "correspond au nombre": the article is in the verb's preposition
        if (weak && ((lang !== 'ru' && !(lex.articles.has(opener) || OPENS_CLASS.has(opener) || infinitive || contracted || (lang === 'de' && cap(def[0]!.text)))) || def.filter((x) => x.word).length < 4)) break;
        // "bezeichnet X als Y": calls something so, does not define the subject
        if (lang === 'de' && def.slice(0, 8).some((x) => x.lower === 'als')) break;
        const end = clauseEnd >= 0 ? d[clauseEnd]!.start : s.end;
        add(ctx, term, fronted ? toks[c0]!.start : subject[0]!.start, end, 'copula');
        break;
      }
      if (!definitionalHead(def, lang)) break;
      // "Corresponding adjustments are a demanding requirement": a plural subject and a singular class is an evaluation
      if (lang === 'en' && t.lower === 'are' && LEX.en.indefinite.has(def[0]!.lower) && !LEX.en.classHeads.has(def[1]?.lower ?? '')) break;
      const end = clauseEnd >= 0 ? d[clauseEnd]!.start : s.end;
      add(ctx, term, subject[0]!.start, end, 'copula');
      break;
    }
  }
}

// ------------------------------------------------------------------ appositives

const APPOSITIVE: Record<Lang, RegExp> = {
  en: /,\s+(?:i\.\s?e\.,?|ie,|that is,|that is to say,|namely,?|viz\.,?|in other words,)\s+/gu,
  de: /,\s+(?:d\.\s?h\.,?|das heißt,?|also|nämlich|sprich|mit anderen Worten,?)\s+/gu,
  es: /,\s+(?:es decir,?|o sea,?|esto es,?|a saber,?|vale decir,?|en otras palabras,?)\s+/gu,
  fr: /,\s+(?:c['’]est-à-dire,?|c\.-à-d\.,?|à savoir,?|autrement dit,?)\s+/gu,
  ru: /,\s+(?:т\.\s?е\.,?|то есть,?|а именно,?)\s+/gu,
};
/** "X, defined as Y": a participle of defining after the comma. */
const DEFINED_AS: Record<Lang, RegExp> = {
  en: /,\s+(?:defined|understood|measured|calculated) (?:here )?as\s+/gu,
  de: /,\s+(?:definiert|verstanden|berechnet) als\s+/gu,
  es: /,\s+(?:definid[oa]s?|entendid[oa]s?|calculad[oa]s?|medid[oa]s?) (?:aquí )?como\s+/gu,
  fr: /,\s+(?:défini|définie|définis|définies|entendu|entendue|entendus|entendues|calculé|calculée|calculés|calculées|mesuré|mesurée) (?:ici )?comme\s+/gu,
  ru: /,\s+(?:определяем(?:ый|ая|ое|ые)|понимаем(?:ый|ая|ое|ые)) как\s+/gu,
};
const DASH_NAMELY = /\s[–—]\s(?:namely|that is|i\.\s?e\.|nämlich|d\.\s?h\.|es decir|a saber|c['’]est-à-dire|à savoir)\s+/gu;
const PAREN_IE = /\s\((?:i\.\s?e\.|d\.\s?h\.|es decir|c['’]est-à-dire|т\.\s?е\.),?\s+/gu;

function appositives(ctx: Ctx, s: Span, toks: Tok[], lang: Lang): void {
  const { text } = ctx;
  const lex = LEX[lang];
  const sentence = text.slice(s.start, s.end);
  const run = (re: RegExp, paren: boolean) => {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const markAt = s.start + m.index;
      const glossAt = markAt + m[0].length;
      const last = toks.findLastIndex((t) => t.end <= markAt);
      if (last < 0) continue;
      let np = npBefore(toks, last, lang);
      if (!np) continue;
      // "Verluste und Schäden, also ...": the phrase is the whole coordination, or nothing
      const at = toks.indexOf(np[0]!);
      if (at > 1 && COORD.has(toks[at - 1]!.lower)) {
        const left = npBefore(toks, at - 2, lang);
        if (!left) continue;
        np = toks.slice(toks.indexOf(left[0]!), last + 1);
      }
      const term = termOf(text, np, lang, s.start, true);
      if (!term) continue;
      const gloss = toks.filter((t) => t.start >= glossAt);
      const g0 = gloss[0];
      if (!g0 || !g0.word || gloss.filter((t) => t.word).length < 3) continue;
      // The gloss runs to the next comma: "X, es decir el Gobierno, financia ..." renames X in two words, it does not define it.
      // (A comma that opens a relative clause goes on with the gloss: "Schwammstädte, d. h. Quartiere, die Regenwasser speichern".)
      const comma = gloss.findIndex((t) => t.text === ',' && !RELATIVE_AFTER.test(text.slice(t.start)));
      if (!paren && comma >= 0 && gloss.slice(0, comma).filter((t) => t.word).length < 3) continue;
      if (lex.pronouns.has(g0.lower) && !lex.articles.has(g0.lower)) continue;
      // a gloss that starts with a preposition or a conjunction restates a place or a clause, not the term ("es decir, en las zonas altas")
      if (lex.closed.has(g0.lower) && !lex.articles.has(g0.lower) && !OPENS_CLASS.has(g0.lower)) continue;
      if (/^(?:if|when|we|they|it|you|wenn|dass|wir|si|que|nous|on|il|elle)$/u.test(g0.lower)) continue;
      if (lang === 'de' && m[0].includes('also') && !(lex.articles.has(g0.lower) || cap(g0.text) || /(?:e|en|er|es|em)$/u.test(g0.lower))) continue;
      let end = s.end;
      if (paren) {
        const close = gloss.find((t) => t.text === ')');
        if (!close) continue;
        end = close.end;
      }
      const abbreviation = toks[last]?.text === ')' ? toks[last - 1]!.text : undefined;
      add(ctx, term, np[0]!.start, end, 'appositive', abbreviation);
    }
  };
  run(APPOSITIVE[lang], false);
  run(DEFINED_AS[lang], false);
  run(DASH_NAMELY, false);
  run(PAREN_IE, true);
}

// ------------------------------------------------------------------ "by X we mean"

const W = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}’'‐-]*`;
const X = String.raw`(?<x>(?:${W}\s){0,6}?${W})`;
const BY_WE_MEAN: Record<Lang, RegExp[]> = {
  en: [
    new RegExp(String.raw`\b[Bb]y (?:the term |the notion |the concept )?${X},? (?:we|I) (?:mean|understand|refer to|denote|designate)\b`, 'dgu'),
    new RegExp(String.raw`\b[Ww]e (?:define|use the term|understand) ${X} (?:as|to mean|to refer to|to denote)\b`, 'dgu'),
    new RegExp(String.raw`\b[Ww]e (?:use|reserve) (?:the term |the word |the label )${X} (?:for|to mean|to refer to|to denote)\b`, 'dgu'),
  ],
  de: [
    new RegExp(String.raw`\b[Uu]nter ${X},? (?:verstehen wir|versteht man|verstehe ich|wird (?:hier |im Folgenden )?(?:\S+ )?verstanden|ist (?:hier |im Folgenden )?(?:\S+ )?zu verstehen)\b`, 'dgu'),
    new RegExp(String.raw`\b(?:[Ww]ir verstehen|[Vv]ersteht man|[Vv]erstehen wir) unter ${X} (?=die|der|das|den|dem|alle|jede|jeden|jedes|eine|einen|ein|sämtliche)`, 'dgu'),
    new RegExp(String.raw`\b[Aa]ls ${X} (?:bezeichnen wir|bezeichnet man|bezeichne ich)\b`, 'dgu'),
    new RegExp(String.raw`\b[Mm]it ${X} (?:meinen wir|ist (?:hier )?gemeint|sind (?:hier )?gemeint)\b`, 'dgu'),
    new RegExp(String.raw`\b[Ww]ir definieren ${X} als\b`, 'dgu'),
  ],
  es: [
    new RegExp(String.raw`\b[Pp]or ${X},? (?:entendemos|se entiende|nos referimos a|designamos|denominamos|se entenderá)\b`, 'dgu'),
    new RegExp(String.raw`\b(?:[Ee]ntendemos|[Ss]e entiende|[Ss]e entenderá|[Ee]ntiendo) por ${X} (?=el|la|los|las|lo|a|al|toda|todo|todos|todas|un|una|cualquier|aquel|aquella|aquellos|aquellas|cada)\b`, 'dgu'),
    new RegExp(String.raw`\b[Dd]efinimos ${X} como\b`, 'dgu'),
    new RegExp(String.raw`\b(?:[Ll]lamamos|[Dd]enominamos) ${X} a\b`, 'dgu'),
  ],
  fr: [
    new RegExp(String.raw`\b[Pp]ar ${X},? (?:nous entendons|on entend|j['’]entends|nous désignons|on désigne)\b`, 'dgu'),
    new RegExp(String.raw`\b(?:[Oo]n entend|[Nn]ous entendons|[Jj]['’]entends) par ${X} (?=le|la|les|l['’]|un|une|des|tout|toute|tous|toutes|ce|ceux|celle|celles|chaque)`, 'dgu'),
    new RegExp(String.raw`\b(?:[Nn]ous (?:appelons|définissons|nommons)|[Oo]n (?:appelle|nomme)) ${X} (?=comme|le|la|les|l['’]|un|une|tout|toute)`, 'dgu'),
  ],
  ru: [new RegExp(String.raw`(?:^|\s)[Пп]од ${X} (?:мы )?(?:понимаем|понимается|понимают|подразумевается|подразумеваем)`, 'dgu')],
};
BY_WE_MEAN.es.push(new RegExp(String.raw`\b(?:[Ss]e (?:denomina|denominan|llama|llaman|conoce como|conocen como|designa como|designa con el nombre de)) ${X} (?=a |al |a la |a los |a las |a toda |a todo |a cualquier )`, 'dgu'));
BY_WE_MEAN.fr.push(new RegExp(String.raw`\b(?:[Oo]n désigne par|[Oo]n qualifie de|[Nn]ous désignons par) ${X} (?=le|la|les|l['’]|un|une|des|tout|toute|tous|toutes|ce|ceux|celle|celles|chaque)`, 'dgu'));
BY_WE_MEAN.en.push(new RegExp(String.raw`\b(?:[Ww]e (?:call|term|label)) ${X} (?=any|every|all|the|a|an|such|those)\b`, 'dgu'));

function byWeMean(ctx: Ctx, s: Span, toks: Tok[], lang: Lang): void {
  const sentence = ctx.text.slice(s.start, s.end);
  for (const re of BY_WE_MEAN[lang]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const [xs0, xe0] = m.indices!.groups!.x!;
      const xs = s.start + xs0;
      const xe = s.start + xe0;
      const termToks = toks.filter((t) => t.start >= xs && t.end <= xe);
      const term = termOf(ctx.text, termToks, lang, -1, true);
      if (!term) continue;
      const at = s.start + m.index + (/^\s/u.test(m[0]) ? 1 : 0);
      // the rest of the sentence must say something
      if (toks.filter((t) => t.start >= s.start + m.index + m[0].length && t.word).length < 2) continue;
      add(ctx, term, at, s.end, 'by-we-mean');
    }
  }
}

// ------------------------------------------------------------------ "so-called"

const SO_CALLED: Record<Lang, RegExp> = {
  en: /\bso[- ]called\s+/giu,
  de: /(?:\bsogenannte[nrsm]?|\bso genannte[nrsm]?|\bsog\.)\s+/giu,
  es: /\b(?:(?:el|la|los|las|del|al)\s+(?:así\s+)?(?:llamad[oa]s?|denominad[oa]s?)|lo que se (?:conoce|denomina|llama) como|lo que se (?:denomina|llama))\s+/giu,
  fr: /\b(?:ce que l['’]on (?:appelle|nomme)|ce qu['’]on (?:appelle|nomme)|ce que nous appelons)\s+/giu,
  ru: /так\s+называем(?:ый|ая|ое|ые|ого|ой|ых|ым|ую|ыми|ом)\s+/giu,
};

function soCalled(ctx: Ctx, s: Span, toks: Tok[], lang: Lang): void {
  const { text } = ctx;
  const lex = LEX[lang];
  const sentence = text.slice(s.start, s.end);
  const re = SO_CALLED[lang];
  re.lastIndex = 0;
  for (const m of sentence.matchAll(re)) {
    const after = s.start + m.index + m[0].length;
    const first = toks.findIndex((t) => t.start >= after);
    if (first < 0) continue;
    const np = npAfter(toks, first, lang, true);
    if (!np) continue;
    const term = termOf(text, np, lang, -1, true);
    if (!term) continue;
    const next = toks.findIndex((t) => t.start >= np.at(-1)!.end);
    const n0 = toks[next];
    const n1 = toks[next + 1];
    // the gloss follows: ", the most junior slice", ", also den ...", " : ..."
    const glossAfter =
      !!n0 &&
      ((n0.text === ',' && !!n1 && n1.word && (lex.articles.has(n1.lower) || /^(?:also|d|i\.e|that|namely|es|o|c['’]est-à-dire|une?|которые?|то)$/u.test(n1.lower) || lex.relatives.has(n1.lower) || (lang === 'de' && /^(?:also|d\.)/u.test(text.slice(n1.start, n1.start + 5))))) ||
        n0.text === ':' ||
        n0.text === '–' ||
        n0.text === '—');
    // the gloss precedes: "..., forming the so-called X", "…, lo que se conoce como X", "…, ce que l'on appelle X"
    const markTok = toks.findIndex((t) => t.start >= s.start + m.index);
    const prev = toks.slice(Math.max(0, markTok - 3), markTok);
    const participial = prev.some((t, i) => t.word && i > 0 && prev[i - 1]!.text === ',' && /(?:ing|ando|iendo|ant)$/u.test(t.lower));
    const clauseSummary = /lo que se|ce que|ce qu/u.test(m[0]) && prev.some((t) => t.text === ',');
    if (!glossAfter && !participial && !clauseSummary) continue;
    add(ctx, term, s.start, s.end, 'so-called');
  }
}

// ------------------------------------------------------------------ quoted coinages

// A Map, not an object: a token of the text ("toString") must not find Object's prototype.
const CLOSE_OF = new Map<string, string>(Object.entries({ '“': '”', '"': '"', '„': '“”', '«': '»', '‚': '‘’', '‘': '’', '»': '«' }));

const AS_CALL = /^\s*,\s*(?:as|wie|como|comme)\s+(?:\S+\s+){0,5}?(?:call(?:s)? it|call(?:s)? them|put it|(?:es|sie) nennen|nennen|lo llaman|la llaman|los llaman|las llaman|l['’]appellent|les appellent)\s*,\s*/u;
const GLOSS_AFTER =
  /^(?:\s+[\p{L}-]+){0,2}?\s*,\s*(?:i\.\s?e\.|that is|namely|meaning|which means|in other words|d\.\s?h\.|das heißt|also|womit (?:gemeint ist|gemeint sind)|worunter|gemeint ist|es decir|o sea|esto es|término con el que|término que|expresión con la que|expresión que|c['’]est-à-dire|terme qui|terme par lequel|expression qui|autrement dit|т\.\s?е\.|то есть)(?=[\s,])/u;
const NAMING_BEFORE =
  /(?:\bcalled|\btermed|\bdubbed|\blabell?ed|\bknown as|\breferred to as|\bwhat (?:is|are) called|\bspeaks? of|\btalks? of|\bthe term|\bspricht man von|\bsprechen von|\bspricht von|\bist die Rede von|\bgenannt|\bnennt man|\bnennen|\bllamad[oa]|\bdenominad[oa]|\bconocid[oa] como|\bse habla de|\bhablamos de|\bhabla de|\btérmino|\bappelée?s?|\bnommée?s?|\bqualifiée? de|\bparle(?:nt)? (?:alors |aussi |ici )?de|\bparlons de|\bon parle (?:alors |aussi |ici )?de|\bназывают|\bназывается)\s*$/iu;
const CONNECT_AFTER = /^\s*(?:,\s*(?:wenn|when|where|if|whenever|i\.\s?e\.|that is|d\.\s?h\.|also|womit|es decir|o sea|cuando|si|c['’]est-à-dire|lorsque|lorsqu['’]|quand|когда|то есть)\b|\s*:)/iu;
const PARTICIPLE_AFTER = /^\s+(?:centered|centred|based|built|focused|organized|organised|grounded|founded|structured)\s+(?:on|upon|around)\b/u;
const RELATIVE_AFTER = /^\s*,\s*(?:which|that|who|whose|where|die|der|das|deren|dessen|denen|welche[rs]?|que|qui|dont|où|cuy[oa]s?|donde|который|которая|которое|которые|чей|чья|чьё|чьи)\s/u;

function quotedGloss(ctx: Ctx, s: Span, toks: Tok[], lang: Lang): void {
  const { text } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const open = toks[i]!;
    const closers = CLOSE_OF.get(open.text);
    if (!closers) continue;
    let j = i + 1;
    while (j < toks.length && j - i <= 10 && !(closers.includes(toks[j]!.text) && j > i + 1)) j++;
    if (j >= toks.length || !closers.includes(toks[j]!.text)) continue;
    const inner = toks.slice(i + 1, j);
    const words = inner.filter((t) => t.word);
    i = j;
    if (words.length === 0 || words.length > 6) continue;
    if (inner.some((t) => /^[:?!;]$/u.test(t.text))) continue;
    if (words.length >= 3 && words.filter((t) => cap(t.text)).length / words.length >= 0.6) continue; // a title
    const innerText = text.slice(inner[0]!.start, inner.at(-1)!.end).replace(/[.,;]$/u, '');
    if (/[.,]$/u.test(text.slice(inner[0]!.start, inner.at(-1)!.end)) && !/^\s*[,:]/u.test(text.slice(toks[j]!.end))) continue;
    const lex = LEX[lang];
    if (words.length === 1 && lex.closed.has(words[0]!.lower)) continue;
    const termToks = inner.filter((t) => t.end <= inner[0]!.start + innerText.length);
    const term = termOf(text, termToks, lang, -1);
    if (!term) continue;
    const after = text.slice(toks[j]!.end, s.end);
    const before = text.slice(s.start, open.start);
    let ok = false;
    const asCall = AS_CALL.exec(after);
    if (asCall) {
      const restStart = toks[j]!.end + asCall[0].length;
      const rest = toks.filter((t) => t.start >= restStart);
      const v = rest[0];
      if (v && (lex.copulas.has(v.lower) || EXPLICIT[lang].some((p) => matchPhrase(rest, 0, p)))) {
        ok = lex.copulas.has(v.lower) ? definitionalHead(rest.slice(1).filter((t, k, all) => !(t.text === '.' && k === all.length - 1)), lang) : true;
      }
    }
    if (!ok && GLOSS_AFTER.test(after)) ok = true;
    if (!ok && NAMING_BEFORE.test(before) && CONNECT_AFTER.test(after)) ok = true;
    if (!ok && lang === 'en' && PARTICIPLE_AFTER.test(after)) ok = true;
    if (!ok && RELATIVE_AFTER.test(after) && NAMING_BEFORE.test(before)) ok = true;
    if (!ok && RELATIVE_AFTER.test(after) && /\b(?:gave rise to|give rise to|gives rise to|coined|introduced|introduce|introduces)\s*$/u.test(before)) ok = true;
    if (!ok) continue;
    add(ctx, term, s.start, s.end, 'quoted-gloss');
  }
}

// ------------------------------------------------------------------ across two sentences

const S2_SINGULAR: Record<Lang, RegExp> = {
  en: /^(?:It (?<v>is|refers to|denotes|means|describes|designates|stands for|measures|captures|indicates|quantifies)|(?:This|This term|The term|This concept|The concept|This notion|The notion|This measure|This indicator) (?<v2>refers to|denotes|means|describes|designates|stands for|measures|captures|quantifies))\s/u,
  de: /^(?:(?<g>Gemeint ist|Gemeint sind|Damit ist gemeint|Damit sind gemeint|Es handelt sich (?:dabei )?um|Dabei handelt es sich um|Darunter versteht man)|(?:Er|Sie|Es|Der Begriff|Dieser Begriff|Diese Größe|Dieser Indikator) (?<v>bezeichnet|meint|beschreibt|misst|gibt an|ist))[\s,]/u,
  es: /^(?:(?<g>Se trata d(?:e|el)|Consiste en|Se define como|Se refiere a|Designa|Mide|Indica|Expresa|Cuantifica|Corresponde a)|(?:Este término|Dicho término|Esta noción|Este concepto|Este indicador|Esta medida|Esta tasa|Este índice|Esta|Este|Ésta|Éste|Dicha|Dicho) (?<v>designa|mide|indica|expresa|es|se define como|se refiere a|corresponde a|cuantifica)|(?<c>Es) (?=un|una|el|la))\s/u,
  fr: /^(?:(?<g>Il s['’]agit d[eu'’]?|(?:Elle|Il|Celle-ci|Celui-ci|Ce terme|Cette notion|Cet indicateur|Ce taux|Cette mesure) (?:mesure|désigne|correspond à|indique|représente|exprime|se définit comme|renvoie à|quantifie))|(?<c>C['’]est) (?=un|une|le|la|l['’]))\s?/u,
  ru: /^(?:Это|Он|Она|Оно) (?<g>означает|обозначает|называется|понимается)\s/u,
};
const S2_PLURAL: Record<Lang, RegExp> = {
  en: /^(?:These|Those) (?<v>are|refer to|denote|mean|describe)\s/u,
  de: /^(?:Diese|Sie) (?<v>sind|bezeichnen|meinen|beschreiben)\s/u,
  es: /^(?:Estos|Estas|Ambos|Ambas) (?<v>son|designan|miden|indican)\s/u,
  fr: /^(?:Ce sont|Ceux-ci|Celles-ci) (?<v>sont|désignent|mesurent|indiquent)?\s?/u,
  ru: /^(?:Это|Они) (?<v>означают|обозначают)\s/u,
};
const S2_ORDINAL: Record<Lang, RegExp> = {
  en: /^The (?<o>former|first|latter|second) (?:is|refers to|denotes|means|measures|indicates|captures|describes)\s/u,
  de: /^(?:(?<o>Erstere|Ersterer|Erstes|Letztere|Letzterer|Letzteres)|Die (?<o2>erste|zweite)|Der (?<o3>erste|zweite)) (?:bezeichnet|misst|gibt|beschreibt|ist)\s/u,
  es: /^(?:La|El|Esta|Este) (?<o>primera|primero|segunda|segundo|última|último),? (?:indica|mide|es|se define|designa|expresa|corresponde|se refiere|refleja|cuantifica)\s/u,
  fr: /^(?:La|Le|Cette|Ce) (?<o>première|premier|seconde|second|deuxième|dernière|dernier),? (?:indique|mesure|est|se définit|désigne|exprime|correspond|renvoie|reflète)\s/u,
  ru: /^(?:Первый|Первая|Второй|Вторая) (?<o>)(?:означает|обозначает|показывает)\s/u,
};
/** Sentences that present a term at their end ("The relevant concept here is X.", "Es geht um X.", "Vient ensuite X."). */
const PRESENTING: Record<Lang, RegExp[]> = {
  en: [
    /\b(?:concept|notion|term|idea|principle|phenomenon|measure|indicator|quantity|criterion|mechanism|device|distinction|category|instrument)s?\b(?:\s+\S+){0,3}\s+(?:is|are|was)$/iu,
    /^(?:Next|Then|Another|A further|Finally|A final|A second|A third|Last)\b.{0,60}\b(?:is|comes|come|there is)$/u,
    /^(?:Consider|Take|Enter|Then comes|Next comes)$/u,
  ],
  de: [/^Es geht (?:\S+\s+){0,2}?um$/u, /(?:Begriff|Konzept|Stichwort|Prinzip|Kriterium|Indikator|Maß)\S*(?:\s+\S+){0,3}\s+(?:ist|lautet|heißt)$/u, /^(?:Hinzu kommt|Dazu kommt|Es folgt|Dann folgt|Ferner gibt es|Schließlich gibt es)$/u],
  es: [
    /^(?:Aparece|Aparecen|Surge|Viene|Vienen|Sigue|Siguen|Está|Están|Tenemos|Queda|Entra en juego|Llegamos a|Pasemos a|Consideremos|Veamos)(?:\s+(?:luego|después|ahora|entonces|también|además|finalmente|por último|en juego|aquí))*$/u,
    /\b(?:concepto|noción|término|indicador|medida|principio|criterio|fenómeno)(?:\s+\S+){0,3}\s+(?:es|son)$/iu,
  ],
  fr: [
    /^(?:Vient|Viennent|Arrive|Arrivent|Reste|Restent|Intervient|Interviennent|Apparaît|Il y a|Voici|Passons à|Considérons|Prenons)(?:\s+(?:ensuite|enfin|alors|aussi|donc|maintenant|également))*$/u,
    /\b(?:notion|concept|terme|indicateur|mesure|principe|critère|phénomène)(?:\s+\S+){0,3}\s+(?:est|sont)$/iu,
  ],
  ru: [/^Речь идёт о$/u],
};
const COPULA_END = /\s(?:is|are|was|were|ist|sind|war|waren|es|son|fue|fueron|era|eran|est|sont|était|étaient|fut|это)$/u;
const TURN_TO = /\b(?:turn(?: now)? to|come(?: now)? to|focus on|consider|detenerse en|nos detenemos en|nos detendremos en|pasamos a|pasemos a|nos centramos en|centrémonos en|s['’]arrêter sur|arrêtons-nous sur|passons à|revenons sur|penchons-nous sur|zu|wenden uns|kommen wir zu)$/iu;

/** Sentences whose subject names a concept ("The concept of the global value chain originated ..."). */
const META_SUBJECT: Record<Lang, RegExp> = {
  en: /^(?:The|This|Our) (?:concept|notion|term|idea) of (?:the |a |an )?/u,
  de: /^(?:Der|Das|Dieser|Dieses) (?:Begriff|Konzept) (?:der |des |die |das )?/u,
  es: /^(?:El|Este) (?:concepto|término) de (?:la |el |los |las )?|^(?:La|Esta) noción de (?:la |el |los |las )?/u,
  fr: /^(?:La notion|Le concept|Le terme|Cette notion|Ce concept) (?:de la |de l['’]|de |d['’]|du |des )/u,
  ru: /^(?:Понятие|Термин) /u,
};

function crossSentence(ctx: Ctx, s1: Span, t1: Tok[], s2: Span, t2: Tok[], lang: Lang): void {
  const { text } = ctx;
  const lex = LEX[lang];
  const second = text.slice(s2.start, s2.end);
  const first = text.slice(s1.start, quoteEnd(text, s1.start, s1.end));
  // the last word of sentence 1 before its full stop
  const endTok = t1.findLastIndex((t) => t.end <= first.length + s1.start && (t.word || t.text === ')'));
  if (endTok < 0 || t1[endTok]!.end !== s1.start + first.length) return;

  const ordinal = S2_ORDINAL[lang].exec(second);
  if (ordinal) {
    // "... la sensibilidad y la especificidad. La primera indica ...": both terms share the span
    const np2 = npBefore(t1, endTok, lang);
    if (!np2) return;
    const coord = np2[0]!.start;
    const k = t1.findIndex((t) => t.start === coord);
    let c = k - 1;
    while (c >= 0 && lex.articles.has(t1[c]!.lower)) c--;
    if (c < 1 || !/^(?:and|und|y|e|et|и)$/u.test(t1[c]!.lower)) return;
    const np1 = npBefore(t1, c - 1, lang);
    if (!np1) return;
    const a = termOf(text, np1, lang, -1);
    const b = termOf(text, np2, lang, -1);
    if (a) add(ctx, a, s1.start, s2.end, 'cross-sentence');
    if (b) add(ctx, b, s1.start, s2.end, 'cross-sentence');
    return;
  }

  const singular = S2_SINGULAR[lang].exec(second);
  const plural = singular ? null : S2_PLURAL[lang].exec(second);
  const m = singular ?? plural;
  if (!m) return;
  // with a bare copula ("It is ...", "C'est ...") the rest must read as a definition
  const verb = m.groups?.v ?? m.groups?.v2 ?? m.groups?.c;
  if (verb && (lex.copulas.has(verb.toLowerCase()) || /^(?:is|are|ist|sind|es|son|c['’]est|est|sont)$/iu.test(verb))) {
    const restStart = s2.start + m[0].length - (m.groups?.c ? 0 : 0);
    const rest = t2.filter((t) => t.start >= restStart && !(t.text === '.' && t.end === s2.end));
    if (!definitionalHead(rest, lang)) return;
  } else if (t2.filter((t) => t.word).length < 5) return;

  let term: TermSpan | null = null;
  const meta = META_SUBJECT[lang].exec(first);
  if (meta && singular) {
    const k = t1.findIndex((t) => t.start >= s1.start + meta[0].length);
    const np = k >= 0 ? npAfter(t1, k, lang, false) : null;
    if (np) term = termOf(text, np, lang, -1);
  }
  if (!term) {
    const np = npBefore(t1, endTok, lang);
    if (!np) return;
    let p = t1.findIndex((t) => t.start === np[0]!.start) - 1;
    while (p >= 0 && lex.articles.has(t1[p]!.lower)) p--;
    const prefix = p >= 0 ? text.slice(s1.start, t1[p]!.end) : '';
    // a short sentence that ends on the term as its predicate ("Un concepto clave es la letalidad.") or turns to it ("Passons à la létalité.")
    const short = t1.filter((t) => t.word).length <= 12;
    // (a name is presented so too, "The study area is Cusco.": the relaxed reading takes common nouns only)
    const common = lang === 'de' || !np.slice(1).some((t) => t.word && cap(t.text));
    const presenting = PRESENTING[lang].some((re) => re.test(prefix)) || (short && common && (COPULA_END.test(prefix) || TURN_TO.test(prefix)));
    // "... matched by corresponding adjustments. These are entries ...": a plural demonstrative takes the last plural noun
    const pluralOk = !!plural && /^(?:These|Those|Diese|Estos|Estas|Ce sont)/u.test(second) && /(?:s|en|n|e)$/u.test(np.at(-1)!.lower) && np.filter((t) => t.word).length >= 2;
    if (!presenting && !pluralOk) return;
    if (presenting && plural && !/(?:s|en|n|e|x)$/u.test(np.at(-1)!.lower)) return;
    term = termOf(text, np, lang, -1);
  }
  if (!term) return;
  add(ctx, term, s1.start, s2.end, 'cross-sentence');
}
