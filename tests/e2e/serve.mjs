// A small static server for dist/ (no dependencies). Unknown paths fall back
// to index.html, as a static host would serve the app.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(process.env.DIST_DIR ?? '../../dist');
const port = Number(process.env.PORT ?? 8091);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.tsv': 'text/tab-separated-values; charset=utf-8',
};

http.createServer(async (req, res) => {
  const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // A blank page, to compare the app's load time with the server's own.
  if (urlPath === '/__blank') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>');
    return;
  }
  let file = path.join(root, urlPath === '/' ? 'index.html' : urlPath);
  const exists = await stat(file).then((s) => s.isFile(), () => false);
  if (!file.startsWith(root) || !exists) file = path.join(root, 'index.html');
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
