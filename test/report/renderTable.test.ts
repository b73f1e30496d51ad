// @zone-independent: renders tables of text, numbers and booleans; nothing reads a date, a clock or a zone.
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { renderTable, type ReportTable } from '../../src/report/renderTable';

const table: ReportTable = {
  caption: 'Xếp hạng | *1*',
  columns: [
    { key: 'rank', label: 'Hạng', numeric: true },
    { key: 'unit', label: 'Đơn vị' },
    { key: 'share', label: 'Tỷ lệ (%)', numeric: true },
    { key: 'done', label: 'Xong' },
    { key: 'amount', label: 'Kinh phí', numeric: true },
  ],
  rows: [
    { rank: 1, unit: '=SUM(A1); "x"', share: 1132.4, done: true, amount: '850.125' },
    { rank: 2, unit: '<b>Huyện</b> [a](b)', share: null, done: false, amount: null },
  ],
  notes: ['Ghi chú & *lưu ý*'],
};

const issuesOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    throw error;
  }
  throw new Error('no error');
};

describe('renderTable', () => {
  it('markdown: caption, aligned header, numbers and booleans for people, — for no value, everything escaped', () => {
    expect(renderTable(table, { format: 'markdown' })).toBe(
      [
        '**Xếp hạng \\| \\*1\\***',
        '',
        '| Hạng | Đơn vị | Tỷ lệ (%) | Xong | Kinh phí |',
        '| ---: | --- | ---: | --- | ---: |',
        '| 1 | =SUM(A1); "x" | 1.132,4 | có | 850.125 |',
        '| 2 | \\<b>Huyện\\</b> \\[a\\](b) | — | không | — |',
        '',
        'Ghi chú \\& \\*lưu ý\\*',
        '',
      ].join('\n'),
    );
    expect(renderTable(table, { format: 'markdown', lang: 'en' })).toContain('| 1 | =SUM(A1); "x" | 1,132.4 | yes | 850.125 |');
  });

  it('markdown: a table with no rows shows one row with —', () => {
    expect(renderTable({ ...table, rows: [], notes: [] }, { format: 'markdown' }).split('\n').slice(4)).toEqual(['| — |  |  |  |  |', '']);
  });

  it('csv: formula guard and quoting on text, exact numbers with the separator\'s decimal mark, booleans, empty for no value; no caption or notes', () => {
    expect(renderTable(table, { format: 'csv' })).toBe(
      ['Hạng,Đơn vị,Tỷ lệ (%),Xong,Kinh phí', `1,"'=SUM(A1); ""x""",1132.4,true,850.125`, '2,<b>Huyện</b> [a](b),,false,', ''].join('\r\n'),
    );
    expect(renderTable(table, { format: 'csv', separator: ';', bom: true })).toBe(
      ['\uFEFFHạng;Đơn vị;Tỷ lệ (%);Xong;Kinh phí', `1;"'=SUM(A1); ""x""";1132,4;true;850,125`, '2;<b>Huyện</b> [a](b);;false;', ''].join('\r\n'),
    );
    expect(renderTable(table, { format: 'csv', guardFormulas: false }).split('\r\n')[1]).toBe('1,"=SUM(A1); ""x""",1132.4,true,850.125');
  });

  it('html: a fragment with every text escaped, numeric cells right-aligned, notes in tfoot', () => {
    const html = renderTable(table, { format: 'html', lang: 'en' });
    expect(html.split('\n')).toEqual([
      '<table class="chiso-table" lang="en">',
      '<caption style="text-align:left;font-weight:bold">Xếp hạng | *1*</caption>',
      '<thead>',
      '<tr><th scope="col" style="text-align:right">Hạng</th><th scope="col">Đơn vị</th><th scope="col" style="text-align:right">Tỷ lệ (%)</th><th scope="col">Xong</th><th scope="col" style="text-align:right">Kinh phí</th></tr>',
      '</thead>',
      '<tbody>',
      '<tr><td style="text-align:right">1</td><td>=SUM(A1); &quot;x&quot;</td><td style="text-align:right">1,132.4</td><td>yes</td><td style="text-align:right">850.125</td></tr>',
      '<tr><td style="text-align:right">2</td><td>&lt;b&gt;Huyện&lt;/b&gt; [a](b)</td><td style="text-align:right">—</td><td>no</td><td style="text-align:right">—</td></tr>',
      '</tbody>',
      '<tfoot>',
      '<tr><td colspan="5">Ghi chú &amp; *lưu ý*</td></tr>',
      '</tfoot>',
      '</table>',
      '',
    ]);
    expect(renderTable({ ...table, notes: [] }, { format: 'html' })).not.toContain('<tfoot>');
  });

  it('json: the columns as given, each row holding the columns\' keys in column order (null for none), values as they are', () => {
    const doc = JSON.parse(renderTable({ ...table, rows: [{ amount: '1', extra: 'not a column', unit: 'A' }] }, { format: 'json' })) as unknown;
    expect(doc).toEqual({ caption: table.caption, columns: table.columns, rows: [{ rank: null, unit: 'A', share: null, done: null, amount: '1' }], notes: table.notes });
    expect(Object.keys((doc as { rows: object[] }).rows[0] ?? {})).toEqual(['rank', 'unit', 'share', 'done', 'amount']);
    expect(renderTable({ caption: 'T', columns: [{ key: 'v', label: 'V' }], rows: [] }, { format: 'json' })).toBe('{\n  "caption": "T",\n  "columns": [\n    {\n      "key": "v",\n      "label": "V"\n    }\n  ],\n  "rows": [],\n  "notes": []\n}\n');
  });

  it('reads cells by own key only: `constructor` and `__proto__` are column keys like any other', () => {
    const columns = [{ key: 'constructor', label: 'c' }, { key: '__proto__', label: 'p' }];
    const rows = [JSON.parse('{"__proto__": "own"}') as Record<string, string>];
    expect(renderTable({ caption: 'T', columns, rows }, { format: 'csv' })).toBe('c,p\r\n,own\r\n');
    expect(JSON.parse(renderTable({ caption: 'T', columns, rows }, { format: 'json' })).rows).toEqual([JSON.parse('{"constructor": null, "__proto__": "own"}')]);
    expect(issuesOf(() => renderTable({ caption: 'T', columns, rows: [JSON.parse('{"__proto__": {"a": 1}}') as never] }, { format: 'csv' }))).toEqual(['invalid_union table.rows.0.__proto__']);
  });

  it('a bad table or bad options is a ChisoError naming each problem', () => {
    expect(issuesOf(() => renderTable(table, { format: 'html', bom: true, separator: ';' }))).toEqual(['invalid_option options.bom', 'invalid_option options.separator']);
    expect(issuesOf(() => renderTable(table, { format: 'pdf' } as never))).toEqual(['invalid_value options.format']);
    expect(issuesOf(() => renderTable({ caption: 'T', columns: [], rows: [] }, { format: 'csv' }))).toEqual(['too_small table.columns']);
    expect(issuesOf(() => renderTable({ caption: 'T', columns: [{ key: 'a', label: 'A' }, { key: 'a', label: 'B' }], rows: [] }, { format: 'csv' }))).toEqual(['duplicate_column table.columns.1.key']);
    expect(issuesOf(() => renderTable({ caption: 'T', columns: [{ key: 'a', label: 'A' }], rows: [{ a: Number.NaN }, { a: Infinity }, { a: [1] as never }] }, { format: 'json' }))).toEqual([
      'invalid_union table.rows.0.a',
      'invalid_union table.rows.1.a',
      'invalid_union table.rows.2.a',
    ]);
  });
});
