#!/usr/bin/env node
// A static server for a built single-page app with a strict Content-Security-Policy: no
// unsafe-inline, no unsafe-eval, everything from the page's own origin, and a fresh nonce on each
// response for the <style> elements a page adds itself. The nonce replaces `__CSP_NONCE__` in HTML
// (Vite's `html.cspNonce` placeholder). Unknown paths get index.html.
// Prints `listening <url>` once ready. Usage: node csp-server.mjs <dir> [port]
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const PLACEHOLDER = '__CSP_NONCE__';

export function strictPolicy(nonce) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const dir = resolve(process.argv[2] ?? '.');
const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let file = normalize(join(dir, decodeURIComponent(pathname)));
  if (!file.startsWith(dir)) file = join(dir, 'index.html');
  let body = await readFile(file).catch(() => null);
  if (!body) {
    file = join(dir, 'index.html');
    body = await readFile(file).catch(() => null);
  }
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const nonce = randomBytes(16).toString('base64');
  if (extname(file) === '.html') body = body.toString('utf8').replaceAll(PLACEHOLDER, nonce);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': strictPolicy(nonce),
    'cache-control': 'no-store',
  });
  res.end(body);
});
server.listen(Number(process.argv[3] ?? 0), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`);
});
