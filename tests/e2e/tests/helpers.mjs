// Shared steps of the end-to-end tests.
import { expect } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export const SHOTS = path.resolve('screenshots');

/** Collects page errors; the test asserts there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/** Opens the app and waits until it has started. */
export async function openApp(page, hash = '') {
  await page.goto('/' + hash);
  await expect(page.locator('header.topbar')).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0);
}

/** First run → the example project, on the company list. */
export async function openExample(page) {
  await openApp(page);
  await page.getByTestId('open-example').click();
  await expect(page.getByTestId('company-count')).toContainText('64');
  await waitSaved(page);
}

/** Waits until every edit is on disk. */
export async function waitSaved(page) {
  await expect(page.getByTestId('save-status')).toHaveText(/Tout est enregistré|All changes saved/);
}

/** Types like a user, key by key. */
export async function type(page, selector, text) {
  const field = page.locator(selector);
  await field.click();
  await field.pressSequentially(text);
}

/** Saves a screenshot of the page at laptop and projector sizes. */
export async function screenshots(page, name) {
  for (const [dir, size] of [['laptop', { width: 1366, height: 768 }], ['projector', { width: 1920, height: 1080 }]]) {
    await mkdir(path.join(SHOTS, dir), { recursive: true });
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SHOTS, dir, `${name}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Reads a downloaded file as text. */
export async function downloadText(download) {
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

/** A link of the main navigation. */
export function nav(page, name) {
  return page.getByRole('navigation', { name: /Navigation principale|Main navigation/ }).getByRole('link', { name, exact: true });
}
