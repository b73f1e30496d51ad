import { deepFreeze } from '../_shared/deepFreeze';
import type { Catalog } from '../model/catalog';
import { threeTier2021 } from '../model/hierarchies';

/**
 * The 2025 targets of Điện Biên's plan implementing the national digital-transformation programme
 * (Chương trình chuyển đổi số quốc gia, Quyết định 749/QĐ-TTg, 03/6/2020), as reported by ICTNews.
 *
 * The article gives neither the plan's number nor its date, so the plan carries neither; every
 * citation names the plan "Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)" and the article's grouping
 * ('Chính quyền số', 'Kinh tế số', 'Xã hội số') as its section. Contains every 2025 target the article
 * states: digital government (level-4 online services, work dossiers per level, reporting on the
 * Government reporting system, shared databases, open data, inspections), digital economy (share of
 * GRDP, share in each sector, labour-productivity growth) and digital society (fibre to households and
 * communes, 4G/5G and smartphones, e-payment accounts), and the pilot the article gives the districts
 * (each chooses a commune or ward to pilot basic digital skills: a `done` target of the district
 * level, cited from the task group 'Chuyển đổi nhận thức'). The comparison is the one the wording fixes:
 * bare `X%` and `đạt tối thiểu X%` → `>= X`, `trên X%` → `> X`, `tăng tối thiểu X%` per year →
 * growth `>= X`; goals without a number (`phổ cập`, `từng bước`) are qualitative. Ids are those of
 * the Vĩnh Phúc catalog (302/KH-UBND) where the indicator means the same, so the two provinces can be
 * set side by side: the same `level-4-online-services` is 80 % here and 100 % in Vĩnh Phúc. Levels are
 * those of the three-tier local government of 2021. Whose target is it: the goals about the province
 * as a whole (digital economy's share of GRDP and of each sector, labour-productivity growth, the
 * province's shared databases, its reporting to the Government) have `level: 'province'`, each
 * note quoting the sentence that makes it so; per-level figures have a target per level; the other
 * targets are read as measured per unit and carry no level (they apply at every level).
 *
 * @example
 * dienBien.indicators
 *   .find((i) => i.id === 'work-dossiers-online')
 *   ?.targets.map((t) => (t.kind === 'threshold' ? [t.level, t.op, t.value, t.by] : t.kind));
 * //=> [
 * //   ['province', '>=', 90, '2025-12-31'],
 * //   ['district', '>=', 80, '2025-12-31'],
 * //   ['commune', '>=', 60, '2025-12-31'],
 * // ]
 *
 * @example
 * dienBien.indicators
 *   .find((i) => i.id === 'fibre-household-coverage')
 *   ?.targets.map((t) => (t.kind === 'threshold' ? [t.op, t.value, t.wording] : t.kind));
 * //=> [['>', 80, 'phủ trên 80% hộ gia đình']]
 */
export const dienBien: Catalog = /* @__PURE__ */ deepFreeze({
  id: 'dien-bien',
  plan: {
    issuer: { vi: 'UBND tỉnh Điện Biên', en: 'Điện Biên Provincial People’s Committee' },
    // No `number` and no `date`: the article gives neither.
    title: {
      vi: 'Kế hoạch triển khai Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030',
      en: 'Plan implementing the National Digital Transformation Programme to 2025, with orientation to 2030',
    },
    via: 'ICTNews (tin bài về Kế hoạch của UBND tỉnh Điện Biên)',
  },
  hierarchy: threeTier2021,
  indicators: [
    // ── Chính quyền số ────────────────────────────────────────────────────────────────────────────
    {
      // Same indicator as Vĩnh Phúc's (302 wants 100 %): the national programme's level-4 target.
      id: 'level-4-online-services',
      name: {
        vi: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động',
        en: 'Share of public services offered online at level 4, on various access devices including mobile devices',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Dịch vụ công được cung cấp trực tuyến mức độ 4, trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động',
          en: 'Public services offered online at level 4, on various access devices including mobile devices',
        },
        note: {
          vi: 'Bài báo chỉ ghi "80% dịch vụ công trực tuyến mức độ 4", không nêu mẫu số. Đọc là cùng chỉ tiêu với Chương trình chuyển đổi số quốc gia và Kế hoạch 302/KH-UBND của Vĩnh Phúc (tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4).',
          en: 'The article only says "80% level-4 online public services" and names no denominator. Read as the same indicator as in the national programme and in Vĩnh Phúc’s plan 302/KH-UBND (share of eligible administrative procedures offered as level-4 online public services).',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 80,
          by: '2025-12-31',
          wording: '80% dịch vụ công trực tuyến mức độ 4',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
        },
      ],
    },
    {
      id: 'work-dossiers-online',
      name: {
        vi: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
        en: 'Share of work dossiers processed online (in the network environment)',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hồ sơ công việc được xử lý trên môi trường mạng',
          en: 'Work dossiers processed online',
        },
        denominator: {
          vi: 'Hồ sơ công việc tại cấp tương ứng (tỉnh, huyện, xã)',
          en: 'Work dossiers at the level concerned (province, district, commune)',
        },
        exclusions: [
          {
            vi: 'trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước',
            en: 'except work dossiers within the scope of state secrets',
          },
        ],
        note: {
          vi: '"Cấp bộ, tỉnh" là cách viết của Chương trình quốc gia; trong kế hoạch của một tỉnh chỉ cấp tỉnh áp dụng.',
          en: '"Ministry and province level" is the national programme’s wording; in a province’s plan only the province level applies.',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 90,
          level: 'province',
          by: '2025-12-31',
          wording: '90% hồ sơ công việc tại cấp bộ, tỉnh',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 80,
          level: 'district',
          by: '2025-12-31',
          wording: '80% hồ sơ công việc tại cấp huyện',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 60,
          level: 'commune',
          by: '2025-12-31',
          wording: '60% hồ sơ công việc tại cấp xã',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
        },
      ],
    },
    {
      // Not Vĩnh Phúc's `national-reporting-system-use` ("100% công tác báo cáo được thực hiện trên hệ
      // thống thông tin báo cáo quốc gia": all reports due, made on the national system). Here the
      // count is of reporting regimes and report indicators serving the Government and the Prime
      // Minister, connected, integrated and sharing digital data on the Government reporting system:
      // another numerator, denominator and system, so another id.
      id: 'government-reporting-system-integration',
      name: {
        vi: 'Tỷ lệ chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ',
        en: 'Share of reporting regimes, periodic summary report indicators and socio-economic statistical reports serving the direction of the Government and the Prime Minister that are connected, integrated and share digital data on the Government Reporting Information System',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ',
          en: 'Reporting regimes, periodic summary report indicators and statistical reports connected, integrated and sharing digital data on the Government Reporting Information System',
        },
        denominator: {
          vi: 'Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ',
          en: 'Reporting regimes, periodic summary report indicators and socio-economic statistical reports serving the direction of the Government and the Prime Minister',
        },
        note: {
          vi: 'Cấp tỉnh: "100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ": các chế độ báo cáo mà tỉnh báo cáo Chính phủ, Thủ tướng Chính phủ, kết nối với hệ thống của Chính phủ; không đo riêng cho từng huyện, xã.',
          en: 'Province level: "100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ": the reporting regimes by which the province reports to the Government and the Prime Minister, connected to the Government’s system; not measured per district or commune.',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100% chế độ báo cáo',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
        },
      ],
    },
    {
      // Same indicator as Vĩnh Phúc's (302: "100% cơ sở dữ liệu dùng chung được chia sẻ, kết nối trên
      // toàn tỉnh"), so the same id and measure ('percent'). Điện Biên's sentence has no number: the
      // target is kept qualitative rather than read as 100 %.
      id: 'shared-databases-connected',
      name: {
        vi: 'Tỷ lệ cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh',
        en: 'Share of shared databases that are connected and shared across the province',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh',
          en: 'Shared databases connected and shared across the province',
        },
        denominator: { vi: 'Cơ sở dữ liệu dùng chung', en: 'Shared databases' },
        note: {
          vi: 'Câu "Các cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh" không có con số (khác Vĩnh Phúc: "100%"), nên giữ là mục tiêu định tính, theo dõi đạt / chưa đạt. "Các" có thể hiểu là tất cả; tỉnh nào muốn đo bằng tỷ lệ thì 100% là cách đọc đó. Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: "Các cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh": cơ sở dữ liệu dùng chung của tỉnh, không phải của từng huyện, xã.',
          en: 'The sentence "the shared databases are connected and shared across the province" has no number (unlike Vĩnh Phúc’s "100%"), so the target is kept qualitative, tracked as done / not done. "Các" (the, plural) can be read as "all"; a province measuring it as a share would use 100 % for that reading. A goal of the province as a whole, so at province level only: "Các cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh" (the shared databases connected and shared across the province): the province’s shared databases, not each district’s or commune’s.',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
      targets: [
        {
          kind: 'qualitative',
          level: 'province',
          by: '2025-12-31',
          wording: 'Các cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
        },
      ],
    },
    {
      // Same goal as Vĩnh Phúc's: state agencies gradually opening their data (no number).
      id: 'state-data-opening',
      name: {
        vi: 'Từng bước mở dữ liệu của các cơ quan nhà nước để cung cấp dịch vụ công kịp thời, một lần khai báo trọn vòng đời phục vụ người dân và phát triển kinh tế - xã hội',
        en: 'State agencies gradually opening their data to provide timely public services, declared once for a whole life cycle, serving citizens and socio-economic development',
      },
      pillar: 'digital-government',
      measure: 'done',
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
      targets: [
        {
          kind: 'qualitative',
          by: '2025-12-31',
          wording: 'từng bước mở dữ liệu',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
        },
      ],
    },
    {
      // Not Vĩnh Phúc's `digital-supervision-inspection`: 302 counts supervision *and* inspection
      // activities ("hoạt động giám sát, kiểm tra"); Điện Biên counts inspection activities only
      // ("hoạt động kiểm tra"), the national programme's wording. Another denominator, so another id.
      id: 'digital-inspection',
      name: {
        vi: 'Tỷ lệ hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
        en: 'Share of state management agencies’ inspection activities carried out through the digital environment and the agencies’ information systems',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hoạt động kiểm tra được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
          en: 'Inspection activities carried out through the digital environment and the management agencies’ information systems',
        },
        denominator: {
          vi: 'Hoạt động kiểm tra của cơ quan quản lý nhà nước',
          en: 'Inspection activities of state management agencies',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          by: '2025-12-31',
          wording: '50% hoạt động kiểm tra',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chính quyền số' },
        },
      ],
    },

    // ── Kinh tế số ────────────────────────────────────────────────────────────────────────────────
    {
      // Same indicator as Vĩnh Phúc's, where 302 wants a range of 20–25 %.
      id: 'digital-economy-grdp-share',
      name: {
        vi: 'Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn tỉnh (GRDP)',
        en: 'Digital economy as a share of the province’s gross regional domestic product (GRDP)',
      },
      pillar: 'digital-economy',
      measure: 'grdp-share',
      method: {
        numerator: {
          vi: 'Giá trị tăng thêm của kinh tế số',
          en: 'Value added of the digital economy',
        },
        denominator: {
          vi: 'Tổng sản phẩm trên địa bàn tỉnh (GRDP)',
          en: 'Gross regional domestic product of the province (GRDP)',
        },
        note: {
          vi: '"phấn đấu năm 2025 kinh tế số chiếm 10% GRDP": con số không kèm từ giới hạn, đọc là tối thiểu 10% (≥ 10). Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: "Điện Biên phấn đấu năm 2025 kinh tế số chiếm 10% GRDP": GRDP là của tỉnh; huyện, xã không có tỷ trọng GRDP.',
          en: '"strive for the digital economy to make up 10% of GRDP in 2025": a bare figure, read as at least 10 % (≥ 10). A goal of the province as a whole, so at province level only: "Điện Biên phấn đấu năm 2025 kinh tế số chiếm 10% GRDP" (Điện Biên strives for the digital economy to be 10 % of GRDP in 2025): GRDP is the province’s; a district or commune has no GRDP share.',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Kinh tế số' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 10,
          level: 'province',
          by: '2025-12-31',
          wording: 'kinh tế số chiếm 10% GRDP',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Kinh tế số' },
        },
      ],
    },
    {
      // Not in Vĩnh Phúc's plan: a share within each sector, not of GRDP, hence 'percent'.
      id: 'digital-economy-sector-share',
      name: {
        vi: 'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực',
        en: 'Share of the digital economy within each sector and field',
      },
      pillar: 'digital-economy',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Kinh tế số trong ngành, lĩnh vực',
          en: 'Digital economy within the sector or field',
        },
        denominator: { vi: 'Ngành, lĩnh vực đó', en: 'The sector or field' },
        note: {
          vi: 'Đo riêng cho từng ngành, lĩnh vực: mỗi ngành, lĩnh vực phải đạt tối thiểu 10%. Bài báo không nêu thước đo quy mô (thường là giá trị tăng thêm). Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: cùng câu "Điện Biên phấn đấu năm 2025 kinh tế số chiếm 10% GRDP, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%": các ngành, lĩnh vực của nền kinh tế tỉnh, không đo riêng cho từng huyện, xã.',
          en: 'Measured for each sector or field separately: every sector or field must reach at least 10 %. The article does not say how size is measured (usually value added). A goal of the province as a whole, so at province level only: the same sentence, "Điện Biên phấn đấu năm 2025 kinh tế số chiếm 10% GRDP, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%": the sectors of the province’s economy, not measured per district or commune.',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Kinh tế số' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 10,
          level: 'province',
          by: '2025-12-31',
          wording: 'đạt tối thiểu 10%',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Kinh tế số' },
        },
      ],
    },
    {
      // Not in Vĩnh Phúc's plan.
      id: 'labour-productivity-growth',
      name: {
        vi: 'Tốc độ tăng năng suất lao động hằng năm',
        en: 'Annual growth rate of labour productivity',
      },
      pillar: 'digital-economy',
      measure: 'percent-change',
      method: {
        note: {
          vi: '"năng suất lao động hàng năm tăng tối thiểu 7%": tốc độ tăng so với năm trước, mỗi năm đến năm 2025, ≥ 7%. Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: cùng câu "Điện Biên phấn đấu năm 2025 … năng suất lao động hàng năm tăng tối thiểu 7%": năng suất lao động của nền kinh tế tỉnh; huyện, xã không có số liệu này.',
          en: '"labour productivity grows by at least 7% every year": growth on the year before, each year to 2025, ≥ 7 %. A goal of the province as a whole, so at province level only: the same sentence, "Điện Biên phấn đấu năm 2025 … năng suất lao động hàng năm tăng tối thiểu 7%": the labour productivity of the province’s economy; a district or commune has no such figure.',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Kinh tế số' },
      targets: [
        {
          kind: 'growth',
          op: '>=',
          value: 7,
          per: 'year',
          level: 'province',
          by: '2025-12-31',
          wording: 'tăng tối thiểu 7%',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Kinh tế số' },
        },
      ],
    },

    // ── Xã hội số ─────────────────────────────────────────────────────────────────────────────────
    {
      id: 'fibre-household-coverage',
      name: {
        vi: 'Tỷ lệ hộ gia đình được hạ tầng mạng băng rộng cáp quang phủ tới',
        en: 'Share of households covered by fibre-optic broadband infrastructure',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hộ gia đình được hạ tầng mạng băng rộng cáp quang phủ tới',
          en: 'Households covered by fibre-optic broadband',
        },
        denominator: { vi: 'Hộ gia đình trên địa bàn tỉnh', en: 'Households in the province' },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Xã hội số' },
      targets: [
        {
          kind: 'threshold',
          op: '>',
          value: 80,
          by: '2025-12-31',
          wording: 'phủ trên 80% hộ gia đình',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Xã hội số' },
        },
      ],
    },
    {
      id: 'fibre-commune-coverage',
      name: {
        vi: 'Tỷ lệ xã được hạ tầng mạng băng rộng cáp quang phủ tới',
        en: 'Share of communes covered by fibre-optic broadband infrastructure',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Xã được hạ tầng mạng băng rộng cáp quang phủ tới',
          en: 'Communes covered by fibre-optic broadband',
        },
        denominator: { vi: 'Xã của tỉnh', en: 'Communes of the province' },
        note: {
          vi: 'Bài báo ghi "100% xã" (Vĩnh Phúc: "100% xã, phường, thị trấn"); đọc "xã" là đơn vị hành chính cấp xã, như trong Chương trình quốc gia, nên dùng chung chỉ tiêu.',
          en: 'The article says "100% of communes" (Vĩnh Phúc: "communes, wards and townships"); "xã" is read as the commune-level unit, as in the national programme, so the indicator is shared.',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Xã hội số' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100% xã',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Xã hội số' },
        },
      ],
    },
    {
      id: 'mobile-broadband-smartphones',
      name: {
        vi: 'Phổ cập dịch vụ mạng di động 4G/5G và điện thoại di động thông minh',
        en: 'Universal 4G/5G mobile service and smartphones',
      },
      pillar: 'digital-society',
      measure: 'done',
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Xã hội số' },
      targets: [
        {
          kind: 'qualitative',
          by: '2025-12-31',
          wording: 'Phổ cập',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Xã hội số' },
        },
      ],
    },
    {
      id: 'e-payment-account-population-share',
      name: {
        vi: 'Tỷ lệ dân số có tài khoản thanh toán điện tử',
        en: 'Share of the population with an electronic payment account',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Dân số có tài khoản thanh toán điện tử',
          en: 'Population with an electronic payment account',
        },
        denominator: { vi: 'Dân số', en: 'Population' },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Xã hội số' },
      targets: [
        {
          kind: 'threshold',
          op: '>',
          value: 50,
          by: '2025-12-31',
          wording: 'trên 50%',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Xã hội số' },
        },
      ],
    },
    // ── Nhiệm vụ, giải pháp: Chuyển đổi nhận thức ────────────────────────────────────────────────
    {
      id: 'commune-digital-skills-pilot',
      name: {
        vi: 'Lựa chọn một xã/phường để thử nghiệm công tác truyền thông, phổ biến các kỹ năng số cơ bản cho người dân',
        en: 'Choosing one commune or ward to pilot communication and the teaching of basic digital skills to residents',
      },
      // Pillar: "Chuyển đổi nhận thức" (changing awareness) is the first of the article's "6 nhóm
      // nhiệm vụ, giải pháp tạo nền móng cho chuyển đổi số": the foundations.
      pillar: 'foundations',
      measure: 'done',
      method: {
        note: {
          vi: '"UBND các huyện, thị xã, thành phố cần chủ động lựa chọn một xã/phường để thử nghiệm công tác truyền thông, phổ biến các kỹ năng số cơ bản cho người dân, bao gồm các kỹ năng như truy cập và sử dụng Internet, thư điện tử, mua bán trực tuyến, thanh toán điện tử, dịch vụ công trực tuyến và bảo đảm an toàn thông tin cá nhân" (đoạn sau "Để chuyển đổi nhận thức"). Cấp huyện: mỗi huyện, thị xã, thành phố chọn một xã/phường; việc xong hay chưa (done). Bài báo không nêu thời hạn: lấy mốc của kế hoạch, năm 2025.',
          en: '"UBND các huyện, thị xã, thành phố cần chủ động lựa chọn một xã/phường để thử nghiệm công tác truyền thông, phổ biến các kỹ năng số cơ bản cho người dân, …" (the People’s Committees of districts, towns and cities choose one commune or ward to pilot communication and the teaching of basic digital skills — Internet, e-mail, online shopping, e-payment, online public services, personal data safety; in the paragraphs after "Để chuyển đổi nhận thức"). District level: each district, town or city chooses one commune or ward; done or not done. The article gives no deadline: the plan’s horizon, 2025.',
        },
      },
      source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chuyển đổi nhận thức' },
      targets: [
        {
          kind: 'done',
          level: 'district',
          by: '2025-12-31',
          wording: 'lựa chọn một xã/phường để thử nghiệm',
          source: { document: 'Kế hoạch CĐS tỉnh Điện Biên (theo ICTNews)', section: 'Chuyển đổi nhận thức' },
        },
      ],
    },
  ],
});
