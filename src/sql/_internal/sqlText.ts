import { fail } from '../../_shared/issue';

/** The SQL engines chiso writes for. */
export type Dialect = 'duckdb' | 'postgres';

/**
 * Names are quoted, never pasted: a double quote inside is doubled, so `x"; DROP TABLE t; --` stays
 * one identifier. A NUL cannot be quoted in either engine, so it is refused.
 */
export function quoteIdent(name: string, path: readonly (string | number)[]): string {
  if (name.length === 0 || name.includes('\u0000')) {
    return fail({ code: 'invalid_value', path, field: String(path.at(-1)), expected: 'a non-empty SQL name without NUL characters', received: name });
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/** A text literal: single quotes doubled (both engines read backslashes literally in '…'). */
export function quoteText(text: string): string {
  // PostgreSQL text cannot hold a NUL: an id or wording with one is refused, never cut short.
  if (text.includes('\u0000')) return fail({ code: 'invalid_value', path: [], field: 'text', expected: 'text without NUL characters (a SQL text cannot hold one)', received: text });
  return `'${text.replace(/'/g, "''")}'`;
}

/** The exact decimal type of values and bounds (DuckDB's decimals stop at 38 digits; PostgreSQL's do not). */
export function decimalType(dialect: Dialect, scale: number): string {
  return dialect === 'duckdb' ? `DECIMAL(38, ${scale})` : 'NUMERIC';
}

/**
 * Text compared byte by byte, as chiso compares ids and periods (by code unit): PostgreSQL would
 * otherwise use the database's collation, which may ignore punctuation.
 */
export function bytewise(dialect: Dialect, expr: string): string {
  return dialect === 'postgres' ? `${expr} COLLATE "C"` : expr;
}

/** `text` or `NULL`, as a literal. */
export function textOrNull(text: string | null | undefined): string {
  return text === null || text === undefined ? 'NULL' : quoteText(text);
}
