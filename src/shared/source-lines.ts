/**
 * A page's text as numbered lines, the one way both the ingest and the
 * source view count them: the removed lines a paper records by number must
 * mark the same lines when the reader shows the page as received.
 */
export interface SourceLine {
  /** 1-based line number in the source file. */
  number: number;
  /** Line text with trailing white space removed; leading indentation kept. */
  text: string;
}

export function sourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ number: i + 1, text: line.replace(/[\s\u00a0]+$/u, '') }));
}
