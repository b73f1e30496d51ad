import type { OfficialSchedule } from '../model/calendar';

// The official public-sector holiday schedules (cán bộ, công chức, viên chức; businesses follow the
// Labour Code and decide their own arrangements): each is the Prime Minister's decision for a year, as
// conveyed by the Government Office (Văn phòng Chính phủ, "VPCP-KGVX" letters) and then announced by the
// ministry in charge of labour (Bộ Lao động – Thương binh và Xã hội until 2025, Bộ Nội vụ since).
// A schedule replaces the Labour Code rule for the holidays it names in its year; the other holidays of
// that year follow the rule. Each schedule lists every day of the announced break as `off` (weekly rest
// days included, as the decision states the break "from … to the end of …") and the swapped Saturday
// worked (làm bù) as `work`. Adding a year is adding data here.
//
// Shipped: 2024 (8662/VPCP-KGVX of 3 Nov 2023; 2450/VPCP-KGVX of 12 Apr 2024), 2025 (8726/VPCP-KGVX of
// 26 Nov 2024) and 2026 (12729/VPCP-KGVX of 25 Dec 2025 for Tết Dương lịch; the Government Office's
// letter of October 2025 for Tết Âm lịch and Quốc khánh, whose number is not verified here).

const TET_2024 = { vi: 'Nghỉ Tết Âm lịch (08/02–14/02/2024)', en: 'Lunar New Year break (8–14 February 2024)' };
const REUNIFICATION_2024 = { vi: 'Nghỉ lễ 30/4 và 1/5 (27/4–01/5/2024)', en: 'Reunification and Labour Day break (27 April – 1 May 2024)' };
const NATIONAL_DAY_2024 = { vi: 'Nghỉ lễ Quốc khánh (31/8–03/9/2024)', en: 'National Day break (31 August – 3 September 2024)' };
const TET_2025 = { vi: 'Nghỉ Tết Âm lịch (25/01–02/02/2025)', en: 'Lunar New Year break (25 January – 2 February 2025)' };
const REUNIFICATION_2025 = { vi: 'Nghỉ lễ 30/4 và 1/5 (30/4–04/5/2025)', en: 'Reunification and Labour Day break (30 April – 4 May 2025)' };
const NATIONAL_DAY_2025 = { vi: 'Nghỉ lễ Quốc khánh (30/8–02/9/2025)', en: 'National Day break (30 August – 2 September 2025)' };
const NEW_YEAR_2026 = { vi: 'Nghỉ Tết Dương lịch (01/01–04/01/2026)', en: 'New Year break (1–4 January 2026)' };
const TET_2026 = { vi: 'Nghỉ Tết Âm lịch (14/02–22/02/2026)', en: 'Lunar New Year break (14–22 February 2026)' };
const NATIONAL_DAY_2026 = { vi: 'Nghỉ lễ Quốc khánh (29/8–02/9/2026)', en: 'National Day break (29 August – 2 September 2026)' };

/**
 * The official public-sector holiday schedules shipped with chiso, by year and holiday, each citing the
 * Government Office letter that conveys the Prime Minister's decision. They override the Labour Code
 * rule in `workingCalendar` (by default) for the holidays they name.
 *
 * @example
 * officialSchedules.map((s) => `${s.year} ${s.occasions.join('+')}`);
 * //=> ['2024 tet', '2024 national-day', '2024 victory+labour', '2025 tet', '2025 victory+labour', '2025 national-day', '2026 new-year', '2026 tet', '2026 national-day']
 */
export const officialSchedules: OfficialSchedule[] = [
  // 8662/VPCP-KGVX (3/11/2023): Tết Âm lịch from Thursday 8/2/2024 (29 tháng Chạp Quý Mão) to the end of
  // Wednesday 14/2/2024 (mùng 5 Giáp Thìn): 5 Tết days and 2 days in lieu (Article 111.3).
  {
    year: 2024,
    occasions: ['tet'],
    source: { document: '8662/VPCP-KGVX', date: '2023-11-03', section: 'Nghỉ Tết Âm lịch năm 2024' },
    days: [
      { date: '2024-02-08', kind: 'off', name: TET_2024 },
      { date: '2024-02-09', kind: 'off', name: TET_2024 },
      { date: '2024-02-10', kind: 'off', name: TET_2024 },
      { date: '2024-02-11', kind: 'off', name: TET_2024 },
      { date: '2024-02-12', kind: 'off', name: TET_2024 },
      { date: '2024-02-13', kind: 'off', name: TET_2024 },
      { date: '2024-02-14', kind: 'off', name: TET_2024 },
    ],
  },
  // 8662/VPCP-KGVX: Quốc khánh from Saturday 31/8 to the end of Tuesday 3/9/2024 (2/9 and the day after).
  {
    year: 2024,
    occasions: ['national-day'],
    source: { document: '8662/VPCP-KGVX', date: '2023-11-03', section: 'Nghỉ lễ Quốc khánh năm 2024' },
    days: [
      { date: '2024-08-31', kind: 'off', name: NATIONAL_DAY_2024 },
      { date: '2024-09-01', kind: 'off', name: NATIONAL_DAY_2024 },
      { date: '2024-09-02', kind: 'off', name: NATIONAL_DAY_2024 },
      { date: '2024-09-03', kind: 'off', name: NATIONAL_DAY_2024 },
    ],
  },
  // 2450/VPCP-KGVX (12/4/2024): Monday 29/4 swapped with Saturday 4/5/2024; off from Saturday 27/4 to
  // the end of Wednesday 1/5/2024.
  {
    year: 2024,
    occasions: ['victory', 'labour'],
    source: { document: '2450/VPCP-KGVX', date: '2024-04-12', section: 'Hoán đổi ngày làm việc dịp nghỉ lễ 30/4 và 1/5/2024' },
    days: [
      { date: '2024-04-27', kind: 'off', name: REUNIFICATION_2024 },
      { date: '2024-04-28', kind: 'off', name: REUNIFICATION_2024 },
      { date: '2024-04-29', kind: 'off', name: REUNIFICATION_2024 },
      { date: '2024-04-30', kind: 'off', name: REUNIFICATION_2024 },
      { date: '2024-05-01', kind: 'off', name: REUNIFICATION_2024 },
      { date: '2024-05-04', kind: 'work', name: { vi: 'Làm bù cho thứ Hai 29/4/2024', en: 'Worked in exchange for Monday 29 April 2024' } },
    ],
  },
  // 8726/VPCP-KGVX (26/11/2024): Tết Âm lịch from Saturday 25/1/2025 (26 tháng Chạp Giáp Thìn) to the end of
  // Sunday 2/2/2025 (mùng 5 Ất Tỵ): 5 Tết days and 4 weekly rest days.
  {
    year: 2025,
    occasions: ['tet'],
    source: { document: '8726/VPCP-KGVX', date: '2024-11-26', section: 'Nghỉ Tết Âm lịch năm 2025' },
    days: [
      { date: '2025-01-25', kind: 'off', name: TET_2025 },
      { date: '2025-01-26', kind: 'off', name: TET_2025 },
      { date: '2025-01-27', kind: 'off', name: TET_2025 },
      { date: '2025-01-28', kind: 'off', name: TET_2025 },
      { date: '2025-01-29', kind: 'off', name: TET_2025 },
      { date: '2025-01-30', kind: 'off', name: TET_2025 },
      { date: '2025-01-31', kind: 'off', name: TET_2025 },
      { date: '2025-02-01', kind: 'off', name: TET_2025 },
      { date: '2025-02-02', kind: 'off', name: TET_2025 },
    ],
  },
  // 8726/VPCP-KGVX: Friday 2/5 swapped with Saturday 26/4/2025; off from Wednesday 30/4 to the end of
  // Sunday 4/5/2025.
  {
    year: 2025,
    occasions: ['victory', 'labour'],
    source: { document: '8726/VPCP-KGVX', date: '2024-11-26', section: 'Hoán đổi ngày làm việc dịp nghỉ lễ 30/4 và 1/5/2025' },
    days: [
      { date: '2025-04-30', kind: 'off', name: REUNIFICATION_2025 },
      { date: '2025-05-01', kind: 'off', name: REUNIFICATION_2025 },
      { date: '2025-05-02', kind: 'off', name: REUNIFICATION_2025 },
      { date: '2025-05-03', kind: 'off', name: REUNIFICATION_2025 },
      { date: '2025-05-04', kind: 'off', name: REUNIFICATION_2025 },
      { date: '2025-04-26', kind: 'work', name: { vi: 'Làm bù cho thứ Sáu 02/5/2025', en: 'Worked in exchange for Friday 2 May 2025' } },
    ],
  },
  // 8726/VPCP-KGVX: Quốc khánh on 2/9 and the day before; off from Saturday 30/8 to the end of Tuesday 2/9/2025.
  {
    year: 2025,
    occasions: ['national-day'],
    source: { document: '8726/VPCP-KGVX', date: '2024-11-26', section: 'Nghỉ lễ Quốc khánh năm 2025' },
    days: [
      { date: '2025-08-30', kind: 'off', name: NATIONAL_DAY_2025 },
      { date: '2025-08-31', kind: 'off', name: NATIONAL_DAY_2025 },
      { date: '2025-09-01', kind: 'off', name: NATIONAL_DAY_2025 },
      { date: '2025-09-02', kind: 'off', name: NATIONAL_DAY_2025 },
    ],
  },
  // 12729/VPCP-KGVX (25/12/2025): Friday 2/1 swapped with Saturday 10/1/2026; off from Thursday 1/1 to the
  // end of Sunday 4/1/2026.
  {
    year: 2026,
    occasions: ['new-year'],
    source: { document: '12729/VPCP-KGVX', date: '2025-12-25', section: 'Nghỉ Tết Dương lịch năm 2026' },
    days: [
      { date: '2026-01-01', kind: 'off', name: NEW_YEAR_2026 },
      { date: '2026-01-02', kind: 'off', name: NEW_YEAR_2026 },
      { date: '2026-01-03', kind: 'off', name: NEW_YEAR_2026 },
      { date: '2026-01-04', kind: 'off', name: NEW_YEAR_2026 },
      { date: '2026-01-10', kind: 'work', name: { vi: 'Làm bù cho thứ Sáu 02/01/2026', en: 'Worked in exchange for Friday 2 January 2026' } },
    ],
  },
  // The Government Office's letter of October 2025 (the Prime Minister agreeing with the Ministry of Home
  // Affairs; reported 13/10/2025 — its number is not verified here): Tết Âm lịch from Saturday 14/2/2026
  // (27 tháng Chạp Ất Tỵ) to the end of Sunday 22/2/2026 (mùng 6 Bính Ngọ): 5 Tết days and 4 weekly rest days.
  {
    year: 2026,
    occasions: ['tet'],
    source: { document: 'Văn bản của Văn phòng Chính phủ truyền đạt ý kiến của Thủ tướng về nghỉ Tết Âm lịch, nghỉ lễ Quốc khánh năm 2026 (tháng 10/2025)', section: 'Nghỉ Tết Âm lịch năm 2026' },
    days: [
      { date: '2026-02-14', kind: 'off', name: TET_2026 },
      { date: '2026-02-15', kind: 'off', name: TET_2026 },
      { date: '2026-02-16', kind: 'off', name: TET_2026 },
      { date: '2026-02-17', kind: 'off', name: TET_2026 },
      { date: '2026-02-18', kind: 'off', name: TET_2026 },
      { date: '2026-02-19', kind: 'off', name: TET_2026 },
      { date: '2026-02-20', kind: 'off', name: TET_2026 },
      { date: '2026-02-21', kind: 'off', name: TET_2026 },
      { date: '2026-02-22', kind: 'off', name: TET_2026 },
    ],
  },
  // Same letter: Quốc khánh from Saturday 29/8 to the end of Wednesday 2/9/2026 (1/9 and 2/9), Monday 31/8
  // swapped with Saturday 22/8/2026.
  {
    year: 2026,
    occasions: ['national-day'],
    source: { document: 'Văn bản của Văn phòng Chính phủ truyền đạt ý kiến của Thủ tướng về nghỉ Tết Âm lịch, nghỉ lễ Quốc khánh năm 2026 (tháng 10/2025)', section: 'Nghỉ lễ Quốc khánh năm 2026' },
    days: [
      { date: '2026-08-29', kind: 'off', name: NATIONAL_DAY_2026 },
      { date: '2026-08-30', kind: 'off', name: NATIONAL_DAY_2026 },
      { date: '2026-08-31', kind: 'off', name: NATIONAL_DAY_2026 },
      { date: '2026-09-01', kind: 'off', name: NATIONAL_DAY_2026 },
      { date: '2026-09-02', kind: 'off', name: NATIONAL_DAY_2026 },
      { date: '2026-08-22', kind: 'work', name: { vi: 'Làm bù cho thứ Hai 31/8/2026', en: 'Worked in exchange for Monday 31 August 2026' } },
    ],
  },
];
