import type { Status } from '../model/result';

/** The languages reports and charts are written in: Vietnamese (the text of record) or English. */
export type ReportLang = 'vi' | 'en';

/** The columns of a rendered scorecard, in order. */
export type ScorecardColumn = 'unit' | 'level' | 'indicator' | 'target' | 'deadline' | 'value' | 'status' | 'gap' | 'attainment';

/** Every label the report stage writes, in one language. Plain data: no functions. */
export interface ReportLabelSet {
  /** Column headers. */
  readonly columns: Readonly<Record<ScorecardColumn, string>>;
  /** The verdicts, as text (never only a colour). */
  readonly status: Readonly<Record<Status, string>>;
  /** A done/not-done value. */
  readonly done: { readonly yes: string; readonly no: string };
  /**
   * Words in target symbols: `top 10`, `≥ 7%/năm`, the two kinds with no number, and `needs` before
   * the bound a strict target still needs (`0 (cần > 80)`: the gap of a value exactly at the bound).
   */
  readonly target: { readonly top: string; readonly perYear: string; readonly done: string; readonly qualitative: string; readonly needs: string };
  readonly scorecard: {
    /** The default caption, before the plan's number or the catalog id. */
    readonly caption: string;
    /** Before the `asOf` date in the caption. */
    readonly asOf: string;
    /** The total of rows in the summary line. */
    readonly total: string;
    /** How numbers for people were rounded (printed under Markdown and HTML tables). */
    readonly rounding: string;
    /**
     * Printed after `rounding` only when a row near its bound was shown with more decimals, a gap
     * as `< 0,01` or `0 (cần > 80)`, or an attainment as `< 100%`, so no figure reads as the other verdict.
     */
    readonly nearBound: string;
    /** After the attainment header in CSV, where attainment is a fraction. */
    readonly fraction: string;
  };
  readonly chart: {
    readonly target: string;
    readonly deadline: string;
    readonly met: string;
    readonly notMet: string;
    readonly noData: string;
    readonly observed: string;
    readonly projection: string;
    readonly rank: string;
    readonly score: string;
    readonly band: string;
    readonly noScore: string;
    readonly median: string;
    readonly interval: string;
    /** Opening words of each kind's description (`<desc>`). */
    readonly progressDesc: string;
    readonly rankingDesc: string;
    readonly trajectoryDesc: string;
    readonly rankIntervalsDesc: string;
    /** `items`, in a description: "3 mục". */
    readonly items: string;
  };
}

/**
 * The labels of scorecards and charts in Vietnamese and English, as plain data (a portal may show
 * them next to its own widgets). Vietnamese is the text of record.
 *
 * @example
 * reportLabels.vi.status['not-met'];
 * //=> 'Chưa đạt'
 * reportLabels.en.columns.attainment;
 * //=> 'Attainment'
 */
export const reportLabels: Readonly<Record<ReportLang, ReportLabelSet>> = {
  vi: {
    columns: {
      unit: 'Đơn vị',
      level: 'Cấp',
      indicator: 'Chỉ tiêu',
      target: 'Mục tiêu (nguyên văn)',
      deadline: 'Thời hạn',
      value: 'Giá trị',
      status: 'Tình trạng',
      gap: 'Còn thiếu',
      attainment: 'Mức độ đạt',
    },
    status: { met: 'Đạt', 'not-met': 'Chưa đạt', 'no-data': 'Chưa có số liệu', 'not-applicable': 'Không áp dụng' },
    done: { yes: 'Đã hoàn thành', no: 'Chưa hoàn thành' },
    target: { top: 'top', perYear: '/năm', done: 'hoàn thành', qualitative: 'định tính', needs: 'cần' },
    scorecard: {
      caption: 'Kết quả đánh giá chỉ tiêu',
      asOf: 'tính đến ngày',
      total: 'Tổng số',
      rounding: 'Số liệu được làm tròn đến tối đa 2 chữ số thập phân; phần đúng bằng một nửa được làm tròn ra xa số 0.',
      nearBound: 'Ở các hàng sát ngưỡng, giá trị được ghi thêm chữ số thập phân, phần còn thiếu nhỏ hơn 0,01 được ghi “< 0,01” và mức độ đạt chưa tới 100% được ghi “< 100%”, để không con số nào trái với tình trạng (vốn được so sánh chính xác).',
      fraction: '(0–1)',
    },
    chart: {
      target: 'Mục tiêu',
      deadline: 'Hạn',
      met: 'Đạt',
      notMet: 'Chưa đạt',
      noData: 'Chưa có số liệu',
      observed: 'Số liệu thực tế',
      projection: 'Dự báo',
      rank: 'Hạng',
      score: 'Điểm',
      band: 'Nhóm',
      noScore: 'Chưa có điểm',
      median: 'Trung vị',
      interval: 'Khoảng 5%–95%',
      progressDesc: 'Biểu đồ thanh ngang: giá trị so với mục tiêu',
      rankingDesc: 'Biểu đồ thanh ngang: điểm và thứ hạng',
      trajectoryDesc: 'Biểu đồ đường: số liệu theo thời gian, mục tiêu và thời hạn',
      rankIntervalsDesc: 'Biểu đồ khoảng: thứ hạng và khoảng từ phân vị 5% đến 95%',
      items: 'mục',
    },
  },
  en: {
    columns: {
      unit: 'Unit',
      level: 'Level',
      indicator: 'Indicator',
      target: 'Target (as worded)',
      deadline: 'Deadline',
      value: 'Value',
      status: 'Status',
      gap: 'Gap',
      attainment: 'Attainment',
    },
    status: { met: 'Met', 'not-met': 'Not met', 'no-data': 'No data', 'not-applicable': 'Not applicable' },
    done: { yes: 'Done', no: 'Not done' },
    target: { top: 'top', perYear: '/year', done: 'done', qualitative: 'qualitative', needs: 'needs' },
    scorecard: {
      caption: 'Indicator scorecard',
      asOf: 'as of',
      total: 'Total',
      rounding: 'Numbers are rounded to at most 2 decimal places; an exact half is rounded away from zero.',
      nearBound: 'Near a bound, a value is shown with more decimals, a gap below 0.01 as “< 0.01” and an attainment short of 100% as “< 100%”, so that no figure contradicts the status (which is compared exactly).',
      fraction: '(0–1)',
    },
    chart: {
      target: 'Target',
      deadline: 'Deadline',
      met: 'Met',
      notMet: 'Not met',
      noData: 'No data',
      observed: 'Observed',
      projection: 'Projection',
      rank: 'Rank',
      score: 'Score',
      band: 'Band',
      noScore: 'No score',
      median: 'Median',
      interval: '5th–95th percentile',
      progressDesc: 'Horizontal bar chart: value against target',
      rankingDesc: 'Horizontal bar chart: score and rank',
      trajectoryDesc: 'Line chart: values over time, the target and its deadline',
      rankIntervalsDesc: 'Interval chart: rank and its 5th–95th percentile range',
      items: 'items',
    },
  },
};
