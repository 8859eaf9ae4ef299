// Draws the app's PNG icons (for the web app manifest) from public/icon.svg
// with Debian's Chromium, once: `node tools/icons.mjs` writes
// public/icon-192.png, public/icon-512.png and public/icon-maskable-512.png
// (the mark within the central 80 % safe zone on a full bleed background).
import { chromium } from '../tests/e2e/node_modules/playwright/index.mjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const svg = await readFile(path.join(here, '../public/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['icon-maskable-512.png', 512, true]]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  const body = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#000091;display:flex;align-items:center;justify-content:center">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div>`
    : svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
  await page.screenshot({ path: path.join(here, '../public', name), omitBackground: !maskable, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`wrote public/${name}`);
}
await browser.close();
