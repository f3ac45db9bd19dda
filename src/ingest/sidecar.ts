/**
 * Sidecar YAML: a curator's corrections for one source page. Validated with
 * the model's schema; problems are reported with the sidecar's line number.
 */
import { LineCounter, parseDocument } from 'yaml';
import { type SourceSidecar, sourceSidecar } from '../model/schema.ts';
import { IngestError } from './errors.ts';

export function sidecarName(sourceName: string): string {
  return sourceName.replace(/\.[^.]+$/, '') + '.yaml';
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
    const node = issue.path.length > 0 ? doc.getIn(issue.path as (string | number)[], true) : undefined;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const line = range ? lineCounter.linePos(range[0]).line : 1;
    throw new IngestError(name, `${issue.path.join('.') || 'sidecar'}: ${issue.message}`, line);
  }
  return result.data;
}
