// The two source CSV files read by an independent parser (@fast-csv/parse, not the generator's), so
// the tests check the units against the statistics office's files, never against the generated module.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseString } from '@fast-csv/parse';

export const SOURCES = fileURLToPath(new URL('../fixtures/sources/units/', import.meta.url));
export const CROSSWALK_CSV = `${SOURCES}bang-chuyen-doi-dvhc-moi-cu-2025-07-01.csv`;
export const LIST_CSV = `${SOURCES}danh-muc-xa-2025-01-04.csv`;

export function readCsv(file: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(readFileSync(file, 'utf8'), { headers: false, ignoreEmpty: false })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

/** Whitespace (line breaks too) collapsed and trimmed, NFC. */
export const tidy = (s: string | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
