import type { Catalog } from '../model/catalog';
import { threeTier2021 } from '../model/hierarchies';

/**
 * The targets of Vĩnh Phúc's digital-transformation plan, Kế hoạch 302/KH-UBND (08/12/2021), with the
 * targets that Chỉ thị 04/CT-UBND (25/01/2022) adds.
 *
 * Contains every target of the plan's section II: the general rank goals of II.1 (top 10 in the DTI
 * by 2025, kept to 2030), all 2025 targets of II.2 (digital government II.2.1, digital economy
 * II.2.2, digital society II.2.3, smart-city services II.2.4) and all 2030 targets of II.3. Measurable
 * targets carry the comparison their wording fixes (`tối thiểu 80%` → `>= 80`, `trên 80%` → `> 80`,
 * `từ 20-25%` → range, `giảm 30%` → change `<= -30`, `top 10` → rank); goals without a number
 * (`phổ cập`, `tăng cường`, `nhân rộng`, `xây dựng, triển khai`) are kept as qualitative targets so
 * nothing in the plan is lost. Lead and co-agencies are those of the plan's Phụ lục 1, spelled as
 * there. Chỉ thị 04 adds: 100% of eligible procedures as level-4 online services by the end of
 * Quý I/2022, the national top 15 in the DTI, and 100% of outgoing documents e-signed. Levels are
 * those of the three-tier local government of 2021.
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
export const vinhPhuc302: Catalog = {
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
          vi: 'Thứ hạng (1 là cao nhất) của tỉnh trong Bộ chỉ số đánh giá chuyển đổi số do Bộ Thông tin và Truyền thông công bố hằng năm. Chỉ thị 04/CT-UBND (mục 2.7) giao Sở Thông tin và Truyền thông chịu trách nhiệm toàn diện, đưa tỉnh lên tốp 15 toàn quốc (không nêu thời hạn).',
          en: 'The province’s position (1 is best) in the Digital Transformation Index published yearly by the Ministry of Information and Communications. Directive 04/CT-UBND (item 2.7) makes the Department of Information and Communications fully responsible for raising the province into the national top 15 (no deadline given).',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.1' },
      targets: [
        {
          kind: 'rank',
          top: 10,
          by: '2025-12-31',
          wording: 'thuộc top 10',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.1' },
        },
        {
          kind: 'rank',
          top: 10,
          by: '2030-12-31',
          wording: 'giữ vững top 10',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.1' },
        },
        {
          kind: 'rank',
          top: 15,
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
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
      targets: [
        {
          kind: 'qualitative',
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
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.1.3' },
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
          vi: 'Mục tiêu 2025 đi kèm yêu cầu "Củng cố chất lượng doanh nghiệp công nghệ số".',
          en: 'The 2025 target comes with "consolidate the quality of digital-technology enterprises".',
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
          by: '2025-12-31',
          wording: 'tối thiểu có 300',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.2' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 1100,
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
          vi: 'Đến năm 2030 (mục II.3): phổ cập dịch vụ mạng Internet băng rộng cáp quang, không nêu con số.',
          en: 'By 2030 (section II.3): universal fibre-optic broadband Internet service, no number given.',
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
          vi: '"mỗi hộ gia đình có địa chỉ số": mọi hộ gia đình, đọc là 100%.',
          en: '"every household has a digital address": every household, read as 100 %.',
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
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
      targets: [
        {
          kind: 'rank',
          top: 10,
          by: '2025-12-31',
          wording: 'thuộc nhóm 10 tỉnh, thành phố dẫn đầu',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.3' },
        },
        {
          kind: 'rank',
          top: 10,
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
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.4' },
      targets: [
        {
          kind: 'qualitative',
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
          vi: 'Đối với các dịch vụ: giám sát, điều hành chỉ tiêu kinh tế - xã hội; chỉ tiêu báo cáo, thống kê; giám sát hiệu quả hoạt động của chính quyền; phản ánh hiện trường; giám sát điều hành giao thông; giám sát điều hành an ninh công cộng; giám sát dịch vụ công ích; y tế; giáo dục; du lịch; giám sát thông tin mạng; hỏi đáp ý kiến phục vụ người dân; giám sát an toàn không gian mạng.',
          en: 'For these services: monitoring and steering socio-economic indicators; reporting and statistical indicators; monitoring government performance; on-the-spot citizen reports; traffic monitoring and control; public-security monitoring and control; monitoring public-utility services; health; education; tourism; monitoring online information; questions and feedback for citizens; cyberspace-safety monitoring.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.4' },
      targets: [
        {
          kind: 'qualitative',
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
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
      targets: [
        {
          kind: 'qualitative',
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
          vi: '"giảm 30%": thay đổi tương đối ≤ -30%. Văn bản không nêu mức cơ sở.',
          en: '"giảm 30%" (cut by 30 %): relative change ≤ -30 %. The plan does not state the baseline.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
      targets: [
        {
          kind: 'change',
          op: '<=',
          value: -30,
          from: 'baseline',
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
          vi: '"tăng 30%": thay đổi tương đối ≥ +30%. Văn bản không nêu mức cơ sở.',
          en: '"tăng 30%" (increase by 30 %): relative change ≥ +30 %. The plan does not state the baseline.',
        },
      },
      source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
      targets: [
        {
          kind: 'change',
          op: '>=',
          value: 30,
          from: 'baseline',
          by: '2030-12-31',
          wording: 'tăng 30%',
          source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.3' },
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
  ],
};
