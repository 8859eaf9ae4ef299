// What a newcomer sees: the export nudge shows once per session and never on the presenter's console, an
// exported then re-imported project counts as exported, a file dropped on
// the welcome page opens, the address and the header say what is shown,
// focus goes to each new screen's heading, and a company's page lists its
// synergies and the meetings it came to.
import { test, expect } from '@playwright/test';
import { openApp, openExample, exportNow, screenshots, waitSaved, watchErrors, deleteProject } from './helpers.mjs';

test('the export nudge: once per session, in the content, never on the presenter; an import of an export counts', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  // Nothing open: the address says the welcome page and no "all saved".
  await expect(page).toHaveURL(/#\/bienvenue$/);
  await expect(page.getByTestId('save-status')).toHaveCount(0);
  await page.getByTestId('open-example').click();
  await expect(page.getByTestId('company-count')).toContainText('64');
  await waitSaved(page);
  // The example was never exported: the nudge shows, inside the main region.
  const nudge = page.getByTestId('export-nudge');
  await expect(nudge).toContainText(/n’a jamais été exporté/);
  await expect(page.locator('main [data-testid="export-nudge"]')).toHaveCount(1);
  await screenshots(page, '50-export-nudge');
  // Another screen: not again this session, nor after a reload.
  await page.getByRole('link', { name: 'Flux', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(nudge).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(nudge).toHaveCount(0);
  // Never on the presenter's console, even where it first showed.
  const doc = JSON.parse(await exportNow(page));
  await page.goto(`/#/rencontres/${doc.events[0].id}/animer`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/animer$/);
  await expect(nudge).toHaveCount(0);

  // Exported, deleted, imported again: not "never exported".
  const text = JSON.stringify(doc);
  await deleteProject(page, doc.territory.name);
  await page.goto('/#/bienvenue');
  // A file dropped on the welcome page opens on the import screen's preview.
  await page.evaluate((content) => {
    const zone = document.querySelector('[data-testid="welcome-dropzone"]');
    const data = new DataTransfer();
    data.items.add(new File([content], 'retour.json', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await expect(page).toHaveURL(/#\/importer$/);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('company-count')).toContainText('64');
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await expect(page.getByTestId('company-count')).toContainText('64');
  await expect(nudge).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a company page lists its synergies and the meetings it came to, and says why it is at its stage', async ({ page }) => {
  await openExample(page);
  const doc = JSON.parse(await exportNow(page));
  const inSynergy = doc.synergies.find((s) => !s.deleted && s.participants.length > 0);
  const company = doc.companies.find((c) => c.id === inSynergy.participants[0].company_id);
  await page.goto(`/#/entreprises/${company.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(company.name);
  await expect(page.getByTestId('company-synergies')).toContainText(inSynergy.title);
  await expect(page.getByTestId('stage')).toContainText(/d’après ses synergies|fixée à la main/);
  const met = doc.events.find((e) => e.attendance.some((a) => a.company_id === company.id));
  if (met) await expect(page.getByTestId('company-meetings')).toContainText(met.title);
  else await expect(page.getByTestId('company-meetings')).toContainText('aucune rencontre');
  await screenshots(page, '51-company-synergies-meetings');
  // The link leads to the synergy, whose heading takes the focus.
  await page.getByTestId('company-synergies').getByRole('link', { name: inSynergy.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
