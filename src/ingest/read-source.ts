/**
 * Stage 1: bytes -> numbered lines. Rejects what cannot be a text page
 * (empty, binary, invalid UTF-8) before any later stage sees it, and accepts
 * the usual variations of text files (UTF-8 BOM, CRLF or CR line endings).
 */
import { createHash } from 'node:crypto';
import { IngestError } from './errors.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  number: number;
  /** Line text with trailing white space removed; leading indentation kept. */
  text: string;
}

export interface SourceText {
  name: string;
  sha256: string;
  lines: SourceLine[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Line number of the first byte offset, for error messages. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    try {
      decoder.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return -1;
}

export function readSource(name: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new IngestError(name, 'the file is empty; a source page needs text');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(name, 'the file is binary (it contains NUL bytes), not a text page', lineAt(bytes, nul));
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new IngestError(name, `invalid UTF-8 (byte 0x${bytes[at]?.toString(16) ?? '??'} at offset ${at}); save the page as UTF-8`, lineAt(bytes, at));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/).map((line, i) => ({ number: i + 1, text: line.replace(/[\s\u00a0]+$/u, '') }));
  if (lines.every((l) => l.text.trim() === '')) {
    throw new IngestError(name, 'the file holds only white space; a source page needs text');
  }
  return { name, sha256: sha256(bytes), lines };
}
