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

/**
 * An expression that stops the query with `message` (a text expression) when evaluated: DuckDB's
 * `error()`; PostgreSQL has no such function in plain SQL, so a cast of the text to INTEGER fails
 * with it ("invalid input syntax for type integer: …"). The message must read row data: an engine
 * may evaluate a constant expression while planning, even in a branch no row takes.
 */
export function raise(dialect: Dialect, message: string): string {
  return dialect === 'duckdb' ? `error(${message})` : `CAST(${message} AS INTEGER)`;
}

/** Where an observed number comes from, for the message when it cannot be read exactly. */
export interface ExactContext {
  readonly unit: string;
  readonly indicator: string;
  readonly period: string;
}

/**
 * An observed number read as the query's decimal type, never rounded silently.
 *
 * - DuckDB's `DECIMAL(38, scale)` rounds a value with more decimal places (57.499999999999 at scale
 *   10 is 57.5000000000, which meets "≥ 57.5"): such a value stops the query, naming the
 *   observation. A text column has its decimal places counted (a text in exponent form, `5.75e1`,
 *   is left to DuckDB's cast, which rounds): keep numbers DECIMAL.
 * - PostgreSQL's `NUMERIC` keeps a NUMERIC, an integer or a text exactly, but reads a floating-point
 *   column (`float8`, OID 701; `float4`, OID 700) to 15 significant digits (6 for float4). Such a
 *   column is read through its text instead, which since PostgreSQL 12 is the shortest text that
 *   reads back as the same number (as chiso reads a JS number) — unless `extra_float_digits` is set
 *   below 1, which rounds that text too: then the query stops. (The type is asked by OID, so the
 *   query names no floating-point type: nothing in it computes in one.)
 */
export function exactNumber(dialect: Dialect, expr: string, scale: number, what: string, at: ExactContext): string {
  const where = `' of unit "', ${at.unit}, '", indicator "', ${at.indicator}, '", period ', ${at.period}`;
  if (dialect === 'duckdb') {
    const type = decimalType(dialect, scale);
    const message = `concat('chiso: the ${what} ', CAST(${expr} AS TEXT), ${where}, ' has more than ${scale} decimal places; compile the query with a larger scale (options.scale)')`;
    // A text is compared after DuckDB's cast to the type, so its decimal places are counted instead
    // (trailing zeros aside). `typeof` is decided when the query is planned: other columns skip it.
    const text = `typeof(${expr}) = 'VARCHAR' AND length(regexp_extract(CAST(${expr} AS VARCHAR), '\\.(\\d*?)0*\\s*$', 1)) > ${scale}`;
    return `CASE WHEN (${text}) OR CAST(${expr} AS ${type}) <> ${expr} THEN ${raise(dialect, message)} ELSE CAST(${expr} AS ${type}) END`;
  }
  const message = `concat('chiso: the ${what} ', CAST(${expr} AS TEXT), ${where}, ' is a floating-point number, and extra_float_digits (', current_setting('extra_float_digits'), ') rounds its text: set it to 1 or store the column as NUMERIC')`;
  return `CASE WHEN CAST(pg_typeof(${expr}) AS OID) NOT IN (700, 701) THEN CAST(${expr} AS NUMERIC) WHEN CAST(current_setting('extra_float_digits') AS INTEGER) < 1 AND ${expr} IS NOT NULL THEN ${raise(dialect, message)} ELSE CAST(CAST(${expr} AS TEXT) AS NUMERIC) END`;
}
