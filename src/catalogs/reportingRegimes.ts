import type { ReportingStep } from '../model/period';

/**
 * The reporting regime of Kế hoạch 302/KH-UBND, section V.18 ("Chế độ báo cáo"): departments and
 * district People's Committees report on the plan every year before 15/12 to the Department of
 * Information and Communications, which reports to the Provincial People's Committee before 31/12.
 * `from`, `to` and `what` quote the section's words.
 *
 * @example
 * vinhPhuc302Reporting.map((s) => s.when);
 * //=> ['trước ngày 15/12', 'trước ngày 31/12']
 */
export const vinhPhuc302Reporting: ReportingStep[] = [
  {
    id: 'units-to-dic',
    // V.18: "Giám đốc các sở, thủ trưởng cơ quan, đơn vị thuộc UBND tỉnh; Chủ tịch UBND huyện, thành
    // phố … đánh giá, báo cáo tình hình thực hiện kế hoạch hằng năm (trước ngày 15/12) gửi Sở Thông
    // tin và Truyền thông"
    from: {
      vi: 'Giám đốc các sở, thủ trưởng cơ quan, đơn vị thuộc UBND tỉnh; Chủ tịch UBND huyện, thành phố',
      en: 'Directors of departments and heads of agencies and units under the Provincial People’s Committee; chairs of district and city People’s Committees',
    },
    to: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
    what: {
      vi: 'đánh giá, báo cáo tình hình thực hiện kế hoạch hằng năm',
      en: 'assess and report on carrying out the plan, every year',
    },
    when: 'trước ngày 15/12',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'V.18' },
  },
  {
    id: 'dic-to-ppc',
    // V.18: "… gửi Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh trước ngày 31/12."
    from: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
    to: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' },
    what: { vi: 'tổng hợp, báo cáo UBND tỉnh', en: 'consolidate and report to the Provincial People’s Committee' },
    when: 'trước ngày 31/12',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'V.18' },
  },
];

/**
 * The reporting duty of Chỉ thị 04/CT-UBND (25/01/2022), item 6: "Giao Sở Thông tin và Truyền thông
 * theo dõi, kiểm tra, đôn đốc thực hiện Chỉ thị. Định kỳ hàng năm tổng hợp, báo cáo kết quả Chuyển
 * đổi số với UBND tỉnh, Chủ tịch UBND tỉnh". The directive names no day, so `when` is the words
 * "hàng năm" (every year) as written: the report is due within the year, by 31/12.
 *
 * @example
 * vinhPhuc04Reporting.map((s) => [s.id, s.when]);
 * //=> [['dic-dx-results-to-ppc', 'hàng năm']]
 */
export const vinhPhuc04Reporting: ReportingStep[] = [
  {
    id: 'dic-dx-results-to-ppc',
    from: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
    to: { vi: 'UBND tỉnh, Chủ tịch UBND tỉnh', en: 'Provincial People’s Committee and its Chair' },
    what: {
      vi: 'tổng hợp, báo cáo kết quả Chuyển đổi số',
      en: 'consolidate and report the results of digital transformation',
    },
    when: 'hàng năm',
    source: { document: '04/CT-UBND', date: '2022-01-25', section: '6' },
  },
];

/**
 * The built-in reporting regimes: Kế hoạch 302's (V.18) and Chỉ thị 04's (item 6). Pass one as
 * `regime` to `reportingCalendar`.
 *
 * @example
 * [reportingRegimes.vinhPhuc302.length, reportingRegimes.vinhPhuc04.length];
 * //=> [2, 1]
 */
export const reportingRegimes = { vinhPhuc302: vinhPhuc302Reporting, vinhPhuc04: vinhPhuc04Reporting } as const;
