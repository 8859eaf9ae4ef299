// The partner loop in two browsers: the officer sends the phoning list to
// the Jeune Chambre Économique (what is confidential stays home), the
// partner works on it in their own browser and sends it back, the officer
// merges it — the changes of both sides kept, the one real conflict shown
// and decided — and the same with an encrypted file.
import { test, expect } from '@playwright/test';
import { chooseFile, downloadText, openApp, openCompany, openExample, screenshots, type, waitSaved, watchErrors } from './helpers.mjs';

const JCE = 'Jeune Chambre Économique du Pays de Lisière';

/** The officer's "send to a partner" screen, all companies, default kinds. */
async function sendToPartner(page, passphrase) {
  await page.getByRole('link', { name: 'Projets' }).click();
  await page.getByTestId('share').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envoyer à un partenaire');
  await expect(page.locator('#share-partner')).toHaveValue(JCE);
  const summary = page.getByTestId('share-summary');
  await expect(summary).toContainText('1 entreprise à diffusion restreinte');
  await expect(summary).toContainText('1 entreprise réservée à l’équipe d’animation');
  await expect(summary).toContainText('contacts opposés');
  await expect(summary).toContainText('notes privées');
  if (passphrase) {
    await type(page, '#share-pass', passphrase);
    await type(page, '#share-pass2', passphrase);
  }
  await screenshots(page, passphrase ? '41-share-encrypted' : '40-share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-export').click()]);
  return { name: download.suggestedFilename(), text: await downloadText(download) };
}

async function logCall(page, summary) {
  await page.getByTestId('add-interaction').click();
  await page.locator('#interaction-kind').selectOption({ label: 'Appel' });
  await page.locator('#interaction-outcome').selectOption({ label: 'Intéressée' });
  await type(page, '#interaction-summary', summary);
  await page.getByTestId('save-interaction').click();
  await expect(page.getByTestId('interaction-form')).toHaveCount(0);
}

async function setPhone(page, phone) {
  await page.getByTestId('contact').first().getByRole('button', { name: 'Modifier' }).click();
  const field = page.locator('#contact-phone');
  await field.click();
  await field.press('Control+A');
  await field.press('Backspace');
  await field.pressSequentially(phone);
  await page.getByTestId('save-contact').click();
  await expect(page.getByTestId('contact-form')).toHaveCount(0);
  await expect(page.getByTestId('contact').first()).toContainText(phone);
}

/** The records of an exported file by kind and id. */
function byId(text, kind) {
  return Object.fromEntries(JSON.parse(text)[kind].map((r) => [r.id, r]));
}

test('a partner file carries only what may leave, comes back and merges with the one conflict', async ({ page, browser }) => {
  const errors = watchErrors(page);
  await openExample(page);
  const sent = await sendToPartner(page);
  expect(sent.name).toMatch(/^maillage-cc-du-pays-de-lisiere-demarche-eit-\d{4}-\d{2}-\d{2}-jeune-chambre-economique-du-pays-de-lisiere\.json$/);
  const doc = JSON.parse(sent.text);
  // What stays home is not in the file.
  expect(doc.share.partner.name).toBe(JCE);
  expect(doc.companies.map((c) => c.name)).not.toContain('Scierie Marchal');
  expect(doc.companies.map((c) => c.name)).not.toContain('Hôpital local de Montclair');
  expect(sent.text).not.toContain('reprise de l');
  expect(doc.companies.every((c) => c.notes === '')).toBe(true);
  const optedOut = doc.contacts.filter((c) => c.opt_out);
  expect(optedOut.length).toBeGreaterThan(0);
  for (const c of optedOut) expect([c.email, c.phone]).toEqual(['', '']);
  expect(doc.flows).toHaveLength(0);
  expect(doc.share.withheld.restricted_companies).toBe(1);
  // The version sent is kept, with its size, on the backups screen.
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByTestId('exchange-row')).toContainText(JCE);
  await expect(page.getByTestId('exchange-row')).toContainText('En attente du retour');

  // ——— The partner, in their own browser.
  const partnerContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
  const jce = await partnerContext.newPage();
  const jceErrors = watchErrors(jce);
  await openApp(jce);
  await chooseFile(jce, sent.name, sent.text);
  await expect(jce.getByTestId('partner-file')).toContainText('envoyé par');
  await jce.getByTestId('import-new').click();
  await expect(jce.getByTestId('company-count')).toHaveText('62 entreprises');
  await jce.getByRole('link', { name: 'Projets' }).click();
  await expect(jce.getByTestId('partner-copy')).toContainText('Copie partenaire');
  await jce.locator('#author-label').fill('');
  await type(jce, '#author-label', 'JCE du Pays de Lisière');
  await jce.getByRole('button', { name: 'Enregistrer' }).last().click();
  await screenshots(jce, '42-partner-copy');
  // Ten calls, a new contact, two phone numbers changed.
  await openCompany(jce, 'Brasserie La Lisière');
  for (let i = 1; i <= 5; i++) await logCall(jce, `Appel JCE ${i}`);
  await setPhone(jce, '03 84 22 22 22');
  await jce.getByTestId('add-contact').click();
  await type(jce, '#contact-name', 'Nadia Nouvelle');
  await type(jce, '#contact-phone', '03 84 11 11 11');
  await jce.getByTestId('save-contact').click();
  await expect(jce.getByTestId('contact').filter({ hasText: 'Nadia Nouvelle' })).toHaveCount(1);
  await openCompany(jce, 'Menuiserie Girard');
  for (let i = 6; i <= 10; i++) await logCall(jce, `Appel JCE ${i}`);
  await setPhone(jce, '03 84 33 33 33');
  await waitSaved(jce);
  await jce.getByRole('link', { name: 'Projets' }).click();
  const [back] = await Promise.all([jce.waitForEvent('download'), jce.getByTestId('export').click()]);
  const returned = await downloadText(back);
  expect(JSON.parse(returned).base_export_id).toBe(doc.export_id);

  // ——— Meanwhile, the officer edits another field of that company, and the
  // same phone of the other company.
  await openCompany(page, 'Brasserie La Lisière');
  await page.getByTestId('edit-company').click();
  await page.locator('#company-commune').fill('');
  await type(page, '#company-commune', 'Montclair-Haut');
  await page.getByTestId('save-company').click();
  await expect(page.locator('.identity')).toContainText('Montclair-Haut');
  await openCompany(page, 'Menuiserie Girard');
  await setPhone(page, '03 84 44 44 44');
  await waitSaved(page);

  // ——— The return: merge, with exactly one conflict.
  await chooseFile(page, 'retour.json', returned);
  await expect(page.getByTestId('import-preview')).toContainText('version du projet');
  await page.getByTestId('import-merge').click();
  const review = page.getByTestId('merge-review');
  await expect(review).toContainText('Fusionner le fichier de JCE du Pays de Lisière');
  await expect(page.getByTestId('merge-lead')).toContainText('version envoyée');
  await expect(review.locator('tr[data-kind=interactions]')).toContainText('10');
  const conflicts = page.getByTestId('conflict');
  await expect(conflicts).toHaveCount(1);
  await expect(conflicts.first()).toContainText('Téléphone');
  await expect(conflicts.first().getByTestId('mine-value')).toHaveText('03 84 44 44 44');
  await expect(conflicts.first().getByTestId('theirs-value')).toHaveText('03 84 33 33 33');
  await expect(page.getByTestId('merge-apply')).toBeDisabled();
  await screenshots(page, '43-merge-review');
  await conflicts.first().getByTestId('choose-theirs').check();
  await expect(page.getByTestId('merge-apply')).toBeEnabled();
  await page.getByTestId('merge-apply').click();
  await expect(page.getByTestId('status')).toContainText('Fusion enregistrée');
  await waitSaved(page);

  // Reload: everything is there.
  await page.reload();
  await openCompany(page, 'Brasserie La Lisière');
  await expect(page.locator('.identity')).toContainText('Montclair-Haut');
  await expect(page.getByTestId('log')).toContainText('Appel JCE 5');
  await expect(page.getByTestId('contact').filter({ hasText: 'Nadia Nouvelle' })).toHaveCount(1);
  await expect(page.getByTestId('contact').filter({ hasNotText: 'Nadia Nouvelle' })).toContainText('03 84 22 22 22');
  await openCompany(page, 'Menuiserie Girard');
  await expect(page.getByTestId('contact').first()).toContainText('03 84 33 33 33');
  await expect(page.getByTestId('log')).toContainText('Appel JCE 10');
  // What stayed home is still here: notes and the restricted company.
  await page.getByRole('link', { name: 'Projets' }).click();
  const [after] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const mine = JSON.parse(await downloadText(after));
  expect(mine.companies.map((c) => c.name)).toContain('Scierie Marchal');
  expect(mine.companies.find((c) => c.name === 'Scierie Marchal').notes).toContain('reprise');
  const contacts = byId(JSON.stringify(mine), 'contacts');
  for (const c of optedOut) expect(contacts[c.id].email).not.toBe('');
  expect(mine.interactions.filter((i) => i.summary.startsWith('Appel JCE'))).toHaveLength(10);

  // Merging the same file again changes nothing.
  await chooseFile(page, 'retour.json', returned);
  await page.getByTestId('import-merge').click();
  await expect(page.getByTestId('merge-nothing')).toBeVisible();
  await expect(page.getByTestId('merge-already')).toContainText('déjà été fusionné');
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByTestId('exchange-return')).toContainText('Retour de JCE du Pays de Lisière');
  await expect(page.getByTestId('backup-row').first()).toContainText('avant une fusion');
  expect(errors).toEqual([]);
  expect(jceErrors).toEqual([]);
  await partnerContext.close();
});

test('an encrypted partner file: wrong passphrase, altered or cut file, then the right one', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  const pass = 'lisière-2026-jce';
  const sent = await sendToPartner(page, pass);
  expect(sent.name).toMatch(/-chiffre\.json$/);
  const doc = JSON.parse(sent.text);
  expect(doc.format).toBe('maillage-encrypted');
  expect(doc.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 });
  expect(sent.text).not.toContain('Brasserie');

  // A wrong passphrase: its own message, nothing opened.
  await chooseFile(page, sent.name, sent.text);
  await expect(page.getByTestId('unlock')).toContainText('protégé par un mot de passe');
  await type(page, '#import-passphrase', 'pas le bon mot de passe');
  await page.getByTestId('unlock-open').click();
  await expect(page.getByTestId('unlock-error')).toContainText('Mot de passe incorrect');
  await screenshots(page, '44-wrong-passphrase');
  // An altered file: the right passphrase, but the data does not authenticate.
  const altered = structuredClone(doc);
  const data = altered.data;
  altered.data = data.slice(0, 40) + (data[40] === 'A' ? 'B' : 'A') + data.slice(41);
  await chooseFile(page, 'altere.json', JSON.stringify(altered));
  await type(page, '#import-passphrase', pass);
  await page.getByTestId('unlock-open').click();
  await expect(page.getByTestId('unlock-error')).toContainText('modifié ou abîmé');
  // A cut file: refused before any passphrase.
  await chooseFile(page, 'coupe.json', sent.text.slice(0, Math.floor(sent.text.length / 2)));
  await expect(page.getByTestId('import-error')).toContainText('incomplet');
  // The right passphrase opens it.
  await chooseFile(page, sent.name, sent.text);
  await type(page, '#import-passphrase', pass);
  await page.getByTestId('unlock-open').click();
  await expect(page.getByTestId('import-preview')).toContainText('Fichier de partenaire');
  await expect(page.getByTestId('import-merge')).toBeVisible();
  // The open project is as it was.
  await page.getByRole('link', { name: 'Entreprises' }).first().click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  expect(errors).toEqual([]);
});
