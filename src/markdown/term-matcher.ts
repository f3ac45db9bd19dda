/**
 * One matcher over every glossary term and alias at once: a trie of
 * normalised words, walked from each word of the text, longest match first
 * ("global value chain" over "value chain"). The cost is linear in the text
 * (times the longest term's word count), however many terms the glossary
 * has: no regular expression per term.
 *
 * Words are compared case-insensitively, singular and plural alike
 * ("chains" ~ "chain", "GVCs" ~ "GVC", "economies" ~ "economy"), and a hyphen
 * joins words like a space does ("re-shoring" ~ "re shoring").
 */

export interface TermEntry {
  slug: string;
  /** The term and its aliases, as written in the glossary. */
  forms: readonly string[];
}

export interface TermMatch {
  slug: string;
  start: number;
  end: number;
}

interface Node {
  next: Map<string, Node>;
  slug?: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A word as the matcher compares it: lower case, and singular. */
export function normaliseWord(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|sh|ch|x)es$/u.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: normaliseWord(m[0]), start: m.index!, end: m.index! + m[0].length }));
}

export class TermMatcher {
  private readonly root: Node = { next: new Map() };
  private longest = 0;
  /** Trie steps taken so far: the matcher's work, for complexity checks. */
  steps = 0;

  constructor(entries: Iterable<TermEntry>) {
    for (const entry of entries) {
      for (const form of entry.forms) {
        const ws = words(form).map((w) => w.word);
        if (ws.length === 0) continue;
        let node = this.root;
        for (const w of ws) {
          let child = node.next.get(w);
          if (!child) node.next.set(w, (child = { next: new Map() }));
          node = child;
        }
        // The first entry to claim a form keeps it, so the glossary's order decides clashes.
        node.slug ??= entry.slug;
        this.longest = Math.max(this.longest, ws.length);
      }
    }
  }

  /** Non-overlapping matches in the text, left to right, each the longest at its start. */
  find(text: string): TermMatch[] {
    const ws = words(text);
    const out: TermMatch[] = [];
    for (let i = 0; i < ws.length; ) {
      let node: Node | undefined = this.root;
      let best: { slug: string; j: number } | undefined;
      for (let j = i; j < ws.length && j - i < this.longest; j++) {
        // Words must be adjacent: only spaces or a hyphen between them.
        if (j > i && !/^[\s\u00a0-]+$/u.test(text.slice(ws[j - 1]!.end, ws[j]!.start))) break;
        this.steps++;
        node = node.next.get(ws[j]!.word);
        if (!node) break;
        if (node.slug) best = { slug: node.slug, j };
      }
      if (best) {
        out.push({ slug: best.slug, start: ws[i]!.start, end: ws[best.j]!.end });
        i = best.j + 1;
      } else i++;
    }
    return out;
  }
}
