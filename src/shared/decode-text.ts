/**
 * Bytes of a text file -> its text, the way curators' files come: UTF-8 with
 * or without a byte-order mark; UTF-16 and UTF-32 (LE or BE) by their mark,
 * as Windows Notepad saves "Unicode" text; or an encoding the curator names
 * in the page's sidecar (`encoding: windows-1251`). Anything else that is not
 * UTF-8 is refused with the encoding it most likely is (chardet's guess) and
 * the command that converts it, never decoded by a guess into mojibake.
 */
import chardet from 'chardet';

export class DecodeError extends Error {
  /** 1-based line of the first byte that could not be read, where there is one. */
  readonly line: number | undefined;
  constructor(reason: string, line?: number) {
    super(reason);
    this.name = 'DecodeError';
    this.line = line;
  }
}

export interface Decoded {
  text: string;
  /** The encoding the text was read in, as a WHATWG label ("utf-8", "utf-16le", "windows-1251"). */
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether TextDecoder knows `label` (what a sidecar's `encoding:` is checked against). */
export function isEncodingLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function lineAt(bytes: Uint8Array, offset: number, unit = 1): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += unit) if (bytes[i] === 0x0a && (unit === 1 || bytes[i + 1] === 0 || bytes[i - 1] === 0)) line++;
  return line;
}

/**
 * Where UTF-8 first fails, and how many well-formed multi-byte sequences the
 * file has: a file with some is UTF-8 with a damaged byte, not text in
 * another encoding (whose bytes above 0x7f rarely form such sequences).
 */
function utf8Shape(bytes: Uint8Array): { firstInvalid: number; multibyte: number } {
  let firstInvalid = -1;
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let ok = size > 0;
    for (let k = 1; ok && k < size; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok && size > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + size));
      } catch {
        ok = false;
      }
    }
    if (!ok) {
      if (firstInvalid === -1) firstInvalid = i;
      i++;
      continue;
    }
    if (size > 1) multibyte++;
    i += size;
  }
  return { firstInvalid, multibyte };
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0) throw new DecodeError(`the file starts with a UTF-32 ${littleEndian ? 'LE' : 'BE'} byte-order mark but its length is not a whole number of characters; it is damaged`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  for (let i = 4; i < bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new DecodeError(`invalid UTF-32 character U+${code.toString(16).toUpperCase()} at byte ${i}`, lineAt(bytes, i, 4));
    out.push(String.fromCodePoint(code));
  }
  return out.join('');
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) throw new DecodeError(`the file starts with a ${label.toUpperCase()} byte-order mark but has an odd number of bytes; it is damaged`);
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${label.toUpperCase()}: a lone surrogate; the file is damaged`);
  }
}

/** UTF-16 without a byte-order mark: bytes that read, in one byte order, as text (letters, digits, punctuation, spaces). */
function utf16WithoutMark(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  let best: { order: 'LE' | 'BE'; share: number } | undefined;
  for (const order of ['LE', 'BE'] as const) {
    let text: string;
    try {
      text = new TextDecoder(`utf-16${order.toLowerCase()}`, { fatal: true }).decode(sample);
    } catch {
      continue;
    }
    const readable = text.match(/[\p{L}\p{N}\p{P}\p{Zs}\n\r\t]/gu)?.length ?? 0;
    const share = readable / text.length;
    // Text has spaces or line ends; binary read as UTF-16 is letters of every script but rarely those.
    if (!text.includes('\0') && /[\n ]/.test(text) && share > 0.9 && (!best || share > best.share)) best = { order, share };
  }
  return best?.order;
}

const CONVERT = (from: string) => `convert it to UTF-8 (\`iconv -f ${from.toUpperCase()} -t UTF-8 FILE > FILE.utf8 && mv FILE.utf8 FILE\`) or name its encoding in its sidecar (\`encoding: ${from.toLowerCase()}\`)`;

/**
 * The text of `bytes`. `encoding` is what a sidecar says the file is in
 * (it wins over a guess, never over a byte-order mark).
 */
export function decodeText(bytes: Uint8Array, encoding?: string): Decoded {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decodeUtf8(bytes.subarray(3), 3), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { text: decodeUtf32(bytes, true), encoding: 'utf-32le' };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { text: decodeUtf32(bytes, false), encoding: 'utf-32be' };
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeUtf16(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeUtf16(bytes, 'utf-16be'), encoding: 'utf-16be' };
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
    const decoder = new TextDecoder(encoding, { fatal: true });
    try {
      return { text: decoder.decode(bytes), encoding: decoder.encoding };
    } catch {
      throw new DecodeError(`the bytes are not valid ${decoder.encoding}, the encoding its sidecar names; check \`encoding:\` in the sidecar`);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const order = utf16WithoutMark(bytes);
    if (order) throw new DecodeError(`the file looks like UTF-16 ${order} without a byte-order mark; ${CONVERT(`UTF-16${order}`)}`);
    throw new DecodeError('the file is binary (it contains NUL bytes), not a text page', lineAt(bytes, nul));
  }
  return { text: decodeUtf8(bytes, 0), encoding: 'utf-8' };
}

function decodeUtf8(bytes: Uint8Array, shift: number): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const { firstInvalid: at, multibyte } = utf8Shape(bytes);
    const line = lineAt(bytes, at);
    const where = `byte 0x${bytes[at]?.toString(16) ?? '??'} at offset ${at + shift}`;
    // A guess needs text to go on: a stray byte or two in ASCII text says nothing of an encoding.
    let high = 0;
    for (const b of bytes) if (b >= 0x80) high++;
    const guess = multibyte === 0 && high >= 4 ? chardet.analyse(bytes).find((g) => !/^(UTF-8|ASCII)$/i.test(g.name)) : undefined;
    if (guess) throw new DecodeError(`not UTF-8 (${where}); it is probably ${guess.name}${guess.lang ? ` (${guess.lang})` : ''}: ${CONVERT(guess.name)}`, line);
    throw new DecodeError(`invalid UTF-8 (${where}); save the page as UTF-8`, line);
  }
}
