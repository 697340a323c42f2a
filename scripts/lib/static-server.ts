// A small static file server for the built app (dist/), used by the browser tests and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Maps a URL path to a file under root, or null when it would leave root. */
function fileFor(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  const full = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return full === root || full.startsWith(root + sep) ? full : null;
}

/**
 * Serves `root` on 127.0.0.1 at a free port; `prefix` mounts it below a path (to prove relative URLs work).
 * Resolves to { url, close }.
 */
export async function serveStatic(
  root: string,
  { prefix = '/' }: { prefix?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const absRoot = resolve(root);
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    const file = fileFor(absRoot, '/' + url.slice(prefix.length));
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // As static hosts do (and not chunked, which Node's server would otherwise use after writeHead).
        'content-length': String(body.byteLength),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  // Idle keep-alive sockets stay open until close(), so a client that reuses one (Playwright's route.fetch
  // does) never meets one the server timed out a moment before: a loaded CI run once got ECONNRESET there.
  server.keepAliveTimeout = 0;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
