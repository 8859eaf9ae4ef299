// The programme's report (fiche action): figures from the records, the same
// in the Markdown file as on screen, and an A4 print.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { SHOTS, downloadText, nav, openExample, screenshots, type, waitSaved, watchErrors } from './helpers.mjs';

test('the example programme reports 60 → 30 → 15, its synergies, meetings and hours; Markdown and print', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openExample(page);
  await nav(page, 'Bilan').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilan de la démarche');
  await expect(page.locator('#report-year')).toHaveValue(String(new Date().getFullYear()));
  // The example spans the last ten months, whatever the date: the whole programme.
  await page.locator('#report-year').selectOption({ label: 'Toute la démarche' });
  const sentence = page.getByTestId('report-recruitment');
  await expect(sentence).toHaveText('60 entreprises démarchées, 30 entretiens, 15 présentes aux rencontres\u00a0: une perte de 50 % à chaque étape.');
  await expect(page.getByTestId('report-realised')).toContainText('Chutes de carton réutilisées comme calage');
  // Three played meetings, and the one coming in three weeks (nobody present yet).
  const meetings = page.getByTestId('report-meetings').locator('tbody tr');
  await expect(meetings).toHaveCount(4);
  await expect(meetings.nth(2)).toContainText('Rencontre 3 — Chacun amène une entreprise');
  await expect(meetings.nth(3).locator('td').nth(2)).toHaveText('0');
  await expect(page.getByTestId('report-hours')).toHaveText('110 h au total');
  await expect(page.getByTestId('report-activities')).toContainText('Entretiens et visites');
  await expect(page.getByTestId('report-activities')).toContainText('60 h');
  await screenshots(page, '45-report');

  // The Markdown file says what the screen says.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-markdown').click()]);
  expect(download.suggestedFilename()).toMatch(/^bilan-\d{4}-\d{4}\.md$/);
  const md = await downloadText(download);
  expect(md.startsWith('# Bilan de la démarche — ')).toBeTruthy();
  expect(md).toContain(await sentence.textContent());
  for (const row of await page.getByTestId('report-impact').locator('tbody tr').all()) {
    const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
    expect(md).toContain(`| ${cells.join(' | ')} |`);
  }
  expect(md).toContain('| Entretiens et visites | 60 h |');
  // The indicators as a spreadsheet, with the screen's counts.
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
  const csv = await downloadText(sheet);
  expect(csv.startsWith('\ufeffIndicateur;Valeur;Unité;Du;Au')).toBeTruthy();
  expect(csv).toContain('Entreprises sollicitées;60;entreprises;');
  expect(csv).toContain('Temps passé par l’équipe;110;h;');

  // One year: its period says so.
  const year = String(new Date().getFullYear());
  await page.locator('#report-year').selectOption(year);
  await expect(page.getByTestId('report-period')).toContainText(year);
  await page.locator('#report-year').selectOption({ label: 'Toute la démarche' });

  // Printed on A4: no app chrome; a picture of the pages and a PDF.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.mainnav')).toBeHidden();
  await expect(page.locator('.report-tools')).toBeHidden();
  await mkdir(path.join(SHOTS, 'print'), { recursive: true });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: path.join(SHOTS, 'print', '40-report-a4.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', path: path.join(SHOTS, 'print', 'bilan.pdf') });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
});

test('time is logged in a few keys and the report counts it; an impossible value is refused', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await nav(page, 'Bilan').click();
  await page.getByRole('link', { name: 'Saisir du temps passé' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Temps passé');
  const entries = page.getByTestId('time-entries').locator('tbody tr');
  const before = await entries.count();
  // More than a day in one entry: refused at the field, nothing added.
  await page.locator('#time-activity').selectOption({ label: 'Entretiens et visites' });
  await type(page, '#time-hours', '30');
  await page.getByTestId('log-time').click();
  await expect(page.locator('#time-hours-error')).toBeVisible();
  await expect(entries).toHaveCount(before);
  await page.locator('#time-hours').press('Control+A');
  await page.keyboard.press('Backspace');
  await type(page, '#time-hours', '2,5');
  await page.locator('#time-company').selectOption({ label: 'Imprimerie Lefèvre & Fils' });
  await page.getByTestId('log-time').click();
  await expect(entries).toHaveCount(before + 1);
  await expect(entries.first()).toContainText('Imprimerie Lefèvre & Fils');
  await expect(entries.first()).toContainText('2,5 h');
  await waitSaved(page);
  await screenshots(page, '46-time-log');
  await page.getByRole('link', { name: 'Voir le bilan' }).click();
  await page.locator('#report-year').selectOption({ label: 'Toute la démarche' });
  await expect(page.getByTestId('report-hours')).toHaveText('112,5 h au total');
  await expect(page.getByTestId('report-activities')).toContainText('62,5 h');
  expect(errors).toEqual([]);
});

test('the one to-do list: outreach, synergy steps, plan tasks and the meeting to prepare; a task ticked off leaves it', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await nav(page, 'Prochaines actions').click();
  const list = page.getByTestId('next-actions');
  await expect(list).toContainText('Bilan à six mois avec les deux entreprises');
  await expect(list).toContainText('Rencontre à préparer');
  const task = list.locator('li', { hasText: 'Bilan annuel aux élus' });
  await expect(task).toContainText('Tâche');
  await screenshots(page, '47-todo');
  await task.getByRole('button', { name: 'Marquer comme faite' }).click();
  await expect(list.locator('li', { hasText: 'Bilan annuel aux élus' })).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('next-actions')).toContainText('Bilan à six mois');
  await expect(page.getByTestId('next-actions').locator('li', { hasText: 'Bilan annuel aux élus' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

