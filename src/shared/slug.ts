/**
 * URL-safe ASCII slugs for text in any script, shared by the ingest (paper
 * ids, reference keys) and the reader. Non-Latin text is transliterated with
 * any-ascii ("Экономика" -> "ekonomika", "全球" -> "quan-qiu"), so an id stays
 * readable where it can be; ideographs and syllables become one word each, as
 * they carry a word's weight.
 */
import anyAscii from 'any-ascii';

/** Han, kana and Hangul: one transliterated word per character. */
const SYLLABIC = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
const NON_ASCII = /[^\x00-\x7f]/;

function toAscii(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (const ch of text) out += SYLLABIC.test(ch) ? ` ${anyAscii(ch)} ` : anyAscii(ch);
  return out;
}

/** Lower-case ASCII slug: "Korzeniewicz" -> "korzeniewicz", "Doesn’t Work" -> "doesnt-work", "Іванов" -> "ivanov". */
export function slugify(text: string): string {
  return toAscii(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug cut at a word boundary to at most `max` characters. */
export function shortSlug(text: string, max: number): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The id pattern of papers and references: lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A short, stable hash of `text` (FNV-1a, 32 bits, base 36): for ids when nothing readable is left. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * An id from slugged parts, at most `max` characters: readable where the
 * parts give words, else a short hash of `seed` (a title of emoji only, an
 * author written in symbols), so that every id is valid and stable.
 */
export function idFrom(parts: readonly (string | undefined)[], seed: string, max = 80): string {
  const joined = parts.filter((p): p is string => p !== undefined && p !== '').map((p) => slugify(p)).filter(Boolean).join('-');
  const id = shortSlug(joined, max);
  return ID_PATTERN.test(id) ? id : `x-${shortHash(seed)}`;
}
