export { parseVietnameseDate } from './parseVietnameseDate';
export { parsePeriod } from './parsePeriod';
export type { ParsePeriodOptions } from './parsePeriod';
export { deadlineStatus } from './deadlineStatus';
export type { DeadlineState, DeadlineStatus, DeadlineStatusOptions } from './deadlineStatus';
export { reportingCalendar } from './reportingCalendar';
export type { ReportingCalendarOptions, ReportingDeadline } from './reportingCalendar';
export { assessProgress } from './assessProgress';
export type { Progress, ProgressCategory, ProgressInput, ProgressPoint } from './assessProgress';
