/**
 * APA 7 writes an article's title in sentence case ("The impact of
 * artificial intelligence on international trade"), but pages print titles in
 * headline case, and which capitals are proper nouns cannot be told from the
 * title alone ("China", "Azerbaijan", "Li"). The paper's own text tells: a
 * word it writes capitalised inside a sentence, and never in lower case, is a
 * name and keeps its capital; any other word is lowered. Acronyms, words with
 * inner capitals and the first word of the title and of a subtitle keep theirs.
 */
export function sentenceCase(title: string, isName: (word: string) => boolean): string {
  let startOfPart = true;
  return title.replace(/[\p{L}][\p{L}'’-]*|[:?!.—]/gu, (token) => {
    if (/^[:?!.—]$/u.test(token)) {
      startOfPart = true;
      return token;
    }
    const first = startOfPart;
    startOfPart = false;
    if (first) return token;
    // Hyphenated compounds go part by part: "Value-Added" -> "value-added" when both parts are common words.
    const parts = token.split('-');
    if (!parts.every((part) => part === '' || /^\p{Lu}[\p{Ll}'’]*$/u.test(part))) return token;
    const lower = token.toLowerCase();
    return parts.some((part) => part !== '' && isName(part)) ? token : lower;
  });
}

/** The names of a text, for sentenceCase: words written capitalised inside a sentence and never in lower case. */
export function namesIn(text: string): (word: string) => boolean {
  const lower = new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’]*/gu) ?? []);
  // Capitalised after a word and a space (not after a full stop, which any sentence's first word is).
  const capitalised = new Set([...text.matchAll(/(?<=[\p{L}\p{N},;)]\s+)(\p{Lu}[\p{Ll}'’]*)/gu)].map((m) => m[1]!));
  return (word) => capitalised.has(word) && !lower.has(word.toLowerCase());
}
