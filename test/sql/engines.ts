// The real engines the SQL tests run on: DuckDB in-process, and a throwaway PostgreSQL cluster on a
// Unix socket in a temporary folder. Each test file starts them once and stops them in afterAll.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pg from 'pg';
import { dec } from '../../src/_shared/decimal';
import type { Observation } from '../../src/model/observation';

/** A SQL engine a test runs queries on: rows come back as plain objects, decimals as text. */
export interface Engine {
  readonly dialect: 'duckdb' | 'postgres';
  run(sql: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function startDuckDB(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const db: DuckDBConnection = await instance.connect();
  return {
    dialect: 'duckdb',
    run: async (sql) => {
      await db.run(sql);
    },
    rows: async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[],
    close: async () => {
      db.closeSync();
      instance.closeSync();
    },
  };
}

const PG_BIN = process.env['CHISO_PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

/**
 * Starts a PostgreSQL cluster of its own (initdb + pg_ctl, as the `postgres` user when run as root),
 * listening only on a Unix socket in its folder. Throws — never skips — when PostgreSQL is missing.
 */
export async function startPostgres(): Promise<Engine> {
  if (!existsSync(join(PG_BIN, 'initdb')) || !existsSync(join(PG_BIN, 'pg_ctl'))) {
    throw new Error(`PostgreSQL is not installed: ${PG_BIN}/initdb and pg_ctl are missing. Install it with \`apt-get install -y postgresql\` (or set CHISO_PG_BIN to its bin folder).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'chiso-pg-'));
  const asRoot = process.getuid?.() === 0;
  const as = (cmd: string, args: string[]): void => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args]] : [join(PG_BIN, cmd), args];
    execFileSync(file as string, argv as string[], { stdio: 'pipe', cwd: dir });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-k ${dir} -h '' -F -c fsync=off`, 'start']);
  const client = new pg.Client({ host: dir, user: 'postgres', database: 'postgres' });
  await client.connect();
  return {
    dialect: 'postgres',
    run: async (sql) => {
      await client.query(sql);
    },
    rows: async (sql) => (await client.query(sql)).rows as Record<string, unknown>[],
    close: async () => {
      await client.end();
      try {
        as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const text = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const num = (x: number | undefined): string => (x === undefined ? 'NULL' : `CAST(${text(dec(x).toFixed())} AS NUMERIC_T)`);

/** Creates `table` (dropping an older one) and loads the observations, each number as exact decimal text. */
export async function loadObservations(engine: Engine, table: string, observations: readonly Observation[]): Promise<void> {
  const numeric = engine.dialect === 'duckdb' ? 'DECIMAL(38, 10)' : 'NUMERIC';
  const name = `"${table.replace(/"/g, '""')}"`;
  await engine.run(`DROP TABLE IF EXISTS ${name}`);
  await engine.run(`CREATE TABLE ${name} (unit TEXT, indicator TEXT, period TEXT, value ${numeric}, numerator ${numeric}, denominator ${numeric}, rank BIGINT, done BOOLEAN, scale TEXT)`);
  for (let i = 0; i < observations.length; i += 500) {
    const values = observations.slice(i, i + 500).map((o) => {
      const r = o as Partial<Record<'value' | 'numerator' | 'denominator' | 'rank', number>> & { done?: boolean; scale?: string };
      return `(${text(o.unit)}, ${text(o.indicator)}, ${text(String(o.period))}, ${num(r.value)}, ${num(r.numerator)}, ${num(r.denominator)}, ${r.rank ?? 'NULL'}, ${r.done === undefined ? 'NULL' : String(r.done)}, ${r.scale === undefined ? 'NULL' : text(r.scale)})`.replace(/NUMERIC_T/g, numeric);
    });
    if (values.length > 0) await engine.run(`INSERT INTO ${name} VALUES ${values.join(', ')}`);
  }
}

/** An exact ratio of two decimals (as text) as the nearest JS number, as chiso rounds its results. */
export function ratio(n: unknown, d: unknown): number | null {
  if (n === null || n === undefined) return null;
  const x = dec(String(n)).div(dec(String(d))).toNumber();
  return x === 0 ? 0 : x;
}

/** The fields of a scorecard row that the SQL gives, in one comparable shape. */
export interface ComparableRow {
  unit: string;
  level: string | null;
  indicator: string;
  period: string | null;
  targetIndex: number | null;
  kind: string | null;
  wording: string | null;
  deadline: string | null;
  due: boolean;
  status: string;
  reason: string | null;
  value: number | boolean | null;
  gap: number | null;
  attainment: number | null;
}

/** A row of `evaluate`'s scorecard, in the comparable shape. */
export function fromLibrary(row: import('../../src/model/result').ScorecardRow): ComparableRow {
  return {
    unit: row.unit,
    level: row.level,
    indicator: row.indicator,
    period: row.period === null ? null : String(row.period),
    targetIndex: row.targetIndex,
    kind: row.target?.kind ?? null,
    wording: row.target?.wording ?? null,
    deadline: row.deadline,
    due: row.due,
    status: row.status,
    reason: row.reason ?? null,
    value: typeof row.value === 'number' ? (row.value === 0 ? 0 : row.value) : row.value,
    gap: row.gap,
    attainment: row.attainment,
  };
}

/** A row the engine gave, in the comparable shape: each num/den pair turned into the nearest number. */
export function fromEngine(row: Record<string, unknown>): ComparableRow {
  const index = row['target_index'];
  return {
    unit: row['unit'] as string,
    level: (row['level'] ?? null) as string | null,
    indicator: row['indicator'] as string,
    period: (row['period'] ?? null) as string | null,
    targetIndex: index === null || index === undefined ? null : Number(index),
    kind: (row['kind'] ?? null) as string | null,
    wording: (row['wording'] ?? null) as string | null,
    deadline: (row['deadline'] ?? null) as string | null,
    due: row['due'] as boolean,
    status: row['status'] as string,
    reason: (row['reason'] ?? null) as string | null,
    value: row['value_done'] !== null && row['value_done'] !== undefined ? (row['value_done'] as boolean) : ratio(row['value_num'], row['value_den']),
    gap: ratio(row['gap_num'], row['gap_den']),
    attainment: ratio(row['attainment_num'], row['attainment_den']),
  };
}
