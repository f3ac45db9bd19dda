/**
 * Sidecar YAML: a curator's corrections for one source page. Validated with
 * the model's schema; problems are reported with the sidecar's line number.
 */
import { readFileSync } from 'node:fs';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { type SourceSidecar, sourceSidecar } from '../../model/schema.ts';
import { IngestError } from '../stages/errors.ts';

/** The key node of `path`'s last entry (an unknown key has no schema path of its own). */
function keyNode(doc: Document, path: (string | number)[]): unknown {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  return parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1))?.key;
}

export function parseSidecar(name: string, text: string): SourceSidecar {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new IngestError(name, `invalid YAML: ${yamlError.message.split('\n')[0]}`, lineCounter.linePos(yamlError.pos[0]).line);
  }
  const result = sourceSidecar.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // An unknown key is reported where it is typed; a missing one where its parent is.
    const path = [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])] as (string | number)[];
    let line = 1;
    for (let n = path.length; n > 0; n--) {
      const pair = n === path.length && issue.code === 'unrecognized_keys' ? keyNode(doc, path) : doc.getIn(path.slice(0, n), true);
      const range = (pair as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        line = lineCounter.linePos(range[0]).line;
        break;
      }
    }
    throw new IngestError(name, `${path.join('.') || 'sidecar'}: ${issue.message}`, line);
  }
  return result.data;
}

/** The sidecar at `path` on disk, read and checked; its errors name that path. */
export function readSidecar(path: string): SourceSidecar {
  return parseSidecar(path, readFileSync(path, 'utf8'));
}
