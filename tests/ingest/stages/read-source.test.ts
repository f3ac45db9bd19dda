import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { IngestError } from '../../../src/ingest/stages/errors.ts';
import { readSource, sha256 } from '../../../src/ingest/stages/read-source.ts';

function errorOf(bytes: Uint8Array): IngestError {
  try {
    readSource('page.txt', bytes);
  } catch (error) {
    assert.ok(error instanceof IngestError, `expected IngestError, got ${String(error)}`);
    return error;
  }
  assert.fail('readSource accepted the input');
}

test('an empty file is rejected', () => {
  const error = errorOf(new Uint8Array(0));
  assert.equal(error.file, 'page.txt');
  assert.match(error.reason, /empty/);
});

test('a file of only white space is rejected', () => {
  const error = errorOf(Buffer.from('   \n\t\r\n\u00a0\n'));
  assert.match(error.reason, /white space/);
});

test('NUL bytes make the file binary, and the error names their line', () => {
  const error = errorOf(Buffer.from('first line\nsecond line\nthi\0rd'));
  assert.match(error.reason, /binary/);
  assert.equal(error.line, 3);
  assert.match(error.message, /^page\.txt:3: /);
});

test('invalid UTF-8 is rejected with the line of the bad byte', () => {
  const bytes = Buffer.concat([Buffer.from('good\nstill good\n'), Buffer.from([0x61, 0xc3, 0x28]), Buffer.from('\nlater')]);
  const error = errorOf(bytes);
  assert.match(error.reason, /invalid UTF-8/);
  assert.match(error.reason, /0xc3/);
  assert.equal(error.line, 3);
});

test('a truncated multi-byte sequence at the end is invalid UTF-8', () => {
  const error = errorOf(Buffer.concat([Buffer.from('text\n'), Buffer.from([0xe2, 0x80])]));
  assert.match(error.reason, /invalid UTF-8/);
  assert.equal(error.line, 2);
});

test('valid multi-byte text is accepted unchanged', () => {
  const source = readSource('zh.txt', Buffer.from('“Quoted” — 全球价值链\n'));
  assert.equal(source.lines[0]!.text, '“Quoted” — 全球价值链');
});

test('a UTF-8 byte order mark is stripped from the first line', () => {
  const source = readSource('bom.txt', Buffer.from('\ufeffTitle\nBody'));
  assert.equal(source.lines[0]!.text, 'Title');
});

test('LF, CRLF and CR line endings all give the same numbered lines', () => {
  const expected = [
    { number: 1, text: 'one' },
    { number: 2, text: 'two' },
    { number: 3, text: '' },
    { number: 4, text: 'four' },
  ];
  for (const eol of ['\n', '\r\n', '\r']) {
    const source = readSource('eol.txt', Buffer.from(['one', 'two', '', 'four'].join(eol)));
    assert.deepEqual(source.lines, expected, `line ending ${JSON.stringify(eol)}`);
  }
});

test('trailing white space is removed and leading indentation kept', () => {
  const source = readSource('indent.txt', Buffer.from('    indented text   \t\nnext\u00a0\u00a0'));
  assert.deepEqual(
    source.lines.map((l) => l.text),
    ['    indented text', 'next'],
  );
});

test('the source keeps its name and the sha256 of its exact bytes', () => {
  const bytes = Buffer.from('\ufeffSome page\r\n');
  const source = readSource('hash.txt', bytes);
  assert.equal(source.name, 'hash.txt');
  assert.equal(source.sha256, createHash('sha256').update(bytes).digest('hex'));
  assert.match(source.sha256, /^[0-9a-f]{64}$/);
  // Different bytes (here only the line ending) give a different hash.
  assert.notEqual(readSource('hash.txt', Buffer.from('\ufeffSome page\n')).sha256, source.sha256);
});

test('sha256 of a known input', () => {
  assert.equal(sha256(Buffer.from('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

const TEXT = 'Page 3 - Тестовый университет\nЭкономика и торговля: «перестройка» цепочек\n3\n';

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const codes = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const view = new DataView(new ArrayBuffer(codes.length * 4));
  codes.forEach((c, i) => view.setUint32(i * 4, c, littleEndian));
  return new Uint8Array(view.buffer);
}

test('UTF-16 and UTF-32 files with a byte-order mark are read as text (Windows Notepad saves "Unicode" so)', () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
  const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
  const files = {
    'UTF-16 LE': utf16le,
    'UTF-16 BE': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
    'UTF-32 LE': utf32(TEXT, true),
    'UTF-32 BE': utf32(TEXT, false),
  };
  for (const [what, bytes] of Object.entries(files)) {
    const source = readSource('page.txt', bytes);
    assert.deepEqual(source.lines.map((l) => l.text), TEXT.split('\n'), what);
  }
});

test('UTF-16 without a byte-order mark is refused with how to convert it, not called binary', () => {
  const error = errorOf(Buffer.from(TEXT, 'utf16le'));
  assert.match(error.reason, /UTF-16 LE without a byte-order mark/);
  assert.match(error.reason, /iconv -f UTF-16LE -t UTF-8/);
});

test('a Windows-1251 page is refused with the encoding it probably is and how to read it, never decoded into mojibake', () => {
  const cp1251 = new Map([...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'].map((c, i) => [c, i < 33 ? (c === 'ё' ? 0xb8 : 0xe0 + 'абвгдежзийклмнопрстуфхцчшщъыьэюя'.indexOf(c)) : c === 'Ё' ? 0xa8 : 0xc0 + 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'.indexOf(c)]));
  const text = 'Экономическая безопасность региона\nВ статье рассматриваются угрозы экономической безопасности.\n';
  const bytes = Uint8Array.from([...text].map((c) => cp1251.get(c) ?? c.charCodeAt(0)));
  const error = errorOf(bytes);
  assert.match(error.reason, /not UTF-8 .*probably windows-1251/);
  assert.match(error.reason, /iconv -f WINDOWS-1251 -t UTF-8/);
  assert.match(error.reason, /encoding: windows-1251/);
  assert.equal(error.line, 1);
  // Named in the sidecar, it is read as what it is.
  assert.deepEqual(readSource('page.txt', bytes, 'windows-1251').lines.map((l) => l.text), text.split('\n'));
});

test('a page that is not in the encoding its sidecar names is refused, naming the sidecar', () => {
  assert.throws(() => readSource('page.txt', Buffer.from([0x82, 0xa0, 0xff, 0xff]), 'shift_jis'), (e: unknown) => e instanceof IngestError && /not valid shift_jis.*sidecar/.test(e.reason));
});
