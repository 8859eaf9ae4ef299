// Offline after a first visit: the server is really stopped, the page
// reloads from the service worker, the project opens and an edit saves; the
// projector's audience window opens too. Then a new build is served: the app
// says a new version is ready and loads it once the user accepts.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { openCompany, openExample, type, waitSaved, watchErrors, exportNow } from './helpers.mjs';

const PORT = 8097;
const BASE = `http://127.0.0.1:${PORT}/`;

/** Starts the test's own static server on a folder; resolves once it answers. */
async function serve(dir) {
  const child = spawn(process.execPath, ['serve.mjs'], { env: { ...process.env, PORT: String(PORT), DIST_DIR: dir }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try { await fetch(BASE); return child; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error('server did not start');
}

async function stop(child) {
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await gone;
  await expect.poll(async () => fetch(BASE).then(() => 'up', () => 'down')).toBe('down');
}

test('after a first visit the app works with the server stopped, and updates when asked', async ({ browser }) => {
  test.setTimeout(120_000);
  const dist = path.resolve(process.env.DIST_DIR ?? '../../dist');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maillage-offline-'));
  await cp(dist, dir, { recursive: true });
  let server = await serve(dir);
  const context = await browser.newContext({ baseURL: BASE, locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await openExample(page);
    const version = await page.getByTestId('version').innerText();
    expect(version).toMatch(/Maillage 0\.1\.0\+[0-9a-f]{12}/);
    // The worker has kept the app once it controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const manifest = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(manifest).toBe('manifest.webmanifest');
    const event = JSON.parse(await exportNow(page)).events.find((e) => e.cafe).id;

    // Really offline: the server is stopped.
    await stop(server);
    const t0 = Date.now();
    await page.reload();
    await expect(page.locator('header.topbar')).toBeVisible();
    console.log(`figure: offline reload to the app shown ${Date.now() - t0} ms`);
    await openCompany(page, 'Hôtel du Lac');
    await page.getByTestId('edit-company').click();
    await type(page, '#company-notes', 'Saisi sans réseau');
    await page.getByTestId('save-company').click();
    await expect(page.locator('.identity .notes')).toHaveText('Saisi sans réseau');
    await waitSaved(page);
    const audience = await context.newPage();
    await audience.goto(`/#/projection/${event}`);
    await expect(audience.getByTestId('audience')).toBeVisible();
    await audience.close();

    // A new build is served: the app offers it, and loads it when asked.
    const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
    const old = sw.match(/const VERSION = '([^']+)'/)[1];
    const next = `${old.split('+')[0]}+nouvelle0001`;
    await writeFile(path.join(dir, 'sw.js'), sw.replace(old, next));
    const index = await readFile(path.join(dir, 'index.html'), 'utf8');
    await writeFile(path.join(dir, 'index.html'), index.replace(old, next));
    server = await serve(dir);
    await page.reload();
    await expect(page.getByTestId('update-ready')).toContainText('nouvelle version', { timeout: 20000 });
    await page.getByTestId('update-reload').click();
    await expect(page.getByTestId('version')).toContainText(next, { timeout: 20000 });
    await openCompany(page, 'Hôtel du Lac');
    await expect(page.locator('.identity .notes')).toHaveText('Saisi sans réseau');
    expect(errors.filter((e) => !/Failed to load resource|net::ERR/.test(e))).toEqual([]);
  } finally {
    await context.close();
    server.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
});
