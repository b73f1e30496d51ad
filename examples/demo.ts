/**
 * `npm run demo`: the Vĩnh Phúc scorecard of May 2023 against the 2025 targets of Kế hoạch
 * 302/KH-UBND, from the real figures in examples/data/vinh-phuc-2023.json: the online-dossier rates
 * of province-level agencies and districts in the table, and the province-wide e-health-record share
 * against its target (III.6.1) below it.
 *
 *   npm run demo                    Vietnamese labels
 *   npm run demo -- --lang en       English labels
 *   npm run demo -- --as-of 2026-01-01   (default: today in Vietnam, read once here — the library never reads the clock)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import {
  assessProgress,
  catalogs,
  deadlineStatus,
  evaluate,
  registers,
  type Observation,
  type ScorecardRow,
  type Target,
  type Unit,
} from '../src/index';

type Lang = 'vi' | 'en';

interface DemoData {
  asOf: string;
  units: Unit[];
  observations: Observation[];
  unitNames: Record<string, { vi: string; en: string }>;
  /** Figures of the province as a whole, shown below the table against their targets. */
  provinceWide: { units: Unit[]; observations: Observation[] };
  withoutTarget: { vi: string; en: string; value: number; of?: number; unit?: string; prefix?: string }[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const L = {
  vi: {
    title: 'BẢNG ĐÁNH GIÁ CHỈ TIÊU CHUYỂN ĐỔI SỐ — TỈNH VĨNH PHÚC',
    plan: 'Kế hoạch 302/KH-UBND ngày 08/12/2021, mục tiêu đến năm 2025',
    asOf: 'Số liệu tính đến',
    evaluatedOn: 'đánh giá ngày',
    indicator: 'Chỉ tiêu',
    level: 'Cấp',
    target: 'Mục tiêu (nguyên văn)',
    allLevels: 'mọi cấp',
    status: { met: 'Đạt', 'not-met': 'Chưa đạt', 'no-data': 'Chưa có số liệu', 'not-applicable': 'Không áp dụng' },
    gap: 'thiếu',
    notForLevel: '— (không áp dụng cho cấp này)',
    due: (d: string, due: boolean) => `Hạn ${d}: ${due ? 'đã đến hạn' : 'chưa đến hạn'}.`,
    summary: 'Tổng hợp',
    notes: 'Ghi chú',
    without: 'Số liệu thực tế khác (năm 2023) không có chỉ tiêu tương ứng trong Kế hoạch 302',
    source: 'Nguồn số liệu',
    readAs: 'Số liệu công bố là “tỷ lệ hồ sơ dịch vụ công trực tuyến”; bảng này đọc nó như chỉ tiêu gần nhất của Kế hoạch 302: “hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến”.',
    readAsHealth: 'Số liệu công bố là “dân số của tỉnh được lập và quản lý hồ sơ sức khỏe trên phần mềm quản lý hồ sơ sức khỏe”; ở đây đọc nó như chỉ tiêu gần nhất của Kế hoạch 302 (mục III.6.1): “Mỗi người dân có một hồ sơ số về sức khỏe cá nhân”.',
    provinceWide: 'Số liệu toàn tỉnh đối chiếu mục tiêu Kế hoạch 302',
    dueBy: 'hạn',
    progress: 'Tiến độ tới mục tiêu 2025 (từ số liệu 31/05/2023)',
    achieved: 'đã đạt',
    needs: (rate: string) => `cần tăng ${rate} %/năm (tăng trưởng kép) để đạt vào 31/12/2025; chưa có số liệu gốc để đánh giá xu hướng`,
    missed: 'không đạt: đã quá hạn 31/12/2025 mà số liệu mới nhất (31/05/2023) chưa đạt',
    notYet: (d: string) => `số liệu ngày ${d} sau ngày đánh giá`,
    tasks: (d: string) => `Nhiệm vụ Phụ lục 2 quá hạn hoặc sắp đến hạn tại ngày ${d} (chưa có dữ liệu hoàn thành: "quá hạn" nghĩa là đã hết thời gian thực hiện)`,
    taskStatus: { overdue: 'quá hạn', 'due-soon': 'sắp đến hạn' } as Record<string, string>,
    noTasks: '(không có)',
  },
  en: {
    title: 'DIGITAL-TRANSFORMATION SCORECARD — VĨNH PHÚC PROVINCE',
    plan: 'Plan 302/KH-UBND of 8 Dec 2021, targets for 2025',
    asOf: 'Data as of',
    evaluatedOn: 'evaluated on',
    indicator: 'Indicator',
    level: 'Level',
    target: 'Target (as worded)',
    allLevels: 'all levels',
    status: { met: 'met', 'not-met': 'not met', 'no-data': 'no data', 'not-applicable': 'n/a' },
    gap: 'short by',
    notForLevel: '— (not for this level)',
    due: (d: string, due: boolean) => `Deadline ${d}: ${due ? 'due' : 'not yet due'}.`,
    summary: 'Summary',
    notes: 'Notes',
    without: 'Other real 2023 figures with no matching target in plan 302',
    source: 'Source',
    readAs: 'The published figure is the share of dossiers handled through online public services; this scorecard reads it as the nearest 302 indicator, “administrative dossiers processed fully online”.',
    readAsHealth: 'The published figure is the share of the population with a health record kept in the health-record software; it is read here as the nearest 302 indicator (section III.6.1), “every resident has a digital personal health record”.',
    provinceWide: 'Province-wide figures against the targets of plan 302',
    dueBy: 'due',
    progress: 'Progress toward the 2025 target (from the figures of 31 May 2023)',
    achieved: 'achieved',
    needs: (rate: string) => `needs ${rate} %/year (compound) to reach it by 31 Dec 2025; no baseline yet to judge the trend`,
    missed: 'missed: the deadline of 31 Dec 2025 has passed and the latest figure (31 May 2023) falls short',
    notYet: (d: string) => `the figure of ${d} is after the as-of day`,
    tasks: (d: string) => `Phụ lục 2 tasks overdue or due soon as of ${d} (no completion data: "overdue" means the period has ended)`,
    taskStatus: { overdue: 'overdue', 'due-soon': 'due soon' } as Record<string, string>,
    noTasks: '(none)',
  },
} as const;

const width = (s: string) => [...s.normalize('NFC')].length;
const fit = (s: string, w: number) => (width(s) > w ? `${[...s.normalize('NFC')].slice(0, w - 1).join('')}…` : s + ' '.repeat(w - width(s)));

function symbol(target: Target): string {
  switch (target.kind) {
    case 'threshold':
      return `${{ '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }[target.op]} ${target.value}`;
    case 'range':
      return `${target.min}–${target.max}`;
    case 'rank':
      return `top ${target.top}`;
    case 'change':
      return `${target.op === '<=' ? '≤' : '≥'} ${target.value > 0 ? '+' : ''}${target.value} %`;
    case 'growth':
      return `${target.op === '<=' ? '≤' : '≥'} ${target.value} %/năm`;
    case 'done':
      return 'done';
    case 'qualitative':
      return 'định tính';
  }
}

function main(): void {
  const lang: Lang = arg('lang') === 'en' ? 'en' : 'vi';
  const t = L[lang];
  const dataPath = fileURLToPath(new URL('./data/vinh-phuc-2023.json', import.meta.url));
  const data = JSON.parse(readFileSync(dataPath, 'utf8')) as DemoData;
  // The one place the clock is read: the library always takes `asOf`. Today in Vietnam, not in UTC:
  // from 17:00 UTC it is already the next day in Hà Nội.
  const asOf = arg('as-of') ?? format(new Date(), 'yyyy-MM-dd', { in: tz('Asia/Ho_Chi_Minh') });
  const catalog = catalogs.vinhPhuc302;
  const observations = [...data.observations, ...data.provinceWide.observations];
  const card = evaluate(catalog, observations, { asOf, units: [...data.units, ...data.provinceWide.units] });

  const nf = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
  const levelName = (id: string | undefined) =>
    id === undefined ? t.allLevels : (catalog.hierarchy.levels.find((l) => l.id === id)?.name[lang] ?? id);
  const cell = (row: ScorecardRow | undefined) => {
    if (row === undefined) return t.notForLevel;
    const parts: string[] = [t.status[row.status]];
    if (typeof row.value === 'number') parts.push(nf.format(row.value));
    if (row.status === 'not-met' && row.gap !== null) parts.push(`${t.gap} ${nf.format(row.gap)}`);
    return parts.join(' · ');
  };

  // One line per 2025 target, one column per unit.
  const keys: { indicator: string; targetIndex: number; target: Target }[] = [];
  for (const indicator of catalog.indicators) {
    indicator.targets.forEach((target, targetIndex) => {
      if (target.by?.startsWith('2025')) keys.push({ indicator: indicator.id, targetIndex, target });
    });
  }
  const byKey = new Map(card.rows.map((r) => [`${r.unit}|${r.indicator}|${r.targetIndex}`, r]));
  const names = new Map(catalog.indicators.map((i) => [i.id, i.name[lang]]));
  const W = { indicator: 50, level: 10, target: 28, unit: 32 };
  const header = [fit(t.indicator, W.indicator), fit(t.level, W.level), fit(t.target, W.target), ...data.units.map((u) => fit(data.unitNames[u.id]?.[lang] ?? u.name, W.unit))].join(' │ ');
  const rule = '─'.repeat(width(header));

  const out: string[] = [];
  out.push(t.title, t.plan, `${t.asOf}: ${data.asOf} · ${t.evaluatedOn} ${asOf} (Asia/Ho_Chi_Minh)`, '', header, rule);
  for (const key of keys) {
    const wording = lang === 'vi' ? `${key.target.wording ?? ''} (${symbol(key.target)})` : symbol(key.target);
    out.push(
      [
        fit(names.get(key.indicator) ?? key.indicator, W.indicator),
        fit(levelName(key.target.level), W.level),
        fit(wording, W.target),
        ...data.units.map((u) => fit(cell(byKey.get(`${u.id}|${key.indicator}|${key.targetIndex}`)), W.unit)),
      ].join(' │ '),
    );
  }
  out.push(rule);
  for (const unit of data.units) {
    const rows = card.rows.filter((r) => r.unit === unit.id && r.deadline?.startsWith('2025'));
    const count = (s: ScorecardRow['status']) => rows.filter((r) => r.status === s).length;
    out.push(
      `${t.summary} — ${data.unitNames[unit.id]?.[lang] ?? unit.name}: ${t.status.met} ${count('met')}, ${t.status['not-met']} ${count('not-met')}, ${t.status['no-data']} ${count('no-data')} / ${rows.length}`,
    );
  }
  // The province as a whole is not a column of the table: only its observed figures are shown, each
  // against every target of its indicator.
  out.push('', `${t.provinceWide}:`);
  for (const o of data.provinceWide.observations) {
    for (const row of card.rows.filter((r) => r.unit === o.unit && r.indicator === o.indicator && r.target !== null)) {
      const target = row.target as Target;
      const name = data.unitNames[o.unit]?.[lang] ?? o.unit;
      out.push(`- ${name} — ${names.get(o.indicator) ?? o.indicator} — ${target.wording ?? ''} (${symbol(target)}), ${t.dueBy} ${row.deadline ?? '—'}: ${cell(row)}`);
    }
  }
  const due = card.rows.find((r) => r.deadline?.startsWith('2025'));
  out.push('', `${t.notes}:`, `- ${t.due('2025-12-31', due?.due ?? false)} (${asOf})`);
  out.push(`- ${t.readAs}`);
  out.push(`- ${t.readAsHealth}`);
  for (const o of observations) out.push(`- ${t.source} (${data.unitNames[o.unit]?.[lang] ?? o.unit}): ${o.source ?? ''}`);
  out.push('', `${t.progress}:`);
  for (const o of observations) {
    if (!('value' in o)) continue;
    const target = catalog.indicators.find((i) => i.id === o.indicator)?.targets.find((x) => x.by === '2025-12-31');
    if (target === undefined) continue;
    const name = data.unitNames[o.unit]?.[lang] ?? o.unit;
    // An as-of day before the figure's (a look back at the plan's first days): the figure is not known yet.
    if (String(o.period) > asOf) {
      out.push(`- ${name}: ${t.notYet(String(o.period))}`);
      continue;
    }
    const p = assessProgress({ current: { date: String(o.period), value: o.value }, target, asOf });
    const verdict = p.category === 'achieved' ? t.achieved : p.category === 'missed' ? t.missed : t.needs(nf.format((p.requiredRate ?? 0) * 100));
    out.push(`- ${name}: ${nf.format(o.value)} → ${target.wording ?? ''}: ${verdict}`);
  }
  out.push('', `${t.tasks(asOf)}:`);
  const late = registers.vinhPhuc302.tasks
    .map((task) => ({ task, s: deadlineStatus(task, { asOf }) }))
    .filter(({ s }) => s.status === 'overdue' || s.status === 'due-soon');
  if (late.length === 0) out.push(`- ${t.noTasks}`);
  for (const { task, s } of late) {
    out.push(`- ${String(task.no).padStart(2)}. ${fit(task.task, 70)} │ ${fit(task.period ?? '', 28)} │ ${t.taskStatus[s.status] ?? s.status} (${s.deadline})`);
  }
  out.push('', `${t.without}:`);
  for (const item of data.withoutTarget) {
    const shown = [item.prefix, `${nf.format(item.value)}${item.of === undefined ? '' : `/${nf.format(item.of)}`}`, item.unit].filter(Boolean).join(' ');
    out.push(`- ${fit(item[lang], 64)} ${shown}`);
  }
  console.log(out.map((line) => line.trimEnd()).join('\n'));
}

main();
