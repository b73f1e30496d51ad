// Which test files run in every host time zone, and which only once.
//
// `npm test` (test/tools/test-tz.mjs) runs the whole suite once, with coverage, under TZ=UTC, then
// under three more zones only the files that can depend on the host's zone. A test file says which
// it is with a tag in a comment:
//
//   // @zone-sensitive: <why>     runs in every zone
//   // @zone-independent: <why>   runs once, under UTC
//
// A file with neither tag runs once. So that a new zone-sensitive test cannot be left out, the rule
// below (`zoneSignals`) finds every file that reads a `Date`, a zone or the clock, calls the time
// stage or the dossier measures, or hands the CLI a date; test/tools/zone-tags.test.ts fails when such
// a file carries no tag, or an independent tag without a reason. An independent tag on a file the
// rule flags is a reviewed decision, and its reason says why the host zone cannot change its result.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SENSITIVE = '@zone-sensitive';
export const INDEPENDENT = '@zone-independent';

// What makes a test file able to see the host's zone. Each entry: a name for the report, a pattern.
const SIGNALS = [
  ['Date', /\bDate\b/],
  ['TZDate', /\bTZDate\b/],
  ['Intl.DateTimeFormat', /\bIntl\.DateTimeFormat\b/],
  ['TZ variable', /process\.env(?:\.TZ\b|\[\s*['"]TZ['"]\s*\])/],
  ['fake timers', /\b(?:useFakeTimers|setSystemTime)\b/],
  ['zone option', /\b(?:timeZone|timezoneId|zone)\b/],
  ['date-time text', /\d{4}-\d{2}-\d{2}T\d/],
  ['CLI date', /--as-of|--from|--to\b/],
  ['time stage', /src\/time\b|\b(?:parsePeriod|parseVietnameseDate|deadlineStatus|reportingCalendar|publicHolidays|isWorkingDay|addWorkingDays|workingDaysBetween|workingCalendar|toLunar|fromLunar|assessProgress|assessCatalogProgress)\b/],
  ['dossier measures', /\bmeasureDossiers(?:Async)?\b/],
];

/** The signals (names) that make a test file's text look zone-sensitive; empty when none. */
export function zoneSignals(text) {
  // The tag lines themselves name zones; they are not a signal.
  const body = text
    .split('\n')
    .filter((line) => !line.includes(SENSITIVE) && !line.includes(INDEPENDENT))
    .join('\n');
  return SIGNALS.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
}

/** The file's tag: `{ kind: 'sensitive' | 'independent', reason }`, or null. */
export function zoneTag(text) {
  const match = /\/\/\s*@zone-(sensitive|independent)\b:?[ \t]*(.*)$/m.exec(text);
  if (match === null) return null;
  return { kind: match[1], reason: (match[2] ?? '').trim() };
}

/** Every test file of the suite (`*.test.ts`, `*.test-d.ts`), relative to `root`, sorted. */
export function testFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'fixtures') walk(path);
      } else if (/\.test(?:-d)?\.ts$/.test(entry.name)) out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(join(root, 'test'));
  return out.sort();
}

/** The test files tagged zone-sensitive: what `npm test` runs in every zone after the first. */
export function zoneSensitiveFiles(root) {
  return testFiles(root).filter((file) => zoneTag(readFileSync(join(root, file), 'utf8'))?.kind === 'sensitive');
}
