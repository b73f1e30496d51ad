import type { ProgressCategory } from '../../evaluate/assessProgress';
import type { Pillar } from '../../model/indicator';
import { reportLabels, type ReportLang } from '../labels';

/** The words of the scorecard page (`renderScorecardPage`) in one language. Plain data, plus a few phrases with numbers. */
export interface PageLabels {
  readonly title: string;
  readonly plan: string;
  readonly asOf: string;
  readonly dataDate: string;
  readonly noData: string;
  readonly units: string;
  readonly summary: string;
  readonly summaryByUnit: string;
  readonly summaryByLevel: string;
  /** The per-unit summary folded under the per-level one, with its count. */
  readonly perUnitFolded: (n: string) => string;
  readonly unit: string;
  readonly level: string;
  readonly total: string;
  readonly metShare: string;
  readonly attention: string;
  readonly attentionIntro: (horizon: string) => string;
  readonly notMet: string;
  readonly noneNotMet: string;
  readonly noDataDue: string;
  readonly noneNoDataDue: string;
  readonly moreRows: (n: string) => string;
  readonly indicator: string;
  readonly target: string;
  readonly deadline: string;
  readonly value: string;
  readonly status: string;
  readonly gap: string;
  readonly attainment: string;
  readonly pace: string;
  readonly unitsWithoutData: string;
  readonly overdue: (days: string) => string;
  readonly dueToday: string;
  readonly daysLeft: (days: string) => string;
  readonly noDeadline: string;
  readonly paceRequired: (rate: string) => string;
  readonly paceActual: (rate: string) => string;
  readonly paceFromNow: (rate: string) => string;
  /** What the pace column measures, said once under the list: from the as-of day, and what the category compares. */
  readonly paceNote: (asOf: string, withTrend: boolean) => string;
  readonly perYear: string;
  readonly pointsPerYear: string;
  readonly category: Readonly<Record<ProgressCategory, string>>;
  readonly charts: string;
  readonly chartsIntro: string;
  readonly noCharts: string;
  readonly chartSubset: (shown: string, of: string) => string;
  readonly trajectories: string;
  readonly trajectoriesMore: (n: string) => string;
  readonly table: string;
  readonly layoutColumns: (n: string, max: string) => string;
  readonly layoutRows: (n: string, max: string) => string;
  readonly pillars: Readonly<Record<Pillar, string>>;
  readonly withoutData: (n: string) => string;
  readonly withData: (pillar: string, n: string) => string;
  readonly notForLevel: string;
  readonly sources: string;
  readonly noSources: string;
  readonly sourceNote: string;
  readonly notes: string;
  readonly page: string;
  readonly of: string;
  readonly madeBy: string;
}

/** The page's words in Vietnamese (the text of record) and English. */
export const PAGE_LABELS: Readonly<Record<ReportLang, PageLabels>> = {
  vi: {
    title: 'Bảng đánh giá chỉ tiêu',
    plan: 'Kế hoạch',
    asOf: 'Ngày đánh giá',
    dataDate: 'Số liệu mới nhất',
    noData: 'chưa có số liệu',
    units: 'Đơn vị',
    summary: 'Tóm tắt',
    summaryByUnit: 'Kết quả theo đơn vị',
    summaryByLevel: 'Kết quả theo cấp',
    perUnitFolded: (n) => `Kết quả theo từng đơn vị (${n})`,
    // The scorecard table's column names, one wording for the page and the table.
    ...reportLabels.vi.columns,
    total: 'Tổng số',
    metShare: 'Tỷ lệ đạt',
    attention: 'Cần chú ý',
    attentionIntro: (horizon) => `Các chỉ tiêu chưa đạt, xếp theo thời hạn rồi theo mức còn thiếu (lớn trước); các chỉ tiêu chưa có số liệu đã quá hạn hoặc đến hạn trong ${horizon} ngày tới.`,
    notMet: 'Chỉ tiêu chưa đạt',
    noneNotMet: 'Không có chỉ tiêu nào chưa đạt trong số liệu đã có.',
    noDataDue: 'Chưa có số liệu, đã quá hạn hoặc sắp đến hạn',
    noneNoDataDue: 'Không có.',
    moreRows: (n) => `Còn ${n} dòng nữa: xem bảng chi tiết.`,
    pace: 'Tốc độ',
    unitsWithoutData: 'Đơn vị chưa có số liệu',
    overdue: (days) => `quá hạn ${days} ngày`,
    dueToday: 'đến hạn hôm nay',
    daysLeft: (days) => `còn ${days} ngày`,
    noDeadline: 'không có thời hạn',
    paceRequired: (rate) => `cần ${rate} từ nay`,
    paceActual: (rate) => `thực tế ${rate}`,
    paceFromNow: (rate) => `cần ${rate} từ nay (chưa có số liệu gốc để đánh giá xu hướng)`,
    paceNote: (asOf, withTrend) =>
      `Tốc độ cần: mức thay đổi mỗi năm để đạt chỉ tiêu đúng hạn, tính từ nay (${asOf}) trên thời gian còn lại, số liệu mới nhất được giữ nguyên đến khi có số mới.${withTrend ? ' Thực tế: xu hướng từ số liệu đầu tiên đến số liệu mới nhất; xếp loại (theo cách của Eurostat) so xu hướng này với tốc độ cần tính từ số liệu đầu tiên.' : ''}`,
    perYear: '/năm',
    pointsPerYear: ' đơn vị/năm',
    category: {
      achieved: 'đã đạt',
      'on-track': 'đúng tiến độ',
      'acceleration-needed': 'cần đẩy nhanh',
      'limited-progress': 'tiến triển chậm',
      deterioration: 'đi xuống',
      missed: 'không kịp thời hạn',
      'insufficient-data': 'chưa đủ số liệu',
    },
    charts: 'Biểu đồ',
    chartsIntro: 'Mỗi chỉ tiêu có số liệu: giá trị của từng đơn vị so với mục tiêu (thanh đặc và ✓ là đạt, thanh gạch chéo và ✗ là chưa đạt).',
    noCharts: 'Chưa có chỉ tiêu nào có số liệu để vẽ biểu đồ.',
    chartSubset: (shown, of) => `${shown} trong số ${of} đơn vị có số liệu, xa mục tiêu nhất; các đơn vị khác xem trong bảng chi tiết.`,
    trajectories: 'Diễn biến theo thời gian',
    trajectoriesMore: (n) => `Còn ${n} diễn biến khác không vẽ (xem bảng chi tiết).`,
    table: 'Bảng chi tiết theo trụ cột',
    layoutColumns: (n, max) => `${n} đơn vị (tối đa ${max}): mỗi đơn vị một cột.`,
    layoutRows: (n, max) => `${n} đơn vị (nhiều hơn ${max}): bảng chuyển sang mỗi đơn vị một dòng, mỗi chỉ tiêu một bảng.`,
    pillars: {
      'digital-government': 'Chính quyền số',
      'digital-economy': 'Kinh tế số',
      'digital-society': 'Xã hội số',
      'smart-city': 'Dịch vụ đô thị thông minh',
      foundations: 'Nền tảng chung (nhận thức, thể chế, hạ tầng, nền tảng số, an toàn thông tin, nhân lực)',
    },
    withoutData: (n) => `Chỉ tiêu chưa có số liệu (${n})`,
    withData: (pillar, n) => `${pillar}: ${n} chỉ tiêu có số liệu`,
    notForLevel: 'không áp dụng cho cấp này',
    sources: 'Nguồn số liệu',
    noSources: 'Số liệu không ghi nguồn.',
    sourceNote: 'Ghi chú',
    notes: 'Ghi chú khác',
    page: 'Trang',
    of: '/',
    madeBy: 'Lập bằng chiso',
  },
  en: {
    title: 'Indicator scorecard',
    plan: 'Plan',
    asOf: 'Evaluated as of',
    dataDate: 'Latest data',
    noData: 'no data',
    units: 'Units',
    summary: 'Summary',
    summaryByUnit: 'Results by unit',
    summaryByLevel: 'Results by level',
    perUnitFolded: (n) => `Results for each unit (${n})`,
    // The scorecard table's column names, one wording for the page and the table.
    ...reportLabels.en.columns,
    total: 'Total',
    metShare: 'Share met',
    attention: 'Needs attention',
    attentionIntro: (horizon) => `Targets not met, by deadline and then by gap (largest first); targets without data whose deadline has passed or falls within the next ${horizon} days.`,
    notMet: 'Targets not met',
    noneNotMet: 'No target is unmet in the data given.',
    noDataDue: 'No data, deadline passed or near',
    noneNoDataDue: 'None.',
    moreRows: (n) => `${n} more rows: see the full table.`,
    pace: 'Pace',
    unitsWithoutData: 'Units without data',
    overdue: (days) => `overdue by ${days} days`,
    dueToday: 'due today',
    daysLeft: (days) => `${days} days left`,
    noDeadline: 'no deadline',
    paceRequired: (rate) => `needs ${rate} from now`,
    paceActual: (rate) => `actual ${rate}`,
    paceFromNow: (rate) => `needs ${rate} from now (no baseline yet to judge the trend)`,
    paceNote: (asOf, withTrend) =>
      `Pace needed: the yearly change that reaches the target by its deadline, from now (${asOf}) over the time left, the latest figure standing until a new one comes.${withTrend ? " Actual: the trend from the first figure to the latest; the rating (Eurostat's method) compares that trend with the pace needed from the first figure." : ''}`,
    perYear: '/year',
    pointsPerYear: ' units/year',
    category: {
      achieved: 'achieved',
      'on-track': 'on track',
      'acceleration-needed': 'acceleration needed',
      'limited-progress': 'limited progress',
      deterioration: 'deterioration',
      missed: 'missed',
      'insufficient-data': 'insufficient data',
    },
    charts: 'Charts',
    chartsIntro: 'Every indicator with data: each unit’s value against its target (a solid bar and ✓ is met, a hatched bar and ✗ is not met).',
    noCharts: 'No indicator has data to chart yet.',
    chartSubset: (shown, of) => `${shown} of the ${of} units with data, furthest from the target; the others are in the full table.`,
    trajectories: 'Over time',
    trajectoriesMore: (n) => `${n} more trajectories not drawn (see the full table).`,
    table: 'Full table by pillar',
    layoutColumns: (n, max) => `${n} units (at most ${max}): one column per unit.`,
    layoutRows: (n, max) => `${n} units (more than ${max}): the table switches to one row per unit and one table per indicator.`,
    pillars: {
      'digital-government': 'Digital government',
      'digital-economy': 'Digital economy',
      'digital-society': 'Digital society',
      'smart-city': 'Smart-city services',
      foundations: 'Foundations (awareness, institutions, infrastructure, platforms, security, people)',
    },
    withoutData: (n) => `Targets without data (${n})`,
    withData: (pillar, n) => `${pillar}: ${n} targets with data`,
    notForLevel: 'not for this level',
    sources: 'Sources of the figures',
    noSources: 'The figures give no source.',
    sourceNote: 'Note',
    notes: 'Other notes',
    page: 'Page',
    of: 'of',
    madeBy: 'Made with chiso',
  },
};
