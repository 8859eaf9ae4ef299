// Accessibility: axe-core (the engine of the browsers' own audits) on every
// screen of the example project, at zero violations. axe runs in the page
// through the test driver (not a script tag: the app's Content-Security-Policy
// forbids scripts other than its own).
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openExample, exportNow, everyScreen } from './helpers.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations on the page as shown, one line each. */
async function violations(page) {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return {
      checked: r.passes.length + r.violations.length,
      lines: r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    };
  });
  // axe really ran its rules on this screen (landmarks, contrast, names…).
  expect(found.checked).toBeGreaterThan(10);
  return found.lines;
}

test('every screen has no axe-core violation', async ({ page }) => {
  test.setTimeout(180_000);
  await openExample(page);
  const doc = JSON.parse(await exportNow(page));
  // The screens of the shell (printouts and the audience window have their own page).
  const hashes = everyScreen(doc).filter((h) => !/imprimer|projection|bienvenue/.test(h));
  const all = [];
  for (const h of hashes) {
    await page.goto('/' + h);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForTimeout(200);
    for (const v of await violations(page)) all.push(`${h}: ${v}`);
  }
  console.log(all.length ? `axe-core violations:\n  ${all.join('\n  ')}` : 'axe-core: no violation on any screen');
  expect(all).toEqual([]);
});
