/** The three files `chiso init` writes, by name, as text. */
export interface StarterFiles {
  readonly 'catalog.json': string;
  readonly 'units.csv': string;
  readonly 'data.csv': string;
}

/** `An Bình` → `an-binh`: the ids a province's name gives (ASCII kebab-case, as catalog ids are). */
function slugOf(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'tinh' : slug;
}

/**
 * The starter catalog, units and data of `chiso init`: a two-tier province with three communes and
 * two indicators (a share given as counts, which `--roll-up` adds up to the province, and a share
 * given as a percent), which validate and score as they are. docs/adapting.md shows the same catalog.
 *
 * @param province - the province's name without "tỉnh" (`An Bình`)
 * @param schema - where `$schema` points (the package's schema file, relative to the catalog)
 * @returns the files' text
 * @throws never
 *
 * @example
 * JSON.parse(starterFiles('Hà Giang', './node_modules/chiso/schema/catalog.schema.json')['catalog.json']).id;
 * //=> 'ha-giang-2026'
 */
export function starterFiles(province: string, schema: string): StarterFiles {
  const slug = slugOf(province);
  const catalog = {
    $schema: schema,
    id: `${slug}-2026`,
    plan: {
      issuer: { vi: `UBND tỉnh ${province}`, en: `${province} Provincial People's Committee` },
      number: '1/KH-UBND',
      date: '2026-01-15',
      title: { vi: `Kế hoạch chuyển đổi số tỉnh ${province} năm 2026`, en: `${province} digital-transformation plan 2026` },
    },
    hierarchy: 'twoTier2025',
    indicators: [
      {
        id: 'tthc-dossiers-fully-online',
        name: { vi: 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến', en: 'Administrative dossiers processed fully online' },
        pillar: 'digital-government',
        measure: 'percent',
        source: { document: '1/KH-UBND', section: 'II.1' },
        targets: [{ kind: 'threshold', op: '>=', value: 80, by: '2026-12-31', wording: 'tối thiểu 80%' }],
      },
      {
        id: 'fibre-household-coverage',
        name: { vi: 'Tỷ lệ hộ gia đình có cáp quang', en: 'Households with fibre' },
        pillar: 'foundations',
        measure: 'percent',
        source: { document: '1/KH-UBND', section: 'II.2' },
        targets: [{ kind: 'threshold', op: '>', value: 90, level: 'province', by: '2026-12-31', wording: 'trên 90%' }],
      },
    ],
  };
  const communes = [
    [`${slug}-dong-son`, 'Xã Đông Sơn', 412, 530],
    [`${slug}-tay-son`, 'Xã Tây Sơn', 388, 401],
    [`${slug}-nam-son`, 'Xã Nam Sơn', 120, 200],
  ] as const;
  const units = ['id,name,level,parent', `${slug},Tỉnh ${province},province,`, ...communes.map(([id, name]) => `${id},${name},commune,${slug}`)];
  const data = [
    'unit,indicator,period,numerator,denominator,value',
    ...communes.map(([id, , numerator, denominator]) => `${id},tthc-dossiers-fully-online,2026-06-30,${numerator},${denominator},`),
    `${slug},fibre-household-coverage,2026-06-30,,,92.4`,
  ];
  return {
    'catalog.json': `${JSON.stringify(catalog, null, 2)}\n`,
    'units.csv': `${units.join('\n')}\n`,
    'data.csv': `${data.join('\n')}\n`,
  };
}
