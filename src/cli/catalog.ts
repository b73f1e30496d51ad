import { catalogs, ChisoError, loadCatalog, type Catalog } from '../index';
import { formatPath } from '../_shared/issue';
import { fromChisoError, usageError } from './errors';
import { parseJsonFile, readText } from './io';

/**
 * The built-in catalogs by the name given to `--catalog` (their ids). Looked up by own key only
 * ({@link builtInCatalog}): `__proto__`, `constructor` or `toString` are unknown catalogs, not
 * properties of Object.prototype.
 */
export const BUILT_IN: Readonly<Record<string, Catalog>> = {
  'vinh-phuc-302': catalogs.vinhPhuc302,
  'tuyen-quang-154': catalogs.tuyenQuang154,
  'dien-bien': catalogs.dienBien,
};

/**
 * The built-in catalog of that name, by own key only.
 *
 * @param name - the name given to `--catalog`
 * @returns the catalog, or `undefined` when `name` is not a built-in name
 * @throws never
 *
 * @example
 * builtInCatalog('vinh-phuc-302')?.id;
 * //=> 'vinh-phuc-302'
 * // Object.prototype's keys are not catalogs:
 * builtInCatalog('constructor');
 * //=> undefined
 */
export function builtInCatalog(name: string): Catalog | undefined {
  return Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined;
}

/**
 * Loads a catalog config file (JSON) with `loadCatalog`; every problem is reported as
 * `file: indicators[0].targets[0].op: Expected …` (a JSON syntax error as `file:line:column`).
 *
 * @param file - the catalog file
 * @returns the validated catalog
 * @throws {CliError} an input error (exit 1) listing every problem, or an I/O error (exit 3)
 *
 * @example
 * loadCatalogFile('examples/province-config/catalog.json').id;
 * //=> 'invented-minh-hoa-2025'
 */
export function loadCatalogFile(file: string): Catalog {
  const json = parseJsonFile(readText(file), file);
  try {
    return loadCatalog(json);
  } catch (error) {
    if (error instanceof ChisoError) throw fromChisoError(error, (issue) => `${file}: ${formatPath(issue.path) || '(root)'}`, file);
    throw error;
  }
}

/**
 * `--catalog`: a built-in name, or a path to a catalog JSON file.
 *
 * @param spec - `vinh-phuc-302`, `tuyen-quang-154`, `dien-bien`, or a path (ending in `.json` or containing `/`)
 * @param command - the command's name, for the error
 * @returns the catalog
 * @throws {CliError} a usage error (exit 2) for an unknown name ("unknown catalog", with the
 *   built-in names); as {@link loadCatalogFile} for a file
 *
 * @example
 * resolveCatalog('vinh-phuc-302', 'scorecard').plan.number;
 * //=> '302/KH-UBND'
 */
export function resolveCatalog(spec: string, command: string): Catalog {
  const builtIn = builtInCatalog(spec);
  if (builtIn !== undefined) return builtIn;
  if (/\.json$/i.test(spec) || spec.includes('/') || spec.includes('\\')) return loadCatalogFile(spec);
  throw usageError(`unknown catalog "${spec}": --catalog takes a built-in catalog (${Object.keys(BUILT_IN).join(', ')}) or a catalog file (.json)`, command);
}

/**
 * `--level`: one of the catalog's levels, checked here so the mistake is a usage error.
 *
 * @param catalog - the catalog
 * @param level - the `--level` given, if any
 * @param command - the command's name, for the error
 * @returns nothing
 * @throws {CliError} a usage error (exit 2) naming the catalog's levels
 *
 * @example
 * checkLevel(catalogs.vinhPhuc302, 'ward', 'scorecard');
 * //=> throws CliError: error: --level must be one of the levels of vinh-phuc-302: province, district, commune (got "ward")
 */
export function checkLevel(catalog: Catalog, level: string | undefined, command: string): void {
  if (level === undefined) return;
  const ids = catalog.hierarchy.levels.map((l) => l.id);
  if (!ids.includes(level)) throw usageError(`--level must be one of the levels of ${catalog.id}: ${ids.join(', ')} (got "${level}")`, command);
}
