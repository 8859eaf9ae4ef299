// The programme's report (fiche action): figures from the records, the same
// in the Markdown and HTML files as on screen, the officer's own texts, and
// an A4 print; the programme screen, the plan and its timeline, and time
// logged from a visit or a meeting.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { SHOTS, downloadText, nav, openExample, screenshots, type, waitSaved, watchErrors } from './helpers.mjs';

test('the example programme reports 60 → 30 → 15, its synergies, meetings and hours; Markdown, HTML and print', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await nav(page, 'Bilan').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilan de la démarche — CC du Pays de Lisière — démarche EIT');
  // The example programme has its period: the report covers it by default.
  await expect(page.locator('#report-year')).toHaveValue('');
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
  // The authority takes part without being recruited: the funnel stays 60 → 30 → 15.
  await expect(page.getByTestId('r-partners')).toContainText('Jeune Chambre Économique du Pays de Lisière — Phoning et premières visites');
  // The plan's timeline, with its table as the text alternative.
  await expect(page.getByTestId('r-planning').locator('svg[role="img"]')).toHaveAttribute('aria-label', 'Calendrier de la démarche');
  await expect(page.getByTestId('r-planning').locator('svg text', { hasText: 'Bilan annuel aux élus' })).toHaveCount(1);
  // The officer writes what no record holds; it is kept in the project.
  const difficulties = page.getByTestId('r-difficulties');
  await expect(difficulties).toContainText('Rien d\'écrit pour cette partie');
  await difficulties.getByTestId('edit-report-text').click();
  await type(page, '#report-text-r-difficulties', 'Peu de réponses au courrier : le phoning de la JCE a tout changé.');
  await difficulties.getByTestId('save-report-text').click();
  await expect(difficulties.locator('.report-text')).toHaveText('Peu de réponses au courrier : le phoning de la JCE a tout changé.');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('r-difficulties').locator('.report-text')).toContainText('le phoning de la JCE a tout changé');
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
  expect(md).toContain('## Difficultés rencontrées\n\nPeu de réponses au courrier');
  expect(md).not.toContain('## Recommandations');
  // The HTML file too, self-contained, with the timeline.
  const [htmlFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-html').click()]);
  expect(htmlFile.suggestedFilename()).toMatch(/^bilan-\d{4}-\d{4}\.html$/);
  const html = await downloadText(htmlFile);
  expect(html.startsWith('<!DOCTYPE html>')).toBeTruthy();
  expect(html).not.toMatch(/<script|<link|src=/);
  expect(html).toContain(await sentence.textContent());
  expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"');
  for (const row of await page.getByTestId('report-activities').locator('tbody tr').all()) {
    for (const cell of (await row.locator('th, td').allTextContents()).map((c) => c.trim())) {
      expect(html).toContain(`>${cell}<`);
    }
  }
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

  // Printed on A4: no app chrome, no part left blank; a picture of the pages and a PDF.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.mainnav')).toBeHidden();
  await expect(page.locator('.report-tools')).toBeHidden();
  await expect(page.getByTestId('r-recommendations')).toBeHidden();
  await expect(page.getByTestId('r-difficulties')).toBeVisible();
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
  await page.getByRole('navigation', { name: 'Parties du bilan de la démarche' }).getByRole('link', { name: 'Temps passé' }).click();
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


test('time is logged from a visit and from a meeting with one click; a partner’s hours count as theirs', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await page.getByRole('link', { name: 'Imprimerie Lefèvre & Fils' }).click();
  const visit = page.getByTestId('log').locator('li', { hasText: 'Entretien sur site (1 h)' });
  await visit.getByTestId('log-time-here').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Temps passé');
  // Everything but the hours is filled in, and the hours have the focus.
  await expect(page.locator('#time-activity option:checked')).toHaveText('Entretiens et visites');
  await expect(page.locator('#time-company option:checked')).toHaveText('Imprimerie Lefèvre & Fils');
  await expect(page.locator('#time-hours')).toBeFocused();
  await page.keyboard.type('1,5');
  await page.keyboard.press('Enter');
  const entries = page.getByTestId('time-entries').locator('tbody tr');
  await expect(entries.filter({ hasText: 'Imprimerie Lefèvre & Fils' }).filter({ hasText: '1,5 h' })).toHaveCount(1);
  // From a meeting: the activity is meetings, the meeting is named.
  await nav(page, 'Rencontres').click();
  await page.getByRole('link', { name: 'Rencontre 2 — Mutualiser nos collectes' }).click();
  await page.getByTestId('log-time-here').click();
  await expect(page.locator('#time-activity option:checked')).toHaveText('Rencontres');
  await expect(page.locator('#time-event option:checked')).toContainText('Rencontre 2 — Mutualiser nos collectes');
  await page.keyboard.type('3');
  await type(page, '#time-by', 'Jeune Chambre Économique du Pays de Lisière');
  await page.getByTestId('log-time').click();
  await expect(entries.filter({ hasText: 'Rencontre 2' }).first()).toContainText('Jeune Chambre Économique du Pays de Lisière');
  await waitSaved(page);
  await page.getByRole('link', { name: 'Voir le bilan' }).click();
  await expect(page.getByTestId('report-hours')).toHaveText('114,5 h au total');
  await expect(page.getByTestId('report-people')).toContainText('Jeune Chambre Économique du Pays de Lisière');
  expect(errors).toEqual([]);
});

test('the plan: tasks added, edited, ticked off and deleted, on a timeline that prints', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await nav(page, 'Bilan').click();
  await page.getByRole('navigation', { name: 'Parties du bilan de la démarche' }).getByRole('link', { name: "Plan d'actions" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Plan d'actions");
  const rows = page.getByTestId('plan-tasks').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('timeline').locator('text', { hasText: "Aujourd'hui" })).toHaveCount(1);
  // A due date before the start is refused at the field.
  await type(page, '#task-title', 'Comité de pilotage');
  await page.locator('#task-start').fill('2026-12-10');
  await page.locator('#task-due').fill('2026-12-01');
  await page.getByTestId('save-task').click();
  await expect(page.locator('#task-due-error')).toBeVisible();
  await expect(rows).toHaveCount(5);
  await page.locator('#task-due').fill('2026-12-15');
  await page.getByTestId('save-task').click();
  await expect(rows).toHaveCount(6);
  await expect(page.getByTestId('timeline').locator('text', { hasText: 'Comité de pilotage' })).toHaveCount(1);
  // Edited into a milestone, then ticked off.
  const row = rows.filter({ hasText: 'Comité de pilotage' });
  await row.getByTestId('edit-task').click();
  await expect(page.locator('#task-title')).toHaveValue('Comité de pilotage');
  await page.locator('#task-milestone').check();
  await page.getByTestId('save-task').click();
  await expect(row.locator('td').nth(2)).toHaveText('à faire (jalon)');
  await row.getByRole('button', { name: 'Marquer comme faite' }).click();
  await expect(row.locator('td').nth(2)).toHaveText('fait (jalon)');
  await waitSaved(page);
  await screenshots(page, '48-plan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('task-form')).toBeHidden();
  await mkdir(path.join(SHOTS, 'print'), { recursive: true });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: path.join(SHOTS, 'print', '41-plan-a4.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1366, height: 768 });
  // Deleted after a confirmation.
  await row.getByRole('button', { name: 'Supprimer' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(rows).toHaveCount(5);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('plan-tasks').locator('tbody tr')).toHaveCount(5);
  expect(errors).toEqual([]);
});

test('the programme screen: type, period, zones and partners with their role; the authority stays out of the funnel', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  // The authority running the programme is listed, but not as a recruited company.
  await type(page, '#company-search', 'Communauté');
  await expect(page.locator('tbody tr').first()).toContainText('Collectivité');
  await nav(page, 'Bilan').click();
  await page.getByRole('navigation', { name: 'Parties du bilan de la démarche' }).getByRole('link', { name: 'Programme' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programme');
  await expect(page.locator('#programme-type')).toHaveValue('Programme local de prévention des déchets ménagers et assimilés');
  // An end before the start is refused at the field, nothing saved.
  const end = await page.locator('#programme-end').inputValue();
  await page.locator('#programme-end').fill('2000-01-01');
  await page.getByTestId('save-programme').click();
  await expect(page.locator('#programme-end-error')).toBeVisible();
  await page.locator('#programme-end').fill(end);
  // A new zone, a partner and its role.
  await page.locator('#programme-zones').press('Control+End');
  await page.locator('#programme-zones').pressSequentially('\nZA du Moulin');
  await page.getByTestId('add-partner').click();
  const partner = page.getByTestId('partner-row').last();
  await partner.locator('input').first().pressSequentially('Syndicat de collecte');
  await partner.locator('input').last().pressSequentially('Collecte mutualisée des cartons');
  await screenshots(page, '49-programme');
  await page.getByTestId('save-programme').click();
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('partner-row')).toHaveCount(3);
  // The new zone is offered in the company form.
  await nav(page, 'Entreprises').click();
  await page.getByRole('link', { name: 'Nouvelle entreprise' }).click();
  await expect(page.locator('#company-zone option', { hasText: 'ZA du Moulin' })).toHaveCount(1);
  await expect(page.locator('#company-organisation option:checked')).toHaveText('Entreprise recrutée');
  // The report lists the partner with what it does.
  await nav(page, 'Bilan').click();
  await expect(page.getByTestId('r-partners')).toContainText('Syndicat de collecte — Collecte mutualisée des cartons');
  // A programme that ended is read as of its last day: two weeks in, only
  // the previous campaign's three companies had been contacted, and one had
  // its flows checked before the programme (the same figure as core's test).
  await page.getByRole('navigation', { name: 'Parties du bilan de la démarche' }).getByRole('link', { name: 'Programme' }).click();
  const start = new Date(await page.locator('#programme-start').inputValue());
  start.setDate(start.getDate() + 14);
  await page.locator('#programme-end').fill(start.toISOString().slice(0, 10));
  await page.getByTestId('save-programme').click();
  await waitSaved(page);
  await nav(page, 'Entonnoir').click();
  await expect(page.getByTestId('funnel-count').nth(1)).toHaveText('4');
  await nav(page, 'Bilan').click();
  await page.getByRole('navigation', { name: 'Parties du bilan de la démarche' }).getByRole('link', { name: 'Programme' }).click();
  await page.locator('#programme-end').fill(end);
  await page.getByTestId('save-programme').click();
  await waitSaved(page);
  await nav(page, 'Entonnoir').click();
  await expect(page.getByTestId('funnel-count').nth(1)).toHaveText('60');
  expect(errors).toEqual([]);
});
