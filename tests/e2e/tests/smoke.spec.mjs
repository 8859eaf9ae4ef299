// The release build starts in a real browser (this is also what proves
// the optimised wasm runs), the example opens, and every screen renders.
import { test, expect } from '@playwright/test';
import { openApp, openExample, screenshots, watchErrors } from './helpers.mjs';

test('first run welcomes, then the example shows a living project', async ({ page }) => {
  const errors = watchErrors(page);
  let t0 = Date.now();
  await page.goto('/__blank');
  await expect(page.locator('p')).toHaveText('blank');
  const blank = Date.now() - t0;
  t0 = Date.now();
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue dans Maillage');
  const app = Date.now() - t0;
  console.log(`figure: cold load to interactive ${app} ms, a blank page from the same server ${blank} ms (ratio ${(app / Math.max(blank, 1)).toFixed(1)}, budget 3)`);
  await screenshots(page, '01-welcome');
  await page.getByTestId('open-example').click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  await screenshots(page, '02-companies');
  await page.getByRole('link', { name: 'Entonnoir' }).click();
  const counts = page.getByTestId('funnel-count');
  await expect(counts).toHaveText(['63', '60', '32', '30', '24', '15', '3']);
  await expect(page.getByTestId('funnel-outside')).toHaveText('1 structure participe sans compter dans l’entonnoir (collectivité, opérateur, association).');
  await screenshots(page, '03-funnel');
  await page.getByRole('link', { name: 'Prochaines actions' }).click();
  await expect(page.getByTestId('next-actions').locator('li').first()).toBeVisible();
  await screenshots(page, '04-next-actions');
  await page.getByRole('link', { name: 'Entreprises' }).first().click();
  await page.getByRole('link', { name: 'Cartonnages du Val de Lisière' }).click();
  await expect(page.getByTestId('log').locator('li')).not.toHaveCount(0);
  await screenshots(page, '05-company');
  expect(errors).toEqual([]);
});

test('keyboard: skip link, visible focus, forms usable without a mouse', async ({ page }) => {
  await openExample(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Into the search field by keyboard, type, and the list filters.
  await page.locator('#company-search').focus();
  await page.keyboard.type('scierie');
  await expect(page.getByTestId('company-count')).toContainText('2 sur 64');
  const outline = await page.locator('#company-search').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
