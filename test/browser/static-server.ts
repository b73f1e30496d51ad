import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
};

/** A running static server and its origin (`http://127.0.0.1:<port>`). */
export interface StaticServer {
  readonly origin: string;
  /** Every path requested that was not served with 200, so a test can show what the page missed. */
  readonly failures: string[];
  close(): Promise<void>;
}

/**
 * Serves files of `root` under the given top folders only, on 127.0.0.1 and a random port. ES modules
 * need http(s): a page opened as file:// cannot import them.
 */
export async function serveStatic(root: string, folders: readonly string[]): Promise<StaticServer> {
  const failures: string[] = [];
  const base = normalize(root + sep);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path));
    const allowed = file.startsWith(base) && folders.some((f) => file.startsWith(join(base, f) + sep));
    let size = -1;
    try {
      if (allowed) size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    const type = TYPES[extname(file)];
    if (req.method !== 'GET' || size < 0 || type === undefined) {
      failures.push(`${req.method ?? '?'} ${path}`);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    failures,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
