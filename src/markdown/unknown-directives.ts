/**
 * remark plugin: any directive no other plugin rendered (":note" typed by a
 * curator, say) is reported on the file and shown as the text it was typed
 * as, rather than vanishing or becoming a stray <div>.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { isDirective } from './directives.ts';

export default function remarkUnknownDirectives() {
  return (tree: Root, file: VFile) => {
    walk(tree, (node, index, parent) => {
      if (!isDirective(node) || node.data?.hName) return;
      file.message(`unknown directive "${node.name}" is shown as text`, node, 'folio:unknown-directives');
      const label: PhrasingContent = { type: 'text', value: `:${node.name}` };
      const replacement = node.type === 'textDirective' ? [label, ...node.children] : [{ type: 'paragraph', children: [label] }];
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return index + replacement.length;
    });
  };
}
