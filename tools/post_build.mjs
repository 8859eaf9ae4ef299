// Trunk post_build hook: runs on the staged build (TRUNK_STAGING_DIR) before
// it replaces dist/.
// 1. Moves trunk's inline start-up script into a file of its own, so that the
//    page's Content-Security-Policy can forbid inline scripts
//    (`script-src 'self'`), named by the hash of its content.
// 2. Names the build: a version from the hash of every built file, written
//    into index.html (`<meta name="maillage-build">`, shown in the footer).
// 3. Completes the service worker (public/sw.js): the list of the built files
//    to keep for offline use and the version, so each build is a new worker.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const fail = (msg) => { console.error(`post_build: ${msg}`); process.exit(1); };
const indexPath = path.join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');

// 1. The start-up script.
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) fail('no inline start-up script found in index.html');
const body = found[1].trim() + '\n';
const start = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
const sri = 'sha384-' + createHash('sha384').update(body).digest('base64');
await writeFile(path.join(dir, start), body);
html = html.replace(inline, `<script type="module" src="./${start}" integrity="${sri}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('an inline script is left in index.html');

// 2. The build's version, from every file but index.html and the worker.
const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  .filter((f) => f !== 'sw.js')
  .sort();
const hash = createHash('sha256');
for (const f of files.filter((f) => f !== 'index.html')) {
  hash.update(f);
  hash.update(await readFile(path.join(dir, f)));
}
// Hooks run in the project's folder.
const pkg = (await readFile(path.join(process.cwd(), 'Cargo.toml'), 'utf8').catch(() => '')).match(/^version = "([^"]+)"/m);
const version = `${pkg ? pkg[1] : '0'}+${hash.digest('hex').slice(0, 12)}`;
html = html.replace('</head>', `<meta name="maillage-build" content="${version}" /></head>`);
await writeFile(indexPath, html);

// 3. The service worker.
const swPath = path.join(dir, 'sw.js');
const sw = await readFile(swPath, 'utf8').catch(() => fail('sw.js is not in the build'));
if (!sw.includes('__MAILLAGE_FILES__') || !sw.includes('__MAILLAGE_VERSION__')) fail('sw.js has no placeholders');
const precache = files;
await writeFile(swPath, sw.replace('__MAILLAGE_VERSION__', version).replace('__MAILLAGE_FILES__', JSON.stringify(precache)));
console.log(`post_build: build ${version}, ${precache.length} files kept offline, start-up script ${start}`);
