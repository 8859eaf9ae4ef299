// Files in and out: export, delete, import back identical; every kind of
// bad file gets its own message in an alert and leaves the open project as
// it was; a large file shows its progress.
import { test, expect } from '@playwright/test';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { downloadText, openApp, openExample, screenshots, waitSaved, watchErrors } from './helpers.mjs';

const TMP = path.resolve('../../target/tmp/e2e-files');

async function exportProject(page) {
  await page.getByRole('link', { name: 'Projets' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  expect(download.suggestedFilename()).toMatch(/^maillage-cc-du-pays-de-lisiere-demarche-eit-\d{4}-\d{2}-\d{2}\.json$/);
  return downloadText(download);
}

async function chooseFile(page, name, content) {
  await page.goto('/#/importer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importer un fichier');
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** Records of a file by kind, keyed by id, for comparison. */
function recordsOf(text) {
  const doc = JSON.parse(text);
  const out = { territory: doc.territory, settings: doc.settings };
  for (const k of ['companies', 'contacts', 'interactions', 'flows', 'synergies', 'events', 'time_entries', 'tasks']) {
    out[k] = Object.fromEntries(doc[k].map((r) => [r.id, r]));
  }
  return out;
}

test('export, delete the project, import the file: identical', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  const exported = await exportProject(page);
  const doc = JSON.parse(exported);
  expect(doc.format).toBe('maillage');
  expect(doc.schema_version).toBe(3);
  expect(doc.share).toBeNull();
  expect(doc.companies).toHaveLength(64);
  await expect(page.getByTestId('project-row')).toContainText('Dernier export');

  // Delete the project (a backup is kept), then import the file.
  await page.getByTestId('delete-project').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(0);
  await chooseFile(page, 'export.json', exported);
  await expect(page.getByTestId('import-preview')).toContainText('Entreprises');
  await expect(page.getByTestId('import-preview')).toContainText('64');
  await screenshots(page, '07-import-preview');
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  const again = await exportProject(page);
  const [a, b] = [recordsOf(exported), recordsOf(again)];
  expect(b).toEqual(a);
  expect(JSON.parse(again).project_id).toBe(doc.project_id);
  expect(errors).toEqual([]);
});

test('every bad file gets its own message and changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  const good = await exportProject(page);
  const doc = JSON.parse(good);
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  const dup = structuredClone(doc);
  dup.contacts[1].id = dup.contacts[0].id;
  const dangling = structuredClone(doc);
  dangling.contacts[0].company_id = '00000000-0000-4000-8000-000000000001';
  const newer = structuredClone(doc);
  newer.schema_version = 99;
  const unknownField = structuredClone(doc);
  unknownField.companies[3].couleur = 'bleu';
  const badSiret = structuredClone(doc);
  badSiret.companies[0].siret = '73282932000075';
  const cases = [
    ['vide.json', '', 'Le fichier est vide.'],
    ['liste.csv', 'Nom;SIRET\nCartonnages;732', 'pas du JSON valide (ligne 1'],
    ['coupe.json', good.slice(0, Math.floor(good.length / 2)), 'Le fichier est incomplet'],
    ['tableau.json', '[1, 2, 3]', 'une liste'],
    ['null.json', 'null', 'la valeur null'],
    ['excalidraw.json', JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }), 'ne vient pas de Maillage'],
    ['futur.json', JSON.stringify(newer), 'version plus récente de Maillage (format 99'],
    ['latin1.json', Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x22, 0x7d]), 'pas un fichier texte UTF-8'],
    ['profond.json', deep, 'imbriquées trop profondément'],
    ['doublons.json', JSON.stringify(dup), 'identifiant déjà utilisé'],
    ['orphelin.json', JSON.stringify(dangling), 'absent(e) du fichier'],
    ['champ.json', JSON.stringify(unknownField), 'champ inconnu « couleur »'],
    ['siret.json', JSON.stringify(badSiret), 'clé de contrôle'],
  ];
  for (const [name, content, message] of cases) {
    await chooseFile(page, name, content);
    const alert = page.getByTestId('import-error');
    await expect(alert, name).toContainText(message);
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText('Rien n’a été modifié.');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    if (name === 'doublons.json') await screenshots(page, '08-import-errors');
  }
  // The open project is as it was.
  await expect(page.locator('.current-project')).toContainText('CC du Pays de Lisière');
  await page.getByRole('link', { name: 'Entreprises' }).first().click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  expect(errors).toEqual([]);
});

test('a file over the size limit is refused before reading', async ({ page }) => {
  await openExample(page);
  await mkdir(TMP, { recursive: true });
  const big = path.join(TMP, 'enorme.json');
  await writeFile(big, Buffer.alloc(65 * 1024 * 1024, 0x20));
  await page.goto('/#/importer');
  await page.locator('#import-file').setInputFiles(big);
  await expect(page.getByTestId('import-error')).toContainText('trop volumineux');
  await expect(page.locator('.current-project')).toContainText('CC du Pays de Lisière');
});

test('a UTF-8 byte-order mark is accepted; text from files stays text', async ({ page }) => {
  await openExample(page);
  const doc = JSON.parse(await exportProject(page));
  doc.companies[0].name = '<img src=x onerror="window.__pwned=1">Cartonnages';
  doc.territory.name = '<b>Territoire</b> importé';
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(doc), 'utf8')]);
  await chooseFile(page, 'bom.json', withBom);
  await expect(page.getByTestId('import-preview')).toContainText('<b>Territoire</b> importé');
  await page.getByTestId('import-replace').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remplacer' }).click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  await expect(page.locator('table.company-table')).toContainText('<img src=x onerror="window.__pwned=1">Cartonnages');
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  // Replacing kept a backup of the previous state.
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByTestId('backup-row').first()).toContainText('avant un import');
});

test('a large file shows its progress and opens', async ({ page }) => {
  await openExample(page);
  const doc = JSON.parse(await exportProject(page));
  const template = doc.companies[5];
  const n = 20000;
  for (let i = 0; i < n; i++) {
    doc.companies.push({ ...template, id: crypto.randomUUID(), name: `Établissement généré ${i}`, siret: null });
  }
  const text = JSON.stringify(doc, null, 2);
  console.log(`figure: generated file ${(text.length / 1e6).toFixed(1)} MB, ${doc.companies.length} companies`);
  await page.goto('/#/importer');
  // The reading progress is announced while the file is read.
  const progress = page.waitForSelector('[data-testid=import-progress]', { state: 'attached' });
  const t0 = Date.now();
  await page.locator('#import-file').setInputFiles({ name: 'grand.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  expect(await (await progress).getAttribute('role')).toBe('status');
  await expect(page.getByTestId('import-preview')).toContainText('20\u202f064', { timeout: 30000 });
  const inPage = await page.evaluate(() => performance.getEntriesByName('maillage:import').map((e) => e.duration));
  console.log(`figure: ${(text.length / 1e6).toFixed(1)} MB file read + parsed + validated in the page in ${Math.round(inPage[0])} ms (${Date.now() - t0} ms with the test's upload)`);
  const t1 = Date.now();
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('company-count')).toHaveText('20\u202f064 entreprises', { timeout: 30000 });
  console.log(`figure: store 20 064 companies in IndexedDB and show the list: ${Date.now() - t1} ms`);
});

test('a file dropped on the page is read like a chosen one', async ({ page }) => {
  await openExample(page);
  const text = await exportProject(page);
  await page.goto('/#/importer');
  const zone = page.getByTestId('dropzone');
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'depose.json', { type: 'application/json' }));
    return dt;
  }, text);
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(zone).toHaveClass(/hovering/);
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('import-preview')).toContainText('Ce fichier est une version du projet');
  // Same project here already: replace it, or open a copy.
  await page.getByTestId('import-new').click();
  await expect(page.locator('.current-project')).toContainText('(copie)');
  await page.getByRole('link', { name: 'Projets' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(2);
  await expect(page.getByTestId('project-row').filter({ hasText: '(copie)' })).toHaveCount(1);
});
