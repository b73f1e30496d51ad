// @zone-sensitive: formats as-of days and deadlines of scorecards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { catalogs, evaluate, type Scorecard, type ScorecardRow, type Target } from '../../src/index';
import { threeTier2021 } from '../../src/model/hierarchies';
import type { Catalog } from '../../src/model/catalog';
import { reportLabels } from '../../src/report/labels';
import { renderScorecard, type RenderScorecardOptions } from '../../src/report/renderScorecard';
import { data, expectGolden, expectWellFormed, findAll, parseCsv, reverseKeys, shuffle, textOf, vinhPhucCard, type XmlElement } from './fixtures';
import { errorOf } from '../helpers';

const catalog = catalogs.vinhPhuc302;
const card = vinhPhucCard();
const FORMATS = ['markdown', 'csv', 'html', 'json'] as const;

const thrown = errorOf;

/** A one-row-per-target scorecard built by hand (for target kinds and names the real data lacks). */
function cardOf(rows: Partial<ScorecardRow>[], catalogId = 'test-plan'): Scorecard {
  const full: ScorecardRow[] = rows.map((r) => ({
    unit: 'u1',
    level: 'province',
    indicator: 'ind-a',
    targetIndex: 0,
    target: { kind: 'threshold', op: '>=', value: 80 },
    deadline: null,
    due: true,
    period: null,
    observation: null,
    status: 'no-data',
    value: null,
    gap: null,
    attainment: null,
    ...r,
  }));
  const summary = { total: full.length, met: 0, 'not-met': 0, 'no-data': 0, 'not-applicable': 0 };
  for (const r of full) summary[r.status] += 1;
  return { catalog: catalogId, asOf: '2023-05-31', zone: 'Asia/Ho_Chi_Minh', rows: full, ignored: [], summary };
}

const tiny: Catalog = {
  id: 'test-plan',
  plan: { issuer: { vi: 'Tỉnh thử', en: 'Test province' }, number: '1/KH-TEST', title: { vi: 'Kế hoạch thử', en: 'Test plan' } },
  hierarchy: threeTier2021,
  indicators: [
    {
      id: 'ind-a',
      name: { vi: 'Chỉ tiêu <b>A</b> & "B"', en: "Indicator <i>A</i> & 'B'" },
      pillar: 'digital-government',
      measure: 'percent',
      source: { document: 'TEST', date: '2021-12-08', section: 'I' },
      targets: [{ kind: 'threshold', op: '>=', value: 80 }],
    },
  ],
};

describe('renderScorecard: golden files of the real Vĩnh Phúc scorecard (31/05/2023, 302/KH-UBND)', () => {
  const common = { catalog, units: data.unitNames } as const;
  it('has the two real figures: 36.18 (not met, gap 43.82) and 98.76 (met) against "Tối thiểu 80%"', () => {
    const rows = card.rows.filter((r) => r.indicator === 'tthc-dossiers-fully-online');
    expect(rows.map((r) => [r.unit, r.status, r.value, r.gap])).toEqual([
      ['vp-province-agencies', 'not-met', 36.18, 43.82],
      ['vp-districts', 'met', 98.76, 0],
    ]);
  });
  it('markdown, vi', () => {
    const md = renderScorecard(card, { format: 'markdown', ...common });
    expect(md).toContain('| Các cơ quan, đơn vị cấp tỉnh | Cấp tỉnh | Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến | Tối thiểu 80% (≥ 80) | 31/12/2025 | 36,18 | Chưa đạt | 43,82 | 45,23% |');
    expect(md).toContain('| Cấp huyện, thành phố | Cấp huyện | Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến | Tối thiểu 80% (≥ 80) | 31/12/2025 | 98,76 | Đạt | 0 | 100% |');
    // Kế hoạch 302's targets that apply at province level (64) and at district level (46).
    expect(md).toContain('Đạt: 1 · Chưa đạt: 1 · Chưa có số liệu: 108 · Không áp dụng: 0 · Tổng số: 110');
    expect(md).toContain('Tối thiểu có 1.100 (≥ 1.100)');
    expectGolden('vinh-phuc-2023.vi.md', md);
  });
  it('markdown, en', () => {
    const md = renderScorecard(card, { format: 'markdown', lang: 'en', ...common });
    expect(md).toContain('| Province-level agencies | Province level | Share of administrative-procedure dossiers processed entirely online | Tối thiểu 80% (≥ 80) | 2025-12-31 | 36.18 | Not met | 43.82 | 45.23% |');
    expect(md).toContain('Tối thiểu có 1.100 (≥ 1,100)');
    expectGolden('vinh-phuc-2023.en.md', md);
  });
  it('html, vi', () => {
    const html = renderScorecard(card, { format: 'html', ...common });
    expectWellFormed(html);
    expectGolden('vinh-phuc-2023.vi.html', html);
  });
  it('csv, vi, with BOM and ";" for Excel in a vi-VN locale', () => {
    const csv = renderScorecard(card, { format: 'csv', bom: true, separator: ';', ...common });
    expect(csv.startsWith('\uFEFFĐơn vị;Cấp;Chỉ tiêu;')).toBe(true);
    // With ";" the decimal mark is a comma, as Excel in vi-VN (and chiso's own reader) reads it.
    expect(csv).toContain('"Các cơ quan, đơn vị cấp tỉnh";Cấp tỉnh;Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến;Tối thiểu 80% (≥ 80);2025-12-31;36,18;Chưa đạt;43,82;0,45225\r\n');
    expectGolden('vinh-phuc-2023.vi.csv', csv);
  });
  it('csv, en', () => {
    const csv = renderScorecard(card, { format: 'csv', lang: 'en', ...common });
    expect(csv).toContain('Districts and cities,District level,Share of administrative-procedure dossiers processed entirely online,Tối thiểu 80% (≥ 80),2025-12-31,98.76,Met,0,1\r\n');
    expectGolden('vinh-phuc-2023.en.csv', csv);
  });
  it('json, vi', () => {
    const json = renderScorecard(card, { format: 'json', ...common });
    expectGolden('vinh-phuc-2023.vi.json', json);
  });
  it('a golden comparison fails when the output changes', () => {
    const vi = renderScorecard(card, { format: 'markdown', ...common });
    const en = renderScorecard(card, { format: 'markdown', lang: 'en', ...common });
    expect(en).not.toBe(vi);
    if (process.env['UPDATE_GOLDEN'] !== '1') expect(() => expectGolden('vinh-phuc-2023.vi.md', en)).toThrow();
  });
});

describe('renderScorecard: CSV (RFC 4180)', () => {
  it('parses back: a header and one record per row, CRLF only, numbers exact and machine-readable, empty for null', () => {
    const csv = renderScorecard(card, { format: 'csv', catalog, units: data.unitNames });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const records = parseCsv(csv);
    expect(records).toHaveLength(card.rows.length + 1);
    expect(records[0]).toEqual(['Đơn vị', 'Cấp', 'Chỉ tiêu', 'Mục tiêu (nguyên văn)', 'Thời hạn', 'Giá trị', 'Tình trạng', 'Còn thiếu', 'Mức độ đạt (0–1)']);
    card.rows.forEach((row, i) => {
      const f = records[i + 1] as string[];
      expect(f).toHaveLength(9);
      expect(f[0]).toBe(data.unitNames[row.unit]?.vi);
      expect(f[2]).toBe(catalog.indicators.find((x) => x.id === row.indicator)?.name.vi);
      expect(f[4]).toBe(row.deadline ?? '');
      expect(f[5]).toBe(row.value === null ? '' : String(row.value));
      if (typeof row.value === 'number') expect(Number(f[5])).toBe(row.value);
      expect(f[6]).toBe(reportLabels.vi.status[row.status]);
      expect(f[7] === '' ? null : Number(f[7])).toBe(row.gap);
      expect(f[8] === '' ? null : Number(f[8])).toBe(row.attainment);
      for (const cell of [f[5], f[7], f[8]]) expect(cell).not.toMatch(/,|e/i);
    });
  });

  it('quotes fields with , ; " CR or LF, doubles quotes, and parses back to the same names (separator , and ;)', () => {
    const names = ['Xã "Đông", Anh', 'Huyện; Thị', 'Dòng 1\r\nDòng 2', 'Chỉ\nLF', 'Chỉ\rCR', 'Bình thường'];
    const c = cardOf(names.map((_, i) => ({ unit: `u${i}` })));
    const units = names.map((name, i) => ({ id: `u${i}`, name }));
    for (const separator of [',', ';'] as const) {
      const csv = renderScorecard(c, { format: 'csv', units, separator, catalog: tiny });
      const records = parseCsv(csv, separator);
      expect(records.slice(1).map((r) => r[0])).toEqual(names);
      expect(records.slice(1).map((r) => r[2])).toEqual(['Chỉ tiêu <b>A</b> & "B"', ...names.slice(1).map(() => 'Chỉ tiêu <b>A</b> & "B"')]);
    }
    const csv = renderScorecard(c, { format: 'csv', units });
    expect(csv).toContain('"Xã ""Đông"", Anh"');
    expect(csv).toContain('"Huyện; Thị"');
    expect(csv).toContain('\r\nBình thường,');
  });

  it('round-trips any unit name (property), with the formula guard off', () => {
    const alphabet = fc.constantFrom('a', 'Đ', 'ệ', ',', ';', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', ' ', '\t', '<', '&', "'", '|', '\\');
    fc.assert(
      fc.property(fc.array(fc.array(alphabet, { minLength: 1, maxLength: 12 }).map((a) => a.join('')), { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';'), (names, separator) => {
        const c = cardOf(names.map((_, i) => ({ unit: `u${i}` })));
        const csv = renderScorecard(c, { format: 'csv', separator: separator as ',' | ';', guardFormulas: false, units: names.map((name, i) => ({ id: `u${i}`, name })) });
        expect(parseCsv(csv, separator).slice(1).map((r) => r[0])).toEqual(names);
      }),
    );
  });

  it("guards text cells that a spreadsheet would run as a formula (a leading '), never number cells", () => {
    const c = cardOf([
      { unit: 'a', status: 'not-met', value: -5, gap: 5, attainment: 0, target: { kind: 'change', op: '>=', value: 0, from: 'baseline' } },
      { unit: 'b' },
      { unit: 'c' },
    ]);
    const units = { a: '=HYPERLINK("http://x")', b: '+1', c: '@SUM(A1)' };
    const records = parseCsv(renderScorecard(c, { format: 'csv', units }));
    expect(records.slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)"]);
    expect(records[1]?.[5]).toBe('-5');
    expect(parseCsv(renderScorecard(c, { format: 'csv', units, guardFormulas: false }))[1]?.[0]).toBe('=HYPERLINK("http://x")');
  });

  it('writes numbers without exponent or -0, and booleans as true/false', () => {
    const c = cardOf([
      { status: 'not-met', value: 1e-7, gap: 79.9999999, attainment: 1.25e-9 },
      { status: 'met', value: true, gap: null, attainment: null, target: { kind: 'done' } },
      { status: 'not-met', value: 123456789012, gap: 0, attainment: 0 },
    ]);
    const records = parseCsv(renderScorecard(c, { format: 'csv' }));
    expect(records.slice(1).map((r) => [r[5], r[7], r[8]])).toEqual([
      ['0.0000001', '79.9999999', '0.00000000125'],
      ['true', '', ''],
      ['123456789012', '0', '0'],
    ]);
  });

  it('has a BOM only when asked', () => {
    expect(renderScorecard(card, { format: 'csv' }).charCodeAt(0)).not.toBe(0xfeff);
    expect(renderScorecard(card, { format: 'csv', bom: true }).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('renderScorecard: HTML', () => {
  const nasty = ['<script>alert(1)</script>', 'Huyện "Quote" & \'Apos\'', '</td></tr></table><img src=x onerror=alert(1)>', '&amp; &lt; already'];
  const c = cardOf(nasty.map((_, i) => ({ unit: `u${i}`, indicator: 'ind-a' })));
  const units = nasty.map((name, i) => ({ id: `u${i}`, name }));

  it('escapes every text: names with <script>, quotes and markup come out as text, never as markup', () => {
    const html = renderScorecard(c, { format: 'html', units, catalog: tiny, title: '<b>"Bảng" & \'tiêu đề\'</b>' });
    expect(html).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Huyện &quot;Quote&quot; &amp; &#39;Apos&#39;');
    const table = expectWellFormed(html);
    const tds = findAll(table, 'tr')
      .filter((tr) => tr.attributes['data-unit'] !== undefined)
      .map((tr) => findAll(tr, 'td').map(textOf));
    expect(tds.map((cells) => cells[0])).toEqual(nasty);
    expect(tds.map((cells) => cells[2])).toEqual(nasty.map(() => 'Chỉ tiêu <b>A</b> & "B"'));
    expect(textOf(findAll(table, 'caption')[0]!)).toBe('<b>"Bảng" & \'tiêu đề\'</b>');
    expect([...findAll(table, 'img'), ...findAll(table, 'script'), ...findAll(table, 'b')]).toEqual([]);
    const attributes = (el: XmlElement): string[] => [...Object.keys(el.attributes), ...el.children.flatMap((c) => (typeof c === 'string' ? [] : attributes(c)))];
    expect(attributes(table).filter((a) => a.startsWith('on'))).toEqual([]);
  });

  it('escapes ids in attributes too', () => {
    const html = renderScorecard(cardOf([{ unit: '"><script>x</script>' }]), { format: 'html' });
    expect(html).not.toContain('<script');
    const tr = findAll(expectWellFormed(html), 'tr').find((r) => r.attributes['data-unit'] !== undefined);
    expect(tr?.attributes['data-unit']).toBe('"><script>x</script>');
  });

  it('replaces characters XML cannot carry, so the fragment stays well-formed', () => {
    const html = renderScorecard(cardOf([{ unit: 'a\u0000b\u0007c\uD800d' }]), { format: 'html' });
    expectWellFormed(html);
    expect(html).toContain('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('is an accessible, self-contained table: caption, th scope=col, status as text, no external asset', () => {
    const html = renderScorecard(card, { format: 'html', catalog, units: data.unitNames, lang: 'en' });
    const table = expectWellFormed(html);
    expect(table.name).toBe('table');
    expect(textOf(findAll(table, 'caption')[0]!)).toBe('Indicator scorecard: 302/KH-UBND (as of 2023-05-31)');
    const ths = findAll(table, 'th');
    expect(ths.map((th) => th.attributes['scope'])).toEqual(Array(9).fill('col'));
    expect(ths.map(textOf)).toEqual(Object.values(reportLabels.en.columns));
    const body = findAll(findAll(table, 'tbody')[0]!, 'tr');
    expect(body).toHaveLength(card.rows.length);
    for (const tr of body) expect(findAll(tr, 'td')).toHaveLength(9);
    const statuses = body.map((tr) => textOf(findAll(tr, 'td')[6]!));
    expect(new Set(statuses)).toEqual(new Set(['Not met', 'Met', 'No data']));
    expect(html).not.toMatch(/<script|<link|<img|<style|\bsrc=|\bhref=|url\(/i);
    expect(findAll(table, 'time')[0]?.attributes['datetime']).toBe('2025-12-31');
  });
});

describe('renderScorecard: Markdown', () => {
  it('escapes Markdown syntax and pipes, so every row keeps nine cells', () => {
    const names = ['A | B', '**bold** _it_ `code`', '<script>alert(1)</script>', '[link](http://x)', 'line\nbreak', 'back\\slash'];
    const md = renderScorecard(cardOf(names.map((_, i) => ({ unit: `u${i}` }))), { format: 'markdown', units: names.map((name, i) => ({ id: `u${i}`, name })) });
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(names.length + 2);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(9);
    expect(md).not.toMatch(/(?<!\\)<[a-z/]/);
    expect(md).toContain('\\<script>alert(1)\\</script>');
    expect(md).toContain('\\*\\*bold\\*\\* \\_it\\_ \\`code\\`');
    expect(md).toContain('line break');
    expect(md).toContain('back\\\\slash');
  });
});

describe('renderScorecard: JSON', () => {
  it('is the scorecard itself plus labels aligned with its rows', () => {
    const doc = JSON.parse(renderScorecard(card, { format: 'json', catalog, units: data.unitNames, lang: 'en' }));
    expect(doc.scorecard).toEqual(card);
    expect(Object.keys(doc)).toEqual(['lang', 'caption', 'columns', 'status', 'rows', 'scorecard']);
    expect(doc.rows).toHaveLength(card.rows.length);
    const i = card.rows.findIndex((r) => r.unit === 'vp-province-agencies' && r.indicator === 'tthc-dossiers-fully-online');
    expect(doc.rows[i]).toEqual({
      unit: 'Province-level agencies',
      level: 'Province level',
      indicator: 'Share of administrative-procedure dossiers processed entirely online',
      target: 'Tối thiểu 80% (≥ 80)',
      deadline: '2025-12-31',
      value: 36.18,
      status: 'Not met',
      gap: 43.82,
      attainment: 0.45225,
    });
  });
});

describe('renderScorecard: words and numbers', () => {
  it('writes every target kind with its symbol, numbers in the format of the output', () => {
    const targets: Target[] = [
      { kind: 'threshold', op: '>=', value: 1100, wording: 'Tối thiểu có 1.100' },
      { kind: 'threshold', op: '>', value: 80.5 },
      { kind: 'threshold', op: '<=', value: 2 },
      { kind: 'threshold', op: '<', value: 2 },
      { kind: 'threshold', op: '=', value: 0 },
      { kind: 'range', min: 20, max: 25, wording: 'từ 20-25%' },
      { kind: 'rank', top: 10 },
      { kind: 'change', op: '<=', value: -30, from: 'baseline' },
      { kind: 'change', op: '>=', value: 30, from: 'baseline' },
      { kind: 'growth', op: '>=', value: 7, per: 'year' },
      { kind: 'done' },
      { kind: 'qualitative', wording: 'Phổ cập' },
    ];
    const c = cardOf([...targets.map((target, i) => ({ target, targetIndex: i })), { target: null, targetIndex: null, status: 'not-applicable' as const, reason: 'no-target' as const }]);
    const column = (lang: 'vi' | 'en', format: 'markdown' | 'csv') => {
      const out = renderScorecard(c, { format, lang });
      return format === 'csv' ? parseCsv(out).slice(1).map((r) => r[3]) : out.split('\n').filter((l) => l.startsWith('| u1')).map((l) => l.split(' | ')[3]);
    };
    expect(column('vi', 'markdown')).toEqual([
      'Tối thiểu có 1.100 (≥ 1.100)', '> 80,5', '≤ 2', '< 2', '= 0', 'từ 20-25% (20–25)', 'top 10', '≤ -30%', '≥ +30%', '≥ 7%/năm', 'hoàn thành', 'Phổ cập (định tính)', '—',
    ]);
    expect(column('en', 'markdown')).toEqual([
      'Tối thiểu có 1.100 (≥ 1,100)', '> 80.5', '≤ 2', '< 2', '= 0', 'từ 20-25% (20–25)', 'top 10', '≤ -30%', '≥ +30%', '≥ 7%/year', 'done', 'Phổ cập (qualitative)', '—',
    ]);
    // CSV: plain numbers; "= 0" would be a formula in a spreadsheet, so it is guarded.
    expect(column('vi', 'csv')).toEqual([
      'Tối thiểu có 1.100 (≥ 1100)', '> 80.5', '≤ 2', '< 2', "'= 0", 'từ 20-25% (20–25)', 'top 10', '≤ -30%', '≥ +30%', '≥ 7%/năm', 'hoàn thành', 'Phổ cập (định tính)', '',
    ]);
  });

  it('writes values for people: vi-VN / en-US, at most 2 decimals, halves away from zero, attainment as a percentage', () => {
    const c = cardOf([
      { status: 'not-met', value: 0.125, gap: 79.875, attainment: 0.0015625 },
      { status: 'not-met', value: 1234567.891, gap: 2.675, attainment: 0.45225 },
      { status: 'met', value: true, gap: null, attainment: null, target: { kind: 'done' } },
      { status: 'not-met', value: false, gap: null, attainment: null, target: { kind: 'done' } },
    ]);
    const cells = (lang: 'vi' | 'en') =>
      renderScorecard(c, { format: 'markdown', lang })
        .split('\n')
        .filter((l) => l.startsWith('| u1'))
        .map((l) => l.split(' | ').slice(5, 9));
    expect(cells('vi')).toEqual([
      ['0,13', 'Chưa đạt', '79,88', '0,16% |'],
      ['1.234.567,89', 'Chưa đạt', '2,68', '45,23% |'],
      ['Đã hoàn thành', 'Đạt', '—', '— |'],
      ['Chưa hoàn thành', 'Chưa đạt', '—', '— |'],
    ]);
    expect(cells('en')).toEqual([
      ['0.13', 'Not met', '79.88', '0.16% |'],
      ['1,234,567.89', 'Not met', '2.68', '45.23% |'],
      ['Done', 'Met', '—', '— |'],
      ['Not done', 'Not met', '—', '— |'],
    ]);
  });

  it('states the rounding under Markdown and HTML tables', () => {
    expect(renderScorecard(card, { format: 'markdown' })).toContain(reportLabels.vi.scorecard.rounding);
    expect(renderScorecard(card, { format: 'html', lang: 'en' })).toContain(reportLabels.en.scorecard.rounding);
  });

  it('shows ids when no catalog or unit names are given', () => {
    const md = renderScorecard(card, { format: 'markdown' });
    expect(md).toContain('| vp-districts | district | tthc-dossiers-fully-online | Tối thiểu 80% (≥ 80) |');
    expect(md).toContain('**Kết quả đánh giá chỉ tiêu: vinh-phuc-302 (tính đến ngày 31/05/2023)**');
  });

  it('takes unit names as evaluate\'s units, or a record of texts or { vi, en }', () => {
    const line = (opts: Partial<RenderScorecardOptions>) => renderScorecard(card, { format: 'csv', ...opts }).split('\r\n')[1];
    expect(line({ units: data.units })).toMatch(/^Các cơ quan, đơn vị cấp tỉnh|^"Các cơ quan, đơn vị cấp tỉnh"/);
    expect(line({ units: { 'vp-province-agencies': 'Tỉnh' } })?.startsWith('Tỉnh,')).toBe(true);
    expect(line({ units: data.unitNames, lang: 'en' })?.startsWith('Province-level agencies,')).toBe(true);
  });
});

describe('renderScorecard: order and determinism', () => {
  it('renders the same bytes twice, in every format and language', () => {
    for (const format of FORMATS) for (const lang of ['vi', 'en'] as const) {
      const opts = { format, lang, catalog, units: data.unitNames };
      expect(renderScorecard(card, opts)).toBe(renderScorecard(card, opts));
    }
  });

  it('does not depend on the order of observations and units, nor on the key order of the input', () => {
    const baseline = FORMATS.map((format) => renderScorecard(card, { format, catalog, units: data.unitNames }));
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = vinhPhucCard(shuffle(data.observations, seed), shuffle(data.units, seed + 100));
      expect(FORMATS.map((format) => renderScorecard(shuffled, { format, catalog, units: data.unitNames }))).toEqual(baseline);
    }
    const reversed = reverseKeys(card);
    expect(FORMATS.map((format) => renderScorecard(reversed, { format, catalog: reverseKeys(catalog), units: reverseKeys(data.unitNames) }))).toEqual(baseline);
  });

  it("keeps the scorecard's order by default; sort: 'name' orders by unit then indicator name with the Vietnamese collator", () => {
    const names = { u1: 'Đông Anh', u2: 'Dương Kinh', u3: 'Ba Vì', u4: 'Xã 10', u5: 'Xã 2' };
    const c = cardOf(Object.keys(names).map((unit) => ({ unit })));
    const order = (sort?: 'name' | 'scorecard') =>
      parseCsv(renderScorecard(c, { format: 'csv', units: names, ...(sort === undefined ? {} : { sort }) })).slice(1).map((r) => r[0]);
    expect(order()).toEqual(['Đông Anh', 'Dương Kinh', 'Ba Vì', 'Xã 10', 'Xã 2']);
    expect(order('scorecard')).toEqual(order());
    expect(order('name')).toEqual(['Ba Vì', 'Dương Kinh', 'Đông Anh', 'Xã 2', 'Xã 10']);
    const sortedMd = renderScorecard(vinhPhucCard(), { format: 'markdown', sort: 'name', units: data.unitNames, catalog });
    const first = sortedMd.split('\n').find((l) => l.startsWith('| C'));
    expect(first?.startsWith('| Các cơ quan, đơn vị cấp tỉnh |')).toBe(true);
  });
});

describe('renderScorecard: invalid input is a ChisoError', () => {
  it.each([
    [{ format: 'pdf' }, ['options', 'format']],
    [{ format: 'markdown', lang: 'fr' }, ['options', 'lang']],
    [{ format: 'markdown', bom: true }, ['options', 'bom']],
    [{ format: 'html', separator: ';' }, ['options', 'separator']],
    [{ format: 'csv', separator: '\t' }, ['options', 'separator']],
    [{ format: 'csv', title: 'x' }, ['options', 'title']],
    [{ format: 'json', sort: 'name' }, ['options', 'sort']],
    [{ format: 'markdown', colour: true }, ['options', 'colour']],
    [{ format: 'markdown', units: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, ['options', 'units', 1, 'id']],
    [{ format: 'markdown', catalog: catalogs.tuyenQuang154 }, ['options', 'catalog', 'id']],
  ])('%j', (options, path) => {
    expect(thrown(() => renderScorecard(card, options as unknown as RenderScorecardOptions)).issues[0]?.path).toEqual(path);
  });

  it('rejects an invalid scorecard, naming the field', () => {
    const bad = { ...card, rows: card.rows.map((r, i) => (i === 6 ? { ...r, value: Number.NaN } : r)) };
    expect(thrown(() => renderScorecard(bad, { format: 'csv' })).issues[0]?.path).toEqual(['scorecard', 'rows', 6, 'value']);
    expect(() => renderScorecard(null as unknown as Scorecard, { format: 'csv' })).toThrow(ChisoError);
    expect(() => renderScorecard(card, undefined as unknown as RenderScorecardOptions)).toThrow(ChisoError);
  });
});

describe('renderScorecard: the JSDoc example holds', () => {
  it('csv line 7 and the English Markdown cell', () => {
    const c = evaluate(catalogs.vinhPhuc302, [{ unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 }], {
      asOf: '2023-05-31',
      units: [{ id: 'vp-districts', name: 'Cấp huyện, thành phố', level: 'district' }],
    });
    const csv = renderScorecard(c, { format: 'csv', catalog: catalogs.vinhPhuc302, units: [{ id: 'vp-districts', name: 'Cấp huyện, thành phố' }] });
    expect(csv.split('\r\n')[4]).toBe('"Cấp huyện, thành phố",Cấp huyện,Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến,Tối thiểu 80% (≥ 80),2025-12-31,98.76,Đạt,0,1');
    expect(renderScorecard(c, { format: 'markdown', lang: 'en' }).includes('| Met | 0 | 100% |')).toBe(true);
  });
});
