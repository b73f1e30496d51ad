import type { DeadlineState, ProgressCategory, ProgressRow, Text } from '../index';

// The labels of the CLI's own tables (rank, progress, deadlines), each in both languages side by side
// so that neither can go missing; a scorecard's are the library's `reportLabels`.

/**
 * Every word of the CLI's tables, once: headers (by the column's key where one table has it; the
 * other tables' own wording under another name), captions and notes.
 */
export const WORDS = {
  // Rankings and progress
  unit: { vi: 'Đơn vị', en: 'Unit' },
  id: { vi: 'id', en: 'id' },
  level: { vi: 'Cấp', en: 'Level' },
  asOf: { vi: 'đến ngày', en: 'as of' },
  // chiso rank
  rank: { vi: 'Hạng', en: 'Rank' },
  share: { vi: 'Tỷ lệ chỉ tiêu đạt (%)', en: 'Targets met (%)' },
  met: { vi: 'Đạt', en: 'Met' },
  total: { vi: 'Số chỉ tiêu', en: 'Targets' },
  value: { vi: 'Giá trị', en: 'Value' },
  dataPeriod: { vi: 'Kỳ số liệu', en: 'Period' },
  byShare: { vi: 'Xếp hạng theo tỷ lệ chỉ tiêu đạt', en: 'Ranking by share of targets met' },
  byIndicator: { vi: 'Xếp hạng theo', en: 'Ranking by' },
  shareNote: { vi: 'Tỷ lệ = số mục tiêu đạt ÷ số mục tiêu áp dụng (kể cả chưa có số liệu).', en: 'Share = targets met ÷ targets that apply (including those without data).' },
  // chiso progress
  progressCaption: { vi: 'Tiến độ tới mục tiêu', en: 'Progress toward targets' },
  indicatorId: { vi: 'indicator', en: 'indicator' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  target: { vi: 'Mục tiêu (nguyên văn)', en: 'Target (as worded)' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  baselinePeriod: { vi: 'Kỳ gốc', en: 'Baseline period' },
  baseline: { vi: 'Giá trị gốc', en: 'Baseline' },
  currentPeriod: { vi: 'Kỳ hiện tại', en: 'Current period' },
  current: { vi: 'Giá trị hiện tại', en: 'Current' },
  category: { vi: 'Đánh giá', en: 'Assessment' },
  actual: { vi: 'Tốc độ thực tế', en: 'Actual pace' },
  required: { vi: 'Tốc độ cần', en: 'Required pace' },
  projected: { vi: 'Dự báo tại thời hạn', en: 'Projected at deadline' },
  rateCompound: { vi: 'Tốc độ: %/năm (tăng trưởng kép).', en: 'Pace: %/year (compound growth).' },
  rateLinear: { vi: 'Tốc độ: đơn vị chỉ tiêu/năm (tuyến tính).', en: 'Pace: indicator units per year (linear).' },
  // chiso deadlines
  deadlinesCaption: { vi: 'Tiến độ nhiệm vụ, dự án', en: 'Tasks and projects against their deadlines' },
  onDay: { vi: 'tại ngày', en: 'as of' },
  register: { vi: 'Phụ lục', en: 'Appendix' },
  no: { vi: 'STT', en: 'No.' },
  item: { vi: 'Nhiệm vụ / dự án', en: 'Task / project' },
  lead: { vi: 'Cơ quan chủ trì', en: 'Lead agency' },
  period: { vi: 'Thời gian (nguyên văn)', en: 'Period (as written)' },
  status: { vi: 'Tình trạng', en: 'Status' },
  due: { vi: 'Hạn', en: 'Deadline' },
  daysLeft: { vi: 'Số ngày còn lại', en: 'Days left' },
  // For people the days are words: `còn 12 ngày`, `quá hạn 1.066 ngày`.
  timeLeft: { vi: 'Thời gian còn lại', en: 'Time left' },
  shownOf: { vi: 'Lọc theo --status: hiển thị', en: 'Filtered by --status: showing' },
  itemsOf: { vi: 'trên tổng số', en: 'of' },
  items: { vi: 'mục', en: 'items' },
  budget: { vi: 'Kinh phí dự kiến', en: 'Planned budget' },
  // In CSV and JSON the budget is a number, in millions of đồng.
  budgetAmount: { vi: 'Kinh phí dự kiến (triệu đồng)', en: 'Planned budget (million VND)' },
  tasks: { vi: 'Phụ lục 2', en: 'Phụ lục 2' },
  projects: { vi: 'Phụ lục 3', en: 'Phụ lục 3' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  noCompletion: { vi: 'Chưa có dữ liệu hoàn thành: "quá hạn" nghĩa là đã hết thời gian thực hiện theo kế hoạch.', en: 'No completion data: "overdue" means the planned period has ended.' },
} as const satisfies Readonly<Record<string, Text>>;

/** `chiso progress`: the assessment of each row. */
export const PROGRESS_CATEGORIES: Readonly<Record<ProgressCategory | NonNullable<ProgressRow['reason']>, Text>> = {
  achieved: { vi: 'Đã đạt', en: 'achieved' },
  'on-track': { vi: 'Đúng tiến độ', en: 'on track' },
  'acceleration-needed': { vi: 'Cần tăng tốc', en: 'acceleration needed' },
  'limited-progress': { vi: 'Tiến triển hạn chế', en: 'limited progress' },
  deterioration: { vi: 'Đi xuống', en: 'deterioration' },
  missed: { vi: 'Không đạt (đã quá hạn)', en: 'missed (deadline passed)' },
  'insufficient-data': { vi: 'Chưa đủ số liệu để đánh giá xu hướng', en: 'insufficient data to judge the trend' },
  'no-observation': { vi: 'Chưa có số liệu', en: 'no data' },
  'non-positive-value': { vi: 'Không tính được (giá trị ≤ 0, dùng --method linear)', en: 'cannot compute (value ≤ 0; try --method linear)' },
};

/** `chiso deadlines`: the state of each item. */
export const DEADLINE_STATES: Readonly<Record<DeadlineState, Text>> = {
  'not-started': { vi: 'chưa bắt đầu', en: 'not started' },
  'in-progress': { vi: 'đang thực hiện', en: 'in progress' },
  'due-soon': { vi: 'sắp đến hạn', en: 'due soon' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
  'done-on-time': { vi: 'hoàn thành đúng hạn', en: 'done on time' },
  'done-late': { vi: 'hoàn thành trễ hạn', en: 'done late' },
  'no-fixed-deadline': { vi: 'không có hạn cố định', en: 'no fixed deadline' },
};
