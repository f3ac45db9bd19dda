/**
 * A Paper -> its Markdown file. The body is built as an mdast tree
 * and serialised by mdast-util-to-markdown, which escapes every character
 * that Markdown, math, GFM or directives would read as syntax: the author's
 * "$5 billion", "*" or "<5%" stay text. Page starts, citations and missing
 * pages are directives (`:page{n=43}`, `:cite[...]{ref=...}` or `:cite[[3]]{n=3}`,
 * `::missing-pages{from=44 to=51}`, `::source-ends{after="I."}`) that the reader's remark plugins render.
 */
import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { directiveToMarkdown } from 'mdast-util-directive';
import { mathToMarkdown } from 'mdast-util-math';
import { type Options, toMarkdown } from 'mdast-util-to-markdown';
import { toMarkdownGfm } from '../../shared/markdown-gfm.ts';
import { type Block, type Citation, type MissingPages, type Paper, toFrontmatter } from '../../model/schema.ts';
import { toYaml } from './frontmatter.ts';
import { leanText } from './lean-text.ts';

interface Insert {
  offset: number;
  page?: number;
  cite?: { end: number; ref: string; number: number | null };
}

function pageMarker(n: number): TextDirective {
  return { type: 'textDirective', name: 'page', attributes: { n: String(n) }, children: [] };
}

function missingNotice(gap: MissingPages): LeafDirective {
  return { type: 'leafDirective', name: 'missing-pages', attributes: { from: String(gap.from), to: String(gap.to) }, children: [] };
}

/** Inline content of a block: its text with page markers and citation spans. */
function inline(block: Block, citations: readonly Citation[], startsPage: boolean): PhrasingContent[] {
  const inserts: Insert[] = [];
  if (startsPage && block.page !== null) inserts.push({ offset: 0, page: block.page });
  const spans: Citation[] = [];
  for (const c of citations) {
    if (spans.some((s) => s.start === c.start && s.end === c.end)) continue; // one link per span ("[2–4]")
    spans.push(c);
    inserts.push({ offset: c.start, cite: { end: c.end, ref: c.ref, number: c.kind === 'numbered' ? c.number : null } });
  }
  for (const b of block.breaks ?? []) {
    const inside = spans.find((s) => s.start < b.offset && b.offset < s.end);
    inserts.push({ offset: inside ? inside.start : b.offset, page: b.page });
  }
  inserts.sort((a, b) => a.offset - b.offset || (a.page !== undefined ? -1 : 1));

  const out: PhrasingContent[] = [];
  let at = 0;
  const text = (to: number) => {
    if (to > at) out.push({ type: 'text', value: block.text.slice(at, to) });
    at = Math.max(at, to);
  };
  for (const ins of inserts) {
    text(ins.offset);
    if (ins.page !== undefined) out.push(pageMarker(ins.page));
    if (ins.cite) {
      out.push({
        type: 'textDirective',
        name: 'cite',
        // A numbered citation points into its own paper's list of references.
        attributes: ins.cite.number === null ? { ref: ins.cite.ref } : { n: String(ins.cite.number) },
        children: [{ type: 'text', value: block.text.slice(ins.offset, ins.cite.end) }],
      });
      at = ins.cite.end;
    }
  }
  text(block.text.length);
  return out;
}

/**
 * An entry of the paper's printed reference list: the anchor its citations
 * lead to (`:entry{ref=…}`), and for a numbered entry the one its "[3]"
 * citations lead to (`:entry{ref=… n=3}`).
 */
function entryLinks(block: Block): PhrasingContent[] {
  const n = listNumber(block.marker);
  return [{ type: 'text', value: ' ' }, { type: 'textDirective', name: 'entry', attributes: { ref: block.ref!, ...(n !== undefined ? { n: String(n) } : {}) }, children: [] }];
}

function listNumber(marker: string | undefined): number | undefined {
  const m = /^\(?(\d+)[.)]?$/.exec(marker ?? '');
  return m ? Number(m[1]) : undefined;
}

export function paperToMdast(paper: Paper): Root {
  const children: RootContent[] = [];
  const citationsByBlock = new Map<string, Citation[]>();
  for (const c of paper.citations) {
    const list = citationsByBlock.get(c.block);
    if (list) list.push(c);
    else citationsByBlock.set(c.block, [c]);
  }
  const gaps = [...paper.missing];
  let lastPage: number | null = null;
  let list: List | undefined;

  for (const block of paper.blocks) {
    while (block.page !== null && gaps[0] && gaps[0].to < block.page) {
      children.push(missingNotice(gaps.shift()!));
      list = undefined;
    }
    const startsPage = block.page !== null && block.page !== lastPage;
    // A heading keeps its words only: a page that opens with one gets its marker just before it.
    if (startsPage && block.type === 'heading') children.push({ type: 'paragraph', children: [pageMarker(block.page!)] });
    const content = inline(block, citationsByBlock.get(block.id) ?? [], startsPage && block.type !== 'heading');
    if (block.ref !== undefined) content.push(...entryLinks(block));
    // A passage in another language says so first: `:lang{code=de}` (the reader sets `lang` on it).
    if (block.lang) content.unshift({ type: 'textDirective', name: 'lang', attributes: { code: block.lang }, children: [] });
    lastPage = block.breaks?.at(-1)?.page ?? block.page ?? lastPage;

    if (block.type === 'heading') {
      children.push({ type: 'heading', depth: (block.depth ?? 2) as 2, children: content });
      list = undefined;
    } else if (block.type === 'list-item') {
      const n = listNumber(block.marker);
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: content }] };
      const prevN = list?.ordered ? (list.start ?? 1) + list.children.length : undefined;
      const continues = list !== undefined && (n === undefined ? !list.ordered : list.ordered && n === prevN);
      if (continues) list!.children.push(item);
      else {
        list = { type: 'list', ordered: n !== undefined, spread: false, children: [item], ...(n !== undefined ? { start: n } : {}) };
        children.push(list);
      }
    } else {
      children.push({ type: 'paragraph', children: content });
      list = undefined;
    }
  }
  for (const gap of gaps) children.push(missingNotice(gap));
  // A web page's text ends where the captured page did: the reader says so, and says when it visibly stops short
  // (unless a notice of missing pages already ends it).
  if (gaps.length === 0 && (paper.pages.every((p) => p.kind === 'web-article') || paper.stops_after !== undefined)) {
    children.push({ type: 'leafDirective', name: 'source-ends', attributes: paper.stops_after !== undefined ? { after: paper.stops_after } : {}, children: [] });
  }
  return { type: 'root', children };
}

/**
 * How papers are written, made once: mdast-util-to-markdown caches each
 * unsafe pattern's compiled regex on the pattern itself, so fresh extensions
 * per paper would recompile them all.
 */
export const SERIALISE_OPTIONS: Options = {
  extensions: [directiveToMarkdown(), mathToMarkdown({ singleDollarTextMath: false }), ...toMarkdownGfm()],
  bullet: '-',
  listItemIndent: 'one',
  rule: '-',
};

export function serialiseMdast(tree: Root): string {
  return toMarkdown(tree, { ...SERIALISE_OPTIONS, handlers: { text: leanText } });
}

export function paperToMarkdown(paper: Paper): string {
  return `---\n${toYaml(toFrontmatter(paper))}---\n\n${serialiseMdast(paperToMdast(paper))}`;
}

/** A paper's file in the papers collection. */
export function paperFile(paper: Paper): [string, string] {
  return [`papers/${paper.id}.md`, paperToMarkdown(paper)];
}
