import { deepFreeze } from '../../_shared/deepFreeze';

/** A field's help text in both languages, as an editor shows it from the JSON Schema. */
export interface FieldDescription {
  readonly vi: string;
  readonly en: string;
}

/**
 * The help text of every field of a catalog file, keyed `<parent>.<field>` (the parent is the field
 * that holds it; `catalog` at the top; `related` reads as `plan`), with `*.<field>` for a field that
 * means the same wherever it is (the `vi` and `en` of every label). Only the JSON Schema carries
 * these: the runtime schemas stay without them, so a portal's bundle does not.
 */
export const CATALOG_DESCRIPTIONS: Readonly<Record<string, FieldDescription>> = /* @__PURE__ */ deepFreeze({
  'catalog.$schema': {
    vi: 'Đường dẫn tới JSON Schema này, để trình soạn thảo gợi ý và kiểm tra (ví dụ ./node_modules/chiso/schema/catalog.schema.json); chiso bỏ qua trường này.',
    en: 'Where this JSON Schema is, so an editor can help and check (e.g. ./node_modules/chiso/schema/catalog.schema.json); chiso ignores it.',
  },
  'catalog.id': {
    vi: 'Mã của bộ chỉ tiêu, chữ thường không dấu nối bằng gạch ngang (ví dụ an-binh-2025).',
    en: 'The catalog id, kebab-case (e.g. an-binh-2025).',
  },
  'catalog.plan': {
    vi: 'Văn bản kế hoạch: cơ quan ban hành và tên (bắt buộc), số hiệu và ngày ban hành (nếu có).',
    en: 'The plan document: issuer and title (required), number and date (when known).',
  },
  'catalog.related': {
    vi: 'Các văn bản khác có chỉ tiêu được đưa vào bộ này (ví dụ một chỉ thị); không bắt buộc.',
    en: 'Further documents whose targets the catalog includes (e.g. a directive); optional.',
  },
  'catalog.hierarchy': {
    vi: 'Các cấp chính quyền mà chỉ tiêu được giao: tên một mẫu có sẵn ("twoTier2025": tỉnh → xã, từ 01/7/2025; "threeTier2021": tỉnh → huyện → xã) hoặc tự khai báo { id, name, levels }.',
    en: 'The tiers targets are set for: a preset name ("twoTier2025": province → commune, since 2025-07-01; "threeTier2021": province → district → commune) or your own { id, name, levels }.',
  },
  'catalog.indicators': {
    vi: 'Danh sách chỉ tiêu, mỗi chỉ tiêu có mã, tên, loại số đo và các mục tiêu.',
    en: 'The indicators, each with an id, a name, a measure and its targets.',
  },
  'plan.issuer': { vi: 'Cơ quan ban hành (ví dụ UBND tỉnh An Bình).', en: 'Who issued the plan (e.g. An Bình Provincial People’s Committee).' },
  'plan.number': { vi: 'Số hiệu văn bản (ví dụ 302/KH-UBND); bỏ trống nếu văn bản không ghi.', en: 'The document number (e.g. 302/KH-UBND); left out when the source does not give it.' },
  'plan.date': { vi: 'Ngày ban hành, viết YYYY-MM-DD (31/12/2025 viết là 2025-12-31).', en: 'The date of issue, written YYYY-MM-DD (31/12/2025 is 2025-12-31).' },
  'plan.title': { vi: 'Tên (trích yếu) của văn bản.', en: 'The title of the document.' },
  'plan.via': { vi: 'Nguồn thứ cấp nơi đọc được văn bản (bài báo, trang cổng thông tin), nếu có.', en: 'Where the plan was read, when it is a secondary source (a news item, a portal page).' },
  'hierarchy.id': { vi: 'Mã của hệ thống cấp (kebab-case, ví dụ two-tier-2025).', en: 'The hierarchy id (kebab-case, e.g. two-tier-2025).' },
  'hierarchy.name': { vi: 'Tên của hệ thống cấp.', en: 'The name of the hierarchy.' },
  'hierarchy.levels': { vi: 'Các cấp, từ cao xuống thấp (ví dụ province rồi commune).', en: 'The levels, highest first (e.g. province, then commune).' },
  'hierarchy.since': { vi: 'Ngày bắt đầu có hiệu lực (YYYY-MM-DD), nếu biết.', en: 'First day in force (YYYY-MM-DD), if known.' },
  'hierarchy.until': { vi: 'Ngày cuối cùng có hiệu lực (YYYY-MM-DD), nếu đã hết.', en: 'Last day in force (YYYY-MM-DD), if it has ended.' },
  'levels.id': { vi: 'Mã cấp, dùng trong "level" của mục tiêu (ví dụ province, commune).', en: 'The level id, as a target’s "level" names it (e.g. province, commune).' },
  'levels.name': { vi: 'Tên cấp (ví dụ Cấp xã).', en: 'The level’s name (e.g. Commune level).' },
  'indicators.id': { vi: 'Mã chỉ tiêu, duy nhất trong bộ, kebab-case; cột indicator của tệp số liệu dùng mã này.', en: 'The indicator id, unique in the catalog, kebab-case; the data file’s indicator column uses it.' },
  'indicators.name': { vi: 'Tên chỉ tiêu.', en: 'The indicator’s name.' },
  'indicators.pillar': {
    vi: 'Trụ cột: digital-government (chính quyền số), digital-economy (kinh tế số), digital-society (xã hội số), smart-city (đô thị thông minh), foundations (nền tảng). Không bắt buộc: bỏ trống là chưa phân loại.',
    en: 'The pillar: digital-government, digital-economy, digital-society, smart-city or foundations. Optional: left out, the indicator is not classified.',
  },
  'indicators.measure': {
    vi: 'Loại số đo: percent (tỷ lệ % 0–100), count (số đếm), money (số tiền VND), grdp-share (% GRDP), percent-change (% thay đổi hoặc tăng trưởng), rank (thứ hạng, 1 là tốt nhất), done (hoàn thành hay chưa).',
    en: 'What the value is: percent (0–100), count, money (VND), grdp-share (% of GRDP), percent-change (a change or growth rate in percent), rank (1 is best), done (done or not).',
  },
  'indicators.method': { vi: 'Cách tính: tử số, mẫu số, phần loại trừ, ghi chú; không bắt buộc.', en: 'How the value is computed: numerator, denominator, exclusions, note; optional.' },
  'indicators.leadAgency': { vi: 'Cơ quan chủ trì (ví dụ Sở Khoa học và Công nghệ).', en: 'The lead agency.' },
  'indicators.coAgencies': { vi: 'Các cơ quan phối hợp.', en: 'The agencies that take part.' },
  'indicators.source': {
    vi: 'Nơi chỉ tiêu được ghi trong văn bản: số hiệu, ngày, mục. Không bắt buộc: bỏ trống là dẫn chung về kế hoạch (plan).',
    en: 'Where the indicator is written: document, date, section. Optional: left out, it is cited to the catalog’s plan as a whole.',
  },
  'indicators.targets': { vi: 'Các mục tiêu của chỉ tiêu (có thể nhiều: theo cấp, theo mốc thời gian).', en: 'The indicator’s targets (several are allowed: per level, per deadline).' },
  'method.numerator': { vi: 'Tử số: cái được đếm.', en: 'The numerator: what is counted.' },
  'method.denominator': { vi: 'Mẫu số: đếm trên tổng nào.', en: 'The denominator: out of what.' },
  'method.exclusions': { vi: 'Những gì không tính vào mẫu số.', en: 'What is left out of the denominator.' },
  'method.note': { vi: 'Ghi chú về cách tính.', en: 'A note on the method.' },
  'source.document': { vi: 'Số hiệu văn bản (ví dụ 302/KH-UBND).', en: 'The document number (e.g. 302/KH-UBND).' },
  'source.date': { vi: 'Ngày của văn bản (YYYY-MM-DD), nếu có.', en: 'The document’s date (YYYY-MM-DD), when given.' },
  'source.section': { vi: 'Mục trong văn bản (ví dụ II.2.1).', en: 'The section (e.g. II.2.1).' },
  'source.appendix': { vi: 'Dòng phụ lục, nếu có (ví dụ Phụ lục 1, I.3.5).', en: 'The appendix row, when there is one (e.g. Phụ lục 1, I.3.5).' },
  'targets.kind': {
    vi: 'Loại mục tiêu: threshold (so sánh với một số), range (trong khoảng min–max), rank (top N), change (thay đổi so với gốc), growth (tăng trưởng mỗi năm), done (hoàn thành), qualitative (định tính).',
    en: 'The kind of target: threshold (compared with a number), range (min–max), rank (top N), change (against a baseline), growth (per year), done, qualitative.',
  },
  'targets.op': { vi: 'Phép so sánh: ">=" (tối thiểu, ≥), ">" (trên), "<=" (tối đa, ≤), "<" (dưới), "=" (bằng).', en: 'The comparison: ">=" (at least, ≥), ">", "<=" (at most, ≤), "<", "=".' },
  'targets.value': { vi: 'Con số mục tiêu, viết là số không có dấu ngoặc kép và không có % (90, không phải "90" hay "90%").', en: 'The target number, written as a number without quotes or % (90, not "90" or "90%").' },
  'targets.level': {
    vi: 'Cấp được giao mục tiêu: mã một cấp của hierarchy (ví dụ commune cho cấp xã). Bỏ trống: áp dụng cho mọi cấp.',
    en: 'Whose target this is: a level id of the hierarchy (e.g. commune). Left out, it applies at every level.',
  },
  'targets.by': { vi: 'Hạn hoàn thành, viết YYYY-MM-DD (31/12/2025 viết là 2025-12-31).', en: 'The deadline, written YYYY-MM-DD (31/12/2025 is 2025-12-31).' },
  'targets.wording': {
    vi: 'Câu chữ gốc trong kế hoạch (ví dụ "trên 80%"); chiso đối chiếu với op, value khi đọc được chắc chắn ("trên 80%" phải là ">" 80).',
    en: 'The plan’s own wording (e.g. "trên 80%"); where chiso can read it for sure, it must agree with op and value ("trên 80%" is ">" 80).',
  },
  'targets.source': { vi: 'Nơi mục tiêu được ghi, nếu khác với nguồn của chỉ tiêu.', en: 'Where the target is written, when it differs from the indicator’s source.' },
  'targets.min': { vi: 'Cận dưới của khoảng (tính cả cận).', en: 'The lower end of the range (inclusive).' },
  'targets.max': { vi: 'Cận trên của khoảng (tính cả cận).', en: 'The upper end of the range (inclusive).' },
  'targets.top': { vi: 'Thứ hạng cần đạt: đạt khi hạng ≤ top (ví dụ 10).', en: 'The rank to reach: met when rank ≤ top (e.g. 10).' },
  'targets.from': { vi: 'Mốc so sánh của mục tiêu thay đổi: luôn là "baseline" (giá trị gốc).', en: 'What a change is measured from: always "baseline".' },
  'targets.per': { vi: 'Chu kỳ của mục tiêu tăng trưởng: luôn là "year" (mỗi năm).', en: 'The period of a growth target: always "year".' },
  '*.vi': { vi: 'Tiếng Việt: văn bản gốc (bắt buộc).', en: 'Vietnamese: the text of record (required).' },
  '*.en': { vi: 'Tiếng Anh: bản dịch; bỏ trống thì dùng chữ tiếng Việt.', en: 'English: a translation; left out, the Vietnamese text is used.' },
});

/**
 * The description of a field of the catalog file, found by the field that holds it.
 *
 * @param parent - the name of the field holding it (`catalog` at the top)
 * @param field - the field's name
 * @returns its description in both languages, or undefined where the table has none
 */
export function catalogFieldDescription(parent: string, field: string): FieldDescription | undefined {
  const owner = parent === 'related' ? 'plan' : parent;
  return CATALOG_DESCRIPTIONS[`${owner}.${field}`] ?? CATALOG_DESCRIPTIONS[`*.${field}`];
}
