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

/**
 * A word's first two characters in lower case (one, before an apostrophe):
 * normaliseWord only ever changes a word's end, so a word whose start begins
 * no term cannot be one, and need not be normalised.
 */
function startOf(word: string): string {
  const two = word.length > 1 && word[1] !== "'" && word[1] !== '’' ? word.slice(0, 2) : word[0]!;
  return two.toLowerCase();
}

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: normaliseWord(m[0]), start: m.index!, end: m.index! + m[0].length }));
}

export class TermMatcher {
  private readonly root: Node = { next: new Map() };
  private longest = 0;
  /** startOf of every term's first word. */
  private readonly starts = new Set<string>();
  /** Trie steps taken so far: the matcher's work, for complexity checks. */
  steps = 0;

  constructor(entries: Iterable<TermEntry>) {
    for (const entry of entries) {
      for (const form of entry.forms) {
        const ws = words(form).map((w) => w.word);
        if (ws.length === 0) continue;
        this.starts.add(startOf(ws[0]!));
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

  /**
   * Non-overlapping matches in the text, left to right, each the longest at its start.
   * Words are read one at a time, and only a word that may start a term is normalised
   * and followed further: most words start none, and this runs over every paragraph of
   * the collection.
   */
  find(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    const word = new RegExp(WORD);
    for (let first = word.exec(text); first; first = word.exec(text)) {
      this.steps++;
      if (!this.starts.has(startOf(first[0]))) continue;
      let node = this.root.next.get(normaliseWord(first[0]));
      if (!node) continue;
      const start = first.index;
      const afterFirst = word.lastIndex;
      let end = afterFirst;
      let best = node.slug ? { slug: node.slug, end } : undefined;
      for (let count = 1; count < this.longest; count++) {
        const next = word.exec(text);
        // Words must be adjacent: only spaces or a hyphen between them.
        if (!next || !/^[\s\u00a0-]+$/u.test(text.slice(end, next.index))) break;
        this.steps++;
        node = node.next.get(normaliseWord(next[0]));
        if (!node) break;
        end = word.lastIndex;
        if (node.slug) best = { slug: node.slug, end };
      }
      if (best) out.push({ slug: best.slug, start, end: best.end });
      word.lastIndex = best ? best.end : afterFirst;
    }
    return out;
  }
}
