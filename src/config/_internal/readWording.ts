/**
 * What a target's Vietnamese wording says, read by the table of "Reading the targets exactly":
 * - `compare`: a value compared with a number (`tối thiểu 80%` is `>= 80`, `trên 80%` is `> 80`);
 * - `change`: a relative change in percent (`tăng 30%` is `>= 30`, `giảm 30%` is `<= -30`);
 * - `range`: both ends inclusive (`từ 20-25%`); `reduction` when written `rút ngắn A%-B%`;
 * - `rank`: a rank of at most `top` (`top 10`, `nhóm 10`, `10 tỉnh dẫn đầu`).
 */
export type WordingReading =
  | { readonly kind: 'compare'; readonly op: '>=' | '>' | '<' | '<='; readonly value: number }
  | { readonly kind: 'change'; readonly op: '>=' | '<='; readonly value: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly reduction: boolean }
  | { readonly kind: 'rank'; readonly top: number };

interface Token {
  readonly type: 'word' | 'number' | 'percent' | 'dash' | 'other';
  /** Lower case, NFC. */
  readonly text: string;
  /** The text without diacritics (`đ` as `d`): how a word typed without them is matched. */
  readonly bare: string;
  /** The number a `number` token is in Vietnamese writing; undefined when it cannot be read for sure. */
  readonly value?: number | undefined;
}

/** A wording longer than this is prose, not a phrase: it is not read. */
const MAX_LENGTH = 300;

const stripMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');

/**
 * A number as Vietnamese writes it: `.` groups thousands, `,` marks decimals (`1.132,4` is 1132.4).
 * `1,100` could be English thousands or Vietnamese decimals, and `36.18` is not Vietnamese at all:
 * both are left unread rather than guessed.
 */
function vietnameseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(text) && !/^\d{1,3},\d{3}$/.test(text)) return Number(text.replace(',', '.'));
  return undefined;
}

function tokenize(wording: string): Token[] {
  const tokens: Token[] = [];
  // A digit run glued to letters (`4G`, `5G`) is a number too: it must count as one.
  for (const match of wording.normalize('NFC').toLowerCase().matchAll(/(\d+(?:[.,]\d+)*)|(\p{L}+)|(%)|([-‐‑–—])|(\S)/gu)) {
    const text = match[0];
    if (match[1] !== undefined) tokens.push({ type: 'number', text, bare: text, value: vietnameseNumber(text) });
    else if (match[2] !== undefined) tokens.push({ type: 'word', text, bare: stripMarks(text) });
    else if (match[3] !== undefined) tokens.push({ type: 'percent', text, bare: text });
    else if (match[4] !== undefined) tokens.push({ type: 'dash', text, bare: text });
    else tokens.push({ type: 'other', text, bare: text });
  }
  return tokens;
}

/**
 * Whether a token is that word: written with its diacritics, or typed wholly without any (`toi`
 * for `tối`). A word with other diacritics is another word (`tầng` is not `tăng`).
 */
function is(token: Token | undefined, word: string): boolean {
  if (token?.type !== 'word') return false;
  return token.text === word || (token.text === token.bare && token.bare === stripMarks(word));
}

/** Whether the words of `phrase` end at index `end` (inclusive). */
function endsWith(tokens: readonly Token[], end: number, phrase: readonly string[]): boolean {
  const start = end - phrase.length + 1;
  return start >= 0 && phrase.every((word, k) => is(tokens[start + k], word));
}

/** Whether the words of `phrase` start at index `start`. */
function startsWith(tokens: readonly Token[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => is(tokens[start + k], word));
}

type Meaning = '>=' | '>' | '<' | '<=' | 'rank' | 'increase' | 'decrease';

/** The phrases that may stand right before the number, longest first where one ends another. */
const PHRASES: readonly (readonly [readonly string[], Meaning])[] = [
  [['không', 'vượt', 'quá'], '<='],
  [['không', 'quá'], '<='],
  [['tối', 'đa'], '<='],
  [['tối', 'thiểu'], '>='],
  [['ít', 'nhất'], '>='],
  [['vượt', 'quá'], '>'],
  [['vượt'], '>'],
  [['trên'], '>'],
  [['cao', 'hơn'], '>'],
  [['lớn', 'hơn'], '>'],
  [['nhiều', 'hơn'], '>'],
  [['hơn'], '>'],
  [['dưới'], '<'],
  [['top'], 'rank'],
  [['tốp'], 'rank'],
  [['nhóm'], 'rank'],
  [['tăng'], 'increase'],
  [['giảm'], 'decrease'],
];

/** Signs that, right before a number, change it. */
const SIGNS = ['-', '‐', '‑', '–', '—', '−', '+', '±'];

/** Words between a phrase and its number that change nothing: `tối thiểu có 300`, `đạt mức 80%`. */
const FILLERS = ['là', 'có', 'mức', 'ở', 'đạt', 'được'];

/**
 * Words that, right before the number (or before its phrase), make the reading unsure: an
 * approximation (`khoảng`, `gần`), an equality (`bằng`), a negation (`không trên`), a target written
 * as what is left (`còn`), an added amount (`thêm`), a multiple (`gấp`), a start (`từ` with one
 * number), or a comparative of less (`ít hơn`, `thấp hơn`).
 */
const UNSURE_BEFORE = ['khoảng', 'gần', 'xấp', 'xỉ', 'chừng', 'tầm', 'cỡ', 'ước', 'bằng', 'không', 'chưa', 'còn', 'thêm', 'gấp', 'chỉ', 'từ', 'đến', 'tới', 'quá', 'hoặc', 'xuống', 'lên', 'quân', 'bình', 'ít', 'thấp', 'nhỏ', 'kém', 'chậm', 'ngắn'];

/**
 * Words right after the number that make it another number (`trên 1 triệu` is above a million, `5
 * phần nghìn` is 0.5 %) or not an amount at all (`gấp 2 lần`).
 */
const UNSURE_AFTER = ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vạn', 'trăm', 'chục', 'lần', 'k', 'tr'];

/** Whether the number ending before index `k` is scaled or qualified by the words that follow. */
function scaled(tokens: readonly Token[], k: number): boolean {
  if (UNSURE_AFTER.some((word) => is(tokens[k], word))) return true;
  // `phần trăm` is per cent, as `%`; `phần nghìn` (per mille) and the like are not.
  return is(tokens[k], 'phần') && !is(tokens[k + 1], 'trăm');
}

/** Comparison signs written as signs (`≥ 80%`, `<80%`): not in the table, so not read. */
const SIGN_TOKENS = ['<', '>', '=', '≥', '≤', '≧', '≦', '＜', '＞', '＝', '~', '≈', '±'];

/**
 * Comparison words that, anywhere else in the wording, could still bear on its number: the wording is
 * then not read. `trên`, `dưới` and `từ` are not among them: away from a number they are places and
 * sources (`trên địa bàn tỉnh`, `khám chữa bệnh từ xa`).
 */
const ELSEWHERE: readonly (readonly string[])[] = [
  ['tối', 'thiểu'], ['ít', 'nhất'], ['tối', 'đa'], ['không', 'quá'], ['vượt'], ['hơn'], ['giảm'], ['rút', 'ngắn'],
  ['trở', 'lên'], ['trở', 'xuống'], ['top'], ['tốp'], ['nhóm'], ['dẫn', 'đầu'], ['khoảng'], ['xấp', 'xỉ'], ['bình', 'quân'], ['trung', 'bình'],
];

/** `tăng` elsewhere, but not `tăng cường` (strengthen), which is no comparison. */
function increaseElsewhere(tokens: readonly Token[], k: number): boolean {
  return is(tokens[k], 'tăng') && !is(tokens[k + 1], 'cường');
}

/** Whether any token outside `used` is a comparison word (`rank` allows the words of a rank). */
function otherComparison(tokens: readonly Token[], used: ReadonlySet<number>, rank: boolean): boolean {
  for (let k = 0; k < tokens.length; k += 1) {
    if (used.has(k)) continue;
    if (increaseElsewhere(tokens, k)) return true;
    for (const phrase of ELSEWHERE) {
      if (!startsWith(tokens, k, phrase)) continue;
      const rankWord = phrase[0] === 'top' || phrase[0] === 'tốp' || phrase[0] === 'nhóm' || phrase[0] === 'dẫn';
      if (!(rank && rankWord) && phrase.some((_, d) => !used.has(k + d))) return true;
    }
  }
  return false;
}

function readOne(tokens: readonly Token[], n: number): WordingReading | undefined {
  const value = tokens[n]!.value!;
  const used = new Set<number>([n]);
  let after = n + 1;
  const percent = tokens[after]?.type === 'percent';
  if (percent) used.add(after++);
  if (scaled(tokens, after)) return undefined;
  let suffix: '>=' | '<=' | undefined;
  if (is(tokens[after], 'trở') && (is(tokens[after + 1], 'lên') || is(tokens[after + 1], 'xuống'))) {
    suffix = is(tokens[after + 1], 'lên') ? '>=' : '<=';
    used.add(after).add(after + 1);
  }

  // A sign makes the number another one (`tối thiểu -5%`): not read.
  if (SIGNS.includes(tokens[n - 1]?.text ?? '')) return undefined;
  let i = n - 1;
  // `đạt 80` says "at least 80" as `tối thiểu` does; before another phrase (`đạt trên 80%`) it says nothing.
  let reach = false;
  while (i >= 0 && FILLERS.some((word) => is(tokens[i], word))) {
    reach ||= is(tokens[i], 'đạt');
    used.add(i--);
  }
  let meaning: Meaning | undefined;
  let start = i + 1;
  const found = PHRASES.find(([phrase]) => endsWith(tokens, i, phrase));
  if (found === undefined && reach) meaning = '>=';
  if (found !== undefined) {
    [, meaning] = found;
    start = i - found[0].length + 1;
    for (let k = start; k <= i; k += 1) used.add(k);
    // `tăng tối thiểu 7%`: an increase of at least 7 (a growth target); `giảm ít nhất 30%`: a fall of at least 30.
    if (meaning === '>=' && (is(tokens[start - 1], 'tăng') || is(tokens[start - 1], 'giảm'))) {
      meaning = is(tokens[start - 1], 'tăng') ? 'increase' : 'decrease';
      used.add(--start);
    }
  }
  // `từ 80% trở lên`: from 80 up, the `từ` read with its `trở lên`.
  if (found === undefined && suffix !== undefined && is(tokens[start - 1], 'từ')) used.add(--start);
  if (UNSURE_BEFORE.some((word) => is(tokens[start - 1], word))) return undefined;

  // `10 tỉnh, thành phố dẫn đầu`: a rank written after its number.
  const leaders = !percent && tokens.slice(after).some((t, d) => is(t, 'dẫn') && is(tokens[after + d + 1], 'đầu')) && is(tokens[after], 'tỉnh');
  if (meaning === undefined && leaders) meaning = 'rank';
  if (otherComparison(tokens, used, meaning === 'rank')) return undefined;

  switch (meaning) {
    case 'rank':
      // `top 10%` is a share of the provinces, not a rank; a rank is a whole number from 1.
      return percent || suffix !== undefined || !Number.isInteger(value) || value < 1 ? undefined : { kind: 'rank', top: value };
    case 'increase':
    case 'decrease':
      // Without `%` a change is an amount (`tăng 300 doanh nghiệp`), not a relative change.
      if (!percent || suffix !== undefined) return undefined;
      return meaning === 'increase' ? { kind: 'change', op: '>=', value } : { kind: 'change', op: '<=', value: 0 - value };
    case undefined:
      // A bare number is read as `X%` only (`100% xã`): without `%` it may be a level, a year or a
      // clause (`mức độ 4`, `năm 2025`) rather than the target.
      return percent || suffix !== undefined ? { kind: 'compare', op: suffix ?? '>=', value } : undefined;
    default:
      return suffix === undefined || suffix === meaning ? { kind: 'compare', op: meaning, value } : undefined;
  }
}

/** `từ A-B`, `từ A đến B`, `rút ngắn A%-B%`: the only wordings with two numbers that are read. */
function readTwo(tokens: readonly Token[], a: number, b: number): WordingReading | undefined {
  const used = new Set<number>([a, b]);
  let k = a + 1;
  const percentA = tokens[k]?.type === 'percent';
  if (percentA) used.add(k++);
  if (!(tokens[k]?.type === 'dash' || is(tokens[k], 'đến') || is(tokens[k], 'tới')) || k + 1 !== b) return undefined;
  used.add(k);
  const percentB = tokens[b + 1]?.type === 'percent';
  if (percentB) used.add(b + 1);
  if (scaled(tokens, percentB ? b + 2 : b + 1)) return undefined;
  let start = a - 1;
  if (is(tokens[start], 'từ')) used.add(start--);
  const reduction = endsWith(tokens, start, ['rút', 'ngắn']);
  if (reduction) used.add(start).add(start - 1);
  else if (!used.has(a - 1)) return undefined;
  if (reduction && !percentA && !percentB) return undefined;
  if (UNSURE_BEFORE.some((word) => is(tokens[reduction ? start - 2 : start], word))) return undefined;
  const min = tokens[a]!.value!;
  const max = tokens[b]!.value!;
  // `từ 2021-2025` is a period, not a range of values.
  const year = (x: number) => Number.isInteger(x) && x >= 1900 && x <= 2199;
  if (!percentA && !percentB && year(min) && year(max)) return undefined;
  if (min > max || otherComparison(tokens, used, false)) return undefined;
  return { kind: 'range', min, max, reduction };
}

/**
 * Reads a target's wording when it can be read for sure: one comparison phrase and one number
 * (`tối thiểu 80%`, `trên 90%`, `100%`, `top 10`, `giảm 30%`, `tối thiểu có 1.100`), or a range
 * (`từ 20-25%`, `rút ngắn 40%-60%`). Anything else is not read: several numbers (`90% cấp tỉnh, 80%
 * cấp huyện`, `Quý I/2022 đạt 100%`), none (`Phổ cập`), a number written neither way for sure
 * (`1,100`, `36.18`), a bare number without `%` (`mức độ 4`), a scaled one (`1 triệu`), an
 * approximation, a negation, a sign (`≥ 80%`), or a comparison word away from the number.
 * Diacritics may be left out (`toi thieu 80%`), and case does not matter.
 *
 * @param wording - the target's `wording`
 * @returns what it says, or `undefined` when it cannot be read for sure
 * @throws never
 *
 * @example
 * readWording('Trên 36,18%');
 * //=> { kind: 'compare', op: '>', value: 36.18 }
 * readWording('toi thieu co 1.100');
 * //=> { kind: 'compare', op: '>=', value: 1100 }
 * readWording('90% cấp tỉnh, 80% cấp huyện');
 * //=> undefined
 */
export function readWording(wording: string): WordingReading | undefined {
  if (wording.length > MAX_LENGTH) return undefined;
  const tokens = tokenize(wording);
  if (tokens.some((token) => token.type === 'other' && SIGN_TOKENS.includes(token.text))) return undefined;
  const numbers: number[] = [];
  for (const [k, token] of tokens.entries()) if (token.type === 'number') numbers.push(k);
  if (numbers.some((k) => tokens[k]!.value === undefined)) return undefined;
  if (numbers.length === 1) return readOne(tokens, numbers[0]!);
  if (numbers.length === 2) return readTwo(tokens, numbers[0]!, numbers[1]!);
  return undefined;
}
