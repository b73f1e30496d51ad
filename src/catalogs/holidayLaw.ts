import type { HolidayLawRule } from '../model/calendar';

// The public holidays of the Labour Code as they stood from 1 January 1995, as dated rules: each rule
// lists every holiday in force from its `from` until the next rule's `from`. A day is judged by the
// rule in force on it; days before the first rule are refused (see `publicHolidays`), never judged by
// a later law. Adding a rule is adding data here (or passing `law` to `workingCalendar`).
//
// Read (through the search tool's stored pages; the addresses are in docs/deadlines.md):
// - Bộ luật Lao động 1994: passed 23/6/1994, in force 01/01/1995 (the Ministry of Labour's site for the
//   2019 code, boluatlaodong2019.molisa.gov.vn; luatvietnam.vn). The text of Article 73 as passed in
//   1994 was NOT found: the first rule below is Article 73 as Law 84/2007/QH11 restates it, without Giỗ
//   Tổ Hùng Vương, the holiday that law added (giadinh.suckhoedoisong.vn: "Điều 73 sửa đổi đã bổ sung
//   thêm … Ngày Giỗ Tổ Hùng Vương"; a 2010 travel page: 8 days a year before 2007).
// - Law 35/2002/QH10 (2/4/2002, in force 01/01/2003; vbpl.vn) amended other articles; no change of
//   Article 73 by it was found (its full text was not read). Law 74/2006/QH11 (29/11/2006, in force
//   01/07/2007) amended Chapter XIV (labour disputes) only (thuvienphapluat.vn, vietjack.me).
// - Law 84/2007/QH11 (2/4/2007; antlawyers.vn, mplaw.vn): Article 73 with Giỗ Tổ Hùng Vương, "có hiệu
//   lực từ ngày công bố". The day it was promulgated was NOT found; the rule starts on 2/4/2007, the
//   law's date. No holiday falls from 2/4 to 26/4/2007 (Giỗ Tổ that year), so any day of promulgation
//   in that window gives the same calendar.
// - Bộ luật Lao động 10/2012/QH13: passed 18/6/2012, in force 01/05/2013 (stttt.dongthap.gov.vn,
//   lamdong.gov.vn); Article 115.1 (phunutoday.vn, tuoitrexahoi.vn) and 115.3 (thptngosilienbg.edu.vn).
//   Decree 45/2013/NĐ-CP, Article 8: the employer places the five Tết days, one before and four after or
//   two and three (greatcareerlife.com, lawnet.vn).
// - Bộ luật Lao động 45/2019/QH14: passed 20/11/2019, in force 01/01/2021 (molisa); Article 112
//   (sites.google.com/view/luatlaodong2019, bilingual) and Article 111.3 (luatbachlong.com).

const NEW_YEAR = { id: 'new-year', name: { vi: 'Tết Dương lịch', en: 'New Year’s Day' } };
const TET = { id: 'tet', name: { vi: 'Tết Âm lịch', en: 'Lunar New Year' } };
const HUNG_KINGS = { id: 'hung-kings', name: { vi: 'Giỗ Tổ Hùng Vương', en: 'Hùng Kings’ Commemoration Day' } };
const VICTORY = { id: 'victory', name: { vi: 'Ngày Chiến thắng', en: 'Victory Day (Reunification Day)' } };
const LABOUR = { id: 'labour', name: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' } };
const NATIONAL_DAY = { id: 'national-day', name: { vi: 'Quốc khánh', en: 'National Day' } };

const NEW_YEAR_DAY = { kind: 'fixed', occasion: 'new-year', month: 1, day: 1, name: { vi: 'Tết Dương lịch', en: 'New Year’s Day' } } as const;
const HUNG_KINGS_DAY = {
  kind: 'lunar',
  occasion: 'hung-kings',
  month: 3,
  day: 10,
  name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings’ Commemoration Day (10th day of the 3rd lunar month)' },
} as const;
const VICTORY_DAY = { kind: 'fixed', occasion: 'victory', month: 4, day: 30, name: { vi: 'Ngày Chiến thắng (30/4)', en: 'Victory Day (Reunification Day, 30 April)' } } as const;
const LABOUR_DAY = { kind: 'fixed', occasion: 'labour', month: 5, day: 1, name: { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' } } as const;
const NATIONAL_DAY_DAY = { kind: 'fixed', occasion: 'national-day', month: 9, day: 2, name: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' } } as const;

/**
 * The public holidays of the Labour Code since 1 January 1995, as dated rules (`HolidayLawRule`), each
 * citing its law and article: the Labour Code 1994 (Article 73), as amended in 2007 (Giỗ Tổ Hùng
 * Vương), the Labour Code 2012 (Article 115, from 1 May 2013: Tết five days) and the Labour Code 2019
 * (Article 112, from 1 January 2021: Quốc khánh two days). `workingCalendar` and `publicHolidays` use
 * them by default; pass `law` with a rule added (e.g. 24/11, Ngày Văn hóa Việt Nam, once a law makes
 * it a holiday) to go further. What could not be confirmed is in each rule's `note`.
 *
 * @example
 * holidayLaw.map((rule) => `${rule.from} ${rule.source.section}`);
 * //=> ['1995-01-01 Điều 73', '2007-04-02 Điều 73 (Điều 1 của Luật 84/2007/QH11)', '2013-05-01 Điều 115', '2021-01-01 Điều 112 khoản 1']
 */
export const holidayLaw: HolidayLawRule[] = [
  {
    id: 'labour-code-1994-art73',
    from: '1995-01-01',
    source: { document: 'Bộ luật Lao động 1994 (Quốc hội khóa IX, kỳ họp thứ 5)', date: '1994-06-23', section: 'Điều 73' },
    occasions: [NEW_YEAR, TET, VICTORY, LABOUR, NATIONAL_DAY],
    days: [NEW_YEAR_DAY, { kind: 'tet', occasion: 'tet', days: 4, before: 1, split: 'law' }, VICTORY_DAY, LABOUR_DAY, NATIONAL_DAY_DAY],
    compensation: { kind: 'next-working-day', section: 'Điều 73, đoạn cuối: "nghỉ bù vào ngày tiếp theo"' },
    note:
      'UNCONFIRMED: the 1994 text of Article 73 was not found; this is Article 73 as restated by Law 84/2007/QH11 without Giỗ Tổ Hùng Vương, which that law added (eight days a year: Tết Dương lịch 1, Tết âm lịch 4 — one day at the end of the lunar year and three at the start —, 30/4, 1/5, 2/9). In force from 1995-01-01 (read). Law 35/2002/QH10 (in force 2003-01-01) is not known to have changed Article 73.',
  },
  {
    id: 'labour-code-1994-art73-2007',
    from: '2007-04-02',
    source: { document: 'Luật sửa đổi, bổ sung Điều 73 của Bộ luật Lao động, số 84/2007/QH11', date: '2007-04-02', section: 'Điều 73 (Điều 1 của Luật 84/2007/QH11)' },
    occasions: [NEW_YEAR, TET, HUNG_KINGS, VICTORY, LABOUR, NATIONAL_DAY],
    days: [NEW_YEAR_DAY, { kind: 'tet', occasion: 'tet', days: 4, before: 1, split: 'law' }, HUNG_KINGS_DAY, VICTORY_DAY, LABOUR_DAY, NATIONAL_DAY_DAY],
    compensation: { kind: 'next-working-day', section: 'Điều 73, đoạn cuối: "nghỉ bù vào ngày tiếp theo"' },
    note:
      'The law is in force "từ ngày công bố" (Điều 2); the day of promulgation was not found, so the rule starts on the law’s date, 2007-04-02 (UNCONFIRMED as the day it took effect). No holiday falls between 2007-04-02 and Giỗ Tổ on 2007-04-26, so the calendar is the same for any promulgation day in that window.',
  },
  {
    id: 'labour-code-2012-art115',
    from: '2013-05-01',
    source: { document: 'Bộ luật Lao động số 10/2012/QH13', date: '2012-06-18', section: 'Điều 115' },
    occasions: [NEW_YEAR, TET, HUNG_KINGS, VICTORY, LABOUR, NATIONAL_DAY],
    days: [NEW_YEAR_DAY, { kind: 'tet', occasion: 'tet', days: 5, before: 2, split: 'decided' }, HUNG_KINGS_DAY, VICTORY_DAY, LABOUR_DAY, NATIONAL_DAY_DAY],
    compensation: { kind: 'next-working-day', section: 'Điều 115 khoản 3: "nghỉ bù vào ngày kế tiếp"' },
    note: 'Tết: five days placed by the employer, one before and four after or two and three (Nghị định 45/2013/NĐ-CP, Điều 8); chiso takes two and three unless told (`tetDaysBefore`), as the public-sector schedules did (e.g. 2020: 29 tháng Chạp to mùng 5, 4544/TB-LĐTBXH).',
  },
  {
    id: 'labour-code-2019-art112',
    from: '2021-01-01',
    source: { document: 'Bộ luật Lao động số 45/2019/QH14', date: '2019-11-20', section: 'Điều 112 khoản 1' },
    occasions: [NEW_YEAR, TET, HUNG_KINGS, VICTORY, LABOUR, NATIONAL_DAY],
    days: [
      NEW_YEAR_DAY,
      { kind: 'tet', occasion: 'tet', days: 5, before: 2, split: 'decided' },
      HUNG_KINGS_DAY,
      VICTORY_DAY,
      LABOUR_DAY,
      NATIONAL_DAY_DAY,
      { kind: 'adjacent', occasion: 'national-day', month: 9, day: 2, side: 'decided' },
    ],
    compensation: { kind: 'next-working-day', section: 'Điều 111 khoản 3: "nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp"' },
    note: 'The Prime Minister decides the days of Tết and of the day next to 2/9 each year (Điều 112 khoản 3); without a decision chiso takes 29–30 tháng Chạp and mùng 1–3, and the day that joins 2/9 to a weekend (see `publicHolidays`). Foreign workers’ two extra days (khoản 2) are not included.',
  },
];
