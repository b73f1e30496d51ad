import type { PageLabels } from './pageLabels';

/**
 * The page's one style sheet. Screen: a readable column, tables that scroll sideways inside their own
 * focusable region on a phone, charts that shrink to the width. Print: A4 landscape, page numbers in
 * the bottom margin (`@page` margin boxes), table headers repeated on every page, folded lists opened
 * (paper cannot be clicked), the summary bars printed as drawn. Statuses are words and symbols
 * (✓ ✗ –), so nothing depends on colour alone, on screen or on a black-and-white printer.
 */
export function pageCss(t: PageLabels): string {
  // The page label is ours (never the user's text), so it is safe inside a CSS string.
  const pages = `"${t.page} " counter(page) " ${t.of} " counter(pages)`;
  return [
    ':root{color-scheme:light}',
    'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:1.5rem auto;max-width:80rem;padding:0 1rem;color:#1a1a1a;background:#fff;line-height:1.45}',
    'h1{font-size:1.35rem;margin:.2rem 0 .6rem}h2{font-size:1.15rem;margin:1.8rem 0 .5rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}',
    'a{color:#0b4fb3}',
    '.meta{display:flex;flex-wrap:wrap;gap:.3rem 1.6rem;margin:0 0 .5rem;padding:0}.meta div{margin:0}.meta dt{font-size:.8rem;color:#4a4a4a}.meta dd{margin:0;font-weight:600}',
    '.lead{margin:.3rem 0 .8rem;color:#333}',
    '.scroll{overflow-x:auto;max-width:100%}',
    'table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.3rem 0 .8rem}',
    'caption{text-align:left;font-weight:600;padding:.3rem 0}',
    'th,td{border:1px solid #bdbdbd;padding:.3rem .5rem;vertical-align:top;text-align:left}',
    'thead th{background:#eeeeee}',
    'tbody th{font-weight:normal}',
    'tfoot td,tfoot th{font-weight:600;background:#f7f7f7}',
    // One row per unit: numbers right-aligned by the table's class, not a class on each of 7,000 cells.
    '.rows td{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}.rows td[class]{text-align:left;white-space:normal}.rows thead th:nth-child(n+2){text-align:right}.rows thead th.l{text-align:left}',
    '.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}',
    '.met{color:#1b5e20;font-weight:600}.not-met{color:#b71c1c;font-weight:600}.no-data,.not-applicable{color:#4a4a4a}',
    '.small{font-size:.8rem;color:#4a4a4a}',
    'sup a{padding:0 .1rem}',
    '.bar{display:inline-flex;width:9rem;height:.8rem;border:1px solid #1a1a1a;vertical-align:middle;margin-left:.4rem;print-color-adjust:exact;-webkit-print-color-adjust:exact}',
    '.bar span{display:block;height:100%}',
    '.b-met{background:#2e7d32}',
    '.b-not-met{background:repeating-linear-gradient(45deg,#b71c1c 0 2px,#ffebee 2px 5px)}',
    '.b-no-data{background:repeating-linear-gradient(90deg,#9e9e9e 0 1px,#f5f5f5 1px 4px)}',
    '.b-not-applicable{background:#ffffff}',
    '.key{font-size:.8rem;color:#333}.key .bar{width:1.2rem;margin:0 .25rem 0 .8rem}',
    '.charts{display:flex;flex-wrap:wrap;gap:1rem}',
    'figure{margin:0;max-width:100%;break-inside:avoid}',
    'figure svg{max-width:100%;height:auto;display:block}',
    'figcaption{font-size:.8rem;color:#4a4a4a;max-width:40rem}',
    'details{margin:.4rem 0 1rem}summary{cursor:pointer;font-weight:600}',
    'ol.sources li{margin:.25rem 0}',
    'footer{margin-top:2rem;font-size:.8rem;color:#4a4a4a;border-top:1px solid #bdbdbd;padding-top:.4rem}',
    '@media (max-width:40rem){body{margin:.8rem auto}.meta{gap:.2rem 1rem}table{font-size:.82rem}.bar{width:5rem}}',
    `@page{size:A4 landscape;margin:12mm 10mm 14mm 10mm;@bottom-right{content:${pages};font-size:8pt;color:#333}}`,
    '@media print{html{font-size:9.5pt}body{margin:0;max-width:none;padding:0}a{color:#1a1a1a}.scroll{overflow:visible}',
    'thead{display:table-header-group}tfoot{display:table-footer-group}tr,figure{break-inside:avoid}h2,h3,caption{break-after:avoid}',
    'details>summary{list-style:none}details::details-content{content-visibility:visible;display:block}',
    '.charts{display:block}figure{display:inline-block;vertical-align:top;margin:0 1rem 1rem 0}}',
  ].join('\n');
}
