// @zone-independent: scorecards with a fixed --as-of; the CLI's date handling runs in every zone in test/cli/dates.test.ts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuilt, chiso } from './run';

const CSV = 'examples/data/vinh-phuc-2023.csv';
const JSON_DATA = 'examples/data/vinh-phuc-2023.json';
const EXCEL = 'test/cli/fixtures/vinh-phuc-2023-excel-vi.csv';
const base = ['scorecard', '--catalog', 'vinh-phuc-302', '--as-of', '2023-05-31'];

// The published May 2023 figures (examples/data, shared/sources/001) against "Tối thiểu 80%" by 2025:
// province-level agencies 36.18 → not met, 80 − 36.18 = 43.82 short, 36.18 / 80 = 0.45225 attained;
// districts 98.76 → met.
describe('chiso scorecard, on the real Vĩnh Phúc figures', () => {
  beforeAll(checkBuilt);

  it('writes Markdown by default with the online-dossier rows, their values and verdicts', () => {
    const r = chiso(...base, '--data', CSV);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('**Kết quả đánh giá chỉ tiêu: 302/KH-UBND (tính đến ngày 31/05/2023)**');
    expect(r.stdout).toContain(
      '| Các cơ quan, đơn vị cấp tỉnh | Cấp tỉnh | Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến | Tối thiểu 80% (≥ 80) | 31/12/2025 | 36,18 | Chưa đạt | 43,82 | 45,23% |',
    );
    expect(r.stdout).toContain('| Cấp huyện, thành phố | Cấp huyện | Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến | Tối thiểu 80% (≥ 80) | 31/12/2025 | 98,76 | Đạt | 0 | 100% |');
  });

  it('writes machine-readable CSV (decimal point, ISO dates, attainment as a fraction)', () => {
    const r = chiso(...base, '--data', CSV, '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('Đơn vị,Cấp,Chỉ tiêu,Mục tiêu (nguyên văn),Thời hạn,Giá trị,Tình trạng,Còn thiếu,Mức độ đạt (0–1)');
    expect(lines).toContain('"Các cơ quan, đơn vị cấp tỉnh",Cấp tỉnh,Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến,Tối thiểu 80% (≥ 80),2025-12-31,36.18,Chưa đạt,43.82,0.45225');
  });

  it('writes CSV for Excel in a Vietnamese locale with --bom --separator ";"', () => {
    const r = chiso(...base, '--data', CSV, '--format', 'csv', '--bom', '--separator', ';');
    expect(r.stdout.startsWith('\uFEFFĐơn vị;Cấp;')).toBe(true);
    // Decimal commas with ";", as Excel in vi-VN reads them (a point there groups thousands: 98.765 is 98765).
    expect(r.stdout.split('\r\n')).toContain('"Các cơ quan, đơn vị cấp tỉnh";Cấp tỉnh;Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến;Tối thiểu 80% (≥ 80);2025-12-31;36,18;Chưa đạt;43,82;0,45225');
  });

  it('writes the scorecard page (renderScorecardPage): summary, then the unmet target with its chart, then the table by pillar', () => {
    const r = chiso(...base, '--data', CSV, '--format', 'html');
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html.startsWith('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>Bảng đánh giá chỉ tiêu — 302/KH-UBND — 2023-05-31</title>');
    expect(html).toContain('<h1>Kế hoạch Chuyển đổi số, hoàn thiện chính quyền điện tử');
    const at = ['chiso-summary', 'chiso-attention', 'chiso-charts', 'chiso-table', 'chiso-sources'].map((id) => html.indexOf(`<section id="${id}"`));
    expect(at.every((i) => i > 0) && [...at].sort((a, b) => a - b).join() === at.join()).toBe(true);
    const attention = html.slice(at[1], at[2]);
    expect(attention).toContain('<h3>Chỉ tiêu chưa đạt (1)</h3>');
    expect(attention).toContain('<tr><th scope="row">Các cơ quan, đơn vị cấp tỉnh</th><td>Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến</td><td>Tối thiểu 80% (≥ 80)</td><td class="n">36,18%<sup><a href="#fn-1">1</a></sup></td><td class="n">43,82</td>');
    expect(html.slice(at[2], at[3])).toContain('✗ 36,18% · Chưa đạt');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('writes only the <table> with --fragment', () => {
    const r = chiso(...base, '--data', CSV, '--format', 'html', '--fragment');
    expect(r.stdout.startsWith('<table class="chiso-scorecard"')).toBe(true);
  });

  it('writes JSON with the scorecard itself', () => {
    const doc = JSON.parse(chiso(...base, '--data', CSV, '--format', 'json').stdout);
    const row = doc.scorecard.rows.find((x: { unit: string; indicator: string }) => x.unit === 'vp-province-agencies' && x.indicator === 'tthc-dossiers-fully-online');
    expect(row).toMatchObject({ status: 'not-met', value: 36.18, gap: 43.82, attainment: 0.45225, deadline: '2025-12-31', due: false });
    expect(doc.scorecard.asOf).toBe('2023-05-31');
  });

  it('writes English labels and numbers with --lang en, and the English unit names of the data', () => {
    const r = chiso(...base, '--data', CSV, '--lang', 'en');
    expect(r.stdout).toContain('| Province-level agencies | Province level | Share of administrative-procedure dossiers processed entirely online | Tối thiểu 80% (≥ 80) | 2025-12-31 | 36.18 | Not met | 43.82 | 45.23% |');
  });

  // 24 runs of the built CLI: about 7 s alone, over 30 s on a loaded machine.
  it('gives the same scorecard from the CSV, the JSON and an Excel (BOM, ";", decimal comma, dd/mm/yyyy) export, in every format and language', { timeout: 120_000 }, () => {
    for (const format of ['json', 'md', 'csv', 'html']) {
      for (const lang of ['vi', 'en']) {
        const fromJson = chiso(...base, '--data', JSON_DATA, '--format', format, '--lang', lang);
        expect(fromJson.code).toBe(0);
        expect(chiso(...base, '--data', CSV, '--format', format, '--lang', lang).stdout).toBe(fromJson.stdout);
        expect(chiso(...base, '--data', EXCEL, '--format', format, '--lang', lang).stdout).toBe(fromJson.stdout);
      }
    }
  });

  it('says the deadline has come with a later --as-of, and keeps units of one --level', () => {
    const doc = JSON.parse(chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', CSV, '--as-of', '2026-01-01', '--level', 'district', '--format', 'json').stdout);
    expect(new Set(doc.scorecard.rows.map((r: { unit: string }) => r.unit))).toEqual(new Set(['vp-districts']));
    expect(doc.scorecard.rows.find((r: { indicator: string }) => r.indicator === 'tthc-dossiers-fully-online').due).toBe(true);
  });

  it('writes to --out and nothing to stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chiso-cli-')), 'card.html');
    const r = chiso(...base, '--data', CSV, '--format', 'html', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(chiso(...base, '--data', CSV, '--format', 'html').stdout);
  });

  it('evaluates against a catalog file and a units file (the invented province of examples/province-config)', () => {
    const r = chiso('scorecard', '--catalog', 'examples/province-config/catalog.json', '--data', 'examples/province-config/observations.json', '--units', 'examples/province-config/units.json', '--as-of', '2026-12-31', '--format', 'json');
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout).scorecard.rows.find((x: { unit: string; indicator: string }) => x.unit === 'xa-hoa-lac' && x.indicator === 'work-dossiers-online');
    // 300 of 400 work dossiers online = 75 %.
    expect(row.value).toBe(75);
  });

  it('defaults --as-of to today in Vietnam (the file\'s 2023 figures are used)', () => {
    const doc = JSON.parse(chiso('scorecard', '--catalog', 'vinh-phuc-302', '--data', CSV, '--format', 'json').stdout);
    expect(doc.scorecard.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.scorecard.asOf >= '2023-05-31').toBe(true);
  });
});
