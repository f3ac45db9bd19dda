/**
 * mdast-util-to-markdown's text handler, made to skip the unsafe patterns
 * that cannot match. Its `safe` runs every pattern's regex over every text
 * (about a hundred with math, GFM and directives), while a pattern matches
 * only where its character occurs, and prose holds a dozen of them. The
 * output is the library's own: the same handler runs, with the patterns
 * whose character is absent left out.
 */
import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type Unsafe } from 'mdast-util-to-markdown';

/** Which ASCII characters occur in any of the strings (every pattern's character is ASCII). */
function asciiPresent(...parts: string[]): Uint8Array {
  const seen = new Uint8Array(128);
  for (const part of parts)
    for (let i = 0; i < part.length; i++) {
      const code = part.charCodeAt(i);
      if (code < 128) seen[code] = 1;
    }
  return seen;
}

export const leanText: Handle = (node: Text, parent, state, info) => {
  const seen = asciiPresent(info.before, node.value, info.after);
  const all = state.unsafe;
  state.unsafe = all.filter((pattern: Unsafe) => {
    const code = pattern.character.charCodeAt(0);
    return code >= 128 || seen[code] === 1;
  });
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};
