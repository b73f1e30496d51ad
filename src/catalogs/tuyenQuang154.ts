import { deepFreeze } from '../_shared/deepFreeze';
import type { Catalog } from '../model/catalog';
import type { Hierarchy } from '../model/level';

/**
 * The participants of Tuyên Quang's digital-transformation emulation movement (Kế hoạch 154/KH-UBND,
 * 12/8/2022), highest first: province-level agencies and organisations, districts, communes,
 * enterprises and co-operatives, individuals. The plan sets criteria for each of them, so each is a
 * level. The district and commune tiers are those of the three-tier local government of 2021 (the
 * district tier was abolished on 1 July 2025); enterprises and individuals are not tiers of
 * government but are ranked and rewarded the same way.
 *
 * @example
 * emulationHierarchy154.levels.map((l) => l.id);
 * //=> ['province', 'district', 'commune', 'enterprise', 'individual']
 */
export const emulationHierarchy154: Hierarchy = /* @__PURE__ */ deepFreeze({
  id: 'tuyen-quang-154-emulation',
  name: {
    vi: 'Đối tượng thi đua Chuyển đổi số tỉnh Tuyên Quang (Kế hoạch 154/KH-UBND)',
    en: 'Participants in Tuyên Quang’s digital-transformation emulation movement (Plan 154/KH-UBND)',
  },
  levels: [
    {
      id: 'province',
      name: { vi: 'Cơ quan, tổ chức, đơn vị cấp tỉnh', en: 'Province-level agencies and organisations' },
    },
    { id: 'district', name: { vi: 'Cấp huyện', en: 'District level' } },
    { id: 'commune', name: { vi: 'Cấp xã', en: 'Commune level' } },
    { id: 'enterprise', name: { vi: 'Doanh nghiệp, hợp tác xã', en: 'Enterprises and co-operatives' } },
    { id: 'individual', name: { vi: 'Cá nhân', en: 'Individuals' } },
  ],
});

/**
 * The criteria of Tuyên Quang's emulation movement "Chuyển đổi số trên địa bàn tỉnh Tuyên Quang đến
 * năm 2025, định hướng đến năm 2030", Kế hoạch 154/KH-UBND (12/8/2022), as quoted by the provincial
 * portal (Cổng thông tin điện tử tỉnh Tuyên Quang).
 *
 * Contains every criterion of "Các tiêu chí và chỉ tiêu thi đua đến năm 2025", level by level, all due
 * by the end of 2025. Every numeric criterion of the province, district and commune levels is a
 * threshold target at its level (`tối thiểu 80%` and bare `90%` → `>=`, `100%` → `>= 100`; the plan
 * has no `trên X%`); a criterion stated at several levels is one indicator with a target per level,
 * and a sentence with two numbers (or one number over two things) is two indicators. The criteria
 * for enterprises and co-operatives and for individuals have no number: each is a qualitative
 * target (tracked as done / not done) at its level. Where a criterion means the same as one of
 * Vĩnh Phúc's Kế hoạch 302/KH-UBND, the indicator has the same id.
 *
 * The article quoting the plan has no section numbers, so targets cite the level headings as
 * sections: 'Tiêu chí cấp tỉnh', 'Tiêu chí cấp huyện', 'Tiêu chí cấp xã', 'Tiêu chí doanh nghiệp,
 * hợp tác xã', 'Tiêu chí cá nhân' (the last covers "Đối với cá nhân" and the paragraph after it on
 * businesspeople, scientists and citizens). The article names no lead agency for any criterion (Sở
 * Nội vụ is only the channel for reporting difficulties), so none is recorded.
 *
 * @example
 * tuyenQuang154.indicators
 *   .find((i) => i.id === 'work-dossiers-online')
 *   ?.targets.map((t) => (t.kind === 'threshold' ? [t.level, t.op, t.value, t.by] : t.kind));
 * //=> [
 * //   ['province', '>=', 90, '2025-12-31'],
 * //   ['district', '>=', 80, '2025-12-31'],
 * //   ['commune', '>=', 60, '2025-12-31'],
 * // ]
 */
export const tuyenQuang154: Catalog = /* @__PURE__ */ deepFreeze({
  id: 'tuyen-quang-154',
  plan: {
    issuer: { vi: 'UBND tỉnh Tuyên Quang', en: 'Tuyên Quang Provincial People’s Committee' },
    number: '154/KH-UBND',
    date: '2022-08-12',
    title: {
      vi: 'Kế hoạch phát động Phong trào thi đua “Chuyển đổi số trên địa bàn tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030”',
      en: 'Plan launching the emulation movement “Digital transformation in Tuyên Quang province to 2025, with orientation to 2030”',
    },
    via: 'Cổng thông tin điện tử tỉnh Tuyên Quang',
  },
  hierarchy: emulationHierarchy154,
  indicators: [
    // ── Cơ quan, tổ chức, đơn vị cấp tỉnh (and the same criteria at district and commune level) ──
    {
      id: 'level-4-online-services',
      name: {
        vi: 'Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4 và được cung cấp, sử dụng trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động',
        en: 'Share of eligible administrative procedures offered as level-4 online public services, offered and usable on many kinds of access device, mobile devices included',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4, trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động',
          en: 'Administrative procedures offered as level-4 online public services on many kinds of access device, mobile devices included',
        },
        denominator: {
          vi: 'Thủ tục hành chính đủ điều kiện theo quy định',
          en: 'Administrative procedures eligible under the regulations',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
      ],
    },
    {
      // Not 302's 'online-service-users-unified-identity': that one counts citizens and businesses
      // (users) identified seamlessly; this one counts online public services, designed or redesigned
      // for the user experience (seamless identification is one of their conditions).
      id: 'online-services-user-centred-design',
      name: {
        vi: 'Tỷ lệ dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng, được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống thông tin, phù hợp với tiêu chuẩn chất lượng dịch vụ',
        en: 'Share of online public services designed or redesigned to optimise the user experience, with seamless, unified identification and authentication across all information systems, meeting service-quality standards',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng, được định danh và xác thực thông suốt, hợp nhất',
          en: 'Online public services designed or redesigned for the user experience, with seamless, unified identification and authentication',
        },
        denominator: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
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
        denominator: { vi: 'Hồ sơ thủ tục hành chính', en: 'Administrative-procedure dossiers' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 80,
          level: 'province',
          by: '2025-12-31',
          wording: 'tối thiểu 80%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
      ],
    },
    {
      id: 'civil-servants-digital-identity',
      name: {
        vi: 'Tỷ lệ công chức được gắn định danh số trong xử lý công việc',
        en: 'Share of civil servants assigned a digital identity for handling their work',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Công chức được gắn định danh số trong xử lý công việc',
          en: 'Civil servants assigned a digital identity for handling work',
        },
        denominator: {
          vi: 'Công chức của cơ quan, đơn vị ở cấp tương ứng (tỉnh, huyện, xã)',
          en: 'Civil servants of the agencies and units at the level concerned (province, district, commune)',
        },
        note: {
          vi: 'Ở cấp xã, tiêu chí ghi: "100% công chức cấp xã được gắn định danh số trong xử lý công việc".',
          en: 'At commune level the criterion reads: "100 % of commune civil servants assigned a digital identity for handling their work".',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'commune',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
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
        denominator: { vi: 'Người dân, doanh nghiệp được khảo sát', en: 'Citizens and businesses surveyed' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 90,
          level: 'province',
          by: '2025-12-31',
          wording: 'tối thiểu 90%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 90,
          level: 'district',
          by: '2025-12-31',
          wording: 'tối thiểu 90%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 90,
          level: 'commune',
          by: '2025-12-31',
          wording: 'tối thiểu 90%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
        },
      ],
    },
    {
      id: 'agencies-providing-open-data',
      name: {
        vi: 'Tỷ lệ cơ quan, tổ chức, đơn vị tham gia mở dữ liệu và cung cấp dữ liệu mở phục vụ phát triển chính quyền số, kinh tế số, xã hội số',
        en: 'Share of agencies, organisations and units taking part in opening data and providing open data for digital government, the digital economy and digital society',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ quan, tổ chức, đơn vị tham gia mở dữ liệu và cung cấp dữ liệu mở',
          en: 'Agencies, organisations and units taking part in opening data and providing open data',
        },
        denominator: { vi: 'Cơ quan, tổ chức, đơn vị', en: 'Agencies, organisations and units' },
        note: {
          vi: 'Ở cấp huyện, tiêu chí ghi: "100% huyện, thành phố tham gia mở dữ liệu và cung cấp dữ liệu mở…": đơn vị được tính là chính huyện, thành phố.',
          en: 'At district level the criterion reads "100 % of districts and cities take part in opening data and providing open data…": the unit counted is the district or city itself.',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
      ],
    },
    {
      // New: 302 has no such target (its 'key-sector-data-platforms' is a qualitative 2030 goal for
      // data platforms of key economic sectors, not an analytics platform in every agency).
      id: 'province-agencies-data-analytics-platform',
      name: {
        vi: 'Tỷ lệ cơ quan Nhà nước cấp tỉnh có nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung',
        en: 'Share of province-level state agencies with a centralised platform for analysing and processing aggregated data',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ quan Nhà nước cấp tỉnh có nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung',
          en: 'Province-level state agencies with a centralised platform for analysing and processing aggregated data',
        },
        denominator: { vi: 'Cơ quan Nhà nước cấp tỉnh', en: 'Province-level state agencies' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
      ],
    },
    {
      id: 'shared-databases-connected',
      name: {
        vi: 'Tỷ lệ cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh (toàn huyện), thông qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
        en: 'Share of shared databases connected and shared across the province (the district) through the data integration and sharing platform (LGSP)',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ sở dữ liệu dùng chung được kết nối, chia sẻ thông qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
          en: 'Shared databases connected and shared through the LGSP',
        },
        denominator: { vi: 'Cơ sở dữ liệu dùng chung', en: 'Shared databases' },
        note: {
          vi: 'Cấp tỉnh: "trên toàn tỉnh"; cấp huyện: "trên toàn huyện". Cùng câu với chỉ tiêu 80% cơ sở dữ liệu chuyên ngành (sector-databases-connected).',
          en: 'Province level: "across the province"; district level: "across the district". Same sentence as the 80 % target for sector databases (sector-databases-connected).',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
      ],
    },
    {
      // New: 302 sets no target for connecting sector (chuyên ngành) databases, only shared ones (its
      // V.17 'sector-information-systems' counts sectors whose information system is complete).
      id: 'sector-databases-connected',
      name: {
        vi: 'Tỷ lệ cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên toàn tỉnh (toàn huyện), thông qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
        en: 'Share of sector databases connected and shared across the province (the district) through the data integration and sharing platform (LGSP)',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ thông qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
          en: 'Sector databases connected and shared through the LGSP',
        },
        denominator: { vi: 'Cơ sở dữ liệu chuyên ngành', en: 'Sector databases' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 80,
          level: 'province',
          by: '2025-12-31',
          wording: '80%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 80,
          level: 'district',
          by: '2025-12-31',
          wording: '80%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
      ],
    },
    {
      // New: 302 has no single-sign-on target.
      id: 'systems-single-sign-on',
      name: {
        vi: 'Tỷ lệ hệ thống dùng chung và chuyên ngành được xác thực tập trung (SSO)',
        en: 'Share of shared and sector information systems using centralised authentication (single sign-on, SSO)',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hệ thống dùng chung và chuyên ngành được xác thực tập trung (SSO)',
          en: 'Shared and sector systems using centralised authentication (SSO)',
        },
        denominator: { vi: 'Hệ thống dùng chung và chuyên ngành', en: 'Shared and sector systems' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
      ],
    },
    {
      id: 'unified-governance-platform',
      name: {
        vi: 'Tỷ lệ hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan Nhà nước được thực hiện trên nền tảng quản trị tổng thể, thống nhất',
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
          vi: 'Hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan Nhà nước',
          en: 'Direction, management and internal-administration activities of state agencies',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
      ],
    },
    {
      id: 'e-signed-interagency-documents',
      name: {
        vi: 'Tỷ lệ văn bản trao đổi giữa các cơ quan Nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng',
        en: 'Share of documents exchanged between state agencies that are electronic and signed with a specialised digital signature',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Văn bản trao đổi dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng',
          en: 'Documents exchanged electronically and signed with a specialised digital signature',
        },
        denominator: {
          vi: 'Văn bản trao đổi giữa các cơ quan Nhà nước',
          en: 'Documents exchanged between state agencies',
        },
        exclusions: [{ vi: 'trừ văn bản mật theo quy định', en: 'except documents classified as secret under the regulations' }],
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
      ],
    },
    {
      // New: not 302's 'national-reporting-system-use' (reporting done on the national reporting
      // system) nor 'electronic-records' (records kept as electronic data): this counts reporting
      // regimes whose data are created, updated, stored and shared digitally on the shared system.
      id: 'digital-reporting-regimes',
      name: {
        vi: 'Tỷ lệ chế độ báo cáo được tạo lập, cập nhật, lưu trữ kết nối, tích hợp, chia sẻ dữ liệu số trên hệ thống dùng chung theo quy định',
        en: 'Share of reporting regimes whose reports are created, updated, stored, connected, integrated and shared as digital data on the shared system, as regulated',
      },
      pillar: 'digital-government',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Chế độ báo cáo được tạo lập, cập nhật, lưu trữ kết nối, tích hợp, chia sẻ dữ liệu số trên hệ thống dùng chung',
          en: 'Reporting regimes created, updated, stored and shared as digital data on the shared system',
        },
        denominator: { vi: 'Chế độ báo cáo theo quy định', en: 'Reporting regimes in force' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
      ],
    },
    {
      // Same id as 302 though the district criterion adds "và ứng dụng chữ ký số" (and digital
      // signatures applied): read as the same indicator, the addition recorded in the method note.
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
            vi: 'trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước',
            en: 'except work dossiers within the scope of state secrets',
          },
        ],
        note: {
          vi: 'Ở cấp huyện, tiêu chí ghi: "80% hồ sơ công việc cấp huyện được xử lý và ứng dụng chữ ký số trên môi trường mạng": hồ sơ được tính phải được xử lý và ký số trên môi trường mạng.',
          en: 'At district level the criterion reads "80 % of district work dossiers processed, with digital signatures applied, online": a dossier counts when it is processed and digitally signed online.',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 90,
          level: 'province',
          by: '2025-12-31',
          wording: '90%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 80,
          level: 'district',
          by: '2025-12-31',
          wording: '80%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 60,
          level: 'commune',
          by: '2025-12-31',
          wording: '60%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
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
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          level: 'province',
          by: '2025-12-31',
          wording: 'tối thiểu 50%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          level: 'district',
          by: '2025-12-31',
          wording: 'tối thiểu 50%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
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
        denominator: { vi: 'Cán bộ, công chức, viên chức', en: 'Cadres, civil servants and public employees' },
        note: {
          vi: 'Ở cấp xã, tiêu chí chỉ nêu "cán bộ, công chức" (không có viên chức).',
          en: 'At commune level the criterion names only "cán bộ, công chức" (cadres and civil servants, no public employees).',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'province',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'commune',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
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
        denominator: { vi: 'Cán bộ, công chức, viên chức', en: 'Cadres, civil servants and public employees' },
        note: {
          vi: 'Ở cấp xã, tiêu chí chỉ nêu "cán bộ, công chức" (không có viên chức).',
          en: 'At commune level the criterion names only "cán bộ, công chức" (cadres and civil servants, no public employees).',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          level: 'province',
          by: '2025-12-31',
          wording: '50%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp tỉnh' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          level: 'district',
          by: '2025-12-31',
          wording: '50%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 50,
          level: 'commune',
          by: '2025-12-31',
          wording: '50%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
        },
      ],
    },

    // ── Cấp huyện: criteria first stated at district level (and repeated at commune level) ───────
    {
      id: 'resident-digital-identity',
      name: {
        vi: 'Tỷ lệ người dân có danh tính số kèm theo mã QR code',
        en: 'Share of residents with a digital identity with a QR code',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Người dân có danh tính số kèm theo mã QR code',
          en: 'Residents with a digital identity with a QR code',
        },
        denominator: { vi: 'Người dân', en: 'Residents' },
        note: {
          vi: 'Cùng câu với chỉ tiêu hồ sơ số về sức khỏe cá nhân (resident-digital-health-record): "100% người dân có danh tính số kèm theo mã QR code, có hồ sơ số về sức khỏe cá nhân".',
          en: 'Same sentence as the personal digital health record target (resident-digital-health-record): "100 % of residents have a digital identity with a QR code and a digital personal health record".',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'commune',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
        },
      ],
    },
    {
      // Same id as 302's III.6.1 "Mỗi người dân có một hồ sơ số về sức khỏe cá nhân" (every resident
      // has a digital personal health record, read there as 100 %).
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
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'commune',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
        },
      ],
    },
    {
      // Same id as 302's III.6.2 "Xây dựng hồ sơ số về quá trình học tập cho 100% học sinh" (a digital
      // record of their learning for every pupil): 154's "hồ sơ số về việc học tập cá nhân" is read as
      // the same record.
      id: 'student-digital-learning-records',
      name: {
        vi: 'Tỷ lệ học sinh có hồ sơ số về việc học tập cá nhân',
        en: 'Share of pupils with a digital personal learning record',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Học sinh có hồ sơ số về việc học tập cá nhân',
          en: 'Pupils with a digital personal learning record',
        },
        denominator: { vi: 'Học sinh', en: 'Pupils' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
      ],
    },
    {
      // New: 302 has no smart-traffic target. Pillar: the plan names only three pillars (chính quyền
      // số, kinh tế số, xã hội số); traffic management that serves residents is read as digital
      // society ('smart-city' would fit a plan that has that pillar, as 302 does).
      id: 'smart-traffic-main-roads',
      name: {
        vi: 'Tỷ lệ tuyến đường chính tại trung tâm các huyện, thành phố được lắp đặt hệ thống quản lý, điều hành giao thông thông minh',
        en: 'Share of main roads in the centres of districts and cities fitted with an intelligent traffic management and control system',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Tuyến đường chính được lắp đặt hệ thống quản lý, điều hành giao thông thông minh',
          en: 'Main roads fitted with an intelligent traffic management and control system',
        },
        denominator: {
          vi: 'Tuyến đường chính tại trung tâm các huyện, thành phố',
          en: 'Main roads in the centres of districts and cities',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
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
          vi: 'Cùng câu với chỉ tiêu điện thoại thông minh (household-smartphone): "100% hộ gia đình có địa chỉ số và có ít nhất 01 điện thoại thông minh".',
          en: 'Same sentence as the smartphone target (household-smartphone): "100 % of households have a digital address and at least one smartphone".',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'commune',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
        },
      ],
    },
    {
      // New: not 302's 'mobile-broadband-smartphones', a qualitative goal ("Phổ cập … điện thoại di
      // động thông minh"); this is a share of households owning at least one smartphone.
      id: 'household-smartphone',
      name: {
        vi: 'Tỷ lệ hộ gia đình có ít nhất 01 điện thoại thông minh',
        en: 'Share of households with at least one smartphone',
      },
      pillar: 'digital-society',
      measure: 'percent',
      method: {
        numerator: {
          vi: 'Hộ gia đình có ít nhất 01 điện thoại thông minh',
          en: 'Households with at least one smartphone',
        },
        denominator: { vi: 'Hộ gia đình', en: 'Households' },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
      targets: [
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'district',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp huyện' },
        },
        {
          kind: 'threshold',
          op: '>=',
          value: 100,
          level: 'commune',
          by: '2025-12-31',
          wording: '100%',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cấp xã' },
        },
      ],
    },

    // ── Doanh nghiệp, hợp tác xã: no numbers, qualitative ───────────────────────────────────────
    {
      id: 'enterprise-new-digital-products',
      name: {
        vi: 'Doanh nghiệp, hợp tác xã thực hiện ứng dụng công nghệ số để tạo ra sản phẩm, dịch vụ mới trong các ngành, lĩnh vực kinh tế - xã hội',
        en: 'Enterprises and co-operatives applying digital technology to create new products and services in economic and social sectors',
      },
      pillar: 'digital-economy',
      measure: 'done',
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí doanh nghiệp, hợp tác xã' },
      targets: [
        {
          kind: 'qualitative',
          level: 'enterprise',
          by: '2025-12-31',
          wording: 'Thực hiện ứng dụng công nghệ số để tạo ra sản phẩm, dịch vụ mới',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí doanh nghiệp, hợp tác xã' },
        },
      ],
    },
    {
      id: 'it-enterprise-secure-digital-devices',
      name: {
        vi: 'Doanh nghiệp công nghệ thông tin nghiên cứu, ứng dụng thiết bị công nghệ số phục vụ nhu cầu của xã hội, đáp ứng được các tiêu chuẩn, quy chuẩn kỹ thuật về bảo đảm an toàn, an ninh mạng',
        en: 'IT enterprises researching and applying digital-technology devices that serve society’s needs and meet the technical standards and regulations on cyber safety and security',
      },
      pillar: 'digital-economy',
      measure: 'done',
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí doanh nghiệp, hợp tác xã' },
      targets: [
        {
          kind: 'qualitative',
          level: 'enterprise',
          by: '2025-12-31',
          wording:
            'nghiên cứu, ứng dụng thiết bị công nghệ số phục vụ nhu cầu của xã hội, đáp ứng được các tiêu chuẩn, quy chuẩn kỹ thuật về bảo đảm an toàn, an ninh mạng',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí doanh nghiệp, hợp tác xã' },
        },
      ],
    },

    // ── Cá nhân (and the paragraph after it): no numbers, qualitative ────────────────────────────
    {
      id: 'official-dx-initiatives',
      name: {
        vi: 'Cán bộ, công chức, viên chức có sáng kiến, giải pháp hữu ích trong việc tham mưu, xây dựng, trình cấp có thẩm quyền ban hành cơ chế, chính sách, hướng dẫn, tổ chức thực hiện chuyển đổi số đạt hiệu quả',
        en: 'Cadres, civil servants and public employees with useful initiatives and solutions in advising on, drafting and submitting for issue mechanisms, policies and guidance, and in carrying out digital transformation effectively',
      },
      pillar: 'digital-government',
      measure: 'done',
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
      targets: [
        {
          kind: 'qualitative',
          level: 'individual',
          by: '2025-12-31',
          wording:
            'có sáng kiến, giải pháp hữu ích trong việc tham mưu, xây dựng, trình cấp có thẩm quyền ban hành cơ chế, chính sách, hướng dẫn, tổ chức thực hiện chuyển đổi số đạt hiệu quả',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
        },
      ],
    },
    {
      id: 'unit-head-dx-leadership',
      name: {
        vi: 'Người đứng đầu cơ quan, tổ chức, đơn vị có thành tích xuất sắc trong phát động, chỉ đạo triển khai chuyển đổi số của ngành, cơ quan, tổ chức, đơn vị mình',
        en: 'Heads of agencies, organisations and units with outstanding achievements in launching and directing digital transformation in their own sector, agency, organisation or unit',
      },
      pillar: 'digital-government',
      measure: 'done',
      method: {
        note: {
          vi: 'Nguồn ghi kèm: cơ quan, tổ chức, đơn vị hoàn thành đầy đủ bảo đảm, vượt tiến độ các nội dung nhiệm vụ được cơ quan có thẩm quyền giao về chuyển đổi số trên địa bàn tỉnh.',
          en: 'The source adds: the agency, organisation or unit completes in full, and ahead of schedule, the digital-transformation tasks assigned to it by the competent authority.',
        },
      },
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
      targets: [
        {
          kind: 'qualitative',
          level: 'individual',
          by: '2025-12-31',
          wording:
            'có thành tích xuất sắc trong phát động, chỉ đạo triển khai chuyển đổi số của ngành, cơ quan, tổ chức, đơn vị mình',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
        },
      ],
    },
    {
      // Pillar: contributions to the province's digital transformation as a whole; read as digital
      // society (the mobilisation of society), the plan naming only three pillars.
      id: 'dx-contributors',
      name: {
        vi: 'Doanh nhân, trí thức, nhà khoa học ở trong và ngoài nước, người Việt Nam định cư ở nước ngoài có nhiều đóng góp về công sức, trí tuệ, vật chất, sáng kiến vào chuyển đổi số của tỉnh',
        en: 'Businesspeople, intellectuals and scientists in Vietnam and abroad, and overseas Vietnamese, contributing much effort, knowledge, material support and initiatives to the province’s digital transformation',
      },
      pillar: 'digital-society',
      measure: 'done',
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
      targets: [
        {
          kind: 'qualitative',
          level: 'individual',
          by: '2025-12-31',
          wording: 'có nhiều đóng góp về công sức, trí tuệ, vật chất, sáng kiến vào chuyển đổi số của tỉnh',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
        },
      ],
    },
    {
      id: 'citizen-dx-application',
      name: {
        vi: 'Người dân tích cực ứng dụng chuyển đổi số trong lao động, sản xuất, kinh doanh mang lại hiệu quả cao',
        en: 'Citizens actively applying digital transformation in their work, production and business, to good effect',
      },
      pillar: 'digital-society',
      measure: 'done',
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
      targets: [
        {
          kind: 'qualitative',
          level: 'individual',
          by: '2025-12-31',
          wording: 'tích cực ứng dụng chuyển đổi số trong lao động, sản xuất, kinh doanh mang lại hiệu quả cao',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
        },
      ],
    },
    {
      // A second criterion for citizens, after the semicolon: promoting digital transformation to
      // others, distinct from applying it in one's own work (citizen-dx-application).
      id: 'citizen-dx-advocacy',
      name: {
        vi: 'Người dân có nhiều hoạt động hưởng ứng, tuyên truyền, vận động gia đình, người thân và cộng đồng tham gia tích cực, hiệu quả trong chuyển đổi số tại địa phương',
        en: 'Citizens active in supporting digital transformation and in encouraging their family, relatives and community to take part in it locally, actively and effectively',
      },
      pillar: 'digital-society',
      measure: 'done',
      source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
      targets: [
        {
          kind: 'qualitative',
          level: 'individual',
          by: '2025-12-31',
          wording:
            'có nhiều hoạt động hưởng ứng, tuyên truyền, vận động gia đình, người thân và cộng đồng tham gia tích cực, hiệu quả trong chuyển đổi số tại địa phương',
          source: { document: '154/KH-UBND', date: '2022-08-12', section: 'Tiêu chí cá nhân' },
        },
      ],
    },
  ],
});
