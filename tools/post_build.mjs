// Trunk post_build hook: runs on the staged build (TRUNK_STAGING_DIR) before
// it replaces dist/. Moves trunk's inline start-up script into a file of its
// own, so that the page's Content-Security-Policy can forbid inline scripts
// (`script-src 'self'`), and names it by the hash of its content.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const indexPath = path.join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  console.error('post_build: no inline start-up script found in index.html');
  process.exit(1);
}
const body = found[1].trim() + '\n';
const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
const sri = 'sha384-' + createHash('sha384').update(body).digest('base64');
const name = `start-${hash}.js`;
await writeFile(path.join(dir, name), body);
html = html.replace(inline, `<script type="module" src="./${name}" integrity="${sri}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post_build: an inline script is left in index.html');
  process.exit(1);
}
await writeFile(indexPath, html);
console.log(`post_build: start-up script moved to ${name}`);
