#!/usr/bin/env node
// A tiny static file server for the playground: serves the npm package folder (the page
// imports ../index.js, which fetches ../mpyc.wasm), on 127.0.0.1 only.
//
//   node playground/serve.mjs [PORT]      # PORT 0 or none: a free port; prints the URL
//
// The browser test imports serve() from here.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.py': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.mpy': 'application/octet-stream',
};

/** The npm package folder (this file's parent's parent). */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * Serve `root` on 127.0.0.1:`port` (0: a free port). Resolves to
 * `{ server, url, close() }`, `url` being the playground's address.
 */
export function serve({ port = 0, root = PACKAGE_ROOT, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url, 'http://localhost');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, 'method not allowed\n');
      }
      if (pathname === '/') {
        res.writeHead(302, { Location: '/playground/' });
        return res.end();
      }
      let file = resolve(join(root, decodeURIComponent(pathname)));
      if (file !== root && !file.startsWith(root + sep)) {
        return send(res, 403, 'forbidden\n');
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: pathname + '/' });
          return res.end();
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return send(res, 404, `not found: ${pathname}\n`);
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      send(res, 500, `error: ${e?.message ?? e}\n`);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: p } = server.address();
      ok({
        server,
        url: `http://${host}:${p}/playground/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2] ?? '0';
  const port = Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`usage: node playground/serve.mjs [PORT]   (not a port: ${arg})`);
    process.exit(2);
  }
  const { url } = await serve({ port });
  console.log(`mpyc playground: ${url}  (Ctrl+C stops)`);
}
