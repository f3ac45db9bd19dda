/**
 * Synthetic papers as *source pages*, the way Folio receives them: flipbook
 * PDF pages (viewer line, page label, running heads, hard wraps, hyphenated
 * breaks, foot numbers) and web articles (author line, repeated title with a
 * footnote digit, navigation cruft), with headings, terms of art and
 * author-year and numbered citations to a shared pool of works.
 */
import { int, pick, type Random, zipf } from './random.ts';
import { GIVEN, JOURNALS, PUBLISHERS, surname, TERMS_OF_ART, vocabulary } from './vocabulary.ts';

export interface SourcePageFile {
  name: string;
  text: string;
}

interface Work {
  authors: string[];
  year: number;
}

const MEASURE = 90;

export class CorpusWriter {
  readonly random: Random;
  readonly words: string[];
  readonly word: () => number;
  readonly works: Work[];
  /** Next free printed page per publisher: articles in one viewer do not overlap. */
  private readonly nextPage = new Map<string, number>();

  constructor(random: Random, seedSources: string) {
    this.random = random;
    this.words = vocabulary(random, seedSources);
    this.word = zipf(random, this.words.length);
    this.works = Array.from({ length: 2000 }, () => ({
      authors: Array.from({ length: int(random, 1, 4) }, () => surname(random)),
      year: int(random, 1980, 2025),
    }));
  }

  citation(numbered: boolean): string {
    const r = this.random;
    if (numbered) return r() < 0.2 ? `[${int(r, 1, 40)}, p. ${int(r, 2, 300)}]` : `[${int(r, 1, 40)}]`;
    const work = pick(r, this.works);
    const a = work.authors;
    const who = a.length === 1 ? a[0]! : a.length === 2 ? `${a[0]} & ${a[1]}` : r() < 0.5 ? `${a[0]} et al.` : `${a.slice(0, -1).join(', ')}, & ${a.at(-1)}`;
    if (r() < 0.25) return `${who.replace(' & ', ' and ')} (${work.year})`;
    return `(${who}, ${work.year})`;
  }

  sentence(numbered: boolean): string {
    const r = this.random;
    const n = int(r, 8, 28);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      if (r() < 0.03) out.push(pick(r, TERMS_OF_ART));
      else if (r() < 0.01) out.push(`“${pick(r, TERMS_OF_ART)}”`);
      else if (r() < 0.008) out.push(`US$${int(r, 1, 900)} billion`);
      else out.push(this.words[this.word()]!);
      if (r() < 0.06 && i < n - 1) out[out.length - 1] += ',';
    }
    let s = out.join(' ');
    s = s.charAt(0).toUpperCase() + s.slice(1);
    if (r() < 0.18) s += ` ${this.citation(numbered)}`;
    return `${s}.`;
  }

  paragraph(numbered: boolean): string {
    return Array.from({ length: int(this.random, 3, 7) }, () => this.sentence(numbered)).join(' ');
  }

  /** A title-case phrase of content words (minor words only inside it). */
  titleWords(n: number): string {
    const content = () => {
      let w = this.words[this.word()]!;
      while (w.length < 4) w = this.words[this.word()]!;
      return w.charAt(0).toUpperCase() + w.slice(1);
    };
    return Array.from({ length: n }, (_, i) => (i > 0 && i < n - 1 && this.random() < 0.25 ? pick(this.random, ['of', 'and', 'in', 'the']) : content())).join(' ');
  }

  /** Hard-wrap a paragraph at the measure, hyphenating some long words across the break. */
  wrap(text: string): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line.length + 1 + word.length <= MEASURE || line === '') {
        line = line ? `${line} ${word}` : word;
        continue;
      }
      const room = MEASURE - line.length - 2;
      if (/^[a-z]{9,}$/.test(word) && room >= 4 && this.random() < 0.3) {
        const cut = Math.min(room, word.length - 3);
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
      } else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  /** One paper's body: headings and paragraphs, about `pages` pages long. */
  body(pages: number, numbered: boolean): { heading?: string; text: string }[] {
    const out: { heading?: string; text: string }[] = [];
    let section = 1;
    const paragraphs = pages * 4;
    for (let i = 0; i < paragraphs; i++) {
      if (i % 5 === 0) {
        out.push({ heading: `${section}. ${this.titleWords(int(this.random, 2, 6))}`, text: '' });
        section++;
      }
      out.push({ text: this.paragraph(numbered) });
    }
    return out;
  }

  pdfPaper(index: number): SourcePageFile[] {
    const r = this.random;
    const authors = Array.from({ length: int(r, 1, 3) }, () => `${pick(r, GIVEN)} ${surname(r)}`);
    const title = this.titleWords(int(r, 5, 14));
    const journal = pick(r, JOURNALS);
    const publisher = pick(r, PUBLISHERS);
    const volume = int(r, 1, 90);
    const issue = int(r, 1, 4);
    const year = int(r, 2000, 2026);
    const pages = 6;
    const first = this.nextPage.get(publisher) ?? 1;
    this.nextPage.set(publisher, first + pages + 2 * int(r, 0, 3));
    const last = first + pages - 1;
    const lines: string[] = [];
    for (const b of this.body(pages, r() < 0.3)) lines.push(...(b.heading ? [b.heading] : this.wrap(b.text)));
    const perPage = Math.ceil(lines.length / pages);
    const files: SourcePageFile[] = [];
    for (let p = 0; p < pages; p++) {
      const n = first + p;
      const head = n % 2 === 1 ? this.wrap(`${authors.join(' and ')}: ${title}`) : [`${journal}, V.${volume}, # ${issue}, ${year}, pp. ${first}-${last}`];
      const body = lines.slice(p * perPage, (p + 1) * perPage);
      const text = [`Page ${n} - ${publisher}`, `P. ${n}`, ...head, ...body, String(n), ''].join('\n');
      files.push({ name: `p${String(index).padStart(5, '0')}-${String(n).padStart(4, '0')}.txt`, text });
    }
    return files;
  }

  webPaper(index: number): SourcePageFile[] {
    const r = this.random;
    const title = this.titleWords(int(r, 5, 12));
    const author = `${surname(r)} ${pick(r, GIVEN)}`;
    const parts = [title, '', r() < 0.5 ? `作者: ${author}` : `By ${author}`, '', `${title}0`, ''];
    for (const b of this.body(6, false)) parts.push(b.heading ? b.heading.replace(/^\d+\. /, '') : b.text, '');
    parts.push('经典小说推荐', '', '杂志订阅', '');
    return [{ name: `w${String(index).padStart(5, '0')}.txt`, text: parts.join('\n') }];
  }

  paper(index: number): SourcePageFile[] {
    return this.random() < 0.75 ? this.pdfPaper(index) : this.webPaper(index);
  }
}
