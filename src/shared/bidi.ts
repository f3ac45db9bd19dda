/**
 * Bidirectional-text controls in source text: an embedding or override
 * (U+202A-U+202E) or isolate (U+2066-U+2069) left open runs on past its text
 * and reverses what follows it (in a tab title, a list of papers, a search
 * result). Every control is kept where it is closed, and dropped where it is
 * not: an opener never closed, a closer never opened.
 */
const OPENERS = new Set(['\u202a', '\u202b', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202c';
const POP_ISOLATE = '\u2069';
const ANY = /[\u202a-\u202e\u2066-\u2069]/u;

const isIsolate = (c: string) => c === '\u2066' || c === '\u2067' || c === '\u2068';

export function balanceBidi(text: string): string {
  if (!ANY.test(text)) return text;
  const chars = [...text];
  const keep = chars.map(() => true);
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (OPENERS.has(c)) {
      open.push(i);
      return;
    }
    if (c !== POP_EMBEDDING && c !== POP_ISOLATE) return;
    // A pop closes the innermost opener of its kind; openers of the other kind inside that one were never closed.
    let k = open.length - 1;
    while (k >= 0 && isIsolate(chars[open[k]!]!) !== (c === POP_ISOLATE)) k--;
    if (k < 0) {
      keep[i] = false;
      return;
    }
    for (const inner of open.splice(k).slice(1)) keep[inner] = false;
  });
  for (const i of open) keep[i] = false;
  return chars.filter((_, i) => keep[i]).join('');
}
