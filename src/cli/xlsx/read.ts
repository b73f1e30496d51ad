// Reads a sheet of an .xlsx workbook into the cells the CSV reader would have read from the same
// table saved as CSV: the rest of the CLI (data.ts) reads both alike. jszip (exceljs's own ZIP
// reader) reads the ZIP's directory and each part is inflated with its size capped and its cells
// counted, so a ZIP bomb is refused before anything is parsed; the XML parts kept are then read with
// saxes (a conformant XML parser, which expands no entity a document declares) in one pass each.
// exceljs's workbook load built an object for every cell and took 6–8× the time of the same rows as
// CSV; its streaming reader reports neither merged cells nor hidden rows and columns, which must be
// refused, and would inflate the file a second time (docs/benchmarks.md, "Excel").
import { readFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { inflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';
import { civilToUtcMs, fromUtcMs } from '../../_shared/dates';
import { formatPlain } from '../../_shared/format';
import { CliError, EXIT, inputError } from '../errors';
import { printable } from '../io';
import type { CsvRow, CsvTable } from '../csv';
import { loadJsZip, loadSaxes, type Saxes } from './lib';

/** Limits checked on the unpacked workbook before it is read (a 100,000-row data sheet is ~30 MB and 1.1 M cells). */
export const XLSX_LIMITS = {
  /** The bytes of all its parts, unpacked. */
  unpackedBytes: 512 * 1024 * 1024,
  /** Cells (`<c>` elements) of all its sheets. */
  cells: 5_000_000,
} as const;

/** What a workbook's hidden `_chiso` sheet says: the catalog a template was made for, and its columns. */
export interface TemplateMark {
  readonly catalog: string;
  readonly version: string;
  /** The data sheet's name. */
  readonly sheet: string;
  /** The field each column of the data sheet holds (`unit`, `value`, …), `-` for a column only to read. */
  readonly columns: readonly string[];
  /** The language of the headers (`vi`, `en`), `''` when the mark does not say. */
  readonly lang: string;
  /** The unit ids the rows were made for; `undefined` for a template written before chiso recorded them. */
  readonly units: readonly string[] | undefined;
}

/** A sheet read as a table: the CSV reader's table, with the sheet's name for `Sheet1!D7` places. */
export interface SheetTable extends CsvTable {
  readonly sheet: string;
  /** The template mark, when the workbook is a chiso template. */
  readonly template: TemplateMark | undefined;
  /** Things to tell the user that are not errors (formulas read as their stored values). */
  readonly notes: readonly string[];
}

/** The hidden sheet of a chiso template. */
export const MARK_SHEET = '_chiso';

/**
 * The column letters of a column number (1 ↦ `A`, 27 ↦ `AA`).
 *
 * @param column - the column's number, from 1
 * @returns its letters
 * @throws never
 *
 * @example
 * [columnLetters(1), columnLetters(4), columnLetters(27), columnLetters(16384)];
 * //=> ['A', 'D', 'AA', 'XFD']
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet name as a formula would quote it (`'Số liệu'!D7`, `Sheet1!D7`). */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Where a cell is, as problems say it: `file: Sheet1!D7`.
 *
 * @param file - the workbook
 * @param sheet - the sheet's name
 * @param row - the row (from 1)
 * @param column - the column (from 1)
 * @returns the place
 * @throws never
 *
 * @example
 * cellPlace('data.xlsx', 'Số liệu', 7, 4);
 * //=> "data.xlsx: 'Số liệu'!D7"
 */
export function cellPlace(file: string, sheet: string, row: number, column: number): string {
  return `${file}: ${sheetRef(sheet)}!${columnLetters(column)}${row}`;
}

/**
 * The civil day of an Excel serial day number. The 1900 system counts from 1900-01-01 = 1 and, as
 * Lotus 1-2-3 did, holds a 29 February 1900 that never was (serial 60): days before it are one
 * serial lower than a plain count from 1899-12-31 gives; the 1904 system (old Mac workbooks) counts
 * from 1904-01-01 = 0. A time of day in the fraction is dropped (the serial is wall time).
 *
 * @param serial - the serial number
 * @param date1904 - whether the workbook uses the 1904 system
 * @returns the day as `YYYY-MM-DD`, or `undefined` for serial 60 of the 1900 system and serials below 1 (0 in 1904)
 * @throws never
 *
 * @example
 * [serialDay(45077, false), serialDay(59, false), serialDay(61, false), serialDay(60, false), serialDay(43615, true)];
 * //=> ['2023-05-31', '1900-02-28', '1900-03-01', undefined, '2023-05-31']
 */
export function serialDay(serial: number, date1904: boolean): string | undefined {
  // Rounded to a millisecond first: a whole day written through a Date can be a hair below it.
  const day = Math.floor(Math.round(serial * 86_400_000) / 86_400_000);
  let epoch: number;
  if (date1904) {
    if (day < 0) return undefined;
    epoch = civilToUtcMs(1904, 1, 1);
  } else {
    if (day < 1 || day === 60) return undefined;
    epoch = day < 60 ? civilToUtcMs(1899, 12, 31) : civilToUtcMs(1899, 12, 30);
  }
  const ms = epoch + day * 86_400_000;
  return ms >= civilToUtcMs(10000, 1, 1) ? undefined : fromUtcMs(ms);
}

/**
 * A number as the cell shows it in General format: at most 15 significant digits (what Excel keeps
 * and shows), so binary noise written by a formula (`36.180000000000007`) reads `36.18`; a
 * percentage-formatted cell as the percentage it shows (`0.3618` as `36.18`).
 */
function numberText(value: number, percent: boolean): string {
  const shown = Number(value.toPrecision(15));
  const plain = formatPlain(shown);
  if (!percent) return plain;
  // × 100 on the decimal text: exact, no binary arithmetic.
  const negative = plain.startsWith('-');
  const [int = '0', frac = ''] = (negative ? plain.slice(1) : plain).split('.');
  const digits = `${int}${frac.padEnd(2, '0')}`;
  const point = int.length + 2;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${rest === '' ? '' : `.${rest}`}`;
}

/** What went wrong in a cell, to list with the others. */
interface CellProblem {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** Refuses what is not a ZIP: an encrypted workbook (a CFB container), an old .xls, anything else. */
function checkSignature(bytes: Uint8Array, file: string): void {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip) return;
  const cfb = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (cfb) throw inputError([`${file}: a password-protected workbook or an old .xls file (a CFB container, not .xlsx): open it, remove the password, and save it as an Excel Workbook (.xlsx)`]);
  throw inputError([`${file}: not an Excel workbook (.xlsx is a ZIP file; this one starts with bytes ${Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ') || '(none: the file is empty)'})`]);
}

/** The XML and relationship parts of a workbook, unpacked, by lower-cased name (OPC part names ignore case). */
type Parts = ReadonlyMap<string, Buffer>;

/** Counts the cells (`<c` followed by a space, `>` or `/`) of a piece of a sheet part; `carry` is 1 when the previous piece ended in `<c`. */
function countCells(chunk: Uint8Array, carry: number): number {
  let cells = 0;
  if (carry === 1) {
    const c = chunk[0];
    if (c === 0x20 || c === 0x3e || c === 0x2f) cells++;
  }
  let i = 0;
  for (;;) {
    i = chunk.indexOf(0x3c, i);
    if (i === -1 || i + 1 >= chunk.length) break;
    if (chunk[i + 1] === 0x63) {
      const c = chunk[i + 2];
      if (c === undefined) break;
      if (c === 0x20 || c === 0x3e || c === 0x2f) cells++;
    }
    i++;
  }
  return cells;
}

/** How `unpackWorkbook` unpacks: the limits (tests give small ones), and the stream path only. */
interface UnpackOptions {
  readonly limits?: { readonly unpackedBytes: number; readonly cells: number };
  /** Inflate every part through jszip's stream, as for a part the fast path cannot take. */
  readonly viaStream?: boolean;
}

/** A ZIP entry's stored bytes as jszip holds them after `loadAsync` (not in its typings). */
interface StoredEntry {
  readonly _data?: { readonly compression?: { readonly magic?: unknown }; readonly compressedContent?: unknown };
}

/**
 * Unpacks the ZIP, every part counted as it is inflated: the unpacked size (not the sizes the
 * directory declares, which a bomb can fake) and the cells of the sheets (`<c` tags), stopping at
 * the first limit passed. The XML parts are kept (within the limits) for reading, so the workbook is
 * inflated once. A deflated part is inflated by Node's zlib, its output capped at the bytes left
 * under the limit (pako, jszip's own inflater, took most of the read's unpacking time); a part in a
 * form jszip does not expose that way is inflated by jszip as a stream. That fast path reads
 * jszip's stored bytes through a field its typings do not declare, so it is tested against the
 * stream path it skips (`viaStream`, test/cli/xlsx.test.ts): the same parts, the same refusals.
 *
 * @param bytes - the file's bytes
 * @param file - the file's name, for messages
 * @param options - `limits` (default {@link XLSX_LIMITS}) and `viaStream`
 * @returns the XML parts by lower-case name
 * @throws {CliError} exit 1: not a ZIP, a damaged part, more unpacked bytes or cells than the limits
 *
 * @example
 * // Not a ZIP at all: refused as a damaged workbook before anything is read.
 * const refused = await unpackWorkbook(new Uint8Array([1, 2, 3]), 'x.xlsx').catch((error: unknown) => (error as { exitCode: number }).exitCode);
 * refused;
 * //=> 1
 */
export async function unpackWorkbook(bytes: Uint8Array, file: string, options: UnpackOptions = {}): Promise<Parts> {
  const limits = options.limits ?? XLSX_LIMITS;
  let zip: JSZip;
  try {
    zip = await (await loadJsZip()).loadAsync(bytes);
  } catch (error) {
    throw inputError([`${file}: a damaged workbook (its ZIP structure cannot be read: ${printable(error instanceof Error ? error.message : String(error))}); open it in Excel or LibreOffice and save it again`]);
  }
  const parts = new Map<string, Buffer>();
  let total = 0;
  let cells = 0;
  const tooBig = (name: string) => inputError([`${file}: the workbook unpacks to more than ${limits.unpackedBytes / 1024 / 1024} MiB (at ${name}): refused before reading (a ZIP bomb, or far more data than chiso reads from a workbook)`]);
  const tooMany = (name: string) => inputError([`${file}: the workbook has more than ${limits.cells.toLocaleString('en-US')} cells (at ${name}): refused before reading`]);
  const damaged = (name: string, error: unknown) => inputError([`${file}: a damaged workbook (${printable(name)} cannot be unpacked: ${printable(error instanceof Error ? error.message : String(error))}); open it in Excel or LibreOffice and save it again`]);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    const keep = /\.(?:xml|rels)$/i.test(entry.name);
    const stored = (entry as unknown as StoredEntry)._data;
    const magic = stored?.compression?.magic;
    const content = stored?.compressedContent;
    if (options.viaStream !== true && content instanceof Uint8Array && (magic === '\x08\x00' || magic === '\x00\x00')) {
      const left = limits.unpackedBytes - total;
      let out: Buffer;
      if (magic === '\x00\x00') out = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      else {
        try {
          out = inflateRawSync(content, { maxOutputLength: Math.max(1, left) });
        } catch (error) {
          if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(entry.name);
          throw damaged(entry.name, error);
        }
      }
      total += out.length;
      if (total > limits.unpackedBytes) throw tooBig(entry.name);
      if (sheet) {
        cells += countCells(out, 0);
        if (cells > limits.cells) throw tooMany(entry.name);
      }
      if (keep) parts.set(entry.name.toLowerCase(), out);
      continue;
    }
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream & { pause: () => void };
      // `<c` at a chunk's end continues in the next chunk.
      let carry = 0;
      let done = false;
      const stop = (error: CliError) => {
        if (done) return;
        done = true;
        stream.pause();
        stream.removeAllListeners('data');
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limits.unpackedBytes) return stop(tooBig(entry.name));
        if (keep) chunks.push(chunk);
        if (!sheet) return;
        cells += countCells(chunk, carry);
        carry = chunk.length >= 2 && chunk[chunk.length - 2] === 0x3c && chunk[chunk.length - 1] === 0x63 ? 1 : 0;
        if (cells > limits.cells) stop(tooMany(entry.name));
      });
      stream.on('error', (error: unknown) => {
        if (!done) {
          done = true;
          reject(damaged(entry.name, error));
        }
      });
      stream.on('end', () => {
        if (!done) {
          done = true;
          resolve();
        }
      });
    });
    if (keep) parts.set(entry.name.toLowerCase(), chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
  }
  return parts;
}

/** Thrown inside the reading of a part, to become the file's "damaged or unsupported" error. */
class Damaged extends Error {}

/** An element's name without its namespace prefix (`x:c` ↦ `c`: some writers prefix SpreadsheetML). */
function local(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

/** What a reader of one part does with its elements (names without prefix). */
interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Reads one part with saxes, a conformant XML parser: a part that is not well-formed throws. */
function readXml(sax: Saxes, part: Buffer, handlers: XmlHandlers): void {
  const parser = new sax.SaxesParser({ position: false });
  parser.on('opentag', (tag) => handlers.open(local(tag.name), tag.attributes as Record<string, string>));
  const text = handlers.text;
  if (text !== undefined) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const close = handlers.close;
  if (close !== undefined) parser.on('closetag', (tag) => close(local(tag.name)));
  // Fed in pieces, so a sheet part is never also held whole as a string (twice its bytes, for text
  // beyond Latin-1). The decoder keeps a character split between pieces whole.
  const decoder = new StringDecoder('utf8');
  for (let at = 0; at < part.length; at += XML_PIECE) parser.write(decoder.write(part.subarray(at, at + XML_PIECE)));
  parser.write(decoder.end()).close();
}

/** The bytes of XML given to saxes at a time. */
const XML_PIECE = 64 * 1024;

/** An attribute by its local name, whatever its prefix (`r:id`). */
function prefixed(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  for (const key of Object.keys(attributes)) if (key === name || key.endsWith(`:${name}`)) return attributes[key];
  return undefined;
}

/** A relationship's target as a part name: relative to the folder of the part that names it, or absolute. */
function resolveTarget(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter((x) => x !== '');
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/').toLowerCase();
}

/** The relationships of a part (`Id` ↦ part name, and by type), from its `_rels/*.rels` part. */
function relationships(sax: Saxes, parts: Parts, part: string): { byId: Map<string, string>; byType: Map<string, string> } {
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash + 1);
  const rels = parts.get(`${folder}_rels/${part.slice(slash + 1)}.rels`);
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  if (rels === undefined) return { byId, byType };
  readXml(sax, rels, {
    open(name, a) {
      if (name !== 'Relationship' || a.Target === undefined || a.TargetMode === 'External') return;
      const target = resolveTarget(folder, a.Target);
      if (a.Id !== undefined) byId.set(a.Id, target);
      if (a.Type !== undefined) byType.set(a.Type.slice(a.Type.lastIndexOf('/') + 1), target);
    },
  });
  return { byId, byType };
}

/** A sheet the workbook lists, with its part. */
interface SheetEntry {
  readonly name: string;
  readonly visible: boolean;
  readonly part: string | undefined;
}

/** What the reader needs of the workbook: its sheets, date system, shared strings and cell formats. */
interface Book {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly strings: readonly string[];
  /** By cell format (`s`): 1 a date format, 2 a percentage, 0 anything else. */
  readonly kinds: readonly number[];
  /** The days of the date serials read so far (`undefined` for one that is no day). */
  readonly days: Map<string, string | undefined>;
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the East Asian ones). */
function builtInKind(id: number): number {
  if (id === 9 || id === 10) return 2;
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) ? 1 : 0;
}

/** Whether a format code shows a date (a y, m, d, h, s or b outside quotes, escapes and brackets) or a percentage. */
function codeKind(code: string): number {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*./g, '');
  if (/[ymdhsb]/i.test(bare.replace(/\[[^\]]*\]/g, ''))) return 1;
  return /%/.test(bare) ? 2 : 0;
}

/** Reads the workbook part, its relationships, the shared strings and the cell formats. */
function readBook(sax: Saxes, parts: Parts): Book {
  const main = relationships(sax, parts, '').byType.get('officeDocument') ?? 'xl/workbook.xml';
  const workbook = parts.get(main);
  if (workbook === undefined) throw new Damaged(`no workbook part (${main})`);
  const rels = relationships(sax, parts, main);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  readXml(sax, workbook, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet') {
        const id = prefixed(a, 'id');
        sheets.push({ name: a.name ?? '', visible: a.state === undefined || a.state === 'visible', part: id === undefined ? undefined : rels.byId.get(id) });
      }
    },
  });

  const strings: string[] = [];
  const shared = parts.get(rels.byType.get('sharedStrings') ?? 'xl/sharedstrings.xml');
  if (shared !== undefined) {
    // Phonetic runs (`rPh`) are not shown in the cell.
    let phonetic = 0;
    let inText = false;
    let text = '';
    readXml(sax, shared, {
      open(name) {
        if (name === 'si') text = '';
        else if (name === 'rPh') phonetic++;
        else if (name === 't') inText = phonetic === 0;
      },
      text(t) {
        if (inText) text += t;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') strings.push(text);
      },
    });
  }

  const kinds: number[] = [];
  const styles = parts.get(rels.byType.get('styles') ?? 'xl/styles.xml');
  if (styles !== undefined) {
    const custom = new Map<number, number>();
    let inCellXfs = false;
    readXml(sax, styles, {
      open(name, a) {
        if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), codeKind(a.formatCode ?? ''));
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(a.numFmtId ?? 0);
          kinds.push(custom.get(id) ?? builtInKind(id));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    });
  }
  return { sheets, date1904, strings, kinds, days: new Map() };
}

/** A cell as the sheet part holds it; one object, refilled for every cell. */
interface RawCell {
  /** The type (`s` shared string, `str`, `inlineStr`, `b`, `e`, `d`, `n`). */
  t: string;
  /** The cell format's index. */
  s: number;
  /** The stored value's text, when there is a `<v>`. */
  v: string | undefined;
  /** Whether the cell has a formula, and its text (a shared formula's master text). */
  f: boolean;
  formula: string;
  /** An inline string's text, when there is an `<is>`. */
  inline: string | undefined;
}

/** What a reader of a sheet part does with its rows, cells, columns and merges. */
interface SheetHandlers {
  row(row: number, hidden: boolean): void;
  cell(row: number, column: number, raw: RawCell): void;
  rowEnd(row: number): void;
  column?(min: number, max: number, hidden: boolean): void;
  merge?(range: string): void;
}

/** The column number of a cell reference (`D7` ↦ 4). */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

/** Reads a sheet part in one pass, handing each cell over as it closes. */
function readSheetPart(sax: Saxes, part: Buffer, handlers: SheetHandlers): void {
  const raw: RawCell = { t: 'n', s: 0, v: undefined, f: false, formula: '', inline: undefined };
  const sharedFormulas = new Map<string, string>();
  let row = 0;
  let column = 0;
  // Where text goes: 1 the value, 2 the formula, 3 an inline string.
  let field = 0;
  let phonetic = 0;
  let sharedIndex: string | undefined;
  const on = (a: string | undefined) => a === '1' || a === 'true';
  readXml(sax, part, {
    open(name, a) {
      switch (name) {
        case 'row':
          row = a.r === undefined ? row + 1 : Number(a.r);
          column = 0;
          handlers.row(row, on(a.hidden));
          break;
        case 'c':
          column = a.r === undefined ? column + 1 : columnOf(a.r);
          raw.t = a.t ?? 'n';
          raw.s = a.s === undefined ? 0 : Number(a.s);
          raw.v = undefined;
          raw.f = false;
          raw.formula = '';
          raw.inline = undefined;
          break;
        case 'v':
          raw.v = '';
          field = 1;
          break;
        case 'f':
          raw.f = true;
          sharedIndex = a.t === 'shared' ? a.si : undefined;
          field = 2;
          break;
        case 'is':
          raw.inline = '';
          break;
        case 't':
          if (raw.inline !== undefined && phonetic === 0) field = 3;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'col':
          handlers.column?.(Number(a.min), Number(a.max ?? a.min), on(a.hidden));
          break;
        case 'mergeCell':
          if (a.ref !== undefined) handlers.merge?.(a.ref);
          break;
      }
    },
    text(t) {
      if (field === 1) raw.v += t;
      else if (field === 2) raw.formula += t;
      else if (field === 3) raw.inline += t;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          field = 0;
          break;
        case 'f':
          field = 0;
          if (sharedIndex !== undefined) {
            if (raw.formula !== '') sharedFormulas.set(sharedIndex, raw.formula);
            else raw.formula = sharedFormulas.get(sharedIndex) ?? '';
          }
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          handlers.cell(row, column, raw);
          break;
        case 'row':
          handlers.rowEnd(row);
          break;
      }
    },
  });
}

/** Whether a cell holds anything (a value, an inline string or a formula), as a row with values needs. */
function hasValue(raw: RawCell): boolean {
  return raw.f || raw.v !== undefined || raw.inline !== undefined;
}

/**
 * A cell's text as the CSV would hold it; a problem of its own goes to `problem`, a formula read as
 * its stored value to `note`.
 */
function cellText(raw: RawCell, book: Book, problem: (text: string) => void, note: () => void): string {
  const { t, v } = raw;
  if (raw.f) {
    if (v === undefined || (v === '' && t !== 'str')) {
      problem(`a formula (=${printable(raw.formula)}) with no value stored in the file: chiso never evaluates formulas; open the workbook in Excel or LibreOffice and save it, or paste the values`);
      return '';
    }
    note();
  }
  switch (t) {
    case 's':
      return v === undefined ? '' : (book.strings[Number(v)] ?? '');
    case 'inlineStr':
      return raw.inline ?? v ?? '';
    case 'str':
      return v ?? '';
    case 'b':
      return v === undefined ? '' : v.trim() === '1' || v.trim() === 'true' ? 'true' : 'false';
    case 'e':
      problem(`Expected a value but got "${printable(v ?? '')}" (an error value).`);
      return '';
    case 'd': {
      // An ISO 8601 date cell (Strict OOXML): its day.
      const day = /^\d{4}-\d{2}-\d{2}/.exec(v ?? '')?.[0];
      if (day === undefined && v !== undefined && v !== '') problem(`Expected a day (YYYY-MM-DD…) but got "${printable(v)}" (a date cell).`);
      return day ?? '';
    }
  }
  if (v === undefined || v.trim() === '') return '';
  const kind = book.kinds[raw.s] ?? 0;
  // Already the text numberText would give (a plain decimal of at most 15 digits, no trailing zero): most cells.
  if (kind === 0 && v.length <= 16 && PLAIN.test(v) && v.replace(/[-.]/g, '').length <= 15) return v;
  const value = Number(v);
  if (!Number.isFinite(value)) return v;
  if (kind === 1) {
    // A column of dates repeats a few days: each serial is turned into its day once.
    let day = book.days.get(v);
    if (day === undefined && !book.days.has(v)) {
      day = serialDay(value, book.date1904);
      book.days.set(v, day);
    }
    if (day === undefined) problem(`Expected a day that exists but got "${printable(v)}" (a date cell before 1900, or 29/02/1900 which Excel counts but never was).`);
    return day ?? '';
  }
  return numberText(value, kind === 2);
}

/** A decimal as formatPlain writes it: no exponent, no leading or trailing zero, no `-0`. */
const PLAIN = /^(?:0|-?(?:[1-9]\d*(?:\.\d*[1-9])?|0\.\d*[1-9]))$/;

/** The template mark of a workbook, when it has the hidden `_chiso` sheet. */
function markOf(sax: Saxes, parts: Parts, book: Book): TemplateMark | undefined {
  const entry = book.sheets.find((s) => s.name === MARK_SHEET);
  const part = entry?.part === undefined ? undefined : parts.get(entry.part);
  if (part === undefined) return undefined;
  const values = new Map<string, string[]>();
  let cells: string[] = [];
  const ignore = () => undefined;
  readSheetPart(sax, part, {
    row() {
      cells = [];
    },
    cell(_row, column, raw) {
      if (column >= 1) cells[column - 1] = cellText(raw, book, ignore, ignore);
    },
    rowEnd() {
      const [key, ...rest] = Array.from(cells, (c) => c ?? '');
      // `units` may take several rows (a sheet has 16 384 columns): they add up.
      if (key !== undefined && key !== '') values.set(key, key === 'units' ? [...(values.get(key) ?? []), ...rest.filter((id) => id !== '')] : rest);
    },
  });
  const one = (key: string) => values.get(key)?.[0] ?? '';
  return { catalog: one('catalog'), version: one('version'), sheet: one('sheet'), columns: values.get('columns') ?? [], lang: one('lang'), units: values.get('units') };
}

/**
 * Reads one sheet of an .xlsx workbook as a table with a header row (the first row with a value),
 * cells as the CSV reader takes them: a number cell as its number as shown (`36.18`; at most 15
 * significant digits; a percentage cell as its percentage), a date cell as its day (`2023-05-31`,
 * 1900 or 1904 system), text as written (`31/05/2023` stays text: the period reader takes it), a
 * boolean as `true`/`false`, a formula as the value the file stores (never evaluated; said in
 * `notes`). Before anything is read the file must be a ZIP, whole, unpacking within
 * {@link XLSX_LIMITS}. Every problem of the sheet is reported at once: a missing sheet, merged
 * cells or a hidden row or column in the data area, an error value (`#DIV/0!`), a formula with no
 * stored value.
 *
 * @param file - the workbook
 * @param sheetName - the sheet to read (default: a template's data sheet, else the first visible one)
 * @returns the table, the template mark (if any) and notes
 * @throws {CliError} an I/O error (exit 3) when the file cannot be read; an input error (exit 1) for
 *   a file that is not a readable workbook within the limits, or a sheet with a problem
 *
 * @example
 * await readXlsxTable('package.json');
 * //=> throws CliError: package.json: not an Excel workbook (.xlsx is a ZIP file; this one starts with bytes 7b 0a 20 20)
 */
export async function readXlsxTable(file: string, sheetName?: string): Promise<SheetTable> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new CliError(EXIT.io, [`error: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error instanceof Error ? error.message : String(error)}`]);
  }
  checkSignature(bytes, file);
  const parts = await unpackWorkbook(bytes, file);
  const sax = await loadSaxes();
  try {
    return readTable(sax, parts, file, sheetName);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw inputError([`${file}: a damaged or unsupported workbook (${printable(error instanceof Error ? error.message : String(error))}); open it in Excel or LibreOffice and save it as .xlsx again`]);
  }
}

/** The table of a sheet of the unpacked workbook (see {@link readXlsxTable}). */
function readTable(sax: Saxes, parts: Parts, file: string, sheetName: string | undefined): SheetTable {
  const book = readBook(sax, parts);
  const template = markOf(sax, parts, book);
  const visible = book.sheets.filter((s) => s.name !== MARK_SHEET && s.visible);
  const name = sheetName ?? (template !== undefined && template.sheet !== '' ? template.sheet : visible[0]?.name);
  const sheet = name === undefined ? undefined : book.sheets.find((s) => s.name === name && s.name !== MARK_SHEET);
  if (sheet === undefined) {
    throw inputError([`${file}: Expected --sheet to be one of ${visible.map((s) => `"${printable(s.name)}"`).join(', ') || '(no sheet)'} but got "${printable(name ?? '')}".`]);
  }
  const part = sheet.part === undefined ? undefined : parts.get(sheet.part);
  if (part === undefined) throw new Damaged(`the sheet "${sheet.name}" has no part`);

  const problems: CellProblem[] = [];
  const notes: string[] = [];
  const at = (row: number, column: number) => cellPlace(file, sheet.name, row, column);

  // The header: the first row with a value; its width is the table's.
  let headerLine = 0;
  let width = 0;
  let header: string[] = [];
  const rows: CsvRow[] = [];
  const hiddenColumns: [number, number][] = [];
  const merges: string[] = [];

  // The row being read.
  let hidden = false;
  let valued = false;
  let bad = false;
  let cells: string[] = [];
  // Problems right of the header's last column, told only for a row that is read.
  let beyond: CellProblem[] = [];
  let where = 0;
  let column = 0;
  const problem = (text: string) => {
    const p = { row: where, column, text: `${at(where, column)}: ${text}` };
    if (headerLine !== 0 && column > width) beyond.push(p);
    else {
      problems.push(p);
      bad = true;
    }
  };
  const note = () => notes.push(`${at(where, column)}: a formula; its value stored in the file is read (chiso never evaluates formulas)`);

  readSheetPart(sax, part, {
    row(row, isHidden) {
      hidden = isHidden;
      valued = false;
      bad = false;
      cells = headerLine === 0 ? [] : new Array<string>(width).fill('');
      beyond = [];
    },
    cell(row, col, raw) {
      if (col < 1 || !hasValue(raw)) return;
      valued = true;
      where = row;
      column = col;
      const text = cellText(raw, book, problem, note);
      if (headerLine === 0 || col <= width) cells[col - 1] = text;
      else if (text.trim() !== '') beyond.push({ row, column: col, text: `${at(row, col)}: a value in a column with no header (the header ends at ${columnLetters(width)}${headerLine})` });
    },
    rowEnd(row) {
      if (!valued) return;
      if (headerLine === 0) {
        headerLine = row;
        for (let i = 0; i < cells.length; i++) if ((cells[i] ?? '').trim() !== '') width = i + 1;
        header = Array.from({ length: width }, (_, i) => (cells[i] ?? '').trim());
        return;
      }
      // A row with a cell that cannot be read is reported and left out, as a CSV row that does not parse.
      if (bad) return;
      if (cells.every((c) => c.trim() === '')) return;
      if (hidden) problems.push({ row, column: 1, text: `${at(row, 1)}: a hidden row in the data area (row ${row}; filtered out?): unhide it (or delete it) so that what is read is what is seen` });
      for (const p of beyond) problems.push(p);
      rows.push({ line: row, cells });
    },
    column(min, max, isHidden) {
      if (isHidden) hiddenColumns.push([min, max]);
    },
    merge(range) {
      merges.push(range);
    },
  });
  if (headerLine === 0) throw inputError([`${file}: the sheet "${printable(sheet.name)}" is empty: expected a header row, then one row per observation`]);

  // Merged cells and hidden rows or columns in the data area hide or repeat what a cell says.
  for (const range of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (m === null) continue;
    const [top, bottom, left] = [Number(m[2]), Number(m[4]), columnOf(m[1]!)];
    if (bottom >= headerLine && left <= width) problems.push({ row: Math.max(top, headerLine), column: left, text: `${file}: ${sheetRef(sheet.name)}!${range}: merged cells in the data area (a merged cell holds one value for several rows or columns): unmerge them and fill each cell` });
  }
  for (let col = 1; col <= width; col++) {
    if (hiddenColumns.some(([min, max]) => col >= min && col <= max)) problems.push({ row: headerLine, column: col, text: `${at(headerLine, col)}: a hidden column in the data area: unhide it (or delete it) so that what is read is what is seen` });
  }

  // Listed with the problems of the rows that were read, in sheet order.
  const listed = problems.sort((a, b) => a.row - b.row || a.column - b.column).map((p) => ({ line: p.row, column: p.column, text: p.text }));
  return { file, delimiter: ',', header, headerLine, rows, problems: listed, sheet: sheet.name, template, notes };
}
