// `npm run bench -- zod-mini`: validation speed of the schemas as chiso builds them (zod's mini build,
// issue 22) against the same schemas written with zod's classic build, in the same run. Both are the
// one zod 4 engine, but mini's objects check their fields in a generic loop where classic's run code
// compiled for the shape: with mini's own `z.strictObject` this bench gave 1.29–1.46× classic's time,
// so chiso's strict objects take the compiled parser (src/_shared/strictObject.ts). The ratios should
// sit near 1.
//
// The classic schema below copies src/model/observation.ts field for field (the observation union is
// what evaluate, rollUp and score check every input row with). Tasks alternate (classic, mini, classic, mini, …) over several
// rounds, and the median of each is compared, so the machine's drift falls on both alike.
import * as classic from 'zod';
import { ObservationSchema } from '../../src/model/observation';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const period = classic.union([classic.int().min(1900).max(2199), classic.iso.date()]);
const base = {
  unit: classic.string().trim().min(1),
  indicator: classic.string().regex(KEBAB, 'kebab-case (a-z, 0-9 and single hyphens)'),
  period,
  scale: classic.enum(['percent', 'ratio']).optional(),
  source: classic.string().min(1).optional(),
  note: classic.string().min(1).optional(),
};
const ClassicObservation = classic.union([
  classic.strictObject({ ...base, value: classic.number() }),
  classic.strictObject({ ...base, numerator: classic.number().min(0), denominator: classic.number().min(0) }),
  classic.strictObject({ ...base, done: classic.boolean() }),
  classic.strictObject({ ...base, rank: classic.int().positive() }),
]);

const N = 100_000;
const valid = Array.from({ length: N }, (_, i) =>
  i % 3 === 0
    ? { unit: `commune-${i % 3321}`, indicator: 'tthc-dossiers-fully-online', period: 2020 + (i % 6), value: (i % 1000) / 10 }
    : i % 3 === 1
      ? { unit: `commune-${i % 3321}`, indicator: 'tthc-dossiers-on-time', period: '2024-12-31', numerator: i % 97, denominator: 97 }
      : { unit: `commune-${i % 3321}`, indicator: 'digital-plan-adopted', period: 2025, done: i % 2 === 0 },
);
// One in ten with a fault zod reports (an unknown field, a negative count, a bad period, a blank unit).
const faulty = valid.map((o, i) =>
  i % 10 !== 0 ? o : i % 40 === 0 ? { ...o, extra: 1 } : i % 40 === 10 ? { ...o, period: 1800 } : i % 40 === 20 ? { ...o, unit: ' ' } : { ...o, indicator: 'Not Kebab' },
);
type Parser = { safeParse(input: unknown, ctx?: { reportInput?: boolean }): { success: boolean } };
const run = (schema: Parser, data: readonly unknown[]): number => {
  const start = performance.now();
  let ok = 0;
  for (const item of data) if (schema.safeParse(item, { reportInput: true }).success) ok++;
  const ms = performance.now() - start;
  if (ok === 0) throw new Error('nothing parsed');
  return ms;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const tasks: [string, Parser, Parser, readonly unknown[]][] = [
  [`${N.toLocaleString('en')} valid observations`, ClassicObservation, ObservationSchema, valid],
  [`${N.toLocaleString('en')} observations, 1 in 10 faulty`, ClassicObservation, ObservationSchema, faulty],
];
const ROUNDS = 9;
console.log('task'.padEnd(40), 'classic ms'.padStart(11), 'mini ms'.padStart(9), 'mini ÷ classic'.padStart(15));
for (const [name, c, m, data] of tasks) {
  run(c, data);
  run(m, data);
  const times: { c: number[]; m: number[] } = { c: [], m: [] };
  for (let r = 0; r < ROUNDS; r++) {
    times.c.push(run(c, data));
    times.m.push(run(m, data));
  }
  const tc = median(times.c);
  const tm = median(times.m);
  console.log(name.padEnd(40), tc.toFixed(1).padStart(11), tm.toFixed(1).padStart(9), (tm / tc).toFixed(2).padStart(15));
}
