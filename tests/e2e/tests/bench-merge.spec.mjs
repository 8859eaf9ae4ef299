// Benchmark (make bench): merging a partner's return into a project of
// 20 000 companies, with 1 000 changes on each side since the file was
// sent. Prints figures; asserts only that the merge worked.
import { test, expect } from '@playwright/test';
import { downloadText, openExample, waitSaved } from './helpers.mjs';

const measures = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
const ms = (x) => `${Math.round(x)} ms`;

async function chooseFile(page, name, text) {
  await page.goto('/#/importer');
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 60000 });
}

test('merge a 20 000-company return with 1 000 changes on each side', async ({ page }) => {
  test.setTimeout(300_000);
  await openExample(page);
  await page.getByRole('link', { name: 'Projets' }).click();
  const [first] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const doc = JSON.parse(await downloadText(first));
  const seed = doc.companies.filter((c) => c.confidentiality === 'network');
  while (doc.companies.length < 20000) {
    const i = doc.companies.length;
    doc.companies.push({ ...seed[i % seed.length], id: crypto.randomUUID(), name: `Ateliers Benchmark ${i}`, siret: null, notes: '' });
  }
  await chooseFile(page, 'bench.json', JSON.stringify(doc));
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('company-count')).toContainText('20', { timeout: 60000 });
  await waitSaved(page);

  // The file for the partner: every company (the version sent is kept).
  await page.getByRole('link', { name: 'Projets' }).click();
  await page.getByTestId('share').click();
  const [sentFile] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByTestId('share-export').click()]);
  const sent = JSON.parse(await downloadText(sentFile));

  // The officer's own 1 000 changes since (a replace by an edited copy).
  await page.getByRole('link', { name: 'Projets' }).click();
  const [mineFile] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByTestId('export').click()]);
  const mine = JSON.parse(await downloadText(mineFile));
  const officerSide = mine.companies.filter((c) => c.name.startsWith('Ateliers Benchmark')).slice(0, 1000);
  for (const c of officerSide) { c.commune = 'Commune du chargé'; c.rev += 1; }
  await chooseFile(page, 'mine.json', JSON.stringify(mine));
  await page.getByTestId('import-replace').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remplacer' }).click();
  await expect(page.getByTestId('company-count')).toContainText('20', { timeout: 60000 });
  await waitSaved(page);

  // The partner's 1 000 changes, on other companies, in their return.
  const theirs = structuredClone(sent);
  const partnerSide = theirs.companies.filter((c) => c.name.startsWith('Ateliers Benchmark')).slice(1000, 2000);
  for (const c of partnerSide) { c.tags = [...c.tags, 'appelé par la JCE']; c.rev += 1; }
  theirs.base_export_id = sent.export_id;
  theirs.export_id = crypto.randomUUID();
  theirs.exported_by = { actor: crypto.randomUUID(), label: 'JCE du Pays de Lisière' };
  await chooseFile(page, 'retour.json', JSON.stringify(theirs));
  await page.evaluate(() => performance.clearMeasures());
  await page.getByTestId('import-merge').click();
  await expect(page.getByTestId('merge-review')).toBeVisible({ timeout: 60000 });
  await expect(page.getByTestId('merge-counts').locator('tr[data-kind=companies]')).toContainText('1\u202f000');
  await expect(page.getByTestId('conflict')).toHaveCount(0);
  const plan = (await measures(page, 'maillage:merge-plan'))[0];
  await page.getByTestId('merge-apply').click();
  await expect(page.getByTestId('status')).toContainText('Fusion enregistrée', { timeout: 60000 });
  const apply = (await measures(page, 'maillage:merge-apply'))[0];
  const compute = (await measures(page, 'maillage:merge-compute'))[0];
  const backup = (await measures(page, 'maillage:merge-backup'))[0];
  console.log(`\n== Merge benchmark (headless Chromium, this machine)
  20 000 companies, 1 000 changes on each side:
  merge ${ms(plan + compute)} (plan ${ms(plan)} + apply and validate ${ms(compute)}) (budget 1000 ms)
  with the backup of the project before it (${ms(backup)}) and the write, applying took ${ms(apply)}`);
});
