import { deepFreeze } from '../_shared/deepFreeze';
import type { Catalog } from '../model/catalog';
import { threeTier2021 } from '../model/hierarchies';

/**
 * The targets of Vĩnh Phúc's digital-transformation plan, Kế hoạch 302/KH-UBND (08/12/2021), with the
 * targets that Chỉ thị 04/CT-UBND (25/01/2022) adds and the goal the province's 2023 progress report
 * (vinhphuc.gov.vn) sets itself.
 *
 * Contains every target of the plan's section II: the general rank goals of II.1 (top 10 in the DTI
 * by 2025, kept to 2030), all 2025 targets of II.2 (digital government II.2.1, digital economy
 * II.2.2, digital society II.2.3, smart-city services II.2.4) and all 2030 targets of II.3. Measurable
 * targets carry the comparison their wording fixes (`tối thiểu 80%` → `>= 80`, `trên 80%` → `> 80`,
 * `từ 20-25%` → range, `giảm 30%` → change `<= -30`, `top 10` → rank); goals without a number
 * (`phổ cập`, `tăng cường`, `nhân rộng`, `xây dựng, triển khai`) are kept as qualitative targets so
 * nothing in the plan is lost. Sections III and V also state measurable targets, read the same way
 * (`100%` → `>= 100`, `mỗi` → every one, `>= 100`): III.6.1 health (tele-medicine units in every
 * health facility, a digital health record for every resident), III.6.2 education (digital-skills
 * education in every school, training, digital learning records, teachers' digital records, IT
 * infrastructure) and V.17 (every sector's information system); they carry no date, so their
 * deadline is the end of the plan's period 2021-2025. Lead and co-agencies are those of the plan's
 * Phụ lục 1, spelled as there (the targets of section III, which have no Phụ lục 1 row, name in their
 * note the department section V gives them to). Chỉ thị 04 adds: 100% of eligible procedures as
 * level-4 online services by the end of Quý I/2022, the pilot in four named communes, the national
 * top 15 in the DTI, 100% of outgoing documents e-signed, fibre ready for 100% of households and a
 * digital address for every agency, unit and household (no deadline: the directive gives none). The
 * 2023 report adds e-government in the national top 20 by 2025. Levels are those of the three-tier
 * local government of 2021.
 *
 * Whose target is it: a target about the province as a whole — its DTI, cyber-security or
 * e-government rank, the digital economy's share of GRDP, the number of digital-technology
 * enterprises, the province's own shared platforms, databases, schemes, procedure list and sectors,
 * the directive's pilot — has `level: 'province'`, and its indicator's note quotes the line that makes
 * it so. A target the text puts at several levels has one target per level. Every other target is
 * read as measured per unit (a share of dossiers, of households, of officials) and carries no level:
 * it applies at every level.
 *
 * @example
 * vinhPhuc302.indicators
 *   .find((i) => i.id === 'work-dossiers-online')
 *   ?.targets.map((t) => (t.kind === 'threshold' ? [t.level, t.op, t.value, t.by] : t.kind));
 * //=> [
 * //   ['province', '>=', 90, '2025-12-31'],
 * //   ['district', '>=', 80, '2025-12-31'],
 * //   ['commune', '>=', 60, '2025-12-31'],
 * //   ['province', '>=', 100, '2030-12-31'],
 * //   ['district', '>=', 100, '2030-12-31'],
 * //   ['commune', '>=', 100, '2030-12-31'],
 * // ]
 */
export const vinhPhuc302: Catalog = /* @__PURE__ */ deepFreeze({
  id: 'vinh-phuc-302',
  plan: {
    issuer: { vi: 'UBND tỉnh Vĩnh Phúc', en: 'Vĩnh Phúc Provincial People’s Committee' },
    number: '302/KH-UBND',
    date: '2021-12-08',
    title: {
      vi: 'Kế hoạch Chuyển đổi số, hoàn thiện chính quyền điện tử, hướng đến chính quyền số và Phát triển dịch vụ đô thị thông minh tỉnh Vĩnh Phúc, giai đoạn 2021-2025, định hướng đến năm 2030',
      en: 'Plan for digital transformation, completing e-government towards digital government, and developing smart-city services in Vĩnh Phúc province, 2021–2025, with orientation to 2030',
    },
  },
  related: [
    {
      issuer: { vi: 'UBND tỉnh Vĩnh Phúc', en: 'Vĩnh Phúc Provincial People’s Committee' },
      number: '04/CT-UBND',
      date: '2022-01-25',
      title: {
        vi: 'Chỉ thị về thúc đẩy chuyển đổi số tỉnh Vĩnh Phúc',
        en: 'Directive on accelerating digital transformation in Vĩnh Phúc province',
      },
    },
    {
      // A news item of the province's portal: no number, no date; it reports the figures of May 2023.
      issuer: { vi: 'UBND tỉnh Vĩnh Phúc', en: 'Vĩnh Phúc Provincial People’s Committee' },
      title: {
        vi: 'Tin bài về kết quả chuyển đổi số của tỉnh Vĩnh Phúc (năm 2023)',
        en: 'News item on Vĩnh Phúc’s digital-transformation results (2023)',
      },
      via: 'vinhphuc.gov.vn',
    },
  ],
  hierarchy: threeTier2021,
  indicators: [
    // ── II.1 General goals ────────────────────────────────────────────────────────────────────────
    {
      id: 'dti-rank',
      name: {
        vi: 'Thứ hạng của tỉnh Vĩnh Phúc về Chuyển đổi số (Chỉ số chuyển đổi số cấp tỉnh, DTI) trong các tỉnh, thành phố',
        en: 'Vĩnh Phúc’s rank among provinces and centrally-run cities in digital transformation (provincial Digital Transformation Index, DTI)',
      },
      // Pillar: the DTI is a composite over all pillars (foundations, digital government, economy and
      // society), so no single pillar fits; 'foundations' is the plan-wide bucket every pillar rests on.
      pillar: 'foundations',
      measure: 'rank',
      method: {
        note: {
          vi: 'Thứ hạng (1 là cao nhất) của tỉnh trong Bộ chỉ số đánh giá chuyển đổi số do Bộ Thông tin và Truyền thông công bố hằng năm. Chỉ thị 04/CT-UBND (mục 2.7) giao Sở Thông tin và Truyền thông chịu trách nhiệm toàn diện, đưa tỉnh lên tốp 15 toàn quốc (không nêu thời hạn). Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.1 "Đến năm 2025, tỉnh Vĩnh Phúc thuộc top 10 tỉnh, thành phố dẫn đầu về Chuyển đổi số" và Chỉ thị 04 mục 2.7 "đưa kết quả Chuyển đổi số tỉnh Vĩnh Phúc lên tốp 15 toàn quốc" xếp hạng cả tỉnh trong các tỉnh, thành phố; huyện, xã không có thứ hạng DTI.',
          en: 'The province’s position (1 is best) in the Digital Transformation Index published yearly by the Ministry of Information and Communications. Directive 04/CT-UBND (item 2.7) makes the Department of Information and Communications fully responsible for raising the province into the national top 15 (no deadline given). A goal of the province as a whole, so at province level only: II.1 "Đến năm 2025, tỉnh Vĩnh Phúc thuộc top 10 tỉnh, thành phố dẫn đầu về Chuyển đổi số" (by 2025 Vĩnh Phúc province is among the 10 leading provinces and cities) and Directive 04 item 2.7 "đưa kết quả Chuyển đổi số tỉnh Vĩnh Phúc lên tốp 15 toàn quốc" rank the province among the provinces; a district or commune has no DTI rank.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.1' },
      targets: [
        {
          kind: 'rank',
          top: 10,
          level: 'province',
          by: '2025-12-31',
          wording: 'thuộc top 10',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.1' },
        },
        {
          kind: 'rank',
          top: 10,
          level: 'province',
          by: '2030-12-31',
          wording: 'giữ vững top 10',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.1' },
        },
        {
          kind: 'rank',
          top: 15,
          level: 'province',
          wording: 'tốp 15',
          source: { document: '04/CT-UBND', date: '2022-01-25', section: '2.7' },
        },
      ],
    },

    // ── II.2.1.1 Cung cấp dịch vụ công (digital government) ──────────────────────────────────────
    {
      id: 'level-4-online-services',
      name: {
        vi: 'Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4',
        en: 'Share of administrative procedures eligible under the law that are offered as level-4 online public services',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4, trên các phương tiện và nền tảng truy cập khác nhau',
          en: 'Administrative procedures offered as level-4 online public services, on the various access devices and platforms',
        },
        denominator: {
          vi: 'Thủ tục hành chính đủ điều kiện theo quy định của pháp luật',
          en: 'Administrative procedures eligible under the law',
        },
      },
      leadAgency: 'Văn phòng UBND tỉnh',
      coAgencies: ['Các Sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.1',
        appendix: 'Phụ lục 1, I.1.1',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.1' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2022-03-31',
          wording: 'ngay trong Quý I/2022 đạt 100%',
          source: { document: '04/CT-UBND', date: '2022-01-25', section: '2.3' },
        },
      ],
    },
    {
      id: 'online-service-users-unified-identity',
      name: {
        vi: 'Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền từ trung ương đến địa phương',
        en: 'Share of citizens and businesses using online public services who are identified and authenticated seamlessly and uniformly on all systems of every level of government, central to local',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất',
          en: 'Citizens and businesses using online public services who are identified and authenticated seamlessly and uniformly',
        },
        denominator: {
          vi: 'Người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến',
          en: 'Citizens and businesses using online public services',
        },
        note: {
          vi: 'Cùng mục tiêu: khi sử dụng dịch vụ công, được điền sẵn dữ liệu mà người dùng đã cung cấp trước đó (người dân chỉ phải nhập dữ liệu một lần), phù hợp với tiêu chuẩn chất lượng dịch vụ.',
          en: 'Same target: when using a public service, data the user has already provided is pre-filled (citizens enter data only once), in line with service-quality standards.',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.1',
        appendix: 'Phụ lục 1, I.1.2',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.1' },
        },
      ],
    },
    {
      id: 'tthc-dossiers-fully-online',
      name: {
        vi: 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến',
        en: 'Share of administrative-procedure dossiers processed entirely online',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến',
          en: 'Administrative-procedure dossiers processed entirely online',
        },
        denominator: {
          vi: 'Hồ sơ thủ tục hành chính',
          en: 'Administrative-procedure dossiers',
        },
      },
      leadAgency: 'Các sở, ban, ngành, địa phương',
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.1',
        appendix: 'Phụ lục 1, I.1.3',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 80,
          by: '2025-12-31',
          wording: 'Tối thiểu 80%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.1' },
        },
      ],
    },
    {
      id: 'tthc-satisfaction',
      name: {
        vi: 'Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính',
        en: 'Share of citizens and businesses satisfied with how administrative procedures are handled',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính',
          en: 'Citizens and businesses satisfied with how administrative procedures are handled',
        },
        denominator: {
          vi: 'Người dân, doanh nghiệp được khảo sát',
          en: 'Citizens and businesses surveyed',
        },
      },
      leadAgency: 'Các sở, ban, ngành, địa phương',
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.1',
        appendix: 'Phụ lục 1, I.1.4',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 90,
          by: '2025-12-31',
          wording: 'Tối thiểu 90%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.1' },
        },
      ],
    },

    // ── II.2.1.2 Huy động rộng rãi sự tham gia của xã hội ──────────────────────────────────────────
    {
      id: 'agencies-providing-open-data',
      name: {
        vi: 'Tỷ lệ cơ quan nhà nước của tỉnh tham gia cung cấp dữ liệu mở phục vụ phát triển chính quyền số, kinh tế số, xã hội số',
        en: 'Share of the province’s state agencies taking part in providing open data for digital government, the digital economy and digital society',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ quan nhà nước của tỉnh tham gia cung cấp dữ liệu mở',
          en: 'State agencies of the province taking part in providing open data',
        },
        denominator: { vi: 'Cơ quan nhà nước của tỉnh', en: 'State agencies of the province' },
        note: {
          vi: 'Phụ lục 1 (I.2.1) ghi: "tham gia mở dữ liệu và cung cấp dữ liệu mở".',
          en: 'Phụ lục 1 (I.2.1) words it: "take part in opening data and providing open data".',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.2',
        appendix: 'Phụ lục 1, I.2.1',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.2' },
        },
      ],
    },
    {
      id: 'new-public-services-non-state-participation',
      name: {
        vi: 'Tỷ lệ dịch vụ công mới của cơ quan nhà nước có sự tham gia cung cấp của doanh nghiệp hoặc tổ chức ngoài nhà nước',
        en: 'Share of state agencies’ new public services co-provided by businesses or non-state organisations',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Dịch vụ công mới có sự tham gia cung cấp của doanh nghiệp hoặc tổ chức ngoài nhà nước',
          en: 'New public services co-provided by businesses or non-state organisations',
        },
        denominator: {
          vi: 'Dịch vụ công mới của cơ quan nhà nước',
          en: 'New public services of state agencies',
        },
      },
      leadAgency: 'Văn phòng UBND tỉnh',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.2',
        appendix: 'Phụ lục 1, I.2.2',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          by: '2025-12-31',
          wording: 'Tối thiểu 50%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.2' },
        },
      ],
    },
    {
      id: 'public-services-online-interaction',
      name: {
        vi: 'Tỷ lệ dịch vụ công của tỉnh hỗ trợ người dân, doanh nghiệp khả năng tương tác thuận tiện, trực tuyến với cơ quan nhà nước và cung cấp dịch vụ dựa trên các nền tảng công nghệ số',
        en: 'Share of the province’s public services that let citizens and businesses interact conveniently and online with state agencies, delivered on digital-technology platforms',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Dịch vụ công hỗ trợ tương tác thuận tiện, trực tuyến và được cung cấp dựa trên các nền tảng công nghệ số',
          en: 'Public services supporting convenient online interaction and delivered on digital-technology platforms',
        },
        denominator: { vi: 'Dịch vụ công của tỉnh', en: 'Public services of the province' },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.2',
        appendix: 'Phụ lục 1, I.2.3',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.2' },
        },
      ],
    },

    // ── II.2.1.3 Vận hành tối ưu các hoạt động của cơ quan nhà nước ───────────────────────────────
    {
      id: 'agencies-24-7-online-services',
      name: {
        vi: 'Tỷ lệ cơ quan nhà nước của tỉnh cung cấp dịch vụ 24/7, sẵn sàng phục vụ trực tuyến bất cứ khi nào người dân và doanh nghiệp cần',
        en: 'Share of the province’s state agencies providing services 24/7, ready to serve online whenever citizens and businesses need',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ quan nhà nước của tỉnh cung cấp dịch vụ 24/7',
          en: 'State agencies of the province providing services 24/7',
        },
        denominator: { vi: 'Cơ quan nhà nước của tỉnh', en: 'State agencies of the province' },
      },
      leadAgency: 'Các Sở, ban, ngành, địa phương',
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.1',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'civil-servants-digital-identity',
      name: {
        vi: 'Tỷ lệ công chức của tỉnh được gắn định danh số trong xử lý công việc',
        en: 'Share of the province’s civil servants assigned a digital identity for handling their work',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Công chức được gắn định danh số trong xử lý công việc',
          en: 'Civil servants assigned a digital identity for handling work',
        },
        denominator: { vi: 'Công chức của tỉnh', en: 'Civil servants of the province' },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các Sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.2',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'unified-governance-platform',
      name: {
        vi: 'Tỷ lệ hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước được thực hiện trên nền tảng quản trị tổng thể, thống nhất',
        en: 'Share of state agencies’ direction, management and internal-administration activities carried out on an overall, unified governance platform',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hoạt động chỉ đạo, điều hành và quản trị nội bộ được thực hiện trên nền tảng quản trị tổng thể, thống nhất',
          en: 'Direction, management and internal-administration activities carried out on the unified governance platform',
        },
        denominator: {
          vi: 'Hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước',
          en: 'Direction, management and internal-administration activities of state agencies',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.3',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'e-signed-interagency-documents',
      name: {
        vi: 'Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước của tỉnh được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng',
        en: 'Share of documents exchanged between the province’s state agencies that are electronic and signed with a specialised digital signature',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Văn bản trao đổi dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng',
          en: 'Documents exchanged electronically and signed with a specialised digital signature',
        },
        denominator: {
          vi: 'Văn bản trao đổi giữa các cơ quan nhà nước của tỉnh',
          en: 'Documents exchanged between the province’s state agencies',
        },
        exclusions: [
          {
            vi: 'trừ văn bản mật theo quy định của pháp luật',
            en: 'except documents classified as secret under the law',
          },
        ],
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.4',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'national-reporting-system-use',
      name: {
        vi: 'Tỷ lệ công tác báo cáo được thực hiện trên hệ thống thông tin báo cáo quốc gia',
        en: 'Share of reporting carried out on the national reporting information system',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Báo cáo được thực hiện trên hệ thống thông tin báo cáo quốc gia',
          en: 'Reports made on the national reporting information system',
        },
        denominator: { vi: 'Báo cáo phải thực hiện', en: 'Reports due' },
      },
      leadAgency: 'Các sở, ban, ngành, địa phương',
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.6',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'electronic-records',
      name: {
        vi: 'Tỷ lệ hồ sơ được tạo, lưu giữ, chia sẻ dữ liệu điện tử theo quy định',
        en: 'Share of records created, kept and shared as electronic data as regulated',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hồ sơ được tạo, lưu giữ, chia sẻ dữ liệu điện tử theo quy định',
          en: 'Records created, kept and shared as electronic data as regulated',
        },
        denominator: { vi: 'Hồ sơ', en: 'Records' },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.7',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'shared-platforms-development',
      name: {
        vi: 'Phát triển, mở rộng các hệ thống nền tảng, dùng chung của tỉnh',
        en: 'Developing and expanding the province’s shared platform systems',
      },
      pillar: 'digital-government',
      measure: 'done',
      method: {
        note: {
          vi: 'Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.2.1.3 "Phát triển, mở rộng các hệ thống nền tảng, dùng chung của tỉnh": các nền tảng dùng chung là của tỉnh, không phải của từng huyện, xã.',
          en: 'A goal of the province as a whole, so at province level only: II.2.1.3 "Phát triển, mở rộng các hệ thống nền tảng, dùng chung của tỉnh" (the province’s shared platform systems): the shared platforms are the province’s, not each district’s or commune’s.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
      targets: [
        {
          kind: 'qualitative',
          level: 'province',
          by: '2025-12-31',
          wording: 'Phát triển, mở rộng',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'shared-databases-connected',
      name: {
        vi: 'Tỷ lệ cơ sở dữ liệu dùng chung được chia sẻ, kết nối trên toàn tỉnh',
        en: 'Share of shared databases that are shared and connected across the province',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ sở dữ liệu dùng chung được chia sẻ, kết nối trên toàn tỉnh',
          en: 'Shared databases shared and connected across the province',
        },
        denominator: { vi: 'Cơ sở dữ liệu dùng chung', en: 'Shared databases' },
        note: {
          vi: 'Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.2.1.3 "100% cơ sở dữ liệu dùng chung được chia sẻ, kết nối trên toàn tỉnh": cơ sở dữ liệu dùng chung của tỉnh, kết nối trên toàn tỉnh, không phải của từng huyện, xã.',
          en: 'A goal of the province as a whole, so at province level only: II.2.1.3 "100% cơ sở dữ liệu dùng chung được chia sẻ, kết nối trên toàn tỉnh" (shared databases shared and connected across the province): the province’s shared databases, not each district’s or commune’s.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'state-data-opening',
      name: {
        vi: 'Các cơ quan nhà nước các cấp mở dữ liệu để phục vụ cung cấp dịch vụ công, thúc đẩy phát triển kinh tế số, xã hội số (đến năm 2030: mở dữ liệu cho các tổ chức, doanh nghiệp)',
        en: 'State agencies at all levels opening their data for public services and for the digital economy and society (by 2030: open data for organisations and businesses)',
      },
      pillar: 'digital-government',
      measure: 'done',
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
      targets: [
        {
          kind: 'qualitative',
          by: '2025-12-31',
          wording: 'từng bước mở dữ liệu',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
        {
          kind: 'qualitative',
          by: '2030-12-31',
          wording: 'mở dữ liệu cho các tổ chức, doanh nghiệp',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
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
          vi: 'Mục II.3 (2030) không nhắc lại phần loại trừ; coi là cùng chỉ tiêu nên vẫn áp dụng.',
          en: 'Section II.3 (2030) does not repeat the exclusion; read as the same indicator, so it still applies.',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.5',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 90,
          level: 'province',
          by: '2025-12-31',
          wording: '90%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 80,
          level: 'district',
          by: '2025-12-31',
          wording: '80%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 60,
          level: 'commune',
          by: '2025-12-31',
          wording: '60%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2030-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2030-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'commune',
          by: '2030-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
      ],
    },
    {
      id: 'digital-supervision-inspection',
      name: {
        vi: 'Tỷ lệ hoạt động giám sát, kiểm tra của cơ quan quản lý được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
        en: 'Share of management agencies’ supervision and inspection activities carried out through the digital environment and the agencies’ information systems',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hoạt động giám sát, kiểm tra được thực hiện thông qua môi trường số và hệ thống thông tin',
          en: 'Supervision and inspection activities carried out through the digital environment and information systems',
        },
        denominator: {
          vi: 'Hoạt động giám sát, kiểm tra của cơ quan quản lý',
          en: 'Supervision and inspection activities of management agencies',
        },
      },
      leadAgency: 'Các sở, ban, ngành, địa phương',
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.8',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          by: '2025-12-31',
          wording: 'Tối thiểu 50%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'officials-basic-digital-skills',
      name: {
        vi: 'Tỷ lệ cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản',
        en: 'Share of cadres, civil servants and public employees trained in basic digital skills',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản',
          en: 'Cadres, civil servants and public employees trained in basic digital skills',
        },
        denominator: {
          vi: 'Cán bộ, công chức, viên chức',
          en: 'Cadres, civil servants and public employees',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.9',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'officials-data-analysis-skills',
      name: {
        vi: 'Tỷ lệ cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số',
        en: 'Share of cadres, civil servants and public employees trained in data analysis and exploitation and in digital technology',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số',
          en: 'Cadres, civil servants and public employees trained in data analysis and exploitation and in digital technology',
        },
        denominator: {
          vi: 'Cán bộ, công chức, viên chức',
          en: 'Cadres, civil servants and public employees',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.1.3',
        appendix: 'Phụ lục 1, I.3.9',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          by: '2025-12-31',
          wording: '50%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'video-conferencing-use',
      name: {
        vi: 'Tăng cường sử dụng hiệu quả hệ thống Hội nghị truyền hình trực tuyến của các cấp tỉnh, huyện, xã',
        en: 'Stepping up effective use of the online video-conferencing system at province, district and commune level',
      },
      pillar: 'digital-government',
      measure: 'done',
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
      targets: [
        {
          kind: 'qualitative',
          by: '2025-12-31',
          wording: 'Tăng cường',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'meeting-time-reduction',
      name: {
        vi: 'Mức thay đổi thời gian họp so với trước (rút ngắn là giá trị âm) nhờ Hệ thống thông tin phục vụ họp và xử lý công việc, văn phòng điện tử',
        en: 'Change in meeting time against the baseline (a reduction is negative) through the meeting and work-processing information system and the e-office',
      },
      pillar: 'digital-government',
      measure: 'percent-change',
      method: {
        note: {
          vi: '"Rút ngắn 40%-60%" là mức giảm từ 40% đến 60%, tức thay đổi tương đối trong khoảng [-60, -40]. Văn bản không nêu mức cơ sở.',
          en: '"Rút ngắn 40%-60%" (shorten by 40–60 %) is a reduction of 40 % to 60 %, i.e. a relative change within [-60, -40]. The plan does not state the baseline.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
      targets: [
        {
          kind: 'range',
          min: -60,
          max: -40,
          by: '2025-12-31',
          wording: 'Rút ngắn 40%-60%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },
    {
      id: 'paper-document-reduction',
      name: {
        vi: 'Giảm tối đa việc sử dụng tài liệu giấy thông qua Hệ thống thông tin phục vụ họp và xử lý công việc, văn phòng điện tử',
        en: 'Cutting the use of paper documents as far as possible through the meeting and work-processing information system and the e-office',
      },
      pillar: 'digital-government',
      measure: 'done',
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
      targets: [
        {
          kind: 'qualitative',
          by: '2025-12-31',
          wording: 'giảm tối đa',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
        },
      ],
    },

    // ── II.2.2 Kinh tế số ─────────────────────────────────────────────────────────────────────────
    {
      id: 'digital-tech-enterprises',
      name: {
        vi: 'Số doanh nghiệp công nghệ số',
        en: 'Number of digital-technology enterprises',
      },
      pillar: 'digital-economy',
      measure: 'count',
      method: {
        note: {
          vi: 'Mục tiêu 2025 đi kèm yêu cầu "Củng cố chất lượng doanh nghiệp công nghệ số". Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: "phấn đấu tối thiểu có 300 doanh nghiệp công nghệ số" (II.2.2, "Phát triển kinh tế số, nâng cao năng lực cạnh tranh của nền kinh tế") và "Tối thiểu có 1.100 doanh nghiệp công nghệ số" (II.3) đếm doanh nghiệp của nền kinh tế tỉnh: 300 là tổng của tỉnh, không phải của mỗi huyện, xã.',
          en: 'The 2025 target comes with "consolidate the quality of digital-technology enterprises". A goal of the province as a whole, so at province level only: "phấn đấu tối thiểu có 300 doanh nghiệp công nghệ số" (II.2.2, under developing the digital economy and the competitiveness of the economy) and "Tối thiểu có 1.100 doanh nghiệp công nghệ số" (II.3) count the enterprises of the province’s economy: 300 is the province’s total, not each district’s or commune’s.',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: [
        'Sở Kế hoạch và Đầu tư',
        'Sở Công Thương',
        'Ban Quản lý các khu công nghiệp',
        'Hiệp hội Doanh nghiệp',
      ],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.2',
        appendix: 'Phụ lục 1, II.1',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 300,
          level: 'province',
          by: '2025-12-31',
          wording: 'tối thiểu có 300',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.2' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 1100,
          level: 'province',
          by: '2030-12-31',
          wording: 'Tối thiểu có 1.100',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
      ],
    },
    {
      id: 'digital-economy-grdp-share',
      name: {
        vi: 'Tỷ trọng giá trị tăng thêm của kinh tế số trong tổng sản phẩm trên địa bàn tỉnh (GRDP)',
        en: 'Digital economy’s value added as a share of the province’s gross regional domestic product (GRDP)',
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
          vi: 'Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.2.2 "Tỷ trọng giá trị tăng thêm của kinh tế số trong tổng sản phẩm trên địa bàn tỉnh từ 20-25%": GRDP là của tỉnh; huyện, xã không có tỷ trọng GRDP.',
          en: 'A goal of the province as a whole, so at province level only: II.2.2 "Tỷ trọng giá trị tăng thêm của kinh tế số trong tổng sản phẩm trên địa bàn tỉnh từ 20-25%" (the digital economy’s value added in the gross product of the province): GRDP is the province’s; a district or commune has no GRDP share.',
        },
      },
      leadAgency: 'Sở Kế hoạch và Đầu tư',
      coAgencies: ['Các Sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.2',
        appendix: 'Phụ lục 1, II.2',
      },
      targets: [
        {
          kind: 'range',
          min: 20,
          max: 25,
          level: 'province',
          by: '2025-12-31',
          wording: 'từ 20-25%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.2' },
        },
      ],
    },

    // ── II.2.3 Xã hội số ──────────────────────────────────────────────────────────────────────────
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
        note: {
          vi: 'Đến năm 2030 (mục II.3): phổ cập dịch vụ mạng Internet băng rộng cáp quang, không nêu con số. Chỉ thị 04 (mục 4) yêu cầu doanh nghiệp viễn thông "mở rộng hạ tầng Internet cáp quang băng rộng sẵn sàng đáp ứng cho 100% hộ gia đình": hạ tầng sẵn sàng đáp ứng cho hộ gia đình được đọc là hạ tầng phủ tới hộ gia đình, nên cùng chỉ tiêu, ≥ 100; Chỉ thị không nêu thời hạn. Đo theo từng đơn vị (hộ gia đình của đơn vị), không có cấp: áp dụng ở mọi cấp.',
          en: 'By 2030 (section II.3): universal fibre-optic broadband Internet service, no number given. Directive 04 (item 4) asks telecom companies to "mở rộng hạ tầng Internet cáp quang băng rộng sẵn sàng đáp ứng cho 100% hộ gia đình" (extend fibre broadband ready to serve 100 % of households): infrastructure ready to serve a household is read as infrastructure covering it, so the same indicator, ≥ 100; the directive gives no deadline. Measured per unit (the unit’s households), with no level: it applies at every level.',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.3',
        appendix: 'Phụ lục 1, III.1',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>',
          value: 80,
          by: '2025-12-31',
          wording: 'trên 80%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
        },
        {
          kind: 'qualitative',
          by: '2030-12-31',
          wording: 'Phổ cập dịch vụ mạng Internet băng rộng cáp quang',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          wording: 'sẵn sàng đáp ứng cho 100% hộ gia đình',
          source: { document: '04/CT-UBND', date: '2022-01-25', section: '4' },
        },
      ],
    },
    {
      id: 'fibre-commune-coverage',
      name: {
        vi: 'Tỷ lệ xã, phường, thị trấn được hạ tầng mạng băng rộng cáp quang phủ tới',
        en: 'Share of communes, wards and townships covered by fibre-optic broadband infrastructure',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Xã, phường, thị trấn được hạ tầng mạng băng rộng cáp quang phủ tới',
          en: 'Communes, wards and townships covered by fibre-optic broadband',
        },
        denominator: {
          vi: 'Xã, phường, thị trấn của tỉnh',
          en: 'Communes, wards and townships of the province',
        },
      },
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.3',
        appendix: 'Phụ lục 1, III.1',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
        },
      ],
    },
    {
      id: 'mobile-broadband-smartphones',
      name: {
        vi: 'Phổ cập dịch vụ mạng di động 4G/5G và điện thoại di động thông minh (đến năm 2030: mạng di động 5G và các công nghệ di động thế hệ tiếp theo)',
        en: 'Universal 4G/5G mobile service and smartphones (by 2030: 5G and next-generation mobile technologies)',
      },
      pillar: 'digital-society',
      measure: 'done',
      leadAgency: 'Sở Thông tin và Truyền thông',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.3',
        appendix: 'Phụ lục 1, III.2',
      },
      targets: [
        {
          kind: 'qualitative',
          by: '2025-12-31',
          wording: 'Phổ cập',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
        },
        {
          kind: 'qualitative',
          by: '2030-12-31',
          wording: 'phổ cập dịch vụ mạng di động 5G',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
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
      leadAgency: 'Ngân hàng Nhà nước tỉnh',
      coAgencies: ['Các sở, ban, ngành, địa phương'],
      source: {
        document: '302/KH-UBND',
        date: '2021-12-08',
        section: 'II.2.3',
        appendix: 'Phụ lục 1, III.3',
      },
      targets: [
        {
          kind: 'threshold',
          op: '>',
          value: 50,
          by: '2025-12-31',
          wording: 'trên 50%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
        },
        {
          kind: 'threshold',
          op: '>',
          value: 90,
          by: '2030-12-31',
          wording: 'trên 90%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
      ],
    },
    {
      id: 'resident-digital-identity',
      name: {
        vi: 'Tỷ lệ người dân có danh tính số',
        en: 'Share of residents with a digital identity',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: { vi: 'Người dân có danh tính số', en: 'Residents with a digital identity' },
        denominator: { vi: 'Người dân', en: 'Residents' },
        note: {
          vi: '"Mỗi người dân có danh tính số": mọi người dân, đọc là 100%.',
          en: '"Every resident has a digital identity": every resident, read as 100 %.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: 'Mỗi người dân có danh tính số',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
        },
      ],
    },
    {
      id: 'household-digital-address',
      name: {
        vi: 'Tỷ lệ hộ gia đình có địa chỉ số',
        en: 'Share of households with a digital address',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: { vi: 'Hộ gia đình có địa chỉ số', en: 'Households with a digital address' },
        denominator: { vi: 'Hộ gia đình', en: 'Households' },
        note: {
          vi: '"mỗi hộ gia đình có địa chỉ số": mọi hộ gia đình, đọc là 100%. Chỉ thị 04 (mục 4): "hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình": đến từng hộ gia đình, cũng đọc là 100% (không nêu thời hạn); phần cơ quan, đơn vị là chỉ tiêu agency-digital-address.',
          en: '"every household has a digital address": every household, read as 100 %. Directive 04 (item 4): "hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình" (complete digital addresses down to every agency, unit and household): every household, also read as 100 % (no deadline given); the agencies and units are indicator agency-digital-address.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: 'mỗi hộ gia đình có địa chỉ số',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          wording: 'hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình',
          source: { document: '04/CT-UBND', date: '2022-01-25', section: '4' },
        },
      ],
    },
    {
      id: 'cybersecurity-rank',
      name: {
        vi: 'Thứ hạng của tỉnh Vĩnh Phúc trong các tỉnh, thành phố về an toàn, an ninh mạng',
        en: 'Vĩnh Phúc’s rank among provinces and centrally-run cities in cyber safety and security',
      },
      // In II.2.3 (digital society) of the plan.
      pillar: 'digital-society',
      measure: 'rank',
      method: {
        note: {
          vi: 'Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.2.3 "Vĩnh Phúc thuộc nhóm 10 tỉnh, thành phố dẫn đầu về an toàn, an ninh mạng" xếp hạng cả tỉnh trong các tỉnh, thành phố; huyện, xã không có thứ hạng này.',
          en: 'A goal of the province as a whole, so at province level only: II.2.3 "Vĩnh Phúc thuộc nhóm 10 tỉnh, thành phố dẫn đầu về an toàn, an ninh mạng" (Vĩnh Phúc among the 10 leading provinces and cities in cyber safety and security) ranks the province among the provinces; a district or commune has no such rank.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
      targets: [
        {
          kind: 'rank',
          top: 10,
          level: 'province',
          by: '2025-12-31',
          wording: 'thuộc nhóm 10 tỉnh, thành phố dẫn đầu',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
        },
        {
          kind: 'rank',
          top: 10,
          level: 'province',
          by: '2030-12-31',
          wording: 'Duy trì thuộc nhóm 10',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
      ],
    },

    // ── II.2.4 Dịch vụ đô thị thông minh ──────────────────────────────────────────────────────────
    {
      id: 'smart-city-scheme',
      name: {
        vi: 'Xây dựng, triển khai Đề án dịch vụ đô thị thông minh tỉnh Vĩnh Phúc đến năm 2025, định hướng đến năm 2030',
        en: 'Drawing up and carrying out the Vĩnh Phúc smart-city services scheme to 2025, with orientation to 2030',
      },
      pillar: 'smart-city',
      measure: 'done',
      method: {
        note: {
          vi: 'Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.2.4 "Xây dựng, triển khai Đề án dịch vụ đô thị thông minh tỉnh Vĩnh Phúc": một đề án, của tỉnh.',
          en: 'A goal of the province as a whole, so at province level only: II.2.4 "Xây dựng, triển khai Đề án dịch vụ đô thị thông minh tỉnh Vĩnh Phúc" (the Vĩnh Phúc smart-city services scheme): one scheme, the province’s.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.4' },
      targets: [
        {
          kind: 'qualitative',
          level: 'province',
          by: '2025-12-31',
          wording: 'Xây dựng, triển khai',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.4' },
        },
      ],
    },
    {
      id: 'smart-city-services-system',
      name: {
        vi: 'Triển khai hệ thống dịch vụ đô thị thông minh',
        en: 'Deploying the smart-city services system',
      },
      pillar: 'smart-city',
      measure: 'done',
      method: {
        note: {
          vi: 'Đối với các dịch vụ: giám sát, điều hành chỉ tiêu kinh tế - xã hội; chỉ tiêu báo cáo, thống kê; giám sát hiệu quả hoạt động của chính quyền; phản ánh hiện trường; giám sát điều hành giao thông; giám sát điều hành an ninh công cộng; giám sát dịch vụ công ích; y tế; giáo dục; du lịch; giám sát thông tin mạng; hỏi đáp ý kiến phục vụ người dân; giám sát an toàn không gian mạng. Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: mục III.5 giao đúng các dịch vụ này cho "Trung tâm giám sát, điều hành dịch vụ đô thị thông minh của tỉnh": hệ thống là của tỉnh.',
          en: 'For these services: monitoring and steering socio-economic indicators; reporting and statistical indicators; monitoring government performance; on-the-spot citizen reports; traffic monitoring and control; public-security monitoring and control; monitoring public-utility services; health; education; tourism; monitoring online information; questions and feedback for citizens; cyberspace-safety monitoring. A goal of the province as a whole, so at province level only: section III.5 gives these very services to "Trung tâm giám sát, điều hành dịch vụ đô thị thông minh của tỉnh" (the province’s smart-city monitoring and operations centre): the system is the province’s.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.4' },
      targets: [
        {
          kind: 'qualitative',
          level: 'province',
          by: '2025-12-31',
          wording: 'Triển khai',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.4' },
        },
      ],
    },
    {
      id: 'smart-services-commune-coverage',
      name: {
        vi: 'Tỷ lệ xã, phường, thị trấn triển khai dịch vụ đô thị thông minh phù hợp điều kiện của địa phương',
        en: 'Share of communes, wards and townships deploying smart-city services suited to local conditions',
      },
      pillar: 'smart-city',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Xã, phường, thị trấn triển khai dịch vụ đô thị thông minh',
          en: 'Communes, wards and townships deploying smart-city services',
        },
        denominator: {
          vi: 'Xã, phường, thị trấn của tỉnh',
          en: 'Communes, wards and townships of the province',
        },
        note: {
          vi: '2025: nhân rộng mô hình dịch vụ thông minh tại một số xã, phường, thị trấn (không nêu con số); 2030: tất cả, đọc là 100%.',
          en: '2025: replicate the smart-service model in some communes, wards and townships (no number); 2030: all of them, read as 100 %.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.4' },
      targets: [
        {
          kind: 'qualitative',
          by: '2025-12-31',
          wording: 'Nhân rộng',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.4' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2030-12-31',
          wording: 'Tất cả các xã, phường, thị trấn',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
      ],
    },

    // ── II.3 Goals for 2030 only ──────────────────────────────────────────────────────────────────
    // The II.3 sentence on data platforms, fewer procedures and data-driven services restates the
    // digital-government goals of the national programme (749/QĐ-TTg) for 2030, so these three are
    // filed under 'digital-government'.
    {
      id: 'key-sector-data-platforms',
      name: {
        vi: 'Hình thành nền tảng dữ liệu cho các ngành kinh tế trọng điểm dựa trên dữ liệu của các cơ quan nhà nước và hạ tầng số, kết nối, chia sẻ rộng khắp giữa các cơ quan nhà nước',
        en: 'Establishing data platforms for key economic sectors, built on state agencies’ data and digital infrastructure, widely connected and shared among state agencies',
      },
      pillar: 'digital-government',
      measure: 'done',
      method: {
        note: {
          vi: 'Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.3 "Hình thành nền tảng dữ liệu cho các ngành kinh tế trọng điểm dựa trên dữ liệu của các cơ quan nhà nước và hạ tầng số, kết nối, chia sẻ rộng khắp giữa các cơ quan nhà nước": nền tảng cho các ngành kinh tế trọng điểm của tỉnh, không phải của từng huyện, xã.',
          en: 'A goal of the province as a whole, so at province level only: II.3 "Hình thành nền tảng dữ liệu cho các ngành kinh tế trọng điểm dựa trên dữ liệu của các cơ quan nhà nước và hạ tầng số, kết nối, chia sẻ rộng khắp giữa các cơ quan nhà nước": platforms for the province’s key economic sectors, not each district’s or commune’s.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
      targets: [
        {
          kind: 'qualitative',
          level: 'province',
          by: '2030-12-31',
          wording: 'Hình thành',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
      ],
    },
    {
      id: 'administrative-procedure-reduction',
      name: {
        vi: 'Mức thay đổi số thủ tục hành chính so với mức cơ sở (giảm là giá trị âm)',
        en: 'Change in the number of administrative procedures against the baseline (a reduction is negative)',
      },
      pillar: 'digital-government',
      measure: 'percent-change',
      method: {
        note: {
          vi: '"giảm 30%": thay đổi tương đối ≤ -30%. Văn bản không nêu mức cơ sở. Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.3 đặt "giảm 30% thủ tục hành chính" trong cùng câu với "Hình thành nền tảng dữ liệu cho các ngành kinh tế trọng điểm … kết nối, chia sẻ rộng khắp giữa các cơ quan nhà nước": số thủ tục hành chính của tỉnh, không đo riêng cho từng huyện, xã.',
          en: '"giảm 30%" (cut by 30 %): relative change ≤ -30 %. The plan does not state the baseline. A goal of the province as a whole, so at province level only: II.3 puts "giảm 30% thủ tục hành chính" in one sentence with "Hình thành nền tảng dữ liệu cho các ngành kinh tế trọng điểm … kết nối, chia sẻ rộng khắp giữa các cơ quan nhà nước" (data platforms for the key economic sectors, shared among all state agencies): the province’s number of procedures, not measured per district or commune.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
      targets: [
        {
          kind: 'change',
          op: '<=',
          value: -30,
          from: 'baseline',
          level: 'province',
          by: '2030-12-31',
          wording: 'giảm 30%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
      ],
    },
    {
      id: 'data-driven-innovative-services',
      name: {
        vi: 'Mức tăng dịch vụ sáng tạo dựa trên dữ liệu phục vụ người dân, doanh nghiệp so với mức cơ sở',
        en: 'Growth in data-driven innovative services for citizens and businesses against the baseline',
      },
      pillar: 'digital-government',
      measure: 'percent-change',
      method: {
        note: {
          vi: '"tăng 30%": thay đổi tương đối ≥ +30%. Văn bản không nêu mức cơ sở. Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: II.3 đặt "tăng 30% dịch vụ sáng tạo dựa trên dữ liệu phục vụ người dân, doanh nghiệp" trong cùng câu với nền tảng dữ liệu cho các ngành kinh tế trọng điểm: số dịch vụ của tỉnh, không đo riêng cho từng huyện, xã.',
          en: '"tăng 30%" (increase by 30 %): relative change ≥ +30 %. The plan does not state the baseline. A goal of the province as a whole, so at province level only: II.3 puts "tăng 30% dịch vụ sáng tạo dựa trên dữ liệu phục vụ người dân, doanh nghiệp" in one sentence with the data platforms for the key economic sectors: the province’s number of services, not measured per district or commune.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
      targets: [
        {
          kind: 'change',
          op: '>=',
          value: 30,
          from: 'baseline',
          level: 'province',
          by: '2030-12-31',
          wording: 'tăng 30%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
        },
      ],
    },

    // ── III.6 Ưu tiên chuyển đổi số các ngành, lĩnh vực trọng điểm; V.17 ──────────────────────────
    // Section III (tasks) and V (responsibilities) carry no date: their deadline is the end of the
    // plan's period, 2021-2025. They have no Phụ lục 1 row, so no lead agency is recorded; the note
    // names the department section V gives them to. Pillar: the digitalisation of health and
    // education serves people (digital society), as the same ids do in Kế hoạch 154.
    {
      id: 'health-facilities-telemedicine',
      name: {
        vi: 'Tỷ lệ cơ sở y tế có bộ phận khám chữa bệnh từ xa',
        en: 'Share of health facilities with a remote (tele-medicine) examination and treatment unit',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ sở y tế có bộ phận khám chữa bệnh từ xa',
          en: 'Health facilities with a remote examination and treatment unit',
        },
        denominator: { vi: 'Cơ sở y tế', en: 'Health facilities' },
        note: {
          vi: 'Mục III.6.1 (Chuyển đổi số trong lĩnh vực y tế): "Triển khai nền tảng hỗ trợ khám, chữa bệnh từ xa …; 100% các cơ sở y tế có bộ phận khám chữa bệnh từ xa". Không nêu thời hạn: lấy mốc cuối giai đoạn của kế hoạch (2021-2025), 31/12/2025. Sở Y tế thực hiện mục 6.1 phần III (mục V.6). Đo theo từng đơn vị (cơ sở y tế của đơn vị), không có cấp: áp dụng ở mọi cấp.',
          en: 'Section III.6.1 (digital transformation in health): "Triển khai nền tảng hỗ trợ khám, chữa bệnh từ xa …; 100% các cơ sở y tế có bộ phận khám chữa bệnh từ xa" (… 100 % of health facilities have a remote examination and treatment unit). No date is given: the deadline is the end of the plan’s period 2021-2025, 31/12/2025. The Department of Health carries out III.6.1 (section V.6). Measured per unit (the unit’s health facilities), with no level: it applies at every level.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.1' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: '100% các cơ sở y tế có bộ phận khám chữa bệnh từ xa',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.1' },
        },
      ],
    },
    {
      // Same id as Kế hoạch 154's: residents with a digital personal health record.
      id: 'resident-digital-health-record',
      name: {
        vi: 'Tỷ lệ người dân có hồ sơ số về sức khỏe cá nhân',
        en: 'Share of residents with a digital personal health record',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Người dân có hồ sơ số về sức khỏe cá nhân',
          en: 'Residents with a digital personal health record',
        },
        denominator: { vi: 'Người dân', en: 'Residents' },
        note: {
          vi: 'Mục III.6.1: "Mỗi người dân có một hồ sơ số về sức khỏe cá nhân": mọi người dân, đọc là 100% (như "Mỗi người dân có danh tính số" ở II.2.3). Không nêu thời hạn: lấy mốc cuối giai đoạn của kế hoạch (2021-2025), 31/12/2025. Sở Y tế thực hiện mục 6.1 phần III (mục V.6). Đo theo từng đơn vị (người dân của đơn vị), không có cấp: áp dụng ở mọi cấp.',
          en: 'Section III.6.1: "Mỗi người dân có một hồ sơ số về sức khỏe cá nhân" (every resident has a digital personal health record): every resident, read as 100 % (as "Mỗi người dân có danh tính số" in II.2.3). No date is given: the deadline is the end of the plan’s period 2021-2025, 31/12/2025. The Department of Health carries out III.6.1 (section V.6). Measured per unit (the unit’s residents), with no level: it applies at every level.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.1' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: 'Mỗi người dân có một hồ sơ số về sức khỏe cá nhân',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.1' },
        },
      ],
    },
    {
      id: 'schools-digital-skills-education',
      name: {
        vi: 'Tỷ lệ trường phổ thông được đưa nội dung giáo dục kỹ năng số, chuyển đổi số vào',
        en: 'Share of general-education schools that teach digital skills and digital transformation',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Trường phổ thông được đưa nội dung giáo dục kỹ năng số, chuyển đổi số vào',
          en: 'General-education schools teaching digital skills and digital transformation',
        },
        denominator: { vi: 'Trường phổ thông', en: 'General-education schools' },
        note: {
          vi: 'Mục III.6.2 (Chuyển đổi số trong lĩnh vực giáo dục): "Đưa nội dung giáo dục kỹ năng số, chuyển đổi số vào 100% trường phổ thông". Không nêu thời hạn: lấy mốc cuối giai đoạn của kế hoạch (2021-2025), 31/12/2025. Sở Giáo dục và Đào tạo thực hiện mục 6.2 phần III (mục V.7). Đo theo từng đơn vị (trường của đơn vị), không có cấp: áp dụng ở mọi cấp.',
          en: 'Section III.6.2 (digital transformation in education): "Đưa nội dung giáo dục kỹ năng số, chuyển đổi số vào 100% trường phổ thông" (bring digital-skills and digital-transformation education into 100 % of general-education schools). No date is given: the deadline is the end of the plan’s period 2021-2025, 31/12/2025. The Department of Education and Training carries out III.6.2 (section V.7). Measured per unit (the unit’s schools), with no level: it applies at every level.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: 'vào 100% trường phổ thông',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
        },
      ],
    },
    {
      id: 'education-dx-training',
      name: {
        vi: 'Tỷ lệ cán bộ, giáo viên, học sinh, sinh viên được tập huấn, bồi dưỡng kiến thức, kỹ năng về công nghệ thông tin, an toàn thông tin liên quan đến chuyển đổi số',
        en: 'Share of education staff, teachers, pupils and students trained in information technology and information security for digital transformation',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cán bộ, giáo viên, học sinh, sinh viên được tập huấn, bồi dưỡng kiến thức, kỹ năng về công nghệ thông tin, an toàn thông tin liên quan đến chuyển đổi số',
          en: 'Education staff, teachers, pupils and students trained in information technology and information security for digital transformation',
        },
        denominator: { vi: 'Cán bộ, giáo viên, học sinh, sinh viên', en: 'Education staff, teachers, pupils and students' },
        note: {
          vi: 'Mục III.6.2: "tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng về công nghệ thông tin, an toàn thông tin liên quan đến chuyển đổi số cho 100% cán bộ, giáo viên, học sinh, sinh viên". Không nêu thời hạn: lấy mốc cuối giai đoạn của kế hoạch (2021-2025), 31/12/2025. Sở Giáo dục và Đào tạo thực hiện (mục V.7). Đo theo từng đơn vị, không có cấp: áp dụng ở mọi cấp.',
          en: 'Section III.6.2: "tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng về công nghệ thông tin, an toàn thông tin liên quan đến chuyển đổi số cho 100% cán bộ, giáo viên, học sinh, sinh viên" (train 100 % of education staff, teachers, pupils and students). No date is given: the deadline is the end of the plan’s period 2021-2025, 31/12/2025. The Department of Education and Training carries it out (section V.7). Measured per unit, with no level: it applies at every level.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: 'cho 100% cán bộ, giáo viên, học sinh, sinh viên',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
        },
      ],
    },
    {
      // Same id as Kế hoạch 154's ("hồ sơ số về việc học tập cá nhân"): a pupil's digital record of
      // their learning, read as the same record.
      id: 'student-digital-learning-records',
      name: {
        vi: 'Tỷ lệ học sinh có hồ sơ số về quá trình học tập',
        en: 'Share of pupils with a digital record of their learning',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Học sinh có hồ sơ số về quá trình học tập',
          en: 'Pupils with a digital record of their learning',
        },
        denominator: { vi: 'Học sinh', en: 'Pupils' },
        note: {
          vi: 'Mục III.6.2: "Xây dựng hồ sơ số về quá trình học tập cho 100% học sinh". Cùng chỉ tiêu với "hồ sơ số về việc học tập cá nhân" của Kế hoạch 154/KH-UBND (Tuyên Quang). Không nêu thời hạn: lấy mốc cuối giai đoạn của kế hoạch (2021-2025), 31/12/2025. Sở Giáo dục và Đào tạo thực hiện (mục V.7). Đo theo từng đơn vị, không có cấp: áp dụng ở mọi cấp.',
          en: 'Section III.6.2: "Xây dựng hồ sơ số về quá trình học tập cho 100% học sinh" (build a digital record of their learning for 100 % of pupils). The same indicator as Plan 154/KH-UBND’s (Tuyên Quang) "hồ sơ số về việc học tập cá nhân". No date is given: the deadline is the end of the plan’s period 2021-2025, 31/12/2025. The Department of Education and Training carries it out (section V.7). Measured per unit, with no level: it applies at every level.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: 'Xây dựng hồ sơ số về quá trình học tập cho 100% học sinh',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
        },
      ],
    },
    {
      id: 'teacher-digital-records',
      name: {
        vi: 'Tỷ lệ giáo viên trên địa bàn tỉnh có hồ sơ số',
        en: 'Share of teachers in the province with a digital record',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: { vi: 'Giáo viên có hồ sơ số', en: 'Teachers with a digital record' },
        denominator: { vi: 'Giáo viên trên địa bàn tỉnh', en: 'Teachers in the province' },
        note: {
          vi: 'Mục III.6.2: "xây dựng hồ sơ số cho 100% giáo viên trên địa bàn tỉnh". Không nêu thời hạn: lấy mốc cuối giai đoạn của kế hoạch (2021-2025), 31/12/2025. Sở Giáo dục và Đào tạo thực hiện (mục V.7). Đo theo từng đơn vị (giáo viên của đơn vị), không có cấp: áp dụng ở mọi cấp.',
          en: 'Section III.6.2: "xây dựng hồ sơ số cho 100% giáo viên trên địa bàn tỉnh" (build a digital record for 100 % of the teachers in the province). No date is given: the deadline is the end of the plan’s period 2021-2025, 31/12/2025. The Department of Education and Training carries it out (section V.7). Measured per unit (the unit’s teachers), with no level: it applies at every level.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: 'cho 100% giáo viên',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
        },
      ],
    },
    {
      id: 'education-institutions-it-infrastructure',
      name: {
        vi: 'Tỷ lệ cơ sở giáo dục được trang bị hạ tầng công nghệ thông tin đáp ứng việc chuyển đổi số trong lĩnh vực giáo dục',
        en: 'Share of educational institutions equipped with IT infrastructure that meets the needs of digital transformation in education',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ sở giáo dục được trang bị hạ tầng công nghệ thông tin đáp ứng việc chuyển đổi số trong lĩnh vực giáo dục',
          en: 'Educational institutions equipped with IT infrastructure meeting the needs of digital transformation in education',
        },
        denominator: { vi: 'Cơ sở giáo dục', en: 'Educational institutions' },
        note: {
          vi: 'Mục III.6.2: "Trang bị hạ tầng công nghệ thông tin đáp ứng việc chuyển đổi số trong lĩnh vực giáo dục cho 100% cơ sở giáo dục". Không nêu thời hạn: lấy mốc cuối giai đoạn của kế hoạch (2021-2025), 31/12/2025. Sở Giáo dục và Đào tạo thực hiện (mục V.7). Đo theo từng đơn vị (cơ sở giáo dục của đơn vị), không có cấp: áp dụng ở mọi cấp.',
          en: 'Section III.6.2: "Trang bị hạ tầng công nghệ thông tin đáp ứng việc chuyển đổi số trong lĩnh vực giáo dục cho 100% cơ sở giáo dục" (equip 100 % of educational institutions with IT infrastructure for digital transformation in education). No date is given: the deadline is the end of the plan’s period 2021-2025, 31/12/2025. The Department of Education and Training carries it out (section V.7). Measured per unit (the unit’s institutions), with no level: it applies at every level.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          by: '2025-12-31',
          wording: 'cho 100% cơ sở giáo dục',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'III.6.2' },
        },
      ],
    },
    {
      id: 'sector-information-systems',
      name: {
        vi: 'Tỷ lệ ngành hoàn thiện hệ thống thông tin chuyên ngành trên nền tảng số hóa và vận hành bởi quy trình số',
        en: 'Share of sectors that have completed their sector information system on a digitised platform, run by digital processes',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Ngành hoàn thiện hệ thống thông tin chuyên ngành trên nền tảng số hóa và vận hành bởi quy trình số',
          en: 'Sectors that have completed their sector information system on a digitised platform, run by digital processes',
        },
        denominator: { vi: 'Các ngành của tỉnh', en: 'The province’s sectors' },
        note: {
          vi: 'Mục V.17 (Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố): "Tổ chức số hóa dữ liệu quản lý chuyên ngành tại các sở, ngành, UBND huyện, thành phố theo lộ trình, đảm bảo 100% các ngành hoàn thiện hệ thống thông tin chuyên ngành trên nền tảng số hóa và vận hành bởi quy trình số". "Theo lộ trình", không nêu thời hạn: lấy mốc cuối giai đoạn của kế hoạch (2021-2025), 31/12/2025. Cấp tỉnh: tỷ lệ tính trên các ngành của tỉnh, mỗi ngành một hệ thống thông tin chuyên ngành; huyện, xã số hóa dữ liệu nhưng không có ngành riêng để đếm.',
          en: 'Section V.17 (departments and district People’s Committees): "Tổ chức số hóa dữ liệu quản lý chuyên ngành tại các sở, ngành, UBND huyện, thành phố theo lộ trình, đảm bảo 100% các ngành hoàn thiện hệ thống thông tin chuyên ngành trên nền tảng số hóa và vận hành bởi quy trình số" (digitise sector management data …, ensuring 100 % of sectors complete their sector information system). "Theo lộ trình" (on a roadmap), no date: the deadline is the end of the plan’s period 2021-2025, 31/12/2025. Province level: the share is over the province’s sectors, one sector information system each; districts and communes digitise data but have no sectors of their own to count.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'V.17' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: 'đảm bảo 100% các ngành hoàn thiện hệ thống thông tin chuyên ngành',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'V.17' },
        },
      ],
    },

    // ── Chỉ thị 04/CT-UBND ────────────────────────────────────────────────────────────────────────
    {
      id: 'e-signed-outgoing-documents',
      name: {
        vi: 'Tỷ lệ văn bản đi được ký điện tử',
        en: 'Share of outgoing documents signed electronically',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: { vi: 'Văn bản đi được ký điện tử', en: 'Outgoing documents signed electronically' },
        denominator: { vi: 'Văn bản đi', en: 'Outgoing documents' },
        exclusions: [{ vi: 'trừ văn bản mật', en: 'except secret documents' }],
      },
      source: { document: '04/CT-UBND', date: '2022-01-25', section: '3' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          wording: 'bảo đảm 100%',
          source: { document: '04/CT-UBND', date: '2022-01-25', section: '3' },
        },
      ],
    },
    {
      id: 'commune-dx-pilot',
      name: {
        vi: 'Thực hiện thí điểm Chuyển đổi số tại 04 địa phương cấp xã, phường: thị trấn Thổ Tang, huyện Vĩnh Tường; thị trấn Tam Đảo, huyện Tam Đảo; xã Hướng Đạo, huyện Tam Dương; xã Lãng Công, huyện Sông Lô',
        en: 'Piloting digital transformation in 4 commune-level localities: Thổ Tang township (Vĩnh Tường district), Tam Đảo township (Tam Đảo district), Hướng Đạo commune (Tam Dương district), Lãng Công commune (Sông Lô district)',
      },
      // Pillar: the pilot covers digital transformation as a whole in each commune, so no single
      // pillar fits ('foundations', as for the DTI).
      pillar: 'foundations',
      measure: 'done',
      method: {
        note: {
          vi: 'Chỉ thị 04 mục 2.6, một trong các nội dung giao Sở Thông tin và Truyền thông (mục 2): "Thực hiện thí điểm Chuyển đổi số tại 04 địa phương (cấp xã, phường)". Việc xong hay chưa (done); không nêu thời hạn. Cấp tỉnh: một nhiệm vụ của tỉnh, làm tại bốn xã được nêu tên, không phải chỉ tiêu mỗi xã phải đạt.',
          en: 'Directive 04 item 2.6, one of the tasks given to the Department of Information and Communications (item 2): "Thực hiện thí điểm Chuyển đổi số tại 04 địa phương (cấp xã, phường)" (pilot digital transformation in 4 commune-level localities). Done or not done; no deadline given. Province level: one task of the province, carried out in the four communes it names, not a target every commune must meet.',
        },
      },
      source: { document: '04/CT-UBND', date: '2022-01-25', section: '2.6' },
      targets: [
        {
          kind: 'done',
          level: 'province',
          wording: 'Thực hiện thí điểm Chuyển đổi số tại 04 địa phương (cấp xã, phường)',
          source: { document: '04/CT-UBND', date: '2022-01-25', section: '2.6' },
        },
      ],
    },
    {
      id: 'agency-digital-address',
      name: {
        vi: 'Tỷ lệ cơ quan, đơn vị có địa chỉ số',
        en: 'Share of agencies and units with a digital address',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: { vi: 'Cơ quan, đơn vị có địa chỉ số', en: 'Agencies and units with a digital address' },
        denominator: { vi: 'Cơ quan, đơn vị', en: 'Agencies and units' },
        note: {
          vi: 'Chỉ thị 04 mục 4: "hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình làm nền tảng cho phát triển thương mại điện tử": đến từng cơ quan, đơn vị, đọc là 100%; không nêu thời hạn. Phần hộ gia đình là chỉ tiêu household-digital-address. Đo theo từng đơn vị, không có cấp: áp dụng ở mọi cấp.',
          en: 'Directive 04 item 4: "hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình làm nền tảng cho phát triển thương mại điện tử" (complete digital addresses down to every agency, unit and household, as a foundation for e-commerce): every agency and unit, read as 100 %; no deadline given. The households are indicator household-digital-address. Measured per unit, with no level: it applies at every level.',
        },
      },
      source: { document: '04/CT-UBND', date: '2022-01-25', section: '4' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          wording: 'hoàn thiện địa chỉ số đến từng cơ quan, đơn vị, hộ gia đình',
          source: { document: '04/CT-UBND', date: '2022-01-25', section: '4' },
        },
      ],
    },

    // ── Báo cáo kết quả chuyển đổi số năm 2023 (vinhphuc.gov.vn) ──────────────────────────────────
    {
      id: 'e-government-rank',
      name: {
        vi: 'Thứ hạng chính quyền điện tử của tỉnh Vĩnh Phúc trong các tỉnh, thành phố',
        en: 'Rank of Vĩnh Phúc’s e-government among provinces and centrally-run cities',
      },
      pillar: 'digital-government',
      measure: 'rank',
      method: {
        note: {
          vi: 'Tin bài của tỉnh về kết quả chuyển đổi số (vinhphuc.gov.vn, năm 2023): "Phấn đấu đến năm 2025, xây dựng chính quyền điện tử của tỉnh thuộc nhóm 20 tỉnh, thành phố tốt nhất của cả nước". Bài không nói bảng xếp hạng nào đo chính quyền điện tử; tỉnh tự chọn bảng xếp hạng cấp quốc gia dùng làm số liệu. Mục tiêu của cả tỉnh, nên chỉ ở cấp tỉnh: "chính quyền điện tử của tỉnh" xếp hạng trong các tỉnh, thành phố; huyện, xã không có thứ hạng này.',
          en: 'The province’s news item on its digital-transformation results (vinhphuc.gov.vn, 2023): "Phấn đấu đến năm 2025, xây dựng chính quyền điện tử của tỉnh thuộc nhóm 20 tỉnh, thành phố tốt nhất của cả nước" (strive by 2025 to build the province’s e-government into the 20 best provinces and cities of the country). The item does not say which ranking measures e-government; the province chooses the national ranking it reads. A goal of the province as a whole, so at province level only: "chính quyền điện tử của tỉnh" (the province’s e-government) is ranked among the provinces; a district or commune has no such rank.',
        },
      },
      source: { document: 'vinhphuc.gov.vn (2023)', section: 'Trong thời gian tới' },
      targets: [
        {
          kind: 'rank',
          top: 20,
          level: 'province',
          by: '2025-12-31',
          wording: 'thuộc nhóm 20 tỉnh, thành phố tốt nhất của cả nước',
          source: { document: 'vinhphuc.gov.vn (2023)', section: 'Trong thời gian tới' },
        },
      ],
    },
  ],
});
