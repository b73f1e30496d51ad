import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BudgetSchema,
  GroupSchema,
  LineSchema,
  ParagraphsSchema,
  ProjectSchema,
  RomanNumeralSchema,
  TaskSchema,
  type Project,
} from '../../src/model/register';
import { registers, vinhPhuc302Projects as projects, vinhPhuc302Tasks as tasks } from '../../src/catalogs/registers';

// ── The source ────────────────────────────────────────────────────────────────────────────────────

const raw = readFileSync(fileURLToPath(new URL('../fixtures/sources/004_2ddf387867d4d283.txt', import.meta.url)), 'utf8');
const lines = raw.split('\n');

/** Collapse every run of whitespace (including line breaks) into one space. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The 0-based index of the one line that is exactly `heading`. */
function headingLine(heading: string): number {
  const found = lines.flatMap((l, i) => (l.trim() === heading ? [i] : []));
  if (found.length !== 1) throw new Error(`expected one line "${heading}", found ${found.length}`);
  return found[0]!;
}
const P2_AT = headingLine('PHỤ LỤC 2');
const P3_AT = headingLine('PHỤ LỤC 3');

/** Each appendix's text: from its heading to the next heading (Phụ lục 3 is the last: to the end). */
const p2Lines = lines.slice(P2_AT, P3_AT);
const p3Lines = lines.slice(P3_AT);
const p2Text = norm(p2Lines.join('\n'));
const p3Text = norm(p3Lines.join('\n'));

/**
 * The appendix's table, row by row, each cell as its lines. Cells are separated by lines holding
 * only `|`. The table starts at the header cell `STT`.
 */
function table(appendix: readonly string[], columns: number): string[][][] {
  const start = appendix.findIndex((l) => l.trim() === 'STT');
  const cells: string[][] = [[]];
  for (const line of appendix.slice(start)) {
    if (line.trim() === '|') cells.push([]);
    else cells[cells.length - 1]!.push(line);
  }
  if (cells[cells.length - 1]!.length === 0) cells.pop();
  if (cells.length % columns !== 0) throw new Error(`${cells.length} cells is not a whole number of ${columns}-column rows`);
  const rows: string[][][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  return rows;
}

/** A cell's text: its wrapped lines joined with single spaces. */
const cellText = (cell: readonly string[]): string => norm(cell.join(' '));

type Row = { group: { numeral: string; title: string }; cells: string[]; lines: string[][] };

/** The numbered rows of a table with the group row each is under (group rows: a Roman numeral). */
function numberedRows(rows: string[][][]): { groups: { numeral: string; title: string }[]; rows: Row[] } {
  const groups: { numeral: string; title: string }[] = [];
  const out: Row[] = [];
  for (const lines of rows.slice(1)) {
    const cells = lines.map(cellText);
    const [first = '', title = '', ...rest] = cells;
    if (/^[IVX]+$/.test(first)) {
      expect(rest.every((c) => c === ''), `group row ${first} has only a title`).toBe(true);
      groups.push({ numeral: first, title });
    } else {
      expect(first, 'a row is a group row or a numbered row').toMatch(/^\d+$/);
      out.push({ group: groups[groups.length - 1]!, cells, lines });
    }
  }
  return { groups, rows: out };
}

const p2Table = table(p2Lines, 5);
const p3Table = table(p3Lines, 6);
const p2 = numberedRows(p2Table);
const p3 = numberedRows(p3Table);
const rowOf = (rows: Row[], no: number): Row => {
  const row = rows.find((r) => r.cells[0] === String(no));
  if (!row) throw new Error(`no row ${no} in the source`);
  return row;
};

/** A budget's figure as the source writes it, read as a plain decimal string in million VND. */
const plain = (written: string): string => written.replace(/\./g, '').replace(',', '.');

/** Decimal strings as integers in thousandths of a million VND (exact: no float). */
const SCALE = 3;
function scaled(decimal: string): bigint {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!m) throw new Error(`not a plain decimal: ${decimal}`);
  const fraction = m[2] ?? '';
  if (fraction.length > SCALE) throw new Error(`more than ${SCALE} decimals: ${decimal}`);
  return BigInt(m[1]! + fraction.padEnd(SCALE, '0'));
}
function unscaled(n: bigint): string {
  const s = n.toString().padStart(SCALE + 1, '0');
  const fraction = s.slice(-SCALE).replace(/0+$/, '');
  return fraction ? `${s.slice(0, -SCALE)}.${fraction}` : s.slice(0, -SCALE);
}
const sum = (ps: readonly Project[]): string =>
  unscaled(ps.reduce((acc, p) => acc + (p.budget ? scaled(p.budget.millionVnd) : 0n), 0n));

// ── Tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('the source tables (sanity of the reading in this test)', () => {
  it('finds the headers of Phụ lục 2 and 3 with their columns', () => {
    expect(p2Table[0]!.map(cellText)).toEqual(['STT', 'NHIỆM VỤ', 'KẾT QUẢ/ SẢN PHẨM', 'CƠ QUAN CHỦ TRÌ', 'THỜI GIAN THỰC HIỆN']);
    expect(p3Table[0]!.map(cellText)).toEqual([
      'STT',
      'NỘI DUNG',
      'CƠ QUAN CHỦ TRÌ',
      'CÁCH THỨC TRIỂN KHAI, VẬN HÀNH',
      'THỜI GIAN THỰC HIỆN',
      'DỰ KIẾN KINH PHÍ (Triệu đồng)',
    ]);
    expect(p2.rows.map((r) => r.cells[0])).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(p3.rows.map((r) => r.cells[0])).toEqual(Array.from({ length: 49 }, (_, i) => String(i + 1)));
  });
});

describe('vinhPhuc302Tasks (Phụ lục 2)', () => {
  it('parses with TaskSchema, unchanged', () => {
    expect(z.array(TaskSchema).parse(tasks)).toEqual(tasks);
  });
  it('has the 18 tasks numbered 1..18 in order, each citing its row', () => {
    expect(tasks.map((t) => t.no)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    for (const t of tasks) {
      expect(t.source).toEqual({ document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: `Phụ lục 2, mục ${t.no}` });
    }
  });
  it('has the groups of the source: I (1–16) and II (17–18), titles as written', () => {
    const expected = [
      { numeral: 'I', title: 'Xây dựng Chính quyền điện tử, hướng đến Chính quyền số' },
      { numeral: 'II', title: 'Phát triển kinh tế số, xã hội số' },
    ];
    expect(p2.groups).toEqual(expected);
    const byNo = (no: number) => (no <= 16 ? expected[0] : expected[1]);
    for (const t of tasks) expect(t.group, `task ${t.no}`).toEqual(byNo(t.no));
    for (const t of tasks) expect(t.group, `task ${t.no}`).toEqual(rowOf(p2.rows, t.no).group);
  });
  it('every task, product, lead agency and period occurs in Phụ lục 2 (whitespace-normalised)', () => {
    for (const t of tasks) {
      for (const text of [t.task, t.product, t.leadAgency, t.period]) {
        expect(p2Text, `task ${t.no}: ${text}`).toContain(norm(text));
      }
    }
  });
  it('every field is its own row’s cell, exactly', () => {
    for (const t of tasks) {
      expect([String(t.no), t.task, t.product, t.leadAgency, t.period], `task ${t.no}`).toEqual(rowOf(p2.rows, t.no).cells);
    }
  });
});

describe('vinhPhuc302Projects (Phụ lục 3)', () => {
  it('parses with ProjectSchema, unchanged', () => {
    expect(z.array(ProjectSchema).parse(projects)).toEqual(projects);
  });
  it('has the 49 projects numbered 1..49 in order, each citing its row', () => {
    expect(projects.map((p) => p.no)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    for (const p of projects) {
      expect(p.source).toEqual({ document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: `Phụ lục 3, mục ${p.no}` });
    }
  });
  it('has the groups I–VI of the source, titles as written, over the rows of the source', () => {
    const expected: [numeral: string, title: string, from: number, to: number][] = [
      ['I', 'Chuyển đổi nhận thức', 1, 5],
      ['II', 'Phát triển hạ tầng và nền tảng số', 6, 22],
      ['III', 'Phát triển thông tin và dữ liệu số', 23, 27],
      ['IV', 'Tăng cường hoạt động', 28, 44],
      ['V', 'Củng cố an toàn, an ninh mạng', 45, 47],
      ['VI', 'Đào tạo, phát triển nguồn nhân lực', 48, 49],
    ];
    expect(p3.groups).toEqual(expected.map(([numeral, title]) => ({ numeral, title })));
    for (const p of projects) {
      const [numeral, title] = expected.find(([, , from, to]) => from <= p.no && p.no <= to)!;
      expect(p.group, `project ${p.no}`).toEqual({ numeral, title });
      expect(p.group, `project ${p.no}`).toEqual(rowOf(p3.rows, p.no).group);
    }
  });
  it('every content, lead agency, deployment and period occurs in Phụ lục 3 (whitespace-normalised)', () => {
    for (const p of projects) {
      for (const text of [p.content, p.leadAgency, p.deployment, p.period ?? '']) {
        expect(p3Text, `project ${p.no}: ${text}`).toContain(norm(text));
      }
    }
  });
  it('every field is its own row’s cell, exactly (deployment paragraphs joined by a space)', () => {
    for (const p of projects) {
      expect(
        [String(p.no), p.content, p.leadAgency, p.deployment.replace(/\n/g, ' '), p.period ?? '', p.budget?.written ?? ''],
        `project ${p.no}`,
      ).toEqual(rowOf(p3.rows, p.no).cells);
    }
  });
  it('deployment keeps each "- " bullet of the source as its own line', () => {
    for (const p of projects) {
      const bullets = rowOf(p3.rows, p.no).lines[3]!.filter((l) => l.startsWith('- ')).length;
      const bulletLines = p.deployment.split('\n').filter((l) => l.startsWith('- ')).length;
      expect(bulletLines, `project ${p.no}`).toBe(bullets);
    }
    expect(projects.find((p) => p.no === 44)?.deployment.split('\n')).toHaveLength(6);
  });
  it('only row 16 has no period (the cell is empty)', () => {
    expect(projects.filter((p) => p.period === null).map((p) => p.no)).toEqual([16]);
  });
});

describe('budgets (Phụ lục 3, DỰ KIẾN KINH PHÍ, million VND)', () => {
  const withBudget = projects.filter((p) => p.budget !== null);
  it('every written figure is the source row’s budget cell, in the Vietnamese format', () => {
    for (const p of withBudget) {
      const row = rowOf(p3.rows, p.no);
      expect(row.cells.join(' | '), `project ${p.no}`).toContain(p.budget!.written);
      expect(row.cells[5], `project ${p.no}`).toBe(p.budget!.written);
      expect(p.budget!.written, `project ${p.no}`).toMatch(/^\d{1,3}(?:\.\d{3})*(?:,\d+)?$/);
    }
  });
  it('millionVnd is the written figure without "." thousands separators, "," as "."', () => {
    for (const p of withBudget) expect(p.budget!.millionVnd, `project ${p.no}`).toBe(plain(p.budget!.written));
    expect(plain('1.400')).toBe('1400');
    expect(plain('280.000')).toBe('280000');
    expect(plain('335,034')).toBe('335.034');
  });
  it('no budget is 0, and the schema refuses one', () => {
    for (const p of withBudget) expect(scaled(p.budget!.millionVnd), `project ${p.no}`).toBeGreaterThan(0n);
    expect(BudgetSchema.safeParse({ millionVnd: '0', written: '0' }).success).toBe(false);
    expect(BudgetSchema.safeParse({ millionVnd: '1.400', written: '1.400' }).success).toBe(true);
    expect(BudgetSchema.safeParse({ millionVnd: '1,4', written: '1,4' }).success).toBe(false);
    expect(BudgetSchema.safeParse({ millionVnd: 1400, written: '1.400' }).success).toBe(false);
  });
  it('the projects without a budget are 16, 29, 30, 38 (empty cells), and only those', () => {
    expect(projects.filter((p) => p.budget === null).map((p) => p.no)).toEqual([16, 29, 30, 38]);
    expect(p3.rows.filter((r) => r.cells[5] === '').map((r) => Number(r.cells[0]))).toEqual([16, 29, 30, 38]);
  });

  // Totals by hand, read from the source's DỰ KIẾN KINH PHÍ column (million VND):
  //
  // I. Chuyển đổi nhận thức
  //    1: 1.400   2: 1.000   3: 1.000   4: 900   5: 1.600
  //    = 1,400 + 1,000 + 1,000 + 900 + 1,600                                          =     5,900
  // II. Phát triển hạ tầng và nền tảng số
  //    6: 15.000   7: 13.700   8: 280.000   9: 30.000   10: 41.000   11: 6.600   12: 6.000
  //    13: 32.000   14: 53.000   15: 20.000   16: (empty)   17: 42.000   18: 13.600
  //    19: 15.000   20: 9.200   21: 30.000   22: 5.000
  //    running: 15,000 → 28,700 → 308,700 → 338,700 → 379,700 → 386,300 → 392,300 → 424,300
  //             → 477,300 → 497,300 → 539,300 → 552,900 → 567,900 → 577,100 → 607,100 → 612,100
  //                                                                                    =   612,100
  // III. Phát triển thông tin và dữ liệu số
  //    23: 37.500   24: 5.000   25: 71.000   26: 22.500   27: 3.000
  //    running: 37,500 → 42,500 → 113,500 → 136,000 → 139,000                           =   139,000
  // IV. Tăng cường hoạt động
  //    28: 15.000   29: (empty)   30: (empty)   31: 8.000   32: 14.500   33: 21.000   34: 40.000
  //    35: 32.000   36: 12.000   37: 10.000   38: (empty)   39: 14.000   40: 7.000   41: 16.000
  //    42: 12.000   43: 66.000   44: 20.000
  //    running: 15,000 → 23,000 → 37,500 → 58,500 → 98,500 → 130,500 → 142,500 → 152,500
  //             → 166,500 → 173,500 → 189,500 → 201,500 → 267,500 → 287,500                =   287,500
  // V. Củng cố an toàn, an ninh mạng
  //    45: 44.500   46: 13.000   47: 25.000                                             =    82,500
  // VI. Đào tạo, phát triển nguồn nhân lực
  //    48: 2.200   49: 3.200                                                            =     5,400
  //
  // Grand total: 5,900 + 612,100 + 139,000 + 287,500 + 82,500 + 5,400                 = 1,132,400
  // = 1.132,4 tỷ đồng, the total for 2021-2025 that section IV.1 of the plan states.
  it('the budgets by group and in total are the hand-made totals (exact, BigInt)', () => {
    const byGroup = Object.fromEntries(
      ['I', 'II', 'III', 'IV', 'V', 'VI'].map((numeral) => [numeral, sum(projects.filter((p) => p.group.numeral === numeral))]),
    );
    expect(byGroup).toEqual({ I: '5900', II: '612100', III: '139000', IV: '287500', V: '82500', VI: '5400' });
    expect(sum(projects)).toBe('1132400');
    expect(withBudget).toHaveLength(45);
  });
  it('the grand total is the 1.132,4 tỷ đồng of section IV.1 (1 tỷ = 1,000 million)', () => {
    expect(norm(raw)).toContain('(Tổng kinh phí giai đoạn 2021-2025: 1.132,4 tỷ đồng,');
    expect(scaled(sum(projects))).toBe(scaled(plain('1.132,4')) * 1000n);
  });
  it('the exact sum helpers are exact on decimals', () => {
    expect(scaled('335.034')).toBe(335034n);
    expect(scaled('1400')).toBe(1400000n);
    expect(unscaled(scaled('335.034') + scaled('0.966'))).toBe('336');
    expect(unscaled(scaled('0.1') + scaled('0.2'))).toBe('0.3');
  });
});

describe('periods as written', () => {
  it('the distinct period strings of tasks and projects are exactly these (a parser must read each)', () => {
    const periods = [...new Set([...tasks.map((t) => t.period), ...projects.flatMap((p) => (p.period === null ? [] : [p.period]))])];
    expect(periods).toEqual([
      '2022-2023',
      '2021',
      'Hằng năm',
      '2022',
      'Khi có hướng dẫn của Bộ TT&TT',
      '2023',
      '2021-2025',
      '2022-2025',
      'Thuê trong 5 năm 2023- 2027',
      'Hằng năm theo nhu cầu nâng cấp của các sở, ban, ngành',
      '2024-2025',
      '2021 -2023',
      '2021-2022',
      '2022 - 2025',
      '2023-2025',
    ]);
  });
});

describe('registers and the JSDoc examples', () => {
  it('registers.vinhPhuc302 holds both arrays', () => {
    expect(registers.vinhPhuc302.tasks).toBe(tasks);
    expect(registers.vinhPhuc302.projects).toBe(projects);
    expect([registers.vinhPhuc302.tasks.length, registers.vinhPhuc302.projects.length]).toEqual([18, 49]);
  });
  it('the catalog examples print what they say', () => {
    expect(tasks.filter((t) => t.period === 'Hằng năm').map((t) => [t.no, t.leadAgency])).toEqual([[4, 'Các sở, ban, ngành, địa phương']]);
    expect(projects.find((p) => p.no === 8)?.budget).toEqual({ millionVnd: '280000', written: '280.000' });
  });
  it('the model examples print what they say', () => {
    expect(LineSchema.parse('Sở Thông tin và Truyền thông')).toBe('Sở Thông tin và Truyền thông');
    expect(ParagraphsSchema.parse('- Thuê phần mềm quản lý đất đai.\n- Cập nhật dữ liệu hằng ngày.').split('\n').length).toBe(2);
    expect(RomanNumeralSchema.safeParse('IV').success).toBe(true);
    expect(GroupSchema.parse({ numeral: 'V', title: 'Củng cố an toàn, an ninh mạng' }).numeral).toBe('V');
    expect(BudgetSchema.parse({ millionVnd: '280000', written: '280.000' }).millionVnd).toBe('280000');
    expect(TaskSchema.parse(tasks[4]).period).toBe('2022');
    expect(ProjectSchema.parse(projects[0]).budget).toEqual({ millionVnd: '1400', written: '1.400' });
  });
  it('the model refuses what is not as written', () => {
    for (const bad of [' 2022', '2022 ', 'Sở  Y tế', 'a\nb', '']) expect(LineSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    for (const bad of ['IIII', 'VX', 'iv', '4', '']) expect(RomanNumeralSchema.safeParse(bad).success, bad).toBe(false);
    expect(ParagraphsSchema.safeParse('a\n\nb').success).toBe(false);
    expect(TaskSchema.safeParse({ ...tasks[0], extra: 1 }).success).toBe(false);
    expect(ProjectSchema.safeParse({ ...projects[0], budget: { millionVnd: '0', written: '0' } }).success).toBe(false);
  });
});
