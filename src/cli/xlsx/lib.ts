// exceljs, jszip and saxes are loaded when a workbook is read or written, never at the command's start:
// loading exceljs takes a third of a second, which every other command would pay for nothing.
import type * as ExcelJSModule from 'exceljs';
import type JSZipModule from 'jszip';
import type * as SaxesModule from 'saxes';

/** The exceljs module. */
export type ExcelJs = typeof ExcelJSModule;

/**
 * Loads exceljs (once; later calls get the same module).
 *
 * @returns the module
 * @throws when the package is not installed (a broken install)
 *
 * @example
 * typeof (await loadExcelJs()).Workbook;
 * //=> 'function'
 */
export async function loadExcelJs(): Promise<ExcelJs> {
  const m = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return m.default ?? m;
}

/**
 * Loads jszip, exceljs's own ZIP reader (once; later calls get the same module).
 *
 * @returns the JSZip class
 * @throws when the package is not installed (a broken install)
 *
 * @example
 * typeof (await loadJsZip()).loadAsync;
 * //=> 'function'
 */
export async function loadJsZip(): Promise<typeof JSZipModule> {
  const m = (await import('jszip')) as typeof JSZipModule & { default?: typeof JSZipModule };
  return m.default ?? m;
}

/** The saxes module: the XML parser the workbook's parts are read with. */
export type Saxes = typeof SaxesModule;

/**
 * Loads saxes, a conformant streaming XML parser (once; later calls get the same module).
 *
 * @returns the module
 * @throws when the package is not installed (a broken install)
 *
 * @example
 * typeof (await loadSaxes()).SaxesParser;
 * //=> 'function'
 */
export async function loadSaxes(): Promise<Saxes> {
  const m = (await import('saxes')) as Saxes & { default?: Saxes };
  return m.default ?? m;
}
