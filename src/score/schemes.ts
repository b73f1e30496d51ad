import type { Scheme } from '../model/scheme';

/**
 * Built-in scoring schemes.
 *
 * `dtiProvince2022` — the provincial Digital Transformation Index (DTI cấp tỉnh) of Quyết định
 * 922/QĐ-BTTTT (20/5/2022), Phụ lục 1, Bảng I.1 "Cấu trúc DTI cấp tỉnh": nine main indicators on a
 * 1,000-point scale, in two groups of 500 — the common foundation (nhóm chỉ số nền tảng chung:
 * awareness, institutions, infrastructure, human resources, cyber-security, each 100) and activity
 * (nhóm chỉ số hoạt động: government 200, economy 150, society 150).
 *
 * The ninth main indicator, smart city (Đô thị thông minh, 3 component indicators), carries 0 points
 * ("Không tính điểm") and so is not a leaf here: the scheme has the eight scored indicators, whose
 * points add up to 1,000. (Table read via the Yên Bái Department of Industry and Trade's summary of
 * 27/5/2022, https://www.sctyenbai.gov.vn/vi/tin-tuc/chi-so-chuyen-doi-so-cap-tinh.)
 *
 * Each leaf takes the province's published main-indicator value, an index in [0, 1] (rule `index`:
 * a value outside 0–1, such as a percent, is an error), so a province's DTI is its points ÷ 1,000.
 *
 * @example
 * schemes.dtiProvince2022.root.points;
 * //=> 1000
 */
export const schemes: { readonly dtiProvince2022: Scheme } = {
  dtiProvince2022: {
    id: 'dti-province-2022',
    name: {
      vi: 'Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI cấp tỉnh)',
      en: 'Provincial Digital Transformation Index (provincial DTI)',
    },
    source: 'Quyết định 922/QĐ-BTTTT ngày 20/5/2022 của Bộ Thông tin và Truyền thông, Phụ lục 1, Bảng I.1',
    note: 'Eight scored main indicators (1,000 points); the ninth, Đô thị thông minh, has 0 points and is not scored.',
    root: {
      id: 'dti-province',
      name: { vi: 'Chỉ số chuyển đổi số cấp tỉnh', en: 'Provincial DTI' },
      points: 1000,
      children: [
        {
          id: 'dti-foundation',
          name: { vi: 'Nhóm chỉ số nền tảng chung', en: 'Common foundation' },
          points: 500,
          children: [
            { id: 'dti-digital-awareness', name: { vi: 'Nhận thức số', en: 'Digital awareness' }, points: 100, indicator: 'dti-digital-awareness', rule: { kind: 'index' } },
            { id: 'dti-digital-institutions', name: { vi: 'Thể chế số', en: 'Digital institutions' }, points: 100, indicator: 'dti-digital-institutions', rule: { kind: 'index' } },
            { id: 'dti-digital-infrastructure', name: { vi: 'Hạ tầng số', en: 'Digital infrastructure' }, points: 100, indicator: 'dti-digital-infrastructure', rule: { kind: 'index' } },
            { id: 'dti-digital-human-resources', name: { vi: 'Nhân lực số', en: 'Digital human resources' }, points: 100, indicator: 'dti-digital-human-resources', rule: { kind: 'index' } },
            { id: 'dti-cybersecurity', name: { vi: 'An toàn thông tin mạng', en: 'Cyber-security' }, points: 100, indicator: 'dti-cybersecurity', rule: { kind: 'index' } },
          ],
        },
        {
          id: 'dti-activity',
          name: { vi: 'Nhóm chỉ số hoạt động', en: 'Activity' },
          points: 500,
          children: [
            { id: 'dti-digital-government', name: { vi: 'Hoạt động chính quyền số', en: 'Digital-government activity' }, points: 200, indicator: 'dti-digital-government', rule: { kind: 'index' } },
            { id: 'dti-digital-economy', name: { vi: 'Hoạt động kinh tế số', en: 'Digital-economy activity' }, points: 150, indicator: 'dti-digital-economy', rule: { kind: 'index' } },
            { id: 'dti-digital-society', name: { vi: 'Hoạt động xã hội số', en: 'Digital-society activity' }, points: 150, indicator: 'dti-digital-society', rule: { kind: 'index' } },
          ],
        },
      ],
    },
  },
};
