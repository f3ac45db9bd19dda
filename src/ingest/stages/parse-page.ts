/**
 * Decide what kind of page a source is and strip its furniture.
 * A page with furniture of a PDF dump (viewer line, page label, journal line,
 * foot number) is a PDF page; anything else is read as a web article.
 */
import { processing } from '../../shared/fault.ts';
import { IngestError, isIngestError } from './errors.ts';
import type { ParsedPage } from './page.ts';
import { looksLikePdfPage, parsePdfPage } from './pdf-page.ts';
import { readSource, type SourceText } from './read-source.ts';
import { parseWebPage } from './web-page.ts';

/**
 * A source file's bytes -> its parsed page: what the full and the incremental
 * ingest both do with each file. A problem with the file is an IngestError; a
 * bug of ours a Fault naming the file.
 */
export function parseSourcePage(name: string, bytes: Uint8Array, encoding?: string): ParsedPage {
  return processing([name], isIngestError, () => parsePage(readSource(name, bytes, encoding)));
}

export function parsePage(text: SourceText): ParsedPage {
  const page = looksLikePdfPage(text) ? parsePdfPage(text) : parseWebPage(text);
  let letters = 0;
  for (const line of page.body) {
    letters += line.clean.match(/\p{L}/gu)?.length ?? 0;
    if (letters >= 20) break;
  }
  if (letters < 20) {
    const first = page.body.find((l) => l.clean !== '') ?? text.lines[0]!;
    throw new IngestError(text.name, 'no recognisable text: after removing page furniture fewer than 20 letters are left', first.number);
  }
  return page;
}
