import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { SourceSchema } from './source';

/**
 * One line of text as a plan writes it, whitespace-normalised: no leading or trailing space, no line
 * break, no run of spaces (a cell wrapped across lines in the source is joined with single spaces).
 *
 * @example
 * LineSchema.parse('Sở Thông tin và Truyền thông');
 * //=> 'Sở Thông tin và Truyền thông'
 */
export const LineSchema = z.string().check(z.regex(/^\S+(?: \S+)*$/, 'one whitespace-normalised line'));

/**
 * Paragraphs of text, each a whitespace-normalised line, joined by `\n` (a `- ` bullet of the source
 * is one paragraph and keeps its `- `).
 *
 * @example
 * ParagraphsSchema.parse('- Thuê phần mềm quản lý đất đai.\n- Cập nhật dữ liệu hằng ngày.').split('\n').length;
 * //=> 2
 */
export const ParagraphsSchema = z
  .string().check(z.regex(/^\S+(?: \S+)*(?:\n\S+(?: \S+)*)*$/, 'whitespace-normalised paragraphs joined by \\n'));

/**
 * A Roman numeral (`I`, `II`, `IV`, `VI`, …) as a plan numbers the groups of its appendix tables.
 *
 * @example
 * RomanNumeralSchema.safeParse('IV').success;
 * //=> true
 */
export const RomanNumeralSchema = z
  .string().check(z.regex(/^(?=[MDCLXVI])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/, 'a Roman numeral'));

/**
 * A group row of an appendix table: its Roman numeral and its title, as written.
 *
 * @example
 * GroupSchema.parse({ numeral: 'V', title: 'Củng cố an toàn, an ninh mạng' }).numeral;
 * //=> 'V'
 */
export const GroupSchema = strictObjectSchema({
  numeral: RomanNumeralSchema,
  title: LineSchema,
});

/** A group row of an appendix table. */
export type Group = z.infer<typeof GroupSchema>;

/**
 * A budget in million VND (triệu đồng): the amount as a plain decimal string (`'1400'`, `'280000'`,
 * `'335.034'`, never a float, never `'0'`) and the figure exactly as the source writes it, in the
 * Vietnamese format (`'1.400'`, `'280.000'`, `'335,034'`).
 *
 * @example
 * BudgetSchema.parse({ millionVnd: '280000', written: '280.000' }).millionVnd;
 * //=> '280000'
 */
export const BudgetSchema = strictObjectSchema({
  millionVnd: z
    .string().check(z.regex(/^\d+(\.\d+)?$/, 'a plain decimal string such as 1400 or 335.034'), z.refine((v) => !/^0+(?:\.0+)?$/.test(v), 'a budget of 0 is not a budget: use null where the plan gives none')),
  written: LineSchema,
});

/** A budget in million VND. */
export type Budget = z.infer<typeof BudgetSchema>;

/**
 * A policy task (nhiệm vụ xây dựng cơ chế, chính sách) of a plan's register, e.g. Phụ lục 2 of
 * Kế hoạch 302/KH-UBND: its number (STT), the group it is under, the task, its result or product
 * (kết quả/sản phẩm), the lead agency (cơ quan chủ trì) and the period (thời gian thực hiện) exactly
 * as written (`'2022-2023'`, `'Hằng năm'`, `'Khi có hướng dẫn của Bộ TT&TT'`).
 *
 * @example
 * TaskSchema.parse({
 *   no: 5,
 *   group: { numeral: 'I', title: 'Xây dựng Chính quyền điện tử, hướng đến Chính quyền số' },
 *   task: 'Quyết định ban hành Bộ chỉ số chuyển đổi số áp dụng cho các cơ quan, đơn vị địa phương trên địa bàn tỉnh Vĩnh Phúc',
 *   product: 'Quyết định của UBND tỉnh',
 *   leadAgency: 'Sở Thông tin và Truyền thông',
 *   period: '2022',
 *   source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 5' },
 * }).period;
 * //=> '2022'
 */
export const TaskSchema = strictObjectSchema({
  no: z.int().check(z.positive()),
  group: GroupSchema,
  task: LineSchema,
  product: LineSchema,
  leadAgency: LineSchema,
  period: LineSchema,
  source: SourceSchema,
});

/** A policy task of a plan's register. */
export type Task = z.infer<typeof TaskSchema>;

/**
 * A project or task with a budget (nhiệm vụ, dự án) of a plan's register, e.g. Phụ lục 3 of
 * Kế hoạch 302/KH-UBND: its number (STT), the group it is under, the content (nội dung), the lead
 * agency, how it is deployed and operated (cách thức triển khai, vận hành: paragraphs joined by
 * `\n`), the period exactly as written (`'2021-2025'`, `'Thuê trong 5 năm 2023- 2027'`; `null` where
 * the cell is empty) and the budget in million VND (`null` where the plan gives none — never 0).
 *
 * @example
 * ProjectSchema.parse({
 *   no: 1,
 *   group: { numeral: 'I', title: 'Chuyển đổi nhận thức' },
 *   content: 'Chương trình đào tạo nâng cao nhận thức và kỹ năng số, an toàn thông tin cho cán bộ, công chức trong cơ quan nhà nước',
 *   leadAgency: 'Sở Thông tin và Truyền thông',
 *   deployment: 'Tổ chức các khóa đào tạo về ứng dụng CNTT, kỹ năng số, an toàn thông tin cho cán bộ, công chức, viên chức.\nCác đơn vị sự nghiệp có chức năng đào tạo ứng dụng CNTT tổ chức đào tạo.',
 *   period: '2021-2025',
 *   budget: { millionVnd: '1400', written: '1.400' },
 *   source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 1' },
 * }).budget;
 * //=> { millionVnd: '1400', written: '1.400' }
 */
export const ProjectSchema = strictObjectSchema({
  no: z.int().check(z.positive()),
  group: GroupSchema,
  content: LineSchema,
  leadAgency: LineSchema,
  deployment: ParagraphsSchema,
  /** The period as written; `null` only where the source's cell is empty. */
  period: z.nullable(LineSchema),
  /** The budget; `null` where the plan gives none (never 0). */
  budget: z.nullable(BudgetSchema),
  source: SourceSchema,
});

/** A project of a plan's register. */
export type Project = z.infer<typeof ProjectSchema>;
