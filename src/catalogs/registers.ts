import type { Group, Project, Task } from '../model/register';

// The registers of Kế hoạch 302/KH-UBND (UBND tỉnh Vĩnh Phúc, 08/12/2021), read from the plan's
// Phụ lục 2 (18 policy tasks) and Phụ lục 3 (49 projects). Every text is the source's cell with its
// wrapped lines joined by single spaces; names, agencies and periods are verbatim, typos included
// (each one noted on its row). Budgets are the DỰ KIẾN KINH PHÍ cells in million VND (triệu đồng),
// with the figure as written ('1.400' = 1,400 million VND); an empty cell is null, never 0.

// ── Phụ lục 2: groups ────────────────────────────────────────────────────────────────────────────
const P2_I: Group = { numeral: 'I', title: 'Xây dựng Chính quyền điện tử, hướng đến Chính quyền số' };
const P2_II: Group = { numeral: 'II', title: 'Phát triển kinh tế số, xã hội số' };

// ── Phụ lục 3: groups ────────────────────────────────────────────────────────────────────────────
const P3_I: Group = { numeral: 'I', title: 'Chuyển đổi nhận thức' };
const P3_II: Group = { numeral: 'II', title: 'Phát triển hạ tầng và nền tảng số' };
const P3_III: Group = { numeral: 'III', title: 'Phát triển thông tin và dữ liệu số' };
// As written: the source's title of group IV is only "Tăng cường hoạt động" (it reads as cut short;
// the rows under it are sector IT applications). Not completed by guess.
const P3_IV: Group = { numeral: 'IV', title: 'Tăng cường hoạt động' };
const P3_V: Group = { numeral: 'V', title: 'Củng cố an toàn, an ninh mạng' };
const P3_VI: Group = { numeral: 'VI', title: 'Đào tạo, phát triển nguồn nhân lực' };

/**
 * The 18 policy tasks of Kế hoạch 302/KH-UBND, Phụ lục 2 ("Một số nhiệm vụ về xây dựng cơ chế,
 * chính sách"), in the plan's order: group I (16 tasks, e-government) and group II (2 tasks, digital
 * economy and society). Each has its product, lead agency and period exactly as written.
 *
 * @example
 * vinhPhuc302Tasks.filter((t) => t.period === 'Hằng năm').map((t) => [t.no, t.leadAgency]);
 * //=> [[4, 'Các sở, ban, ngành, địa phương']]
 */
export const vinhPhuc302Tasks: Task[] = [
  // ── I. Xây dựng Chính quyền điện tử, hướng đến Chính quyền số
  {
    no: 1,
    group: P2_I,
    task: 'Nghị quyết về việc thúc đẩy dịch vụ công trực tuyến mức độ 4',
    product: 'Nghị quyết của HĐND tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022-2023',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 1' },
  },
  {
    no: 2,
    group: P2_I,
    task: 'Nghị quyết về chính sách ưu đãi thu nhập cho cán bộ, công chức, viên chức thực hiện nhiệm vụ công nghệ thông tin tại các cơ quan trong hệ thống chính trị tỉnh Vĩnh Phúc',
    product: 'Nghị quyết của HĐND tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022-2023',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 2' },
  },
  // Nhiệm vụ: "2021- 2025" spaced as written.
  {
    no: 3,
    group: P2_I,
    task: 'Kế hoạch Chuyển đổi số của tỉnh Vĩnh Phúc giai đoạn 2021- 2025 và định hướng đến năm 2030',
    product: 'Kế hoạch của UBND tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2021',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 3' },
  },
  {
    no: 4,
    group: P2_I,
    task: 'Kế hoạch ứng dụng công nghệ thông tin, phát triển Chính quyền số và bảo đảm an toàn thông tin mạng trong hoạt động cơ quan nhà nước',
    product: 'Các kế hoạch của các sở, ngành, địa phương',
    leadAgency: 'Các sở, ban, ngành, địa phương',
    period: 'Hằng năm',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 4' },
  },
  {
    no: 5,
    group: P2_I,
    task: 'Quyết định ban hành Bộ chỉ số chuyển đổi số áp dụng cho các cơ quan, đơn vị địa phương trên địa bàn tỉnh Vĩnh Phúc',
    product: 'Quyết định của UBND tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 5' },
  },
  {
    no: 6,
    group: P2_I,
    task: 'Cập nhật Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc; Kiến trúc ICT phát triển đô thị thông minh tỉnh Vĩnh Phúc',
    product: 'Quyết định của UBND tỉnh (cho mỗi phiên bản)',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: 'Khi có hướng dẫn của Bộ TT&TT',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 6' },
  },
  {
    no: 7,
    group: P2_I,
    task: 'Quy chế về hoạt động của Hội nghị truyền hình trực tuyến trên địa bàn tỉnh',
    product: 'Quyết định của UBND tỉnh ban hành Quy chế',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 7' },
  },
  {
    no: 8,
    group: P2_I,
    task: 'Kế hoạch tuyên truyền Chương trình Chuyển đổi số Quốc gia và Bộ chỉ số đánh giá Chuyển đổi số trên địa bàn tỉnh giai đoạn 2021-2025',
    product: 'Kế hoạch của UBND tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 8' },
  },
  {
    no: 9,
    group: P2_I,
    task: 'Quy chế quản lý, vận hành và sử dụng Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Vĩnh Phúc',
    product: 'Quyết định của UBND tỉnh ban hành Quy chế',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 9' },
  },
  {
    no: 10,
    group: P2_I,
    task: 'Quy chế kết nối, chia sẻ, khai thác và sử dụng dữ liệu của hệ thống thông tin, cơ sở dữ liệu dùng chung tỉnh Vĩnh Phúc',
    product: 'Quyết định của UBND tỉnh ban hành Quy chế',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 10' },
  },
  {
    no: 11,
    group: P2_I,
    task: 'Quy chế quản lý, vận hành, kết nối, sử dụng và bảo đảm an toàn thông tin trên mạng truyền số liệu chuyên dùng cấp II của các cơ quan nhà nước trên địa bàn tỉnh Vĩnh Phúc',
    product: 'Quyết định của UBND tỉnh ban hành Quy chế',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2023',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 11' },
  },
  {
    no: 12,
    group: P2_I,
    task: 'Quy chế quản lý, vận hành Trung tâm Dữ liệu của tỉnh',
    product: 'Quyết định của UBND tỉnh ban hành Quy chế',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 12' },
  },
  {
    no: 13,
    group: P2_I,
    task: 'Kế hoạch nâng cao năng lực hoạt động của hệ thống thông tin cơ sở',
    product: 'Kế hoạch của UBND tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2023',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 13' },
  },
  {
    no: 14,
    group: P2_I,
    task: 'Đề án chuyển đổi số ngành Giáo dục và đào tạo đến năm 2025, định hướng đến năm 2030',
    product: 'Quyết định của UBND tỉnh ban hành Đề án',
    leadAgency: 'Sở Giáo dục và Đào tạo',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 14' },
  },
  {
    no: 15,
    group: P2_I,
    task: 'Xây dựng Quy chế thu thập, quản lý, khai thác, chia sẻ và sử dụng thông tin dữ liệu tài nguyên và môi trường trên địa bàn tỉnh Vĩnh Phúc.',
    product: 'Quyết định của UBND tỉnh ban hành Quy chế',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 15' },
  },
  {
    no: 16,
    group: P2_I,
    task: 'Xây dựng Quy chế phối hợp giữa cơ quan thuế và cơ quan đăng ký đất đai trong việc trao đổi thông tin theo hình thức điện tử để xác định nghĩa vụ tài chính về đất đai trên địa bàn tỉnh Vĩnh Phúc',
    product: 'Quyết định của UBND tỉnh ban hành Quy chế',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 16' },
  },
  // ── II. Phát triển kinh tế số, xã hội số
  {
    no: 17,
    group: P2_II,
    task: 'Kế hoạch hỗ trợ doanh nghiệp chuyển đổi số tỉnh Vĩnh Phúc giai đoạn 2021-2025',
    product: 'Kế hoạch của UBND tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 17' },
  },
  {
    no: 18,
    group: P2_II,
    task: 'Kế hoạch phát triển hạ tầng Bưu chính - Viễn thông trên địa bàn tỉnh phục vụ Chuyển đổi số đến năm 2025',
    product: 'Kế hoạch của UBND tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    period: '2022',
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 2', appendix: 'Phụ lục 2, mục 18' },
  },
];

/**
 * The 49 projects of Kế hoạch 302/KH-UBND, Phụ lục 3 ("Danh mục nhiệm vụ, dự án phục vụ chuyển đổi
 * số tỉnh Vĩnh Phúc giai đoạn 2021-2025"), in the plan's order under groups I–VI, with lead agency,
 * how each is deployed, period as written and budget in million VND. Four rows give no budget
 * (16, 29, 30, 38: `budget: null`); row 16 gives no period either (`period: null`). The budgets
 * given add up to 1,132,400 million VND, the 1.132,4 tỷ đồng of section IV.1.
 *
 * @example
 * vinhPhuc302Projects.find((p) => p.no === 8)?.budget;
 * //=> { millionVnd: '280000', written: '280.000' }
 */
export const vinhPhuc302Projects: Project[] = [
  // ── I. Chuyển đổi nhận thức
  // Cách thức triển khai: two paragraphs in the source (the second, "Các đơn vị sự nghiệp…", starts on
  // a new, short line like every paragraph's first line in this column), kept as two lines.
  {
    no: 1,
    group: P3_I,
    content: 'Chương trình đào tạo nâng cao nhận thức và kỹ năng số, an toàn thông tin cho cán bộ, công chức trong cơ quan nhà nước',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: 'Tổ chức các khóa đào tạo về ứng dụng CNTT, kỹ năng số, an toàn thông tin cho cán bộ, công chức, viên chức.\nCác đơn vị sự nghiệp có chức năng đào tạo ứng dụng CNTT tổ chức đào tạo.',
    period: '2021-2025',
    budget: { millionVnd: '1400', written: '1.400' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 1' },
  },
  {
    no: 2,
    group: P3_I,
    content: 'Chương trình đào tạo nâng cao nhận thức và kỹ năng số, an toàn thông tin cho lãnh đạo cấp tỉnh, huyện, xã',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: 'Tổ chức các hội nghị, hội thảo về chuyển đổi số cho lãnh đạo các cấp. Sở Thông tin và Truyền thông chủ trì tổ chức các hội nghị, hội thảo.',
    period: '2021-2025',
    budget: { millionVnd: '1000', written: '1.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 2' },
  },
  // Cách thức triển khai: two paragraphs in the source (the second starts "Hội doanh nghiệp tỉnh chủ
  // trì…"); the second ends without a full stop, as written.
  {
    no: 3,
    group: P3_I,
    content: 'Chương trình nâng cao nhận thức, năng lực, kỹ năng trong nền kinh tế số',
    leadAgency: 'Hội doanh nghiệp tỉnh',
    deployment: 'Tổ chức các hội nghị, hội thảo, giới thiệu sản phẩm chuyển đổi số cho các doanh nghiệp trên địa bàn tỉnh.\nHội doanh nghiệp tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông, Sở Kế hoạch và Đầu tư tổ chức các hội nghị, hội thảo',
    period: '2021-2025',
    budget: { millionVnd: '1000', written: '1.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 3' },
  },
  {
    no: 4,
    group: P3_I,
    content: 'Xây dựng chuyên mục tuyên truyền kết quả thực hiện chuyển đổi số của tỉnh trên Cổng Thông tin - Giao tiếp điện tử của tỉnh và các cổng thành phần',
    leadAgency: 'Các sở, ban, ngành, địa phương',
    deployment: 'Các sở, ngành, địa phương xây dựng, cập nhật, tuyên truyền về chuyển đổi số trên Cổng Thông tin - Giao tiếp điện tử của tỉnh và các cổng thành phần.',
    period: '2021-2025',
    budget: { millionVnd: '900', written: '900' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 4' },
  },
  // Cơ quan chủ trì: the source writes "Truyền hình tình" (sic, for "tỉnh"); kept verbatim.
  {
    no: 5,
    group: P3_I,
    content: 'Triển khai chuyên mục chuyển đổi số trên Báo Vĩnh Phúc; Đài Phát thanh - Truyền hình tỉnh',
    leadAgency: 'Sở Thông tin và Truyền thông; Báo Vĩnh Phúc, Đài Phát thanh - Truyền hình tình',
    deployment: 'Báo Vĩnh Phúc; Đài Phát thanh - Truyền hình tỉnh phối hợp với Sở Thông tin và Truyền thông mở chuyên mục về chuyển đổi số.',
    period: '2021-2025',
    budget: { millionVnd: '1600', written: '1.600' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 5' },
  },
  // ── II. Phát triển hạ tầng và nền tảng số
  {
    no: 6,
    group: P3_II,
    content: 'Đầu tư nền tảng chia sẻ, tích hợp dùng chung LGSP',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư hệ thống máy chủ, phần mềm thương mại và phần mềm nội bộ, đặt tại Trung tâm Hạ tầng thông tin tỉnh.\n- Phục vụ kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin, cơ sở dữ liệu của các ngành, các cấp trong tỉnh và kết nối liên thông, chia sẻ với cơ sở dữ liệu của các bộ, ngành Trung ương, cơ sở dữ liệu quốc gia.',
    period: '2021',
    budget: { millionVnd: '15000', written: '15.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 6' },
  },
  // Cách thức triển khai: "của tinh" (sic, for "tỉnh") kept verbatim.
  {
    no: 7,
    group: P3_II,
    content: 'Nâng cấp hệ thống lưu trữ dùng chung',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư hệ thống ổ đĩa, tủ đĩa, khay đĩa và thiết bị phụ trợ kèm theo của hệ thống sao lưu dữ liệu; Gia hạn dịch vụ bảo hành hệ thống SC9000.\n- Mở rộng, bảo đảm không gian lưu trữ và an toàn thông tin cho hệ thống thông tin dùng chung của tinh đang vận hành tại Trung tâm Hạ tầng thông tin của tỉnh.',
    period: '2021',
    budget: { millionVnd: '13700', written: '13.700' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 7' },
  },
  {
    no: 8,
    group: P3_II,
    content: 'Nâng cấp Trung tâm dữ liệu số của tỉnh (Hệ thống thiết bị phần cứng và phần mềm bản quyền tại DC)',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư máy chủ, thiết bị mạng, thiết bị an toàn thông tin.\n- Đầu tư các phần mềm thương mại bản quyền: Hệ điều hành Data Center, phần mềm ảo hóa, Hệ quản trị cơ sở dữ liệu... cài đặt, vận hành tại Trung tâm Hạ tầng thông tin tỉnh.\n- Đáp ứng nhu cầu cài đặt ứng dụng, xây dựng cơ sở dữ liệu, bảo mật an toàn thông tin cho toàn bộ các cấp chính quyền, đoàn thể 3 cấp tỉnh, huyện, xã trên địa bàn tỉnh.',
    period: '2022-2023',
    budget: { millionVnd: '280000', written: '280.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 8' },
  },
  {
    no: 9,
    group: P3_II,
    content: 'Xây dựng Trung tâm điều hành thông tin - IOC',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư hệ thống trang thiết bị, phần mềm thương mại, thuê ứng dụng trung tâm điều hành thông tin, cài đặt tại Trung tâm Hạ tầng thông tin tỉnh.\n- Sở Thông tin và truyền thông là cơ quan chủ trì, các sở, ban, ngành, đoàn thể và UBND cấp huyện tham gia vận hành, cập nhật dữ liệu (thông qua kết nối, tích hợp với các ứng dụng, cơ sở dữ liệu chuyên ngành).',
    period: '2022-2023',
    budget: { millionVnd: '30000', written: '30.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 9' },
  },
  {
    no: 10,
    group: P3_II,
    content: 'Thuê hạ tầng thiết bị đầu cuối phục vụ Trung tâm điều hành thông minh (Hệ thống camera, cảm biến phục vụ giám sát môi trường, giám sát giao thông, an ninh trật tự...)',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Thuê hệ thống camera giám sát, các thiết bị kỹ thuật, cảm biến phục vụ giám sát, điều hành giao thông.\n- Kết nối, chia sẻ dữ liệu với trung tâm Giám sát điều hành đô thị thông minh IOC và các ứng dụng khác.\n- Quy mô triển khai tập trung tại một số vị trí trọng điểm trên địa bàn thành phố Vĩnh Yên, thành phố Phúc Yên và trung tâm các huyện.',
    period: '2022-2025',
    budget: { millionVnd: '41000', written: '41.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 10' },
  },
  // Thời gian thực hiện: a 5-year lease, written "Thuê trong 5 năm 2023- 2027" (space after the
  // hyphen only).
  {
    no: 11,
    group: P3_II,
    content: 'Xây dựng Trung tâm dữ liệu số dự phòng thảm họa DR của tỉnh kết nối với Trung tâm DC',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Thuê không gian, dịch vụ đặt máy chủ tại doanh nghiệp có hạ tầng DC.\n- Bảo đảm an toàn thông tin, dữ liệu cho toàn bộ các cấp chính quyền, đoàn thể 3 cấp tỉnh, huyện, xã trên địa bàn tỉnh.',
    period: 'Thuê trong 5 năm 2023- 2027',
    budget: { millionVnd: '6600', written: '6.600' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 11' },
  },
  {
    no: 12,
    group: P3_II,
    content: 'Đầu tư phòng học phục vụ đào tạo cán bộ, công chức và nhân dân',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư 01 phòng học trực tuyến để tổ chức đào tạo từ xa, có hệ thống xây dựng bài giảng điện tử và tổ chức các lớp an toàn an ninh mạng cho đội ngũ chuyên trách về công nghệ thông tin.\n- Đầu tư 01 phòng học lưu động để tổ chức các lớp bồi dưỡng cập nhật kiến thức cho cán bộ, công chức, viên chức và nhân dân thuộc các xã phường, thị trấn xa Trung tâm Vĩnh Yên, nhằm giảm thời gian và chi phí cho cán bộ và ngân sách.',
    period: '2022-2023',
    budget: { millionVnd: '6000', written: '6.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 12' },
  },
  {
    no: 13,
    group: P3_II,
    content: 'Hoàn thiện hạ tầng công nghệ thông tin cấp xã',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư, nâng cấp máy tính, thiết bị công nghệ thông tin (đã hỏng hóc, xuống cấp hoặc hết khấu hao 5 năm), mạng LAN tại các xã, phường, thị trấn trên địa bàn tỉnh.\n- Đáp ứng điều kiện về cơ sở vật chất đảm bảo hoạt động chuyên môn, nghiệp vụ, xây dựng chính quyền điện tử, chuyển đổi số cho các xã, phường, thị trấn trên địa bàn tỉnh.',
    period: '2022-2023',
    budget: { millionVnd: '32000', written: '32.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 13' },
  },
  // Thời gian thực hiện: yearly, as needed ("Hằng năm theo nhu cầu nâng cấp của các sở, ban, ngành").
  {
    no: 14,
    group: P3_II,
    content: 'Củng cố hạ tầng công nghệ thông tin tại các sở, ban, ngành, các cơ quan đảng, đoàn thể của tỉnh',
    leadAgency: 'Các sở, ban, ngành, các cơ quan Đảng, Đoàn thể của tỉnh',
    deployment: '- Đầu tư, nâng cấp máy tính, thiết bị công nghệ thông tin (đã hỏng hóc, xuống cấp hoặc hết khấu hao 5 năm), mạng LAN tại các sở, ban, ngành cấp tỉnh.\n- Đáp ứng điều kiện về cơ sở vật chất đảm bảo hoạt động chuyên môn, nghiệp vụ, xây dựng chính quyền điện tử, chuyển đổi số tại các sở, ban, ngành của tỉnh.',
    period: 'Hằng năm theo nhu cầu nâng cấp của các sở, ban, ngành',
    budget: { millionVnd: '53000', written: '53.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 14' },
  },
  {
    no: 15,
    group: P3_II,
    content: 'Củng cố hạ tầng công nghệ thông tin cấp huyện',
    leadAgency: 'Các huyện, thành phố',
    deployment: '- Đầu tư, nâng cấp máy tính, thiết bị công nghệ thông tin (đã hỏng hóc, xuống cấp hoặc hết khấu hao 5 năm), mạng LAN tại UBND các huyện, thành phố.\n- Đáp ứng điều kiện về cơ sở vật chất bảo đảm đồng bộ, phục vụ hoạt động chuyên môn, nghiệp vụ, xây dựng chính quyền điện tử, chuyển đổi số cho các huyện, thành phố của tỉnh.',
    period: '2021-2025',
    budget: { millionVnd: '20000', written: '20.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 15' },
  },
  // EMPTY CELLS: the source leaves THỜI GIAN THỰC HIỆN and DỰ KIẾN KINH PHÍ empty for this row, so
  // period and budget are null (not guessed). The education sector builds its own Đề án.
  {
    no: 16,
    group: P3_II,
    content: 'Hoàn thiện hạ tầng công nghệ thông tin cho các cơ sở giáo dục trên địa bàn tỉnh',
    leadAgency: 'Sở Giáo dục và Đào tạo',
    deployment: '- Ngành giáo dục xây dựng Đề án riêng',
    period: null,
    budget: null,
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 16' },
  },
  {
    no: 17,
    group: P3_II,
    content: 'Đầu tư hệ thống Hội nghị truyền hình cấp huyện, cấp xã',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư, mua sắm thiết bị MCU, thiết bị đầu cuối tại các điểm cầu tại các sở, ban, ngành cấp tỉnh, thành ủy, UBND cấp huyện, UBND cấp xã.\n- Thuê dịch vụ vận hành, phục vụ của doanh nghiệp cung cấp dịch vụ.\n- Phục vụ nhu cầu hội họp, hội nghị trực tuyến của 3 cấp tỉnh, huyện, xã.',
    period: '2022-2023',
    budget: { millionVnd: '42000', written: '42.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 17' },
  },
  {
    no: 18,
    group: P3_II,
    content: 'Thuê Hệ thống phòng họp không giấy (eCabinet)',
    leadAgency: 'Văn phòng UBND tỉnh, Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    deployment: '- Trang bị các thiết bị, phần mềm, ứng dụng nhận dạng giọng nói, phần mềm quản lý phiên họp.\n- Quản lý, tổng hợp thông tin cuộc họp được nhanh chóng, chính xác, giảm thời gian chuẩn bị, công tác tổ chức cuộc họp, giảm chi phí văn phòng trong công tác hội họp.',
    period: '2022-2023',
    budget: { millionVnd: '13600', written: '13.600' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 18' },
  },
  {
    no: 19,
    group: P3_II,
    content: 'Mạng số liệu chuyên dùng phục vụ cơ quan nhà nước đáp ứng chương trình chuyển đổi số',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Thuê dịch vụ truyền số liệu chuyên dùng cho các sở, ban, ngành cấp tỉnh, UBND cấp huyện, xã trên địa bàn tỉnh trong 5 năm.\n- Phục vụ triển khai các ứng dụng dùng chung, hội nghị truyền hình trực tuyến khai thác, sử dụng Internet bảo đảm an toàn, bảo mật.',
    period: '2021-2025',
    budget: { millionVnd: '15000', written: '15.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 19' },
  },
  {
    no: 20,
    group: P3_II,
    content: 'Hỗ trợ cung cấp dịch vụ wifi Tam Đảo, Tây Thiên, Vĩnh Yên...',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Thực hiện việc bảo trì, bảo dưỡng thiết bị, quản lý, vận hành, tiêu hao điện năng.',
    period: '2021-2025',
    budget: { millionVnd: '9200', written: '9.200' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 20' },
  },
  {
    no: 21,
    group: P3_II,
    content: 'Hoàn thiện mạng lưới phát thanh thông minh',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư, nâng cấp hệ thống đài truyền thanh không dây (đã hỏng hóc, xuống cấp), thay thế bằng hệ thống truyền thanh thông minh, ứng dụng công nghệ thông tin, viễn thông tại các xã, phường, thị trấn mang lại nhiều thuận lợi trong việc biên tập, quản trị, vận hành và phát sóng.\n- Nâng cao độ ổn định hệ thống, chất lượng âm thanh.',
    period: '2022-2025',
    budget: { millionVnd: '30000', written: '30.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 21' },
  },
  {
    no: 22,
    group: P3_II,
    content: 'Đầu tư Hệ thống bảng tin điện tử cấp xã',
    leadAgency: 'Sở Thông tin và Truyền thông và UBND các huyện, thành phố đầu tư theo phân cấp',
    deployment: '- Hệ thống bảng điện tử, máy tính điều khiển và thiết bị kèm theo tại tất cả UBND xã, phường, thị trấn trong tỉnh phục vụ công tác tuyên truyền phổ biến chính sách pháp luật của nhà nước.\n- Cung cấp thiết bị nhằm tiếp nhận phản ánh, kiến nghị của người dân, tiếp nhận hồ sơ dịch vụ công trực tuyến.',
    period: '2024-2025',
    budget: { millionVnd: '5000', written: '5.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 22' },
  },
  // ── III. Phát triển thông tin và dữ liệu số
  // Thời gian thực hiện: written "2021 -2023" (space before the hyphen only). Cách thức triển khai:
  // "các cồng thành phần" (sic, for "cổng") kept verbatim.
  {
    no: 23,
    group: P3_III,
    content: 'Triển khai các phần mềm ứng dụng dùng chung: Thư điện tử; Cổng thông tin Giao tiếp điện tử và cổng thành phần, Quản lý văn bản và điều hành, Cổng dịch vụ công và một cửa điện tử',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư, nâng cấp Thư điện tử, Cổng thông tin Giao tiếp điện tử tỉnh và các cồng thành phần triển khai đến các Sở, ngành và UBND các huyện, thành phố.\n- Nâng cấp, thuê dịch vụ đối với các phần mềm dùng chung: Cổng dịch vụ công, Một cửa điện tử; Quản lý văn bản và điều hành; triển khai ứng dụng đến cả 3 cấp tỉnh, huyện, xã. Thuê dịch vụ trong vòng 5 năm.\n- Triển khai, duy trì các ứng dụng xây dựng chính quyền điện tử. Nâng cao hiệu lực, hiệu quả hoạt động của cơ quan quản lý nhà nước.\n- Bảo đảm hoàn thành các mục tiêu tại Nghị quyết số 17/2019/NQ-CP của Chính phủ, Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ.\n- Các hệ thống cài đặt tại Trung tâm Hạ tầng thông tin, Sở Thông tin và Truyền thông quản trị, vận hành kỹ thuật. Các sở, ban, ngành được phân quyền sử dụng và cập nhật dữ liệu.',
    period: '2021 -2023',
    budget: { millionVnd: '37500', written: '37.500' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 23' },
  },
  {
    no: 24,
    group: P3_III,
    content: 'Thuê Hệ thống thông tin báo cáo',
    leadAgency: 'Văn phòng UBND tỉnh',
    deployment: '- Hệ thống cài đặt tại Trung tâm Hạ tầng thông tin, Sở Thông tin và Truyền thông vận hành kỹ thuật. Văn phòng UBND tỉnh quản trị ứng dụng. Các sở, ban, ngành được phân quyền sử dụng và cập nhật dữ liệu.',
    period: '2021-2022',
    budget: { millionVnd: '5000', written: '5.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 24' },
  },
  {
    no: 25,
    group: P3_III,
    content: 'Triển khai hệ thống kho dữ liệu điện tử dùng chung, cổng dữ liệu mở, các nền tảng dữ liệu dùng chung',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Thuê dịch vụ CNTT bao gồm: Các ứng dụng nội bộ; Các tiêu chuẩn kết nối, chia sẻ; Bản đồ nền GIS; Kho dữ liệu kết nối, đồng bộ với các hệ thống thông tin, cơ sở dữ liệu của các sở, ngành trên địa bàn tỉnh.\n- Xác thực, định danh đối với tổ chức, công dân và xác thực điện tử hồ sơ, tài liệu phục vụ giải quyết thủ tục hành chính.\n- Lưu trữ kết quả giải quyết thủ tục hành chính của các tổ chức, công dân, tái sử dụng đối với việc giải quyết thủ tục hành chính của các sở, ngành khác nhau.\n- Ứng dụng cài đặt tại Trung tâm Hạ tầng thông tin tỉnh, Sở Thông tin và Truyền thông quản trị và vận hành phân quyền cho các cơ quan nhà nước cả 3 cấp tỉnh, huyện, xã tham gia vận hành, cập nhật, khai thác dữ liệu.',
    period: '2022-2025',
    budget: { millionVnd: '71000', written: '71.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 25' },
  },
  {
    no: 26,
    group: P3_III,
    content: 'Số hóa dữ liệu chuyên ngành, các cơ quan khối đảng, đoàn thể của tỉnh',
    leadAgency: 'Các sở, ban, ngành, các cơ quan Đảng, Đoàn thể của tỉnh',
    deployment: '- Chuyển đổi, xác thực hồ sơ, tài liệu, dữ liệu chuyên ngành của các sở, ngành, UBND cấp huyện, UBND cấp xã trên địa bàn tỉnh từ dạng giấy thành dữ liệu số, đưa vào hệ thống ứng dụng để khai thác đem lại thuận lợi cho việc quản lý, lưu trữ, nhân bản và bảo quản tài liệu. Phần mềm do số hóa được Sở Thông tin và Truyền thông thuê tập trung, các sở, ngành, địa phương vận hành, cập nhật và khai thác dữ liệu (kinh phí số hóa được giao trong dự toán hàng năm).\n- Hình thành nguồn dữ liệu cho kho dữ liệu điện tử dùng chung để khai thác, sử dụng.',
    period: '2022-2025',
    budget: { millionVnd: '22500', written: '22.500' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 26' },
  },
  {
    no: 27,
    group: P3_III,
    content: 'Chuẩn hóa dữ liệu chia sẻ phục vụ tổ chức, doanh nghiệp',
    leadAgency: 'Các Sở, ban, ngành',
    deployment: '- Chuẩn hóa, chuyển đổi dữ liệu từ nhiều nguồn, nhiều định dạng dữ liệu khác nhau thành chuẩn thống nhất để phân tích, khai thác, sử dụng.\n- Kết nối các hệ thống dữ liệu khác nhau của tổ chức, doanh nghiệp.',
    period: '2022-2025',
    budget: { millionVnd: '3000', written: '3.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 27' },
  },
  // ── IV. Tăng cường hoạt động
  // Cách thức triển khai: two paragraphs; "Ngoài ra, …" continues the first (it is not indented in
  // the source), "Ứng dụng kết nối…" starts the second. "kho dữ liệu điện từ" (sic, for "điện tử")
  // kept verbatim.
  {
    no: 28,
    group: P3_IV,
    content: 'Xây dựng ứng dụng di động VinhPhuc App',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: 'Ứng dụng di động của tỉnh Vĩnh Phúc bao gồm các tính năng: phản ánh hiện trường, đăng ký dịch vụ công, giáo dục (tất cả dữ liệu liên quan đến việc học tập như điểm số, bằng cấp, hoạt động ngoại khoá, kỹ năng), y tế (đặt lịch khám bệnh, dịch vụ tương tác giữa bác sĩ và bệnh nhân), lao động việc làm, du lịch, nông sản, các dịch vụ khác theo nhu cầu thực tế. Ngoài ra, đây là kênh trao đổi, điều hành công việc của các cơ quan nhà nước một cách an toàn, hiệu quả.\nỨng dụng kết nối với kho dữ liệu điện từ dùng chung, trung tâm giám sát điều hành thông minh IOC, các ứng dụng chuyên ngành khác.',
    period: '2022-2023',
    budget: { millionVnd: '15000', written: '15.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 28' },
  },
  // EMPTY CELL: no budget in the source (the education sector builds its own Đề án): budget null.
  {
    no: 29,
    group: P3_IV,
    content: 'Triển khai ứng dụng công nghệ thông tin trong ngành Giáo dục',
    leadAgency: 'Sở Giáo dục và Đào tạo',
    deployment: 'Ngành giáo dục xây dựng Đề án riêng',
    period: '2022-2025',
    budget: null,
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 29' },
  },
  // EMPTY CELL: no budget in the source; the row refers to the health sector’s Đề án (Quyết định
  // 1557/QĐ-UBND). Section IV.1 gives that Đề án’s total (335,034 tỷ đồng), but that is not this
  // row’s cell and not in million VND here: budget null, nothing counted.
  {
    no: 30,
    group: P3_IV,
    content: 'Triển khai ứng dụng công nghệ thông tin trong ngành Y tế',
    leadAgency: 'Sở Y tế',
    deployment: '- Đầu tư, nâng cấp hạ tầng mạng, máy tính, thiết bị công nghệ thông tin tại cơ quan quản lý và các cơ sở khám chữa bệnh.\n- Đầu tư các hệ thống: lấy số xếp hàng; Kios thông tin bệnh viện; Camera an ninh.\n- Đầu tư, thuê các phần mềm chuyên ngành, phần mềm ứng dụng. (Nhiệm vụ và kinh phí cụ thể tại Đề án ứng dụng công nghệ thông tin ngành Y tế Vĩnh Phúc giai đoạn 2020-2025 được phê duyệt tại Quyết định số 1557/QĐ-UBND ngày 02/7/2020 của UBND tỉnh)',
    period: '2022-2025',
    budget: null,
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 30' },
  },
  {
    no: 31,
    group: P3_IV,
    content: 'Triển khai ứng dụng công nghệ thông tin lĩnh vực Du lịch',
    leadAgency: 'Sở Văn hóa, Thể thao và Du lịch',
    deployment: '- Xây dựng cơ sở dữ liệu cần thiết phục vụ các nghiệp vụ liên quan tới các hoạt động: khuyến khích, thu hút du khách tham quan, vui chơi giải trí tại các điểm du lịch; phát triển, quản lý ngành du lịch; các cơ sở lưu trú; dịch vụ lữ hành; hướng dẫn viên du lịch...\n- Số hóa không gian 3 chiều các điểm tham quan, các di tích lịch sử.\n- Sở Văn hóa, Thể thao và Du lịch thuê phần mềm, các đơn vị thuộc sở, các cơ sở kinh doanh dịch vụ du lịch cập nhật, khai thác dữ liệu.',
    period: '2022-2025',
    budget: { millionVnd: '8000', written: '8.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 31' },
  },
  {
    no: 32,
    group: P3_IV,
    content: 'Ứng dụng công nghệ thông tin ngành Kế hoạch và Đầu tư',
    leadAgency: 'Sở Kế hoạch và Đầu tư',
    deployment: '- Đầu tư hệ thống thông tin phục vụ chuyển đổi số liên quan đến nhiệm vụ thuộc chức năng của Sở Kế hoạch và Đầu tư (như: quy hoạch, kế hoạch phát triển kinh tế - xã hội; đầu tư trong nước, đầu tư nước ngoài ở địa phương; quản lý nguồn hỗ trợ phát triển chính thức (ODA), nguồn vốn vay ưu đãi của nhà tài trợ, nguồn viện trợ phi Chính phủ nước ngoài; đấu thầu; đăng ký doanh nghiệp trong phạm vi địa phương; tổng hợp thống nhất các vấn đề về doanh nghiệp, kinh tế tập thể, hợp tác xã, kinh tế tư nhân; kế hoạch đầu tư công trung hạn và hằng năm...).\n- Sở Kế hoạch và Đầu tư chủ trì, các sở, ban, ngành, đoàn thể cấp tỉnh, UBND cấp huyện, cấp xã có trách nhiệm phối hợp tham gia vận hành sử dụng, cập nhật dữ liệu trên hệ thống.',
    period: '2022-2025',
    budget: { millionVnd: '14500', written: '14.500' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 32' },
  },
  {
    no: 33,
    group: P3_IV,
    content: 'Ứng dụng công nghệ thông tin ngành Tài chính',
    leadAgency: 'Sở Tài chính',
    deployment: '- Thuê các hệ thống thông tin phục vụ nghiệp vụ của ngành Tài chính.\n- Chuyển đổi số các nghiệp vụ liên quan tới các hoạt động thực hiện chức năng thu, chi, sử dụng tài chính, tài sản của cơ quan nhà nước.\n- Sở Tài chính chủ trì, các sở, ban, ngành, đoàn thể cấp tỉnh, UBND cấp huyện, cấp xã có trách nhiệm phối hợp tham gia vận hành sử dụng, cập nhật dữ liệu trên hệ thống.',
    period: '2022-2025',
    budget: { millionVnd: '21000', written: '21.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 33' },
  },
  {
    no: 34,
    group: P3_IV,
    content: 'Xây dựng cơ sở dữ liệu đất đai',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    deployment: '- Thuê phần mềm quản lý đất đai.\n- Thuê thu thập, chuyển đổi dữ liệu đã có trước đây, chuẩn hóa để đưa vào phần mềm khai thác.\n- Cập nhật dữ liệu hằng ngày qua hoạt động của các cơ quan quản lý.\n- Sở Tài nguyên và Môi trường chủ trì, UBND cấp huyện, cấp xã phối hợp vận hành và cập nhật dữ liệu.',
    period: '2022-2025',
    budget: { millionVnd: '40000', written: '40.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 34' },
  },
  // Thời gian thực hiện: written "2022 - 2025" (spaces around the hyphen).
  {
    no: 35,
    group: P3_IV,
    content: 'Xây dựng hệ thống quản lý quy hoạch và phát triển đô thị Vĩnh Phúc',
    leadAgency: 'Sở Xây dựng',
    deployment: '- Thuê phần mềm nội bộ, ứng dụng hệ thống thông tin địa lý (GIS) xây dựng chuẩn dữ liệu để quản lý thông tin quy hoạch ngành xây dựng gồm: quy hoạch xây dựng vùng huyện, vùng liên huyện, quy hoạch chung đô thị, quy hoạch phân khu, quy hoạch chi tiết, quy hoạch điểm dân cư nông thôn.\n- Sở Xây dựng chủ trì, UBND cấp huyện, cấp xã phối hợp vận hành và cập nhật dữ liệu.',
    period: '2022 - 2025',
    budget: { millionVnd: '32000', written: '32.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 35' },
  },
  // Cơ quan chủ trì: "Sở Giao thông vận tải" (lower-case v here, "Vận" in row 40), as written.
  {
    no: 36,
    group: P3_IV,
    content: 'Chuyển đổi số trong quản lý, giám sát, điều hành giao thông của tỉnh',
    leadAgency: 'Sở Giao thông vận tải',
    deployment: '- Kết nối dữ liệu từ trung tâm Giám sát điều hành đô thị thông minh tỉnh (IOC) phục vụ giám sát, điều hành giao thông.',
    period: '2023-2025',
    budget: { millionVnd: '12000', written: '12.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 36' },
  },
  {
    no: 37,
    group: P3_IV,
    content: 'Chuyển đổi số trong quản lý an ninh trật tự',
    leadAgency: 'Công an tỉnh',
    deployment: '- Quản lý dữ liệu tập trung phục vụ phân tích dữ liệu nhanh.\n- Tiếp nhận thông tin từ Trung tâm Giám sát điều hành đô thị thông minh IOC và các tổ chức, doanh nghiệp, nhân dân về trật tự an toàn xã hội.',
    period: '2023-2025',
    budget: { millionVnd: '10000', written: '10.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 37' },
  },
  // EMPTY CELL: no budget in the source; the row refers to Kế hoạch 285/KH-UBND (section IV.1 gives
  // its total, 217,55 tỷ đồng, not this row’s cell): budget null. "Tài Nguyên" (capital N, also row 41)
  // and "19/11/2021của" (no space) kept verbatim.
  {
    no: 38,
    group: P3_IV,
    content: 'Chuyển đổi số lĩnh vực Tài nguyên và Môi trường',
    leadAgency: 'Sở Tài Nguyên và Môi trường',
    deployment: 'Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND ngày 19/11/2021của UBND tỉnh Vĩnh Phúc',
    period: '2021-2025',
    budget: null,
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 38' },
  },
  // Cách thức triển khai: "tại các hề, đập" (sic, for "hồ") kept verbatim.
  {
    no: 39,
    group: P3_IV,
    content: 'Ứng dụng công nghệ thông tin ngành Nông nghiệp',
    leadAgency: 'Sở Nông nghiệp và Phát triển nông thôn',
    deployment: '- Ứng dụng công nghệ thông tin vào quản lý tài nguyên ngành nông nghiệp như: nguồn nước, thổ nhưỡng, phân bón, truy xuất nguồn gốc nông sản, thương mại điện tử trong giao dịch nông sản...\n- Giám sát quá trình vận hành của các hồ, đập; theo dõi lượng mưa tại các hề, đập.',
    period: '2023-2025',
    budget: { millionVnd: '14000', written: '14.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 39' },
  },
  {
    no: 40,
    group: P3_IV,
    content: 'Ứng dụng công nghệ thông tin vào hoạt động logistics',
    leadAgency: 'Sở Giao thông Vận tải',
    deployment: '- Hệ thống thu thập, phân tích nhu cầu vận chuyển, lưu lượng hàng hóa trên địa bàn tỉnh.\n- Tối ưu hóa, nâng cao hiệu quả hoạt động vận tải hàng hóa và các trung tâm Logistics.\n- Phạm vi thu thập phân tích trên địa bàn toàn tỉnh.',
    period: '2024-2025',
    budget: { millionVnd: '7000', written: '7.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 40' },
  },
  // Cách thức triển khai: the second and third bullets end without a full stop, as written.
  {
    no: 41,
    group: P3_IV,
    content: 'Ứng dụng công nghệ thông tin trong giám sát môi trường',
    leadAgency: 'Sở Tài Nguyên và Môi trường',
    deployment: '- Giám sát môi trường tại các khu công nghiệp, ô nhiễm không khí, môi trường nước, giám sát dịch vụ cung cấp nước sạch, giám sát ô nhiễm đất đai, tiếng ồn...\n- Xây dựng phần mềm quan trắc, giám sát, cảnh báo\n- Thuê hệ thống cảm biến, thiết bị đầu cuối tại vị trí cần giám sát',
    period: '2022-2025',
    budget: { millionVnd: '16000', written: '16.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 41' },
  },
  {
    no: 42,
    group: P3_IV,
    content: 'Ứng dụng chuyển đổi số trong quản lý sản xuất công nghiệp',
    leadAgency: 'Sở Công Thương',
    deployment: '- Xây dựng nền tảng thu thập dữ liệu về doanh nghiệp, sản phẩm, tiêu chuẩn kỹ thuật, nhân lực về sản xuất công nghiệp.\n- Xây dựng công cụ phân tích, so sánh, đánh giá, dự báo về hoạt động sản xuất công nghiệp.',
    period: '2022-2025',
    budget: { millionVnd: '12000', written: '12.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 42' },
  },
  {
    no: 43,
    group: P3_IV,
    content: 'Ứng dụng công nghệ thông tin tại các sở, ngành, các cơ quan đảng, đoàn thể của tỉnh',
    leadAgency: 'Các sở, ngành; các cơ quan Đảng, Đoàn thể',
    deployment: '- Triển khai các ứng dụng theo yêu cầu của cơ quan Trung ương để bảo đảm đồng bộ, thống nhất.\n- Cập nhật dữ liệu đối với các cơ sở dữ liệu quốc gia.\n- Đối với nhu cầu phát sinh mới cần phải ứng dụng công nghệ thông tin.',
    period: '2022-2025',
    budget: { millionVnd: '66000', written: '66.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 43' },
  },
  // Cách thức triển khai: "với camera nếu nếu hộ dân" (word repeated in the source) kept verbatim.
  {
    no: 44,
    group: P3_IV,
    content: 'Mở rộng chuyển đổi số cấp xã',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Hỗ trợ một phần chi phí cáp quang kéo tới mỗi hộ dân.\n- Triển khai thanh toán mobile money, dùng tài khoản viễn thông thanh toán.\n- Lắp đặt Camera thí điểm cho UBND xã, truy cập sử dụng điện thoại thông minh, dữ liệu lưu Cloud, mở rộng kết nối với camera nếu nếu hộ dân đồng ý.\n- Phối hợp triển khai, phổ cập các hệ thống như sổ liên lạc, họp trực tuyến, học trực tuyến,...\n- Triển khai y tế khám chữa bệnh từ xa tại Trung tâm Y tế xã;\n- Triển khai sàn giao dịch điện tử, quảng bá, mua bán các sản phẩm hàng hóa, dịch vụ.',
    period: '2022-2025',
    budget: { millionVnd: '20000', written: '20.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 44' },
  },
  // ── V. Củng cố an toàn, an ninh mạng
  {
    no: 45,
    group: P3_V,
    content: 'Xây dựng Trung tâm giám sát an toàn, an ninh không gian mạng - SOC',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Đầu tư hệ thống thiết bị, phần mềm thương mại tại trung tâm SOC;\n- Đầu tư phần mềm thu thập, phân tích thông tin về an toàn, an ninh không gian mạng.\n- Thuê dịch vụ phân tích số liệu thu thập theo các kịch bản cảnh báo đối với các sự kiện, hành vi vi phạm an toàn thông tin.',
    period: '2022-2023',
    budget: { millionVnd: '44500', written: '44.500' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 45' },
  },
  {
    no: 46,
    group: P3_V,
    content: 'Triển khai hệ thống phòng chống mã độc, Virus, kết nối, chia sẻ thông tin tập trung',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: 'Triển khai hệ thống phòng chống mã độc, Virus, kết nối, chia sẻ thông tin tập trung cho toàn bộ máy tính của các cơ quan nhà nước 3 cấp tỉnh, huyện, xã.',
    period: '2022-2025',
    budget: { millionVnd: '13000', written: '13.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 46' },
  },
  {
    no: 47,
    group: P3_V,
    content: 'Duy trì, nâng cấp bản quyền phần mềm thương mại',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: 'Ngân sách tỉnh dự toán hằng năm cho các đơn vị có các phần mềm bản quyền cần gia hạn.',
    period: '2022-2025',
    budget: { millionVnd: '25000', written: '25.000' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 47' },
  },
  // ── VI. Đào tạo, phát triển nguồn nhân lực
  {
    no: 48,
    group: P3_VI,
    content: 'Tổ chức các chương trình đào tạo kỹ năng cơ bản cho cán bộ, công chức, nhân dân',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: '- Tổ chức khoảng 250 lớp cho cán bộ, công chức, viên chức và người dân trên địa bàn tỉnh.\n- Giới thiệu những kiến thức cơ bản về chuyển đổi số, kinh tế số, xã hội số; lợi ích, tầm quan trọng của cải cách hành chính, xây dựng chính quyền điện tử.\n- Giới thiệu những kiến thức cơ bản về các ứng dụng công nghệ thông tin đến người dân, doanh nghiệp và đặc biệt là đội ngũ cán bộ cơ sở nhằm giúp cán bộ cơ sở, người dân và doanh nghiệp chủ động sử dụng các dịch vụ công trực tuyến để giao dịch với các cơ quan nhà nước qua môi trường mạng.\n- Hướng dẫn cán bộ, công chức cấp xã và người dân biết sử dụng các thiết bị điện tử, viễn thông, công nghệ thông tin để khai thác, lựa chọn thông tin chính thống của Đảng, nhà nước; tránh các thông tin có hại của các thế lực thù địch.',
    period: '2022-2025',
    budget: { millionVnd: '2200', written: '2.200' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 48' },
  },
  {
    no: 49,
    group: P3_VI,
    content: 'Tổ chức các chương trình đào tạo cho chuyên gia',
    leadAgency: 'Sở Thông tin và Truyền thông',
    deployment: 'Đào tạo chuyên sâu cho khoảng 50 chuyên gia là cán bộ Sở Thông tin và Truyền thông và một số cán bộ làm về công nghệ thông tin của các sở, ngành, địa phương của tỉnh',
    period: '2022-2025',
    budget: { millionVnd: '3200', written: '3.200' },
    source: { document: '302/KH-UBND', date: '2021-12-08', section: 'Phụ lục 3', appendix: 'Phụ lục 3, mục 49' },
  },
];

/**
 * The registers (policy tasks and budgeted projects) of the plans in the library, by plan.
 *
 * @example
 * [registers.vinhPhuc302.tasks.length, registers.vinhPhuc302.projects.length];
 * //=> [18, 49]
 */
export const registers = {
  vinhPhuc302: { tasks: vinhPhuc302Tasks, projects: vinhPhuc302Projects },
} as const;
