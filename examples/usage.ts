import { catalogs, evaluate, evaluateTarget } from 'chiso';

// "trên 80%" is strict: 80 of 100 households does not meet it (exact, no floating point).
const fibre = evaluateTarget({ kind: 'threshold', op: '>', value: 80 }, { numerator: 80, denominator: 100 });
console.log(fibre.status); //=> not-met

// A scorecard: Vĩnh Phúc's districts, May 2023, against Kế hoạch 302's 2025 targets.
const card = evaluate(
  catalogs.vinhPhuc302,
  [{ unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 }],
  { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện', level: 'district' }] },
);
const row = card.rows.find((r) => r.indicator === 'tthc-dossiers-fully-online');
console.log(row?.target?.wording, row?.value, row?.status, row?.deadline); //=> Tối thiểu 80% 98.76 met 2025-12-31
console.log(card.summary['no-data']); // every other target: no data, never a zero
