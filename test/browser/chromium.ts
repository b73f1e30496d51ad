// Finding and starting Debian's Chromium for the browser tests (one copy, shared by every file that
// drives it): CHISO_CHROMIUM, else `chromium` or `chromium-browser` on the PATH; started headless with
// the flags this closed network needs (TOOLCHAIN.md), through playwright-core — nothing is downloaded.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';

/** Whether `file` exists and may be run. */
export function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first `name` on the PATH that may be run, or undefined. */
export function onPath(name: string): string | undefined {
  return (process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== '').map((d) => join(d, name)).find(executable);
}

/** CHISO_CHROMIUM (when it may be run), else `chromium` (or `chromium-browser`) on the PATH. */
export function findChromium(): string | undefined {
  const explicit = process.env['CHISO_CHROMIUM'];
  if (explicit !== undefined && explicit !== '') return executable(explicit) ? explicit : undefined;
  return onPath('chromium') ?? onPath('chromium-browser');
}

/** Starts Chromium headless at `executablePath`, without the sandbox (CI runs as root) and without background networking. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
