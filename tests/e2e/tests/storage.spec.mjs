// Real browser storage: backups before destructive operations, a full
// disk, and a browser without IndexedDB (more in nothing-lost.spec.mjs).
import { test, expect, chromium } from '@playwright/test';
import { downloadText, openApp, openExample, screenshots, type, waitSaved, watchErrors } from './helpers.mjs';

test('deleting a project keeps a backup that can be restored', async ({ page }) => {
  await openExample(page);
  await page.getByRole('link', { name: 'Projets' }).click();
  await page.getByTestId('delete-project').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(0);
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  const row = page.getByTestId('backup-row').first();
  await expect(row).toContainText('avant une suppression');
  await expect(row).toContainText('64 entreprises');
  await screenshots(page, '09-backups');
  await row.getByTestId('restore').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restaurer' }).click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('.current-project')).toContainText('CC du Pays de Lisière');
});

// Quota overrides only apply to a profile on disk, not to Playwright's
// in-memory contexts: this test launches its own persistent Chromium.
test('a full disk: clear message, data kept in this tab, export offered', async ({ baseURL }, testInfo) => {
  const profile = testInfo.outputPath('profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    viewport: { width: 1366, height: 768 },
    baseURL,
    locale: 'fr-FR',
    acceptDownloads: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchErrors(page);
    await openApp(page);
    // A disk (quota) too small for the example project.
    const cdp = await context.newCDPSession(page);
    const origin = new URL(page.url()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1000 });
    await page.getByTestId('open-example').click();
    const alert = page.getByTestId('alerts');
    await expect(alert).toContainText('L’espace de stockage du navigateur est plein');
    await expect(page.getByTestId('save-status')).toContainText('Échec');
    // The data is kept in this tab and can be exported.
    await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
    await screenshots(page, '11-quota');
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Exporter maintenant' }).click()]);
    expect(JSON.parse(await downloadText(download)).companies).toHaveLength(64);
    // Space again: the next edit saves everything that was pending.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.getByRole('link', { name: 'Hôtel du Lac' }).click();
    await page.getByTestId('edit-company').click();
    await type(page, '#company-tags', 'hôtellerie');
    await page.getByTestId('save-company').click();
    await waitSaved(page);
    await page.reload();
    await expect(page.locator('.identity')).toContainText('hôtellerie');
    await page.getByRole('link', { name: 'Entreprises' }).first().click();
    await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
    expect(errors.filter((e) => !e.includes('QuotaExceeded'))).toEqual([]);
  } finally {
    await context.close();
  }
});
