import { renderScorecardPage, type Catalog, type Scorecard, type Text } from '../index';
import { escapeXml } from '../_shared/format';

/**
 * A complete, self-contained HTML page around a fragment (a scorecard or a table): UTF-8, the
 * language, a title, a heading and a few inline styles for reading on screen and on paper. No
 * scripts, no external assets. The title, heading and footer are escaped; `body` is HTML as given.
 *
 * @param options - `lang`, `title`, `heading`, `body` (HTML), `footer`
 * @returns the page
 * @throws never
 *
 * @example
 * htmlPage({ lang: 'vi', title: 'Bảng', body: '<table></table>' }).split('\n')[0];
 * //=> '<!doctype html>'
 */
export function htmlPage(options: { readonly lang: 'vi' | 'en'; readonly title: string; readonly heading?: string; readonly body: string; readonly footer?: string }): string {
  const e = escapeXml;
  return [
    '<!doctype html>',
    `<html lang="${options.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(options.title)}</title>`,
    '<style>',
    'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}',
    'h1{font-size:1.3rem}',
    'table{border-collapse:collapse;width:100%;font-size:.95rem}',
    'caption{padding:.5rem 0}',
    'th,td{border:1px solid #c8c8c8;padding:.35rem .55rem;vertical-align:top}',
    'thead th{background:#f2f2f2}',
    'tbody tr:nth-child(even){background:#fafafa}',
    'tfoot td{border:none;padding-top:.6rem}',
    'footer{margin-top:1.5rem;font-size:.85rem;color:#555}',
    '@media print{body{margin:0;max-width:none}}',
    '</style>',
    '</head>',
    '<body>',
    '<main>',
    ...(options.heading === undefined ? [] : [`<h1>${e(options.heading)}</h1>`]),
    options.body.trimEnd(),
    '</main>',
    ...(options.footer === undefined ? [] : [`<footer>${e(options.footer)}</footer>`]),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * `chiso scorecard --format html`: the scorecard page of the library (`renderScorecardPage`), with the
 * CLI's own notes (observations not used, roll-up coverage) at its end.
 *
 * @param card - the evaluated scorecard
 * @param catalog - its catalog
 * @param lang - the page's language
 * @param names - unit names by id, `{ vi, en }`
 * @param notes - titled lists of lines to add at the end (none when empty)
 * @returns the page
 * @throws {ChisoError} as `renderScorecardPage`
 *
 * @example
 * const card = evaluate(catalogs.vinhPhuc302, [{ unit: 'd', indicator: 'work-dossiers-online', period: 2024, value: 72 }], { asOf: '2024-12-31', units: [{ id: 'd', name: 'Huyện', level: 'district' }] });
 * scorecardPage(card, catalogs.vinhPhuc302, 'en', { d: { vi: 'Huyện', en: 'District' } }, []).includes('<h2 id="chiso-attention-h">Needs attention</h2>');
 * //=> true
 */
export function scorecardPage(card: Scorecard, catalog: Catalog, lang: 'vi' | 'en', names: Readonly<Record<string, Text>>, notes: readonly { readonly title: string; readonly lines: readonly string[] }[]): string {
  return renderScorecardPage(card, { catalog, lang, units: names, notes });
}
