// The scale case of the scorecard page: a province's communes (100 units) against 60 indicators.
// INVENTED data, labelled so in the plan's title: the names follow the shapes of real ones (Xã/Phường
// + a place name; "Tỷ lệ …" indicators of the five pillars), the figures come from a seeded generator,
// so every run builds the same page. Shared by test/report/page*.test.ts, test/browser/page*.test.ts
// and test/bench/page.bench.ts.
import { hierarchies, type Catalog, type Observation, type Unit } from '../../src/index';
import { seeded } from '../seeded';

/** A small seeded generator (mulberry32): the same numbers on every run and every machine. */
const random = seeded;

const PLACES = [
  'Tam Dương', 'Lập Thạch', 'Sông Lô', 'Tam Đảo', 'Bình Xuyên', 'Yên Lạc', 'Vĩnh Tường', 'Đạo Tú', 'Hợp Thịnh', 'Hoàng Hoa',
  'Kim Long', 'Hướng Đạo', 'Đồng Tĩnh', 'An Hòa', 'Thanh Vân', 'Duy Phiên', 'Hoàng Đan', 'Hoàng Lâu', 'Vân Hội', 'Hợp Hòa',
  'Liên Châu', 'Tề Lỗ', 'Trung Nguyên', 'Đồng Văn', 'Nguyệt Đức',
];
const PREFIXES = ['Xã', 'Phường', 'Xã', 'Xã'];
const SUFFIXES = ['', '', ' Bắc', ' Nam'];

const SUBJECTS: Record<string, readonly string[]> = {
  'digital-government': ['hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến', 'hồ sơ công việc được xử lý trên môi trường mạng', 'văn bản đi được ký số', 'thủ tục hành chính được số hóa kết quả giải quyết', 'cán bộ, công chức được cấp chữ ký số', 'báo cáo được thực hiện trên hệ thống thông tin báo cáo', 'cuộc họp được tổ chức trực tuyến', 'hồ sơ thanh toán trực tuyến nghĩa vụ tài chính', 'người dân hài lòng về giải quyết thủ tục hành chính', 'hồ sơ được lưu trữ điện tử', 'dịch vụ công được cung cấp trên ứng dụng di động', 'công chức được tập huấn kỹ năng số'],
  'digital-economy': ['hộ kinh doanh thanh toán không dùng tiền mặt', 'hợp tác xã bán hàng trên sàn thương mại điện tử', 'hộ sản xuất nông nghiệp có tài khoản thương mại điện tử', 'doanh nghiệp sử dụng hóa đơn điện tử', 'doanh nghiệp sử dụng nền tảng số', 'sản phẩm OCOP được bán trực tuyến', 'chợ có điểm thanh toán không dùng tiền mặt', 'trang trại ứng dụng công nghệ số', 'cơ sở lưu trú nhận đặt phòng trực tuyến', 'hộ kinh doanh có mã QR thanh toán', 'doanh nghiệp nhỏ được hỗ trợ chuyển đổi số', 'lao động được đào tạo kỹ năng thương mại điện tử'],
  'digital-society': ['hộ gia đình có cáp quang', 'dân số có tài khoản thanh toán điện tử', 'người dân có danh tính điện tử mức 2', 'người dân có hồ sơ sức khỏe điện tử', 'trường học dùng sổ điểm điện tử', 'học sinh có hồ sơ học tập số', 'người cao tuổi nhận trợ cấp qua tài khoản', 'hộ gia đình có địa chỉ số', 'thôn, tổ dân phố có tổ công nghệ số cộng đồng', 'người dân dùng ứng dụng phản ánh hiện trường', 'cơ sở khám chữa bệnh nhận thẻ căn cước gắn chip', 'người dân được phổ cập kỹ năng số cơ bản'],
  'smart-city': ['nút giao có camera giám sát', 'điểm phát Wi-Fi công cộng đang hoạt động', 'đèn chiếu sáng công cộng điều khiển từ xa', 'trạm quan trắc môi trường tự động truyền số liệu', 'điểm thu gom rác được giám sát bằng cảm biến', 'bãi đỗ xe thanh toán điện tử', 'phản ánh hiện trường được xử lý đúng hạn', 'tuyến phố có bảng thông tin điện tử', 'công trình cấp nước giám sát trực tuyến', 'điểm du lịch có thuyết minh số', 'khu dân cư có hệ thống báo cháy kết nối', 'tuyến đường có camera an ninh'],
  foundations: ['máy tính cán bộ được cài phần mềm phòng chống mã độc', 'hệ thống thông tin được phê duyệt cấp độ an toàn', 'cán bộ chuyên trách chuyển đổi số được đào tạo', 'cơ sở dữ liệu chuyên ngành được kết nối', 'trụ sở có mạng truyền số liệu chuyên dùng', 'kinh phí chuyển đổi số được giải ngân', 'hội nghị tuyên truyền về chuyển đổi số', 'văn bản chỉ đạo về chuyển đổi số được ban hành', 'thiết bị đầu cuối được kiểm tra an toàn', 'dữ liệu được sao lưu định kỳ', 'sự cố an toàn thông tin được xử lý', 'tổ công nghệ số cộng đồng hoạt động thường xuyên'],
};

export interface CommunesFixture {
  readonly catalog: Catalog;
  readonly units: Unit[];
  readonly observations: Observation[];
  readonly asOf: string;
}

/**
 * 100 communes × 60 indicators (12 per pillar; fewer with `unitCount`, `perPillar`): 2025 targets for every indicator, 2030 targets for
 * every fifth; 88 % of figures reported for 2024, a third of those with a 2023 figure as well (the
 * trajectories and paces), the rest without data. Evaluated as of 15/10/2025, so the 2025 deadlines
 * are 77 days away: inside the page's 90-day horizon.
 */
export function communesFixture(unitCount = 100, perPillar = 12): CommunesFixture {
  const next = random(20251015);
  const indicators: Catalog['indicators'] = [];
  for (const [pillar, subjects] of Object.entries(SUBJECTS)) {
    subjects.slice(0, perPillar).forEach((subject, i) => {
      const n = indicators.length + 1;
      const value = 50 + 10 * ((n * 7) % 6);
      const targets: Catalog['indicators'][number]['targets'] = [{ kind: 'threshold', op: '>=', value, by: '2025-12-31', wording: `Tối thiểu ${value}%` }];
      if (n % 5 === 0) targets.push({ kind: 'threshold', op: '>=', value: 100, by: '2030-12-31', wording: '100%' });
      indicators.push({
        id: `synthetic-${pillar}-${i + 1}`,
        name: { vi: `Tỷ lệ ${subject}`, en: `Share: ${subject} (invented indicator ${n})` },
        pillar: pillar as Catalog['indicators'][number]['pillar'],
        measure: 'percent',
        source: { document: 'KH-GIẢ-LẬP', section: `II.${Object.keys(SUBJECTS).indexOf(pillar) + 1}.${i + 1}` },
        targets,
      });
    });
  }
  const catalog: Catalog = {
    id: 'synthetic-communes',
    plan: {
      issuer: { vi: 'UBND tỉnh (giả lập)', en: 'Provincial People’s Committee (invented)' },
      number: 'KH-GIẢ-LẬP',
      date: '2025-07-01',
      title: { vi: 'Kế hoạch chuyển đổi số cấp xã — DỮ LIỆU GIẢ LẬP để kiểm thử quy mô, không phải số liệu thật', en: 'Commune digital-transformation plan — INVENTED data for a scale test, not real figures' },
    },
    hierarchy: hierarchies.twoTier2025,
    indicators,
  };
  const units: Unit[] = Array.from({ length: unitCount }, (_, i) => {
    const place = PLACES[i % PLACES.length] as string;
    const round = Math.floor(i / PLACES.length);
    return { id: `xa-${String(i + 1).padStart(3, '0')}`, name: `${PREFIXES[round % 4]} ${place}${SUFFIXES[round % 4]}`, level: 'commune' };
  });
  const observations: Observation[] = [];
  for (const unit of units) {
    const source = `Báo cáo kết quả chuyển đổi số năm 2024 của UBND ${unit.name} (giả lập)`;
    for (const indicator of indicators) {
      if (next() < 0.12) continue;
      const target = (indicator.targets[0] as { value: number }).value;
      const v2024 = Math.round(Math.min(100, Math.max(1, target + (next() - 0.55) * 60)) * 100) / 100;
      const note = indicator.id.endsWith('-3') ? { note: 'Số liệu tự đánh giá của xã, chưa được Sở kiểm tra.' } : {};
      observations.push({ unit: unit.id, indicator: indicator.id, period: 2024, value: v2024, source, ...note });
      if (next() < 0.33) observations.push({ unit: unit.id, indicator: indicator.id, period: 2023, value: Math.round(Math.max(1, v2024 - next() * 25) * 100) / 100, source: source.replace('2024', '2023') });
    }
  }
  return { catalog, units, observations, asOf: '2025-10-15' };
}
