// Nothing lost, nobody in: each way a user lost records or let bad data in
// before, checked on the records themselves (an exported file or the
// project reopened), in the real browser with real IndexedDB.
import { test, expect, chromium } from '@playwright/test';
import { chooseFile, deleteProject, downloadText, exportNow, nav, newProject, openApp, openCompany, openExample, screenshots, type, waitSaved, watchErrors, everyScreen } from './helpers.mjs';

/** Records without the header fields that a save rewrites. */
function content(r) {
  const { rev, updated_at, updated_by, ...rest } = r;
  return rest;
}

test('a deleted project keeps its backup through many other operations; backups can be deleted one by one', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await deleteProject(page, 'CC du Pays de Lisière');
  for (let i = 1; i <= 9; i++) {
    await newProject(page, `Projet de passage ${i}`);
    await deleteProject(page, `Projet de passage ${i}`);
  }
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByTestId('storage-use')).toContainText('Espace utilisé par Maillage');
  const lisiere = page.getByTestId('backup-row').filter({ hasText: 'CC du Pays de Lisière' });
  await expect(lisiere).toHaveCount(1);
  await expect(lisiere.getByTestId('backup-size')).toContainText(/[0-9][\s\u00a0]?(ko|Mo)/);
  await screenshots(page, '45-backups');
  // One backup deleted: one row less, the others stay.
  const before = await page.getByTestId('backup-row').count();
  const passage = page.getByTestId('backup-row').filter({ hasText: 'Projet de passage 9' });
  await passage.getByTestId('delete-backup').click();
  await passage.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByTestId('backup-row')).toHaveCount(before - 1);
  // The deleted project comes back whole.
  await lisiere.getByTestId('restore').click();
  await lisiere.getByRole('alertdialog').getByRole('button', { name: 'Restaurer' }).click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  expect(errors).toEqual([]);
});

test('a deleted company waits in the trash and comes back with its contacts, log and flows', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  const before = JSON.parse(await exportNow(page));
  const company = before.companies.find((c) => c.name === 'Cartonnages du Val de Lisière');
  await openCompany(page, company.name);
  await page.getByTestId('delete-company').click();
  await expect(page.getByRole('alertdialog')).toContainText('corbeille');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByTestId('company-count')).toHaveText('63 entreprises');
  await nav(page, 'Sauvegardes').click();
  const row = page.getByTestId('trash-row').filter({ hasText: company.name });
  await expect(row).toContainText('Supprimée le');
  await screenshots(page, '46-trash');
  await row.getByTestId('restore-company').click();
  await expect(page.getByTestId('trash')).toHaveCount(0);
  await waitSaved(page);
  const after = JSON.parse(await exportNow(page));
  for (const kind of ['companies', 'contacts', 'interactions', 'flows']) {
    const of = (doc) => doc[kind]
      .filter((r) => (kind === 'companies' ? r.id === company.id : r.company_id === company.id))
      .map(content)
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(of(after), kind).toEqual(of(before));
  }
  expect(errors).toEqual([]);
});

test('replacing names what would be lost and keeps a backup; another project’s file cannot replace', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  const file = await exportNow(page);
  // An edit made after the export.
  await openCompany(page, 'Brasserie La Lisière');
  await page.getByTestId('add-interaction').click();
  await type(page, '#interaction-summary', 'Appel après l’export');
  await page.getByTestId('save-interaction').click();
  await expect(page.getByTestId('log')).toContainText('Appel après l’export');
  await waitSaved(page);
  await chooseFile(page, 'ancien.json', file);
  await page.getByTestId('import-replace').click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Seront perdues');
  await expect(dialog).toContainText('1 échange');
  await screenshots(page, '47-replace-confirm');
  await dialog.getByRole('button', { name: 'Remplacer' }).click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  await openCompany(page, 'Brasserie La Lisière');
  await expect(page.getByTestId('log')).not.toContainText('Appel après l’export');
  // The backup taken before still has it.
  await nav(page, 'Sauvegardes').click();
  const backup = page.getByTestId('backup-row').filter({ hasText: 'avant un import' }).first();
  await backup.getByTestId('restore').click();
  await backup.getByRole('alertdialog').getByRole('button', { name: 'Restaurer' }).click();
  await openCompany(page, 'Brasserie La Lisière');
  await expect(page.getByTestId('log')).toContainText('Appel après l’export');

  // Another project's file never replaces the open one.
  await newProject(page, 'Territoire voisin');
  const other = await exportNow(page);
  await deleteProject(page, 'Territoire voisin');
  await page.getByRole('link', { name: 'CC du Pays de Lisière' }).first().isVisible();
  await chooseFile(page, 'voisin.json', other);
  await expect(page.getByTestId('other-project')).toContainText('appartient à un autre projet');
  await expect(page.getByTestId('import-replace')).toHaveCount(0);
  await expect(page.getByTestId('import-merge')).toHaveCount(0);
  await expect(page.getByTestId('import-new')).toHaveText('Ouvrir comme nouveau projet');
  expect(errors).toEqual([]);
});

test('what is typed survives a reload and a back navigation; saved means on disk', async ({ page, context }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await openCompany(page, 'Hôtel du Lac');
  await page.getByTestId('edit-company').click();
  await type(page, '#company-notes', 'Rappeler M. Perrin');
  // Reload at once: the draft is back, and says so.
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toContainText('Brouillon restauré');
  await expect(page.locator('#company-notes')).toHaveValue('Rappeler M. Perrin');
  await screenshots(page, '48-draft-restored');
  // Back, then to the form again: still there.
  await page.goBack();
  await page.goForward();
  await expect(page.locator('#company-notes')).toHaveValue('Rappeler M. Perrin');
  // Leaving the page with typing not saved asks first.
  let asked = false;
  page.once('dialog', async (d) => { asked = d.type() === 'beforeunload'; await d.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
  // (Dismissed: the page stays.) Save; the notice waits for the disk, then the tab closes at once.
  await page.getByTestId('save-company').click();
  await expect(page.getByTestId('status')).toContainText('Entreprise enregistrée');
  await page.close();
  const again = await context.newPage();
  await openApp(again, '#/entreprises');
  await openCompany(again, 'Hôtel du Lac');
  await expect(again.locator('.identity .notes')).toHaveText('Rappeler M. Perrin');
  // A saved form leaves no draft behind.
  await again.getByTestId('edit-company').click();
  await expect(again.getByTestId('draft-restored')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('two tabs in the same form: both fields are kept; the same field is asked once', async ({ page, context }) => {
  const errors = watchErrors(page);
  await openExample(page);
  const other = await context.newPage();
  await openApp(other, '#/entreprises');
  for (const p of [page, other]) {
    await openCompany(p, 'Brasserie La Lisière');
    await p.getByTestId('edit-company').click();
  }
  await type(page, '#company-notes', 'Note du premier onglet');
  await page.getByTestId('save-company').click();
  await expect(page.locator('.identity .notes')).toHaveText('Note du premier onglet');
  await waitSaved(page);
  await expect(other.getByTestId('status')).toContainText('modifié dans un autre onglet');
  // The second tab changed another field: saved at once, onto the newer version.
  await type(other, '#company-commune', ' (centre)');
  await other.getByTestId('save-company').click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Brasserie La Lisière');
  await waitSaved(other);
  await page.reload();
  await expect(page.locator('.identity')).toContainText('Montclair-la-Côte (centre)');
  await expect(page.locator('.identity .notes')).toHaveText('Note du premier onglet');
  // Both add a tag: both are kept (tags are a set); both change the address:
  // the second is shown the other value, then keeps its own knowingly.
  for (const p of [page, other]) await p.getByTestId('edit-company').click();
  await type(page, '#company-tags', ', brasseur');
  await type(page, '#company-address', ' bis');
  await page.getByTestId('save-company').click();
  await waitSaved(page);
  await expect(other.getByTestId('status')).toContainText('modifié dans un autre onglet');
  const address = await other.locator('#company-address').inputValue();
  await type(other, '#company-tags', ', bière');
  await type(other, '#company-address', ' ter');
  await other.getByTestId('save-company').click();
  await expect(other.locator('#company-address-error')).toContainText(`l’autre version indique « ${address} bis »`);
  await expect(other.getByTestId('changed-fields')).toContainText('Adresse');
  await expect(other.locator('#company-tags-error')).toBeHidden();
  await screenshots(other, '10-changed-elsewhere');
  await other.getByTestId('save-company').click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Brasserie La Lisière');
  await waitSaved(other);
  const doc = JSON.parse(await exportNow(other));
  const c = doc.companies.find((x) => x.name === 'Brasserie La Lisière');
  expect(c.tags).toEqual(['pilote', 'bière', 'brasseur']);
  expect(c.address).toBe(`${address} ter`);
  expect(c.notes).toBe('Note du premier onglet');
  expect(c.commune).toBe('Montclair-la-Côte (centre)');
  expect(errors).toEqual([]);
});

test('without storage every project of the tab is kept while it is open, and closing asks', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openApp(page);
  await expect(page.getByTestId('no-storage')).toContainText('rien ne sera gardé');
  await page.getByTestId('open-example').click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  await expect(page.getByTestId('save-status')).toContainText('Non conservé');
  await screenshots(page, '12-no-storage');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('no-storage').getByRole('button', { name: 'Exporter maintenant' }).click()]);
  expect(JSON.parse(await downloadText(download)).companies).toHaveLength(64);
  await openCompany(page, 'Hôtel du Lac');
  await page.getByTestId('edit-company').click();
  await type(page, '#company-notes', 'Note sans stockage');
  await page.getByTestId('save-company').click();
  await expect(page.locator('.identity .notes')).toHaveText('Note sans stockage');
  await newProject(page, 'Deuxième projet');
  await expect(page.getByTestId('company-count')).toHaveText('0 entreprise');
  // The example and its edit are still there.
  await page.getByRole('link', { name: 'Projets' }).click();
  await page.getByTestId('project-row').filter({ hasText: 'CC du Pays de Lisière' }).getByRole('button', { name: 'Ouvrir' }).click();
  await openCompany(page, 'Hôtel du Lac');
  await expect(page.locator('.identity .notes')).toHaveText('Note sans stockage');
  let asked = false;
  page.once('dialog', async (d) => { asked = d.type() === 'beforeunload'; await d.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

// Quota overrides only apply to a profile on disk: its own persistent Chromium.
test('a full disk: an export is offered before edits could be dropped; projects and backups can still be deleted', async ({ baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    viewport: { width: 1366, height: 768 }, baseURL, locale: 'fr-FR', acceptDownloads: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    // A small disk (Chromium applies a quota override only before the
    // origin's first write).
    const cdp = await context.newCDPSession(page);
    const origin = new URL(page.url()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 8 * 1024 * 1024 });
    await type(page, '#new-project-name', 'Petit projet');
    await page.getByRole('button', { name: 'Créer le projet' }).click();
    await expect(page.locator('.current-project')).toContainText('Petit projet');
    await deleteProject(page, 'Petit projet'); // leaves a backup
    await newProject(page, 'Autre projet');
    await waitSaved(page);
    // Something else of this site fills the disk.
    const filled = await page.evaluate(() => new Promise((done) => {
      const open = indexedDB.open('remplissage', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onsuccess = () => {
        const db = open.result;
        const more = (n) => {
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').put('x'.repeat(256 * 1024), 'k' + n);
          tx.oncomplete = () => more(n + 1);
          tx.onabort = () => { db.close(); done(n); };
        };
        more(0);
      };
    }));
    expect(filled).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Projets' }).click();
    await page.getByRole('link', { name: 'Ouvrir l’exemple' }).click();
    await page.getByTestId('open-example').click();
    await expect(page.getByTestId('alerts')).toContainText('L’espace de stockage du navigateur est plein');
    await expect(page.getByTestId('save-status')).toContainText('Échec');
    // Editing goes on in the tab.
    await openCompany(page, 'Hôtel du Lac');
    await page.getByTestId('edit-company').click();
    await type(page, '#company-notes', 'Modification sur disque plein');
    await page.getByTestId('save-company').click();
    await expect(page.locator('.identity .notes')).toHaveText('Modification sur disque plein');
    await expect(page.getByTestId('save-status')).toContainText('Échec');
    // Opening another project would drop the edit: asked first, export offered.
    await page.getByRole('link', { name: 'Projets' }).click();
    await page.getByTestId('project-row').filter({ hasText: 'Autre projet' }).getByRole('button', { name: 'Ouvrir' }).click();
    await expect(page.getByTestId('unsaved-dialog')).toContainText('ne sont pas enregistrées');
    await screenshots(page, '49-unsaved-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('unsaved-export').click()]);
    const saved = JSON.parse(await downloadText(download));
    expect(saved.companies.find((c) => c.name === 'Hôtel du Lac').notes).toBe('Modification sur disque plein');
    expect(saved.companies).toHaveLength(64);
    await expect(page.locator('.current-project')).toContainText('Autre projet');
    // Deleting a project on a full disk: no room for a backup, asked, then done.
    await page.getByRole('link', { name: 'Projets' }).click();
    const row = page.getByTestId('project-row').filter({ hasText: 'Autre projet' });
    await row.getByTestId('delete-project').click();
    await row.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
    await expect(page.getByTestId('no-room')).toContainText('pas la place');
    await page.getByTestId('delete-without-backup').click();
    await expect(page.getByTestId('project-row').filter({ hasText: 'Autre projet' })).toHaveCount(0);
    // And a backup can be deleted to free space.
    await page.getByRole('link', { name: 'Sauvegardes' }).click();
    const backup = page.getByTestId('backup-row').filter({ hasText: 'Petit projet' });
    await backup.getByTestId('delete-backup').click();
    await backup.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
    await expect(page.getByTestId('backup-row').filter({ hasText: 'Petit projet' })).toHaveCount(0);
    await page.reload();
    await page.getByRole('link', { name: 'Sauvegardes' }).click();
    await expect(page.getByTestId('backup-row').filter({ hasText: 'Petit projet' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Projets' }).click();
    await expect(page.getByTestId('project-row').filter({ hasText: 'Autre projet' })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a stored record that can no longer be read is set aside: the project opens, the record can be downloaded', async ({ page }) => {
  await openExample(page);
  const doc = JSON.parse(await exportNow(page));
  const victim = doc.companies.find((c) => c.name === 'Hôtel du Lac');
  await page.evaluate(({ key }) => new Promise((done) => {
    const open = indexedDB.open('maillage');
    open.onsuccess = () => {
      const tx = open.result.transaction('records', 'readwrite');
      tx.objectStore('records').put('{"id": "abîmé sur le disque', key);
      tx.oncomplete = () => { open.result.close(); done(); };
    };
  }), { key: `${doc.project_id}/companies/${victim.id}` });
  await page.reload();
  await expect(page.getByTestId('alerts')).toContainText('ne peuvent plus être lus');
  await page.getByRole('link', { name: 'Entreprises' }).first().click();
  await expect(page.getByTestId('company-count')).toHaveText('63 entreprises');
  await nav(page, 'Sauvegardes').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('set-aside').getByRole('button').click()]);
  const kept = JSON.parse(await downloadText(download));
  expect(kept.format).toBe('maillage-set-aside');
  expect(kept.records[0].key).toBe(`${doc.project_id}/companies/${victim.id}`);
  expect(kept.records[0].json).toBe('{"id": "abîmé sur le disque');
});

test('a file with a negative emission factor and no source is refused like the form refuses it', async ({ page }) => {
  await openExample(page);
  const doc = JSON.parse(await exportNow(page));
  doc.settings.factors.push({ id: 'own.truck', kind: 'vehicle_km', material: '', route: '', label: 'Camion maison', value: -50, unit: 'kgCO2e/km', source: '', version: '', licence: '' });
  await chooseFile(page, 'facteur.json', JSON.stringify(doc));
  const alert = page.getByTestId('import-error');
  await expect(alert).toContainText('settings.factors[0].value');
  await expect(alert).toContainText('settings.factors[0].source');
  await expect(alert).toContainText('Rien n’a été modifié.');
});

test('every CSV cell a spreadsheet would run is neutralised', async ({ page }) => {
  await openExample(page);
  const doc = JSON.parse(await exportNow(page));
  const event = doc.events.find((e) => e.harvest.length > 0);
  const bad = ['=HYPERLINK("http://exemple.invalid","clic")', '@SUM(A1:A9)', '+cmd|\' /C calc\'!A0', '-1+1', '\tcaché'];
  event.harvest[0].text = bad[0];
  event.harvest[0].resource = bad[1];
  event.harvest[0].quantity = bad[2];
  if (event.harvest[1]) event.harvest[1].text = bad[3];
  if (event.harvest[2]) event.harvest[2].text = bad[4];
  await chooseFile(page, 'recolte.json', JSON.stringify(doc));
  await page.getByTestId('import-replace').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remplacer' }).click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  await page.goto(`/#/rencontres/${event.id}/recolte`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-harvest').click()]);
  const csv = await downloadText(download);
  expect(csv.startsWith('\ufeff')).toBe(true);
  for (const b of bad) {
    const quoted = b.includes('"') || b.includes(';') ? `"'${b.replace(/"/g, '""')}"` : `'${b}`;
    expect(csv, b).toContain(quoted);
  }
  expect(csv).not.toMatch(/(^|;)[=+@-]/m);
});

test('the Content-Security-Policy holds on every screen', async ({ page, context }) => {
  test.setTimeout(90_000);
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = watchErrors(page);
  await openExample(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/https?:/);
  const doc = JSON.parse(await exportNow(page));
  const hashes = everyScreen(doc);
  for (const h of hashes) {
    await page.goto('/' + h);
    await expect(page.locator('body')).not.toBeEmpty();
    await page.waitForTimeout(150);
    expect(await page.evaluate(() => window.__cspViolations), h).toEqual([]);
  }
  expect(errors).toEqual([]);
});
