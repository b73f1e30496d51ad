// The columns of a `chiso template` workbook, shared by the writer (template.ts) and the reader
// (data.ts), which compares a filled template's header row with them.

/** The fields of the template's columns, in order; `mark` is what the hidden sheet records for the reader. */
export const TEMPLATE_FIELDS = ['unit', 'unit_name', 'level', 'indicator', 'indicator_name', 'measure', 'target', 'deadline', 'period', 'value', 'numerator', 'denominator', 'done', 'rank', 'note'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** Each column's header in both languages (the reader takes either), and its explanation. */
export const TEMPLATE_HEADERS: Readonly<Record<TemplateField, { vi: string; en: string; help: { vi: string; en: string } }>> = {
  unit: { vi: 'Mã đơn vị', en: 'Unit id', help: { vi: 'Mã đơn vị (không sửa).', en: 'The unit id (do not edit).' } },
  unit_name: { vi: 'Đơn vị', en: 'Unit', help: { vi: 'Tên đơn vị.', en: "The unit's name." } },
  level: { vi: 'Cấp', en: 'Level', help: { vi: 'Mã cấp của đơn vị (không sửa).', en: "The unit's level id (do not edit)." } },
  indicator: { vi: 'Mã chỉ tiêu', en: 'Indicator id', help: { vi: 'Mã chỉ tiêu trong bộ chỉ tiêu (không sửa).', en: 'The indicator id in the catalog (do not edit).' } },
  indicator_name: { vi: 'Chỉ tiêu', en: 'Indicator', help: { vi: 'Tên chỉ tiêu, để đọc.', en: "The indicator's name, to read." } },
  measure: { vi: 'Đơn vị đo', en: 'Measure', help: { vi: 'Loại số liệu và giới hạn của nó.', en: 'What kind of figure, and its limits.' } },
  target: { vi: 'Mục tiêu', en: 'Target', help: { vi: 'Các mục tiêu cho cấp của đơn vị, theo văn bản (hạn của từng mục tiêu trong ngoặc).', en: "The targets at the unit's level, as worded in the plan (each one's deadline in brackets)." } },
  deadline: { vi: 'Thời hạn gần nhất', en: 'First deadline', help: { vi: 'Hạn sớm nhất trong các mục tiêu.', en: 'The earliest deadline of the targets.' } },
  period: { vi: 'Kỳ số liệu (năm hoặc ngày)', en: 'Period (year or day)', help: { vi: 'Năm (2025) hoặc ngày (31/12/2025) của số liệu. Bắt buộc khi có số liệu.', en: 'The year (2025) or day (31/12/2025) of the figure. Required when a figure is given.' } },
  value: { vi: 'Giá trị', en: 'Value', help: { vi: 'Số liệu (tỷ lệ % ghi 36,18 — không ghi 0,3618).', en: 'The figure (a percentage as 36.18, not 0.3618).' } },
  numerator: { vi: 'Tử số', en: 'Numerator', help: { vi: 'Với chỉ tiêu tỷ lệ: số đạt (thay cho Giá trị).', en: 'For a share: the count that qualifies (instead of Value).' } },
  denominator: { vi: 'Mẫu số', en: 'Denominator', help: { vi: 'Với chỉ tiêu tỷ lệ: tổng số (lớn hơn 0).', en: 'For a share: the total (above 0).' } },
  done: { vi: 'Đã hoàn thành', en: 'Done', help: { vi: 'Với nhiệm vụ: có hoặc không.', en: 'For a task: yes or no.' } },
  rank: { vi: 'Thứ hạng', en: 'Rank', help: { vi: 'Với chỉ tiêu xếp hạng: thứ hạng (1 là cao nhất).', en: 'For a ranking: the position (1 is best).' } },
  note: { vi: 'Ghi chú', en: 'Note', help: { vi: 'Ghi chú, nguồn số liệu (tuỳ chọn).', en: 'A note, the source of the figure (optional).' } },
};

