/**
 * What the furniture stages know about one source page: its body lines, the
 * lines they removed (with reasons) and the bibliographic facts the removed
 * furniture carried. Grouping and metadata work from this, never from text.
 */
import type { CslDate, CslName, DroppedLine } from '../../model/schema.ts';
import { balanceBidi } from '../../shared/bidi.ts';
import type { SourceLine } from './read-source.ts';

export interface JournalLine {
  containerTitle: string;
  volume?: string;
  issue?: string;
  year?: number;
  firstPage?: number;
  lastPage?: number;
}

export interface RunningHead {
  authors: CslName[];
  title: string;
}

export interface PageFacts {
  journal?: JournalLine;
  runningHead?: RunningHead;
  /** Institution named by a flipbook viewer line ("Page 52 - Azerbaijan State University of Economics"). */
  publisher?: string;
  /** Name of the viewer/site, used to keep pages of different sources apart. */
  viewer?: string;
  title?: string;
  authors?: CslName[];
  issued?: CslDate;
  doi?: string;
  issn?: string;
  /** The script most of the page's text is in: pages of one article share it. */
  script?: string;
  /** The page's running heads, as text to compare (lower case, digits left out): pages of one article share them. */
  heads?: string[];
  /** A web page's site as the page names it ("Source: Baltic Trade Review"), and its address printed on a line of its own. */
  site?: string;
  url?: string;
  /** Volume, issue, year and page range printed in a header block rather than a journal line. */
  numbers?: Partial<Pick<JournalLine, 'volume' | 'issue' | 'year' | 'firstPage' | 'lastPage'>>;
}

export interface BodyLine extends SourceLine {
  /** Leading spaces in layout-preserving dumps; 0 otherwise. */
  indent: number;
  /** Text with indentation removed and runs of spaces collapsed. */
  clean: string;
  /** The line classifier took it for a heading. */
  heading?: boolean;
}

export interface ParsedPage {
  source: string;
  sha256: string;
  kind: 'pdf-page' | 'web-article';
  number: number | null;
  facts: PageFacts;
  body: BodyLine[];
  dropped: DroppedLine[];
}

export function toBodyLine(line: SourceLine): BodyLine {
  const indent = line.text.length - line.text.trimStart().length;
  // Bidi controls left open would reverse the text around the line wherever it is shown: balanced here, once.
  return { ...line, indent, clean: balanceBidi(line.text.trim().replace(/[ \t\u00a0]{2,}/g, ' ')) };
}
