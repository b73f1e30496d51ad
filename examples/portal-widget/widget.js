// A portal widget with chiso as a browser ES module: Vĩnh Phúc's real May 2023 figures against the
// 2025 targets of Kế hoạch 302/KH-UBND, as a progress chart and a scorecard table, with the chart
// (SVG) and the table (CSV for Excel) to download. No framework, no build step: index.html's import
// map says where `chiso` and its dependencies are. test/browser/browser.test.ts loads this page in
// headless Chromium.
import { catalogs, evaluate, renderChart, renderScorecard } from 'chiso';

/** The one indicator the 2023 news item gives figures for (two units). */
const INDICATOR = 'tthc-dossiers-fully-online';

const TEXT = {
  vi: {
    heading: 'Chuyển đổi số tỉnh Vĩnh Phúc — số liệu tháng 5/2023 so với mục tiêu năm 2025',
    summary: (s) => `Tổng hợp: Đạt ${s.met} · Chưa đạt ${s['not-met']} · Chưa có số liệu ${s['no-data']} · Không áp dụng ${s['not-applicable']}`,
    svg: 'Tải biểu đồ (SVG)',
    csv: 'Tải bảng đánh giá (CSV cho Excel)',
    failed: 'Không tải được bảng đánh giá: ',
  },
  en: {
    heading: 'Digital transformation in Vĩnh Phúc — May 2023 figures against the 2025 targets',
    summary: (s) => `Summary: met ${s.met} · not met ${s['not-met']} · no data ${s['no-data']} · not applicable ${s['not-applicable']}`,
    svg: 'Download the chart (SVG)',
    csv: 'Download the scorecard (CSV for Excel)',
    failed: 'Could not load the scorecard: ',
  },
};

/**
 * The progress chart's data: one bar per unit that has a value for the indicator, against its
 * threshold; `met` is the scorecard's verdict (the chart does not judge).
 */
export function progressChartData(card, catalog, unitNames, lang) {
  const indicator = catalog.indicators.find((i) => i.id === INDICATOR);
  const rows = card.rows.filter((r) => r.indicator === INDICATOR && typeof r.value === 'number' && r.target?.kind === 'threshold');
  return {
    title: indicator.name[lang],
    suffix: '%',
    max: 100,
    items: rows.map((r) => ({ label: unitNames[r.unit]?.[lang] ?? r.unit, value: r.value, target: r.target.value, met: r.status === 'met' })),
  };
}

/**
 * Loads the figures from `dataUrl`, evaluates them against catalogs.vinhPhuc302 and fills `root`'s
 * parts (`[data-part=…]`). Sets `root.dataset.state` to `ready` or `error`; an error is shown as text.
 */
export async function mount(root, { dataUrl, lang = 'vi' }) {
  const t = TEXT[lang];
  const part = (name) => root.querySelector(`[data-part="${name}"]`);
  root.dataset.state = 'loading';
  try {
    const response = await fetch(dataUrl);
    if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
    const data = await response.json();
    const catalog = catalogs.vinhPhuc302;
    // The figures' own date: the widget shows the picture as it stood then, whatever today is.
    const card = evaluate(catalog, data.observations, { asOf: data.asOf, units: data.units });

    const svg = renderChart(progressChartData(card, catalog, data.unitNames, lang), { kind: 'progress', lang });
    const csv = renderScorecard(card, { format: 'csv', lang, catalog, units: data.unitNames, bom: true, separator: lang === 'vi' ? ';' : ',' });

    part('heading').textContent = t.heading;
    part('summary').textContent = t.summary(card.summary);
    // renderChart and renderScorecard escape every text they write, so their output can be inserted as markup.
    part('chart').innerHTML = svg;
    part('table').innerHTML = renderScorecard(card, { format: 'html', lang, catalog, units: data.unitNames });
    link(part('svg-link'), t.svg, 'image/svg+xml', svg, `vinh-phuc-2023-progress.${lang}.svg`);
    link(part('csv-link'), t.csv, 'text/csv', csv, `vinh-phuc-2023.${lang}.csv`);
    root.dataset.state = 'ready';
  } catch (error) {
    part('summary').textContent = t.failed + (error instanceof Error ? error.message : String(error));
    root.dataset.state = 'error';
    console.error(error);
  }
}

function link(a, text, type, content, filename) {
  a.textContent = text;
  a.download = filename;
  a.href = `data:${type};charset=utf-8,${encodeURIComponent(content)}`;
}
