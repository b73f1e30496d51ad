// `npm run units:generate`: writes src/units/_data/reform2025.ts — Vietnam's administrative units
// before and after 1 July 2025 and the reform's crosswalk — from the two CSV files of
// test/fixtures/sources/units/ (a copy of the statistics office's lists; their README lists the traps
// handled here). test/units/generate.test.ts runs `generateUnits` in memory and fails when the
// committed module is not what it writes, so the data can only change through the sources.
//
// The module holds plain strings (one unit per line, fields joined by `|`), decoded lazily by
// src/units/_internal/data.ts: no work at import, and a small bundle.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SOURCES = join(here, '..', 'fixtures', 'sources', 'units');
export const OUTPUT = join(here, '..', '..', 'src', 'units', '_data', 'reform2025.ts');
export const CROSSWALK_FILE = 'bang-chuyen-doi-dvhc-moi-cu-2025-07-01.csv';
export const LIST_FILE = 'danh-muc-xa-2025-01-04.csv';

/** RFC 4180 rows: quoted cells may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A cell as text: NFC, every run of whitespace (line breaks too) one space, trimmed. */
export function clean(cell) {
  return (cell ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A name folded for comparison: no diacritics (so both tone-mark conventions agree), đ → d, lower case. */
export function fold(text) {
  return clean(text).normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase();
}

/** `Tỉnh Cao Bằng (04)` → `{ name: 'Tỉnh Cao Bằng', code: '04' }`. */
function named(cell, what) {
  const m = /^(.*\S)\s*\((\d+)\)$/u.exec(clean(cell));
  if (m === null) throw new Error(`${what}: expected "Name (code)" but got ${JSON.stringify(cell)}`);
  return { name: m[1], code: m[2] };
}

/**
 * Cells of the commune list known to be wrong, each with the evidence: the list's value is checked
 * (so a corrected source fails loudly here rather than being corrected twice) and replaced.
 */
export const LIST_CORRECTIONS = [
  {
    code: '27046', field: 'kind', from: 'Xã', to: 'Phường',
    why: 'Phường 5 of Quận Phú Nhuận (TP. Hồ Chí Minh): its name says Phường, a quận has only wards, and the crosswalk names it Phường 5',
  },
];

const PROVINCE_KINDS = ['Thành phố', 'Tỉnh'];
const COMMUNE_KINDS = ['Phường', 'Xã', 'Đặc khu'];
const OLD_KINDS = { Xã: 'X', Phường: 'P', 'Thị trấn': 'T' };

/** The kind a name starts with, compared folded (`Xa Ea Kly` is a Xã: the source lost its diacritics). */
function kindOf(name, kinds, what) {
  for (const kind of kinds) if (fold(name).startsWith(`${fold(kind)} `)) return kind;
  throw new Error(`${what}: ${JSON.stringify(name)} starts with none of ${kinds.join(', ')}`);
}

/** The official spelling of a name whose kind word the source wrote without diacritics. */
function withKind(name, kind) {
  return name.startsWith(`${kind} `) ? name : `${kind} ${name.slice(kind.length + 1)}`;
}

/**
 * The crosswalk's note as a relation: `w` whole (`Nhập toàn bộ`, `Sắp xếp toàn bộ …`), `p` part
 * (`Nhập một phần`, `… diện tích`, `… dân số`, the misspelt `Nhâp một phần`, `Phần còn lại sau khi
 * tách …`, `Đổi tên từ một phần …`), `u` unchanged (`Giữ nguyên`; `Đổi tên`, `Đổi loại hình`: the same
 * area under a new name or kind).
 */
export function relationOf(note) {
  const n = fold(note);
  if (n.includes('mot phan') || n.startsWith('phan con lai')) return 'p';
  if (n === 'giu nguyen' || n === 'doi ten' || n === 'doi loai hinh') return 'u';
  if (n.includes('toan bo')) return 'w';
  throw new Error(`unknown crosswalk note ${JSON.stringify(note)}`);
}

/** Reads both sources and returns what the module is made of, with the generator's findings. */
export function readSources(dir = SOURCES) {
  const list = parseCsv(readFileSync(join(dir, LIST_FILE), 'utf8'));
  const walk = parseCsv(readFileSync(join(dir, CROSSWALK_FILE), 'utf8'));

  // --- The commune list of 4 January 2025: one header row, then province, district, commune per row.
  if (clean(list[0]?.[0]) !== 'Tỉnh Thành Phố') throw new Error('the commune list lost its header row');
  const oldProvinces = new Map();
  const oldDistricts = new Map();
  const oldCommunes = new Map();
  const corrections = [];
  for (const row of list.slice(1)) {
    if (row.every((c) => clean(c) === '')) continue;
    const [province, provinceCode, district, districtCode, commune, communeCode, listedKind] = row.map(clean);
    let kind = listedKind;
    const fix = LIST_CORRECTIONS.find((c) => c.code === communeCode && c.field === 'kind');
    if (fix !== undefined) {
      if (listedKind !== fix.from) throw new Error(`the list's kind of ${communeCode} is ${listedKind}, not ${fix.from}: review LIST_CORRECTIONS`);
      kind = fix.to;
      corrections.push({ line: list.indexOf(row) + 1, code: communeCode, field: 'old kind', from: fix.from, to: fix.to, name: commune, why: fix.why });
    }
    oldProvinces.set(provinceCode, province);
    oldDistricts.set(districtCode, { name: district, province: provinceCode });
    // A district with no communes (an island district: Huyện Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn,
    // Côn Đảo) is listed on a row of its own with kind `Huyện` and no commune.
    if (communeCode === '') {
      if (kind !== 'Huyện') throw new Error(`a list row without a commune: ${JSON.stringify(row)}`);
      continue;
    }
    if (!(kind in OLD_KINDS)) throw new Error(`unknown commune kind ${JSON.stringify(kind)}`);
    // A kind the name contradicts (`Phường 5` listed as a Xã) is a mistake of the list: listed above, or an error here.
    if (!fold(commune).startsWith(`${fold(kind)} `)) throw new Error(`commune ${communeCode} ${commune} is listed as ${kind}: add it to LIST_CORRECTIONS if the list is wrong`);
    if (oldCommunes.has(communeCode)) throw new Error(`commune code ${communeCode} twice in the list`);
    oldCommunes.set(communeCode, { name: commune, kind, district: districtCode });
  }

  // --- The crosswalk: two header rows, then per province an upper-case name row, then its units.
  if (!clean(walk[0]?.[0]).startsWith('Đơn vị hành chính từ ngày 01/7/2025') || clean(walk[1]?.[0]) !== 'Tỉnh, thành phố') {
    throw new Error('the crosswalk lost its two header rows');
  }
  const newProvinces = new Map();
  const newCommunes = new Map();
  const links = [];
  const nameVariants = [];
  const spellings = [];
  const skipped = { provinceRows: 0, emptyRows: 0 };
  walk.slice(2).forEach((row, index) => {
    const line = index + 3;
    const cells = row.map(clean);
    if (cells.slice(1).every((c) => c === '')) {
      // A province's name row (`THÀNH PHỐ HÀ NỘI  `), or an empty row under a province.
      if (/\(\d+\)$/u.test(cells[0] ?? '')) skipped.emptyRows += 1;
      else skipped.provinceRows += 1;
      return;
    }
    const province = named(cells[0], `crosswalk line ${line}, province`);
    const kind = kindOf(province.name, PROVINCE_KINDS, `crosswalk line ${line}`);
    const known = newProvinces.get(province.code);
    if (known !== undefined && known.name !== province.name) throw new Error(`province ${province.code} named twice`);
    newProvinces.set(province.code, { name: province.name, kind });

    const newCode = cells[2];
    const communeKind = kindOf(cells[1], COMMUNE_KINDS, `crosswalk line ${line}`);
    const newName = withKind(cells[1], communeKind);
    if (newName !== cells[1]) corrections.push({ line, code: newCode, field: 'new name', from: cells[1], to: newName });
    const seen = newCommunes.get(newCode);
    if (seen === undefined) newCommunes.set(newCode, { name: newName, kind: communeKind, province: province.code });
    else {
      if (seen.province !== province.code || fold(seen.name) !== fold(newName)) throw new Error(`new unit ${newCode} differs on line ${line}`);
      // The same unit written in the other tone-mark convention (`Điềm Thụy` / `Điềm Thuỵ`): the first
      // spelling is kept.
      if (seen.name !== newName) nameVariants.push({ line, code: newCode, kept: seen.name, other: newName });
    }

    const relation = relationOf(cells[5]);
    const oldName = cells[3];
    let oldCode = cells[4];
    const district = named(cells[6], `crosswalk line ${line}, old district`);
    const oldProvince = named(cells[7], `crosswalk line ${line}, old province`);
    if (oldCode === '') {
      if (fold(cells[5]).startsWith('sap xep toan bo huyen')) {
        // An island district became a special zone whole: the old unit is the district.
        if (!oldDistricts.has(district.code)) throw new Error(`unknown district ${district.code} on line ${line}`);
        links.push({ newCode, oldCode: district.code, relation, level: 'district', line });
      } else {
        // Not a unit: `Khu vực bãi bồi ven biển do huyện Kim Sơn quản lý` (an area a district managed).
        links.push({ newCode, oldCode: '', relation, level: 'area', name: oldName, district: district.code, line });
      }
      return;
    }
    const listed = oldCommunes.get(oldCode);
    if (listed !== undefined && fold(listed.name) !== fold(oldName)) {
      // A mistyped code (`Xã Mỹ Hưng`, 01615 for 01651): the commune of that name in the same old
      // district, when there is exactly one.
      const byName = [...oldCommunes].filter(([, c]) => c.district === district.code && fold(c.name) === fold(oldName));
      // Otherwise the code stands and the names are two spellings of one commune (`Xà Phìn` / `Sà Phìn`).
      if (byName.length === 1) {
        corrections.push({ line, code: oldCode, field: 'old code', from: oldCode, to: byName[0][0], name: oldName });
        oldCode = byName[0][0];
      } else spellings.push({ line, code: oldCode, list: listed.name, crosswalk: oldName });
    }
    if (oldCommunes.has(oldCode)) {
      const listedDistrict = oldCommunes.get(oldCode).district;
      if (listedDistrict !== district.code) throw new Error(`line ${line}: ${oldCode} is in district ${listedDistrict}, not ${district.code}`);
      // The table's own spelling, kept when it is not the list's (`Xã Sà Phìn` for `Xã Xà Phìn`), so
      // the commune is found by either.
      const spelling = fold(oldCommunes.get(oldCode).name) === fold(oldName) ? undefined : oldName;
      links.push({ newCode, oldCode, relation, level: 'commune', line, ...(spelling === undefined ? {} : { spelling }) });
    } else {
      // A commune formed after 4 January 2025 (e.g. the wards of thị xã Mộc Châu): known from the
      // crosswalk only, with the district and province it names.
      links.push({
        newCode, oldCode, relation, level: 'commune', name: oldName, district: district.code,
        province: oldDistricts.get(district.code)?.province ?? oldProvince.code, line,
      });
    }
  });

  // Two rows naming the same old commune for the same new unit would double its figures.
  const pairs = new Set();
  for (const link of links) {
    const key = `${link.newCode}|${link.level}|${link.oldCode}|${link.name ?? ''}`;
    if (pairs.has(key)) throw new Error(`line ${link.line}: ${link.oldCode} → ${link.newCode} twice`);
    pairs.add(key);
  }
  for (const fix of LIST_CORRECTIONS) {
    if (!corrections.some((c) => c.code === fix.code && c.field === `old ${fix.field}`)) throw new Error(`LIST_CORRECTIONS: ${fix.code} is not in the list`);
  }
  return { oldProvinces, oldDistricts, oldCommunes, newProvinces, newCommunes, links, corrections, nameVariants, spellings, skipped };
}

const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const NEW_KINDS = { Phường: 'P', Xã: 'X', 'Đặc khu': 'D' };

/** A name without its kind word (the kind letter says it), or `=` and the whole name when it has none. */
function shortName(name, kind) {
  if (/[|,^\n]/u.test(name)) throw new Error(`a name with a separator: ${JSON.stringify(name)}`);
  return name.startsWith(`${kind} `) ? name.slice(kind.length + 1) : `=${name}`;
}

/** Five-digit codes in order as differences from the one before (mostly `3`): small and repetitive. */
function deltas() {
  let previous = 0;
  return (code) => {
    if (!/^\d{5}$/u.test(code)) throw new Error(`not a five-digit code: ${code}`);
    const d = Number(code) - previous;
    previous = Number(code);
    return String(d);
  };
}

/** A field left empty when it repeats the line before's. */
function unlessRepeated() {
  let previous;
  return (value) => {
    const out = value === previous ? '' : value;
    previous = value;
    return out;
  };
}

/** The text of src/units/_data/reform2025.ts. */
export function generateUnits(dir = SOURCES) {
  const s = readSources(dir);
  const lines = (entries) => entries.join('\n');
  const newProvinces = [...s.newProvinces].sort(byCode).map(([code, p]) => `${code}|${p.name}`);
  const newDelta = deltas();
  const newProvince = unlessRepeated();
  const newCommunes = [...s.newCommunes].sort(byCode).map(([code, c]) => `${newDelta(code)}|${NEW_KINDS[c.kind]}${shortName(c.name, c.kind)}|${newProvince(c.province)}`);
  const oldProvinces = [...s.oldProvinces].sort(byCode).map(([code, name]) => `${code}|${name}`);
  const oldDistricts = [...s.oldDistricts].sort(byCode).map(([code, d]) => `${code}|${d.name}|${d.province}`);
  const oldDelta = deltas();
  const oldDistrict = unlessRepeated();
  const oldCommunes = [...s.oldCommunes].sort(byCode).map(([code, c]) => `${oldDelta(code)}|${OLD_KINDS[c.kind]}${shortName(c.name, c.kind)}|${oldDistrict(c.district)}`);
  // One line per new unit (by code): its sources in the table's order, each an old code as its
  // difference from the new one (old communes mostly sit next to the unit they went into).
  const byNew = new Map();
  for (const l of [...s.links].sort((a, b) => a.line - b.line)) byNew.set(l.newCode, [...(byNew.get(l.newCode) ?? []), l]);
  const walkDelta = deltas();
  const links = [...byNew].sort(byCode).map(([newCode, ls]) => {
    const parts = ls.map((l) => {
      if (l.level === 'district') return `${l.relation}d${l.oldCode}`;
      if (l.level === 'area') return `${l.relation}a${shortName(l.name, '')}^${l.district}`;
      const d = String(Number(l.oldCode) - Number(newCode));
      if (l.name !== undefined) return `${l.relation}c${d}^${shortName(l.name, '')}^${l.district}^${l.province}`;
      return l.spelling === undefined ? `${l.relation}${d}` : `${l.relation}${d}^${shortName(l.spelling, '')}`;
    });
    return `${walkDelta(newCode)}|${parts.join(',')}`;
  });
  const constant = (doc, name, entries) => `/** ${doc} */\nexport const ${name} = ${JSON.stringify(lines(entries))};\n`;
  return [
    '// Generated by `npm run units:generate` (test/tools/generate-units.mjs) from',
    `// test/fixtures/sources/units/${CROSSWALK_FILE} and ${LIST_FILE}.`,
    '// Do not edit: change the sources or the generator. Decoded by src/units/_internal/data.ts.',
    '// Codes are written as differences from the line before; a name without its kind word (the kind',
    '// letter says it), or `=` and the whole name; an empty field repeats the line before\'s.',
    '',
    constant('The 34 provinces from 2025-07-01, by code: `code|name`.', 'NEW_PROVINCES', newProvinces),
    constant('The commune-level units from 2025-07-01, by code: `code|kind name|province` (kind P Phường, X Xã, D Đặc khu).', 'NEW_COMMUNES', newCommunes),
    constant('The provinces of 4 January 2025, by code: `code|name`.', 'OLD_PROVINCES', oldProvinces),
    constant('The districts of 4 January 2025, by code: `code|name|province`.', 'OLD_DISTRICTS', oldDistricts),
    constant('The communes of 4 January 2025, by code: `code|kind name|district` (kind X Xã, P Phường, T Thị trấn).', 'OLD_COMMUNES', oldCommunes),
    constant(
      'The crosswalk, one line per new unit by code: `code|sources`, each source a relation (w whole, p part, u unchanged) then the old code minus the new one (and ^ the table\'s spelling of its name where it is not the list\'s); `d` and a district code for an old district, `c` delta^name^district^province for an old commune not in the January list, `a` name^district for an area that was no unit.',
      'CROSSWALK',
      links,
    ),
  ].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateUnits();
  writeFileSync(OUTPUT, text);
  const s = readSources();
  console.log(
    `wrote ${OUTPUT}: ${s.newProvinces.size} provinces and ${s.newCommunes.size} communes from 2025-07-01; ` +
      `${s.oldProvinces.size} provinces, ${s.oldDistricts.size} districts and ${s.oldCommunes.size} communes of 4 January 2025; ` +
      `${s.links.length} crosswalk rows (${s.corrections.length} corrections, ${s.nameVariants.length} tone-mark variants); ${text.length} characters`,
  );
}
