/**
 * remark plugin: `:lang{code=de}` at the start of a paragraph or list item
 * (the ingest's mark of a passage in another language than the paper's)
 * becomes `lang="de"` on that block, so screen readers switch voice and
 * browsers hyphenate it as German.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { isDirective } from './directives.ts';

const BCP47 = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export default function remarkPassageLang() {
  return (tree: Root, file: VFile) => {
    walk(tree, (paragraph, _index, parent) => {
      if (paragraph.type !== 'paragraph') return;
      const first = paragraph.children[0];
      if (!first || !isDirective(first) || first.name !== 'lang') return;
      paragraph.children.shift();
      const code = first.attributes?.code ?? '';
      if (!BCP47.test(code)) {
        file.message(`language mark without a valid language tag (:lang{code=...}): "${code}"`, first, 'folio:passage-lang');
        return;
      }
      // A tight list renders its item's paragraph without a <p>: the item carries the language.
      const target = (parent as RootContent).type === 'listItem' ? (parent as ListItem) : paragraph;
      target.data ??= {};
      target.data.hProperties = { ...target.data.hProperties, lang: code };
    });
  };
}
