/**
 * remark plugin: an entry of a paper's printed reference list,
 * `:entry{ref=kowalczyk-2019}` at its end, opens with the anchor the paper's
 * citations of that work lead to, `#work-kowalczyk-2019`; a numbered entry,
 * `:entry{ref=… n=3}`, also with `#ref-3`, where its "[3]" citations lead.
 * The printed entry is the reference as its authors gave it, its DOI and
 * address made links out ("doi:10.5555/x", "https://…"); the works it shares
 * with other papers are linked below the paper (SharedWorks.astro).
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { workAnchor } from '../model/anchors.ts';

/** An address or a DOI in a printed entry; what ends a sentence after it is not part of it. */
const OUTBOUND = /https?:\/\/[^\s<>"]+|\bdoi:\s?10\.\d{4,9}\/[^\s<>"]+/giu;
const TRAILING = /[.,;:]+$|\)$/u;

function outboundLinks(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of node.value.matchAll(OUTBOUND)) {
    let shown = m[0];
    while (TRAILING.test(shown) && !(shown.endsWith(')') && shown.includes('('))) shown = shown.replace(TRAILING, '');
    const url = /^doi:/iu.test(shown) ? `https://doi.org/${shown.replace(/^doi:\s?/iu, '')}` : shown;
    if (m.index > at) out.push({ type: 'text', value: node.value.slice(at, m.index) });
    out.push({ type: 'link', url, children: [{ type: 'text', value: shown }], data: { hProperties: { className: ['outbound'], rel: ['noopener'] } } } satisfies Link);
    at = m.index + shown.length;
  }
  if (out.length === 0) return [node];
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

const anchor = (id: string): PhrasingContent => ({ type: 'textDirective', name: 'entry-anchor', attributes: {}, children: [], data: { hName: 'span', hProperties: { id } } }) as PhrasingContent;

export default function remarkEntryLinks() {
  return (tree: Root, file: VFile) => {
    walk(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' || node.name !== 'entry') return;
      const ref = node.attributes?.ref ?? '';
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref)) {
        file.message(`reference entry without a valid key: "${ref}"`, node, 'folio:entry-links');
        return;
      }
      // The directive itself shows nothing: its place is the entry's end, where a curator reads it in the Markdown.
      parent.children.splice(index, 1);
      const before = parent.children[index - 1];
      if (before?.type === 'text') before.value = before.value.trimEnd();
      parent.children = parent.children.flatMap((child): (typeof parent.children)[number][] => (child.type === 'text' ? (outboundLinks(child) as (typeof parent.children)[number][]) : [child])) as typeof parent.children;
      const n = node.attributes?.n;
      const anchors = [anchor(workAnchor(ref)), ...(n && /^\d+$/.test(n) ? [anchor(`ref-${n}`)] : [])];
      parent.children.unshift(...(anchors as (typeof parent.children)[number][]));
      return index + anchors.length;
    });
  };
}
