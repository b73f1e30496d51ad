import type { ReportingStep } from '../model/period';

/**
 * The reporting regime of Kế hoạch 302/KH-UBND, section V.18 ("Chế độ báo cáo"): departments and
 * district People's Committees report on the plan every year before 15/12 to the Department of
 * Information and Communications, which reports to the Provincial People's Committee before 31/12.
 *
 * @example
 * vinhPhuc302Reporting.map((s) => s.when);
 * //=> ['trước ngày 15/12', 'trước ngày 31/12']
 */
export const vinhPhuc302Reporting: ReportingStep[] = [
  {
    id: 'units-to-dic',
    from: {
      vi: 'Các sở, cơ quan, đơn vị thuộc UBND tỉnh; UBND huyện, thành phố',
      en: 'Departments and agencies of the Provincial People’s Committee; district and city People’s Committees',
    },
    to: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
    what: { vi: 'Đánh giá, báo cáo tình hình thực hiện kế hoạch hằng năm', en: 'Yearly assessment and report on carrying out the plan' },
    when: 'trước ngày 15/12',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'V.18' },
  },
  {
    id: 'dic-to-ppc',
    from: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
    to: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' },
    what: { vi: 'Tổng hợp, báo cáo UBND tỉnh', en: 'Consolidated report to the Provincial People’s Committee' },
    when: 'trước ngày 31/12',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'V.18' },
  },
];

/**
 * The built-in reporting regimes.
 *
 * @example
 * reportingRegimes.vinhPhuc302.length;
 * //=> 2
 */
export const reportingRegimes = { vinhPhuc302: vinhPhuc302Reporting } as const;
