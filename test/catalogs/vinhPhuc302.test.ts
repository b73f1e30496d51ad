import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { CatalogSchema } from '../../src/model/catalog';
import type { Indicator } from '../../src/model/indicator';
import type { Target } from '../../src/model/target';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';

// ── The sources ───────────────────────────────────────────────────────────────────────────────────

const read = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/sources/${name}`, import.meta.url)), 'utf8');

/** Collapse every run of whitespace (including line breaks) into one space. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

const raw302 = read('004_2ddf387867d4d283.txt');
const raw04 = read('000_49b9f67dc27994fa.txt');
const raw2023 = read('001_67d411e08d7a8e18.txt');
const text302 = norm(raw302);
const text04 = norm(raw04);
const lines302 = raw302.split('\n');
const lines04 = raw04.split('\n');

/**
 * Section II of 302 cut at its headings (found in the source, in order). A section's text runs from
 * its heading to the next heading.
 */
const HEADINGS_302: readonly (readonly [section: string, heading: string])[] = [
  ['II.1', '1. Mục tiêu tổng quát'],
  ['II.2', '2. Mục tiêu cơ bản đến năm 2025'],
  ['II.2.1', '2.1. Hoàn thiện chính quyền điện tử'],
  ['II.2.1.1', '2.1.1. Cung cấp dịch vụ công'],
  ['II.2.1.2', '2.1.2. Huy động rộng rãi sự tham gia của xã hội'],
  ['II.2.1.3', '2.1.3. Vận hành tối ưu các hoạt động của cơ quan nhà nước'],
  ['II.2.2', '2.2. Phát triển kinh tế số'],
  ['II.2.3', '2.3. Phát triển xã hội số'],
  ['II.2.4', '2.4. Về xây dựng dịch vụ đô thị thông minh'],
  ['II.3', '3. Một số mục tiêu định hướng đến năm 2030'],
  ['III', 'III. NHIỆM VỤ, GIẢI PHÁP'],
];

const sections302 = new Map<string, string>();
{
  let from = text302.indexOf('II. MỤC TIÊU');
  const starts = HEADINGS_302.map(([, heading]) => {
    const at = text302.indexOf(heading, from);
    if (at < 0) throw new Error(`heading not found in 302: ${heading}`);
    from = at + heading.length;
    return at;
  });
  HEADINGS_302.forEach(([section], i) => {
    const end = starts[i + 1];
    if (end !== undefined) sections302.set(section, text302.slice(starts[i], end));
  });
}

/**
 * Sections III.6.1, III.6.2 and V.17 of 302, each from its heading to the next (found in order,
 * after the heading of its part).
 */
const LATER_302: readonly (readonly [section: string, part: string, heading: string, next: string])[] = [
  ['III.6.1', 'III. NHIỆM VỤ, GIẢI PHÁP', '6.1. Chuyển đổi số trong lĩnh vực y tế', '6.2. Chuyển đổi số trong lĩnh vực giáo dục'],
  ['III.6.2', 'III. NHIỆM VỤ, GIẢI PHÁP', '6.2. Chuyển đổi số trong lĩnh vực giáo dục', '6.3. Chuyển đổi số trong lĩnh vực du lịch'],
  ['V.17', 'V. TỔ CHỨC THỰC HIỆN', '17. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố', '18. Chế độ báo cáo'],
];
for (const [section, part, heading, next] of LATER_302) {
  const from = text302.indexOf(heading, text302.indexOf(part));
  const to = text302.indexOf(next, from);
  if (from < 0 || to < 0) throw new Error(`section ${section} not found in 302`);
  sections302.set(section, text302.slice(from, to));
}

/** The numbered items of Chỉ thị 04 used as sections: each is one line of the source. */
const sections04 = new Map<string, string>(
  (
    [
      ['2.3', '2.3 '],
      ['2.6', '2.6 '],
      ['2.7', '2.7 '],
      ['3', '3. '],
      ['4', '4. '],
    ] as const
  ).map(([section, prefix]) => {
    const line = lines04.find((l) => l.startsWith(prefix));
    if (line === undefined) throw new Error(`item ${section} not found in 04/CT-UBND`);
    return [section, norm(line)];
  }),
);

/** The 2023 progress report (vinhphuc.gov.vn): its paragraph on the time ahead is the one section cited. */
const REPORT_2023 = 'vinhphuc.gov.vn (2023)';
const sections2023 = new Map<string, string>(
  raw2023
    .split('\n')
    .filter((l) => l.includes('Trong thời gian tới'))
    .map((l) => ['Trong thời gian tới', norm(l)]),
);

const sectionText = (document: string, section: string): string | undefined =>
  document === '302/KH-UBND'
    ? sections302.get(section)
    : document === REPORT_2023
      ? sections2023.get(section)
      : sections04.get(section);

/**
 * Phụ lục 1 of 302, parsed from the source: a table whose cells are separated by lines holding a
 * single `|`; rows are STT | NỘI DUNG MỤC TIÊU | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP. Keys are the
 * STT under its Roman group, e.g. 'I.3.5', 'II.1', 'III.3'.
 */
const appendix1 = new Map<string, { content: string; lead: string; co: string }>();
{
  const start = raw302.indexOf('PHỤ LỤC 1');
  const end = raw302.indexOf('PHỤ LỤC 2');
  const cells: string[] = [];
  let cell: string[] = [];
  for (const line of raw302.slice(start, end).split('\n')) {
    if (line.trim() === '|') {
      cells.push(norm(cell.join(' ')));
      cell = [];
    } else {
      cell.push(line);
    }
  }
  cells.push(norm(cell.join(' ')));
  // cells[0..3] is the header (ending in 'STT', 'NỘI DUNG MỤC TIÊU', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP').
  if (cells.slice(1, 4).join(' | ') !== 'NỘI DUNG MỤC TIÊU | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP') {
    throw new Error(`unexpected Phụ lục 1 header: ${cells.slice(0, 4).join(' | ')}`);
  }
  let roman = '';
  for (let i = 4; i + 3 < cells.length; i += 4) {
    const [stt = '', content = '', lead = '', co = ''] = cells.slice(i, i + 4);
    if (/^[IVX]+$/.test(stt)) {
      roman = stt;
    } else if (lead !== '') {
      appendix1.set(`${roman}.${stt}`, { content, lead, co });
    }
  }
}

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────

const indicator = (id: string): Indicator => {
  const found = vinhPhuc302.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};

const allTargets: { indicator: Indicator; target: Target }[] = vinhPhuc302.indicators.flatMap(
  (i) => i.targets.map((target) => ({ indicator: i, target })),
);

/** A comparable summary of a target: what it requires, without its provenance. */
const shape = (t: Target): unknown => {
  switch (t.kind) {
    case 'threshold':
      return { kind: t.kind, op: t.op, value: t.value };
    case 'range':
      return { kind: t.kind, min: t.min, max: t.max };
    case 'rank':
      return { kind: t.kind, top: t.top };
    case 'change':
      return { kind: t.kind, op: t.op, value: t.value };
    case 'growth':
      return { kind: t.kind, op: t.op, value: t.value };
    default:
      return { kind: t.kind };
  }
};

/** `1.100` → 1100 (Vietnamese thousands separator), `80` → 80. */
const viNumber = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));

/**
 * What a wording means, following the table "Reading the targets exactly" of DOMAIN.md. Written
 * independently of the catalog: each rule reads the comparison straight off the words.
 */
const meaning = (wording: string): unknown => {
  let m: RegExpMatchArray | null;
  if ((m = /^Rút ngắn (\d+)%-(\d+)%$/.exec(wording))) {
    return { kind: 'range', min: -viNumber(m[2]!), max: -viNumber(m[1]!) };
  }
  if ((m = /^từ (\d+)-(\d+)%$/.exec(wording))) {
    return { kind: 'range', min: viNumber(m[1]!), max: viNumber(m[2]!) };
  }
  if ((m = /^trên (\d+)%$/.exec(wording))) return { kind: 'threshold', op: '>', value: viNumber(m[1]!) };
  if ((m = /^[Tt]ối thiểu (?:có )?([\d.]+)%?$/.exec(wording))) {
    return { kind: 'threshold', op: '>=', value: viNumber(m[1]!) };
  }
  if ((m = /^(?:(?:.* )?(?:đạt|bảo đảm) )?(\d+)%$/.exec(wording))) {
    return { kind: 'threshold', op: '>=', value: viNumber(m[1]!) };
  }
  // "100% các cơ sở y tế …", "vào 100% trường …", "cho 100% học sinh", "đảm bảo 100% các ngành …":
  // a bare figure before what it counts.
  if ((m = /^(?:(?:.* )?(?:vào|cho|đảm bảo) )?(\d+)% \S/.exec(wording))) {
    return { kind: 'threshold', op: '>=', value: viNumber(m[1]!) };
  }
  if ((m = /^giảm (\d+)%$/.exec(wording))) {
    return { kind: 'change', op: '<=', value: -viNumber(m[1]!) };
  }
  if ((m = /^tăng (\d+)%$/.exec(wording))) return { kind: 'change', op: '>=', value: viNumber(m[1]!) };
  if ((m = /(?:top|tốp|nhóm) (\d+)/.exec(wording))) return { kind: 'rank', top: viNumber(m[1]!) };
  // "Mỗi …" (every …), "Tất cả …" (all …), "… đến từng …" (down to every …): every unit, i.e. 100 %.
  if (/^(?:Mỗi|mỗi|Tất cả) |\sđến từng\s/.test(wording)) return { kind: 'threshold', op: '>=', value: 100 };
  // A task: done or not done.
  if (/^Thực hiện thí điểm /.test(wording)) return { kind: 'done' };
  // No number: the verbs of a qualitative goal.
  if (
    /^(?:Phổ cập|phổ cập|Tăng cường|Nhân rộng|Xây dựng, triển khai|Triển khai|Phát triển, mở rộng|Hình thành|giảm tối đa|từng bước|mở dữ liệu)\b/.test(
      wording,
    )
  ) {
    return { kind: 'qualitative' };
  }
  throw new Error(`no rule for wording: ${wording}`);
};

// ── Tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('vinhPhuc302 catalog', () => {
  it('parses with CatalogSchema', () => {
    const parsed = CatalogSchema.parse(vinhPhuc302);
    expect(parsed.plan.number).toBe('302/KH-UBND');
    expect(parsed.plan.date).toBe('2021-12-08');
    // Chỉ thị 04, and the 2023 report, a news item with neither number nor date.
    expect(parsed.related?.map((p) => [p.number, p.date, p.via])).toEqual([
      ['04/CT-UBND', '2022-01-25', undefined],
      [undefined, undefined, 'vinhphuc.gov.vn'],
    ]);
    expect(raw2023).toContain('Nguồn:vinhphuc.gov.vn');
    expect(parsed.hierarchy.levels.map((l) => l.id)).toEqual(['province', 'district', 'commune']);
  });

  it('has the number of indicators and targets counted in the sources', () => {
    // Counted by reading 004_2ddf387867d4d283.txt (302) and 000_49b9f67dc27994fa.txt (04):
    //
    // II.1 (l. 51, 55) ............ dti-rank: top 10 (2025), top 10 (2030)            1 ind, 2 rank
    // II.2.1.1 (l. 63-74) ......... 4 bullets, one number each                      4 ind, 4 thr
    // II.2.1.2 (l. 76-82) ......... 3 bullets, one number each                      3 ind, 3 thr
    // II.2.1.3 (l. 85-115):
    //   l. 85 24/7, l. 87 định danh số, l. 88 quản trị, l. 91 văn bản ký số,
    //   l. 94 báo cáo, l. 96 hồ sơ điện tử ..................................... 6 ind, 6 thr
    //   l. 98-101 "Phát triển, mở rộng …" (qual) ; "100% CSDL dùng chung" (thr) ;
    //             "từng bước mở dữ liệu" (qual) ..................................... 3 ind, 1 thr, 2 qual
    //   l. 102-104 hồ sơ công việc 90/80/60 per level ................................ 1 ind, 3 thr
    //   l. 105 giám sát, kiểm tra 50% ................................................. 1 ind, 1 thr
    //   l. 108-110 kỹ năng số 100% ; kỹ năng phân tích 50% ............................ 2 ind, 2 thr
    //   l. 111 "Tăng cường" HNTH ...................................................... 1 ind, 1 qual
    //   l. 113 "Rút ngắn 40%-60%" (range) ; "giảm tối đa" giấy (qual) ................ 2 ind, 1 range, 1 qual
    // II.2.2 (l. 118-121) ......... 300 DN công nghệ số (thr) ; 20-25% GRDP (range)  2 ind, 1 thr, 1 range
    // II.2.3 (l. 124-133):
    //   l. 124 cáp quang trên 80% hộ (thr) ; 100% xã (thr) ............................ 2 ind, 2 thr
    //   l. 126 "Phổ cập" 4G/5G ........................................................ 1 ind, 1 qual
    //   l. 128 TK thanh toán trên 50% ................................................. 1 ind, 1 thr
    //   l. 130 "Mỗi người dân" danh tính số ; "mỗi hộ gia đình" địa chỉ số ............ 2 ind, 2 thr
    //   l. 132 "nhóm 10" an toàn, an ninh mạng ........................................ 1 ind, 1 rank
    // II.2.4 (l. 135-144) ......... "Xây dựng, triển khai" Đề án ; "Triển khai" hệ thống ;
    //                               "Nhân rộng" mô hình ................................. 3 ind, 3 qual
    // II.3 (l. 146-160), 2030 — targets on indicators above unless "new":
    //   l. 146 hồ sơ công việc 100% tỉnh/huyện/xã ..................................... 3 thr
    //   l. 148 "Hình thành" nền tảng dữ liệu (new, qual) ; "giảm 30%" TTHC (new, change) ;
    //          "mở dữ liệu cho các tổ chức, doanh nghiệp" (qual) ; "tăng 30%" (new, change)  3 ind, 2 qual, 2 change
    //   l. 153 "Tất cả các xã" đô thị thông minh (on the II.2.4 commune indicator) ..... 1 thr
    //   l. 155 "Phổ cập" cáp quang (qual) ; "phổ cập" 5G (qual) ; "trên 90%" TK TT (thr)  2 qual, 1 thr
    //   l. 158 "Duy trì thuộc nhóm 10" an ninh mạng ................................... 1 rank
    //   l. 160 "Tối thiểu có 1.100" DN công nghệ số ................................... 1 thr
    // III.6.1 (l. 419-424) "100% các cơ sở y tế có bộ phận khám chữa bệnh từ xa" ;
    //                     "Mỗi người dân có một hồ sơ số về sức khỏe cá nhân" .......... 2 ind, 2 thr
    // III.6.2 (l. 429-436) "vào 100% trường phổ thông" ; "cho 100% cán bộ, giáo viên, học sinh,
    //                     sinh viên" ; "cho 100% học sinh" ; "cho 100% giáo viên" ;
    //                     "cho 100% cơ sở giáo dục" ...................................... 5 ind, 5 thr
    // V.17 (l. 742-744) "đảm bảo 100% các ngành hoàn thiện hệ thống thông tin chuyên ngành"  1 ind, 1 thr
    //   (III and V give no date: the end of the plan's period, 2025)
    // 04/CT-UBND: l. 16 item 2.3 "ngay trong Quý I/2022 đạt 100%" (on level-4) ....... 1 thr
    //             l. 19 item 2.6 "Thực hiện thí điểm … tại 04 địa phương" (new) ........ 1 ind, 1 done
    //             l. 20 item 2.7 "tốp 15" (on dti-rank) ............................... 1 rank
    //             l. 21 item 3 "100% văn bản đi (trừ văn bản mật)" (new) ............. 1 ind, 1 thr
    //             l. 22 item 4 "sẵn sàng đáp ứng cho 100% hộ gia đình" (on fibre) ...... 1 thr
    //                          "địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình" (on the
    //                          household address, and new for agencies and units) ..... 1 ind, 2 thr
    // 001 (2023 report): "thuộc nhóm 20 tỉnh, thành phố tốt nhất của cả nước" (new, 2025)  1 ind, 1 rank
    //
    // Indicators: 1+4+3+6+3+1+1+2+1+2+2+2+1+1+2+1+3+3+1 = 40 (II and 04's item 3)
    //             + 2+5+1 (III, V) + 1+1 (04) + 1 (001) = 51
    // threshold: 4+3+6+1+3+1+2+1+2+1+2 (2025) + 3+1+1+1 (2030) + 2+5+1 (III, V)
    //            + 1+1+1+2 (04)                                                    = 45
    // qualitative: 2+1+1+1+3 (2025) + 2+2 (2030)                                   = 12
    // range: 1 (meeting time) + 1 (GRDP) = 2 ; change: 2 ; done: 1 (04)
    // rank: 2+1+1 (302) + 1 (04) + 1 (001) = 6
    // Targets: 45 + 12 + 2 + 2 + 1 + 6 = 68
    expect(vinhPhuc302.indicators).toHaveLength(51);
    expect(allTargets).toHaveLength(68);
    const byKind: Record<string, number> = {};
    for (const { target } of allTargets) byKind[target.kind] = (byKind[target.kind] ?? 0) + 1;
    expect(byKind).toEqual({ threshold: 45, qualitative: 12, range: 2, change: 2, rank: 6, done: 1 });
    // By deadline: the 2025 targets of II.2, II.1, III, V and the 2023 report, the 2030 targets of
    // II.3 and II.1, and 04 (one dated target; the rest undated).
    const byDeadline: Record<string, number> = {};
    for (const { target } of allTargets) {
      const key = target.by ?? 'none';
      byDeadline[key] = (byDeadline[key] ?? 0) + 1;
    }
    expect(byDeadline).toEqual({ '2025-12-31': 47, '2030-12-31': 14, '2022-03-31': 1, none: 6 });
  });

  it('pins the boundary semantics of the key targets', () => {
    const fibre = indicator('fibre-household-coverage').targets[0];
    expect(fibre).toMatchObject({ kind: 'threshold', op: '>', value: 80, by: '2025-12-31', wording: 'trên 80%' });

    expect(indicator('fibre-commune-coverage').targets.map(shape)).toEqual([
      { kind: 'threshold', op: '>=', value: 100 },
    ]);

    expect(indicator('tthc-dossiers-fully-online').targets).toEqual([
      expect.objectContaining({ kind: 'threshold', op: '>=', value: 80, wording: 'Tối thiểu 80%' }),
    ]);

    const work = indicator('work-dossiers-online');
    expect(work.targets.map((t) => [t.level, t.by, shape(t)])).toEqual([
      ['province', '2025-12-31', { kind: 'threshold', op: '>=', value: 90 }],
      ['district', '2025-12-31', { kind: 'threshold', op: '>=', value: 80 }],
      ['commune', '2025-12-31', { kind: 'threshold', op: '>=', value: 60 }],
      ['province', '2030-12-31', { kind: 'threshold', op: '>=', value: 100 }],
      ['district', '2030-12-31', { kind: 'threshold', op: '>=', value: 100 }],
      ['commune', '2030-12-31', { kind: 'threshold', op: '>=', value: 100 }],
    ]);
    expect(work.method?.exclusions?.map((e) => e.vi)).toEqual([
      'trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước',
    ]);

    expect(indicator('digital-economy-grdp-share').measure).toBe('grdp-share');
    expect(indicator('digital-economy-grdp-share').targets.map(shape)).toEqual([
      { kind: 'range', min: 20, max: 25 },
    ]);

    const dti = indicator('dti-rank');
    expect(dti.targets.map((t) => [shape(t), t.by, t.source?.document, t.source?.section])).toEqual([
      [{ kind: 'rank', top: 10 }, '2025-12-31', '302/KH-UBND', 'II.1'],
      [{ kind: 'rank', top: 10 }, '2030-12-31', '302/KH-UBND', 'II.1'],
      [{ kind: 'rank', top: 15 }, undefined, '04/CT-UBND', '2.7'],
    ]);

    expect(indicator('cybersecurity-rank').targets.map((t) => [shape(t), t.by])).toEqual([
      [{ kind: 'rank', top: 10 }, '2025-12-31'],
      [{ kind: 'rank', top: 10 }, '2030-12-31'],
    ]);
    expect(indicator('cybersecurity-rank').pillar).toBe('digital-society');

    expect(indicator('e-payment-account-population-share').targets.map((t) => [shape(t), t.by])).toEqual([
      [{ kind: 'threshold', op: '>', value: 50 }, '2025-12-31'],
      [{ kind: 'threshold', op: '>', value: 90 }, '2030-12-31'],
    ]);

    expect(indicator('digital-tech-enterprises').targets.map((t) => [shape(t), t.by])).toEqual([
      [{ kind: 'threshold', op: '>=', value: 300 }, '2025-12-31'],
      [{ kind: 'threshold', op: '>=', value: 1100 }, '2030-12-31'],
    ]);

    expect(indicator('meeting-time-reduction').targets.map(shape)).toEqual([
      { kind: 'range', min: -60, max: -40 },
    ]);
    expect(indicator('administrative-procedure-reduction').targets).toEqual([
      expect.objectContaining({ kind: 'change', op: '<=', value: -30, from: 'baseline' }),
    ]);
    expect(indicator('data-driven-innovative-services').targets).toEqual([
      expect.objectContaining({ kind: 'change', op: '>=', value: 30, from: 'baseline' }),
    ]);

    expect(indicator('level-4-online-services').targets.map((t) => [shape(t), t.by, t.source?.document])).toEqual([
      [{ kind: 'threshold', op: '>=', value: 100 }, '2025-12-31', '302/KH-UBND'],
      [{ kind: 'threshold', op: '>=', value: 100 }, '2022-03-31', '04/CT-UBND'],
    ]);

    const outgoing = indicator('e-signed-outgoing-documents');
    expect(outgoing.targets.map((t) => [shape(t), t.by])).toEqual([
      [{ kind: 'threshold', op: '>=', value: 100 }, undefined],
    ]);
    expect(outgoing.method?.exclusions?.map((e) => e.vi)).toEqual(['trừ văn bản mật']);
    expect(indicator('e-signed-interagency-documents').method?.exclusions?.map((e) => e.vi)).toEqual([
      'trừ văn bản mật theo quy định của pháp luật',
    ]);
  });

  /**
   * A sample read by hand from the source: indicator, section, wording, what it requires, the
   * Phụ lục 1 row and the lead agency written in that row (null where Phụ lục 1 has no row).
   */
  const SAMPLE: readonly {
    id: string;
    section: string;
    wording: string;
    requires: unknown;
    row: string | null;
    lead: string | null;
  }[] = [
    { id: 'level-4-online-services', section: 'II.2.1.1', wording: '100%', requires: { kind: 'threshold', op: '>=', value: 100 }, row: 'I.1.1', lead: 'Văn phòng UBND tỉnh' },
    { id: 'tthc-dossiers-fully-online', section: 'II.2.1.1', wording: 'Tối thiểu 80%', requires: { kind: 'threshold', op: '>=', value: 80 }, row: 'I.1.3', lead: 'Các sở, ban, ngành, địa phương' },
    { id: 'tthc-satisfaction', section: 'II.2.1.1', wording: 'Tối thiểu 90%', requires: { kind: 'threshold', op: '>=', value: 90 }, row: 'I.1.4', lead: 'Các sở, ban, ngành, địa phương' },
    { id: 'new-public-services-non-state-participation', section: 'II.2.1.2', wording: 'Tối thiểu 50%', requires: { kind: 'threshold', op: '>=', value: 50 }, row: 'I.2.2', lead: 'Văn phòng UBND tỉnh' },
    { id: 'work-dossiers-online', section: 'II.2.1.3', wording: '60%', requires: { kind: 'threshold', op: '>=', value: 60 }, row: 'I.3.5', lead: 'Sở Thông tin và Truyền thông' },
    { id: 'officials-data-analysis-skills', section: 'II.2.1.3', wording: '50%', requires: { kind: 'threshold', op: '>=', value: 50 }, row: 'I.3.9', lead: 'Sở Thông tin và Truyền thông' },
    { id: 'meeting-time-reduction', section: 'II.2.1.3', wording: 'Rút ngắn 40%-60%', requires: { kind: 'range', min: -60, max: -40 }, row: null, lead: null },
    { id: 'video-conferencing-use', section: 'II.2.1.3', wording: 'Tăng cường', requires: { kind: 'qualitative' }, row: null, lead: null },
    { id: 'digital-tech-enterprises', section: 'II.2.2', wording: 'tối thiểu có 300', requires: { kind: 'threshold', op: '>=', value: 300 }, row: 'II.1', lead: 'Sở Thông tin và Truyền thông' },
    { id: 'digital-economy-grdp-share', section: 'II.2.2', wording: 'từ 20-25%', requires: { kind: 'range', min: 20, max: 25 }, row: 'II.2', lead: 'Sở Kế hoạch và Đầu tư' },
    { id: 'fibre-household-coverage', section: 'II.2.3', wording: 'trên 80%', requires: { kind: 'threshold', op: '>', value: 80 }, row: 'III.1', lead: 'Sở Thông tin và Truyền thông' },
    { id: 'mobile-broadband-smartphones', section: 'II.2.3', wording: 'Phổ cập', requires: { kind: 'qualitative' }, row: 'III.2', lead: 'Sở Thông tin và Truyền thông' },
    { id: 'e-payment-account-population-share', section: 'II.2.3', wording: 'trên 50%', requires: { kind: 'threshold', op: '>', value: 50 }, row: 'III.3', lead: 'Ngân hàng Nhà nước tỉnh' },
    { id: 'cybersecurity-rank', section: 'II.2.3', wording: 'thuộc nhóm 10 tỉnh, thành phố dẫn đầu', requires: { kind: 'rank', top: 10 }, row: null, lead: null },
    { id: 'smart-city-scheme', section: 'II.2.4', wording: 'Xây dựng, triển khai', requires: { kind: 'qualitative' }, row: null, lead: null },
    { id: 'administrative-procedure-reduction', section: 'II.3', wording: 'giảm 30%', requires: { kind: 'change', op: '<=', value: -30 }, row: null, lead: null },
    { id: 'data-driven-innovative-services', section: 'II.3', wording: 'tăng 30%', requires: { kind: 'change', op: '>=', value: 30 }, row: null, lead: null },
    { id: 'digital-tech-enterprises', section: 'II.3', wording: 'Tối thiểu có 1.100', requires: { kind: 'threshold', op: '>=', value: 1100 }, row: 'II.1', lead: 'Sở Thông tin và Truyền thông' },
    { id: 'dti-rank', section: 'II.1', wording: 'giữ vững top 10', requires: { kind: 'rank', top: 10 }, row: null, lead: null },
    { id: 'level-4-online-services', section: '2.3', wording: 'ngay trong Quý I/2022 đạt 100%', requires: { kind: 'threshold', op: '>=', value: 100 }, row: 'I.1.1', lead: 'Văn phòng UBND tỉnh' },
    { id: 'dti-rank', section: '2.7', wording: 'tốp 15', requires: { kind: 'rank', top: 15 }, row: null, lead: null },
  ];

  it.each(SAMPLE)('$id ($section, "$wording") matches the source', (row) => {
    const ind = indicator(row.id);
    const target = ind.targets.find((t) => t.wording === row.wording && t.source?.section === row.section);
    expect(target, `a target worded "${row.wording}" in ${row.section}`).toBeDefined();
    const document = target!.source!.document;
    // The wording is in the source, inside the section it is cited from.
    expect(document === '302/KH-UBND' ? text302 : text04).toContain(row.wording);
    expect(sectionText(document, row.section)).toContain(row.wording);
    // The comparison is what the wording means.
    expect(shape(target!)).toEqual(row.requires);
    // The lead agency is the one of its Phụ lục 1 row.
    if (row.row === null) {
      expect(ind.leadAgency).toBeUndefined();
      expect(ind.coAgencies).toBeUndefined();
      expect(ind.source!.appendix).toBeUndefined();
    } else {
      expect(ind.source!.appendix).toBe(`Phụ lục 1, ${row.row}`);
      const appendixRow = appendix1.get(row.row);
      expect(appendixRow?.lead).toBe(row.lead);
      expect(ind.leadAgency).toBe(row.lead);
    }
  });

  it('gives every target a wording found in its own section and the comparison that wording means', () => {
    for (const { indicator: ind, target } of allTargets) {
      const where = `${ind.id} / ${target.wording ?? '(no wording)'}`;
      expect(target.wording, where).toBeDefined();
      expect(target.source, where).toBeDefined();
      const section = sectionText(target.source!.document, target.source!.section);
      expect(section, `${where}: section ${target.source!.section}`).toBeDefined();
      expect(section, where).toContain(target.wording!);
      expect(shape(target), where).toEqual(meaning(target.wording!));
    }
  });

  it('cites real sections with the right dates and deadlines', () => {
    for (const { indicator: ind, target } of allTargets) {
      const src = target.source!;
      const where = `${ind.id} / ${target.wording ?? ''}`;
      if (src.document === '302/KH-UBND') {
        expect(src.date, where).toBe('2021-12-08');
        // 'II.2.1.3' is written '2.1.3.' at the start of a line of section II ('III.6.1' is '6.1.',
        // 'V.17' is '17.').
        const number = `${src.section.replace(/^[IV]+\./, '')}.`;
        expect(lines302.some((l) => l.startsWith(number)), `${where}: heading ${number}`).toBe(true);
        // Deadlines follow the section: II.2 → end of 2025, II.3 → end of 2030, II.1 states both;
        // III and V state none, so the end of the plan's period 2021-2025.
        if (src.section.startsWith('II.2')) expect(target.by, where).toBe('2025-12-31');
        if (src.section === 'II.3') expect(target.by, where).toBe('2030-12-31');
        if (src.section === 'II.1') expect(['2025-12-31', '2030-12-31']).toContain(target.by);
        if (/^(?:III|V)\./.test(src.section)) expect(target.by, where).toBe('2025-12-31');
        expect(text302).toContain('GIAI ĐOẠN 2021-2025');
      } else if (src.document === REPORT_2023) {
        // "Phấn đấu đến năm 2025": the report has no number or date of its own.
        expect(src.date, where).toBeUndefined();
        expect(sections2023.get(src.section), where).toContain('Phấn đấu đến năm 2025');
        expect(target.by, where).toBe('2025-12-31');
      } else {
        expect(src.document, where).toBe('04/CT-UBND');
        expect(src.date, where).toBe('2022-01-25');
        expect(lines04.some((l) => l.startsWith(`${src.section} `) || l.startsWith(`${src.section}. `))).toBe(true);
        expect(target.by, where).toBe(src.section === '2.3' ? '2022-03-31' : undefined);
      }
    }
  });

  it('cites on each indicator the first section its targets come from', () => {
    for (const ind of vinhPhuc302.indicators) {
      const first = ind.targets[0]?.source;
      expect(first, ind.id).toBeDefined();
      expect([ind.source!.document, ind.source!.date, ind.source!.section], ind.id).toEqual([
        first!.document,
        first!.date,
        first!.section,
      ]);
    }
  });

  it('keeps targets in order: 2025 (province, district, commune), then 2030, then Chỉ thị 04', () => {
    const levelOrder = ['province', 'district', 'commune'];
    const rank = (t: Target): number =>
      (t.source?.document === REPORT_2023 ? 3 : t.source?.document === '04/CT-UBND' ? 2 : t.by === '2030-12-31' ? 1 : 0) * 10 +
      (t.level === undefined ? 0 : levelOrder.indexOf(t.level));
    for (const ind of vinhPhuc302.indicators) {
      const ranks = ind.targets.map(rank);
      expect(ranks, ind.id).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('takes lead and co-agencies from Phụ lục 1, and covers every row of it', () => {
    // Phụ lục 1 lists 21 targets: I.1.1-1.4, I.2.1-2.3, I.3.1-3.9, II.1-2, III.1-3.
    expect([...appendix1.keys()]).toEqual([
      'I.1.1', 'I.1.2', 'I.1.3', 'I.1.4',
      'I.2.1', 'I.2.2', 'I.2.3',
      'I.3.1', 'I.3.2', 'I.3.3', 'I.3.4', 'I.3.5', 'I.3.6', 'I.3.7', 'I.3.8', 'I.3.9',
      'II.1', 'II.2',
      'III.1', 'III.2', 'III.3',
    ]);
    const used = new Set<string>();
    for (const ind of vinhPhuc302.indicators) {
      const appendix = ind.source!.appendix;
      if (appendix === undefined) {
        expect(ind.leadAgency, ind.id).toBeUndefined();
        expect(ind.coAgencies, ind.id).toBeUndefined();
        continue;
      }
      const key = appendix.replace(/^Phụ lục 1, /, '');
      const row = appendix1.get(key);
      expect(row, `${ind.id}: ${appendix}`).toBeDefined();
      used.add(key);
      expect(ind.leadAgency, ind.id).toBe(row!.lead);
      if (row!.co === '') {
        expect(ind.coAgencies, ind.id).toBeUndefined();
      } else {
        expect(ind.coAgencies?.join(', '), ind.id).toBe(row!.co);
      }
      // The 2025 target's number is the one in the Phụ lục 1 row.
      const t2025 = ind.targets.find((t) => t.by === '2025-12-31' && t.source?.document === '302/KH-UBND');
      expect(t2025, ind.id).toBeDefined();
      expect(row!.content, ind.id).toContain(t2025!.wording!);
    }
    expect(used.size).toBe(appendix1.size);
    // "Các sở, ban, ngành, địa phương" is one name, never split on its commas.
    for (const ind of vinhPhuc302.indicators) {
      for (const name of ind.coAgencies ?? []) expect(name, ind.id).not.toMatch(/^(?:ban|ngành|địa phương)$/);
    }
    expect(indicator('digital-tech-enterprises').coAgencies).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Sở Công Thương',
      'Ban Quản lý các khu công nghiệp',
      'Hiệp hội Doanh nghiệp',
    ]);
  });

  it('uses pillars by section and measures that fit the targets', () => {
    const pillarOf: Record<string, string> = {
      'II.2.1.1': 'digital-government',
      'II.2.1.2': 'digital-government',
      'II.2.1.3': 'digital-government',
      'II.2.2': 'digital-economy',
      'II.2.3': 'digital-society',
      'II.2.4': 'smart-city',
    };
    for (const ind of vinhPhuc302.indicators) {
      const expected = pillarOf[ind.source!.section];
      if (expected !== undefined) expect(ind.pillar, ind.id).toBe(expected);
      if (ind.targets.every((t) => t.kind === 'qualitative')) expect(ind.measure, ind.id).toBe('done');
      if (ind.targets.some((t) => t.kind === 'rank')) expect(ind.measure, ind.id).toBe('rank');
      if (ind.targets.some((t) => t.kind === 'change')) expect(ind.measure, ind.id).toBe('percent-change');
    }
  });
});
