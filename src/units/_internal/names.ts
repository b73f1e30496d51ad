import type { AdministrativeUnit } from '../types';
import { decoded } from './data';

/** Apostrophes and quotes typed for the official `’` (U+2019), and the spaces around them (`K' Dang`). */
const QUOTES = /\s*['’‘ʼʻ`´"“”]\s*/gu;
/** Every dash and hyphen: `Văn Miếu - Quốc Tử Giám`, `Bà Rịa – Vũng Tàu`, `Phan Rang-Tháp Chàm`. */
const DASHES = /[-‐‑‒–—―−－]/gu;
/** Abbreviated kinds at the start of a name, lower case: two letters with or without a dot, one letter with it. */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/^tp(?:\.\s*|\s+)/u, 'thành phố '],
  [/^tx(?:\.\s*|\s+)/u, 'thị xã '],
  [/^tt(?:\.\s*|\s+)/u, 'thị trấn '],
  [/^q\.\s*/u, 'quận '],
  [/^h\.\s*/u, 'huyện '],
  [/^p\.\s*/u, 'phường '],
  [/^x\.\s*/u, 'xã '],
];
/** The five tone marks, as NFD writes them. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A name as people type it, read with its diacritics: lower case, `Ð`/`ð` (old encodings) as `đ`,
 * apostrophes and quotes left out, every dash a space, spaces collapsed, a kind abbreviated at the
 * start written out (`TP.` Thành phố, `TX.` Thị xã, `TT.` Thị trấn, `Q.` Quận, `H.` Huyện, `P.`
 * Phường, `X.` Xã), and each word's tone mark moved to its end, so the two conventions (`Hòa` /
 * `Hoà`, `Thủy` / `Thuỷ`) and NFC / NFD read the same. NFD.
 *
 * @param text - the name
 * @returns the name with its diacritics, normalised
 *
 * @example
 * [toneName('Hòa') === toneName('Hoà'), toneName('Thủy') === toneName('THUỶ'.normalize('NFD')), toneName('Hòa') === toneName('Hóa')];
 * //=> [true, true, false]
 * [toneName("Phường B'Lao") === toneName('Phường B’Lao'), toneName('TP. Hồ Chí Minh') === toneName('Thành phố Hồ Chí Minh')];
 * //=> [true, true]
 */
export function toneName(text: string): string {
  let t = text.normalize('NFC').toLowerCase().replace(/ð/gu, 'đ').replace(QUOTES, '').replace(DASHES, ' ').replace(/\s+/gu, ' ').trim();
  for (const [short, long] of ABBREVIATIONS) t = t.replace(short, long);
  return t
    .trim()
    .split(' ')
    .map((word) => {
      const nfd = word.normalize('NFD');
      const tone = nfd.match(TONES)?.[0] ?? '';
      return nfd.replace(TONES, '') + tone;
    })
    .join(' ');
}

/**
 * A name as people type it, folded: {@link toneName} without any diacritic (`đ` as `d`), so a name
 * typed without a Vietnamese keyboard reads the same.
 *
 * @param text - the name
 * @returns the folded name
 *
 * @example
 * [foldName('Phường  Hòa Bình'), foldName('phuong hoa binh'), foldName('Phường Hoà Bình'.normalize('NFD'))];
 * //=> ['phuong hoa binh', 'phuong hoa binh', 'phuong hoa binh']
 * [foldName('Bà Rịa – Vũng Tàu'), foldName('TP Hà Nội'), foldName('Ðà Nẵng')];
 * //=> ['ba ria vung tau', 'thanh pho ha noi', 'da nang']
 */
export function foldName(text: string): string {
  return plain(toneName(text));
}

/** A {@link toneName} without its diacritics. */
const plain = (toned: string): string => toned.replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd');

// Longest first, so `thi xa` is stripped before `xa` could be.
const KINDS = ['thanh pho', 'thi tran', 'dac khu', 'thi xa', 'phuong', 'huyen', 'quan', 'tinh', 'xa'];
const KIND_WORDS: Readonly<Record<string, string>> = {
  'thanh pho': 'Thành phố', 'thi tran': 'Thị trấn', 'dac khu': 'Đặc khu', 'thi xa': 'Thị xã', phuong: 'Phường', huyen: 'Huyện', quan: 'Quận', tinh: 'Tỉnh', xa: 'Xã',
};

/**
 * The folded name without its kind word, or `undefined` when it has none.
 *
 * @param folded - a name folded by {@link foldName}
 * @returns the name without the kind
 *
 * @example
 * [bareName('phuong sai gon'), bareName('thi xa phu tho'), bareName('sai gon')];
 * //=> ['sai gon', 'phu tho', undefined]
 */
export function bareName(folded: string): string | undefined {
  return splitKind(folded)?.[1];
}

/** The kind word a folded name starts with, and the rest. */
function splitKind(folded: string): readonly [string, string] | undefined {
  for (const kind of KINDS) if (folded.startsWith(`${kind} `)) return [kind, folded.slice(kind.length + 1)];
  return undefined;
}

/** A name as typed, read for matching. */
export interface TypedName {
  /** {@link foldName}: the key of the index. */
  readonly folded: string;
  /** {@link toneName}: compared with the units' names with their diacritics. */
  readonly toned: string;
  /** {@link toneName} without the kind word typed, if one was. */
  readonly tonedBare: string | undefined;
  /** {@link foldName} without the kind word typed, if one was. */
  readonly foldedBare: string | undefined;
  /** The kind typed (`Phường`), when the name starts with a kind word (or its abbreviation). */
  readonly kind: string | undefined;
  /** Whether the name, without the kind typed, carries a diacritic: typed without any, it may be any of them. */
  readonly marked: boolean;
}

/**
 * How a name typed is matched: its folded key, its diacritics, and the kind word it starts with —
 * typed without diacritics (`phuong`) or with the right ones (`Phường`; `Tịnh Sơn` starts with no kind).
 *
 * @param text - the name as typed
 * @returns the readings
 *
 * @example
 * const typed = readTyped('P. Đúc');
 * [typed.folded, typed.kind, typed.tonedBare === toneName('Đúc'), typed.marked, readTyped('Phường Duc').marked];
 * //=> ['phuong duc', 'Phường', true, true, false]
 * readTyped('Tịnh Sơn').kind;
 * //=> undefined
 */
export function readTyped(text: string): TypedName {
  const toned = toneName(text);
  const folded = plain(toned);
  const split = splitKind(folded);
  const unkinded = { folded, toned, tonedBare: undefined, foldedBare: undefined, kind: undefined, marked: toned !== folded };
  if (split === undefined) return unkinded;
  const words = split[0].split(' ').length;
  const typedKind = toned.split(' ').slice(0, words).join(' ');
  const word = KIND_WORDS[split[0]] ?? '';
  // Typed with diacritics, the word must be the kind's own: `Tịnh`, `Xá` are names, not kinds.
  if (typedKind !== split[0] && typedKind !== toneName(word)) return unkinded;
  const tonedBare = toned.split(' ').slice(words).join(' ');
  return { folded, toned, tonedBare, foldedBare: split[1], kind: word, marked: tonedBare !== split[1] };
}

/** A unit under a folded key, with the names (full and without the kind) it is found by there. */
export interface NameEntry {
  readonly unit: AdministrativeUnit;
  /** {@link toneName} of the name, and of the name without its kind. */
  readonly toned: readonly string[];
  /** {@link foldName} of the name without its kind (for a name that starts with one). */
  readonly bare: readonly string[];
}

let index: Map<string, NameEntry[]> | undefined;

/**
 * Every unit of both sets, and the communes known only from the crosswalk, under its folded name and
 * its folded name without the kind, with the names it has there; built once.
 *
 * @returns the index
 *
 * @example
 * nameIndex().get('sai gon')?.map((e) => e.unit.code);
 * //=> ['26740']
 */
export function nameIndex(): ReadonlyMap<string, readonly NameEntry[]> {
  if (index !== undefined) return index;
  const built = new Map<string, NameEntry[]>();
  const add = (name: string, unit: AdministrativeUnit): void => {
    const toned = toneName(name);
    const folded = plain(toned);
    const split = splitKind(folded);
    const words = split === undefined ? 0 : split[0].split(' ').length;
    const names = words === 0 ? [toned] : [toned, toned.split(' ').slice(words).join(' ')];
    const bares = split === undefined ? [] : [split[1]];
    for (const key of split === undefined ? [folded] : [folded, split[1]]) {
      const list = built.get(key) ?? [];
      const known = list.find((e) => e.unit === unit);
      if (known === undefined) list.push({ unit, toned: names, bare: bares });
      else {
        (known.toned as string[]).push(...names.filter((n) => !known.toned.includes(n)));
        (known.bare as string[]).push(...bares.filter((n) => !known.bare.includes(n)));
      }
      built.set(key, list);
    }
  };
  const { after, before, beforeByCode, crosswalk, unlisted } = decoded();
  for (const set of [after, before]) {
    for (const unit of [...set.provinces, ...set.districts, ...set.communes]) add(unit.name, unit);
  }
  // The crosswalk's spellings of old communes (`Xã Sà Phìn` for the list's `Xã Xà Phìn`) find them too.
  for (const entry of crosswalk) {
    const unit = entry.crosswalkName === undefined || entry.old === null ? undefined : beforeByCode.get(entry.old);
    if (unit !== undefined && entry.crosswalkName !== undefined) add(entry.crosswalkName, unit);
  }
  // Communes formed after 4 January 2025 are named only in the crosswalk: found by that name.
  for (const unit of unlisted) add(unit.name, unit);
  index = built;
  return built;
}
