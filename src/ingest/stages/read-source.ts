/**
 * Bytes -> numbered lines. Rejects what cannot be a text page
 * (empty, binary, not in a known encoding) before any later stage sees it,
 * and accepts the usual variations of text files (a byte-order mark, UTF-16
 * or UTF-32 by their mark, an encoding named in the sidecar, CRLF or CR line
 * endings); see decode-text.ts.
 */
import { createHash } from 'node:crypto';
import { DecodeError, decodeText } from '../../shared/decode-text.ts';
import { type SourceLine, sourceLines } from '../../shared/source-lines.ts';
import { IngestError } from './errors.ts';

export type { SourceLine };

export interface SourceText {
  name: string;
  sha256: string;
  lines: SourceLine[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `encoding`: what the page's sidecar says it is in, for a file that is not UTF-8. */
export function readSource(name: string, bytes: Uint8Array, encoding?: string): SourceText {
  if (bytes.length === 0) throw new IngestError(name, 'the file is empty; a source page needs text');
  let text: string;
  try {
    text = decodeText(bytes, encoding).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new IngestError(name, error.message, error.line);
    throw error;
  }
  const lines = sourceLines(text);
  if (lines.every((l) => l.text.trim() === '')) {
    throw new IngestError(name, 'the file holds only white space; a source page needs text');
  }
  return { name, sha256: sha256(bytes), lines };
}
