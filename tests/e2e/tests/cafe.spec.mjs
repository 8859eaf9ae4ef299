// A World Café of 15 on the projector: attendance, the plan, the presenter
// and its audience window in step, live changes, the harvest. Screenshots
// of every audience view at 1920×1080 land in screenshots/projector/.
import { test, expect } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openExample, screenshots, nav, watchErrors, waitSaved, type, SHOTS, downloadText } from './helpers.mjs';

async function projectorShot(page, name) {
  await mkdir(path.join(SHOTS, 'projector'), { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'projector', `${name}.png`) });
}

/** The coming meeting with its 15 invited contacts present, 3 tables of 5 with hosts, planned. */
async function setUpCafe(page) {
  await nav(page, 'Rencontres').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rencontres');
  await page.getByRole('link', { name: 'Rencontre 4 — Énergie, chaleur et eau' }).click();
  await page.getByTestId('add-invited').click();
  await expect(page.getByTestId('attendance-counts')).toContainText('15 inscrits');
  await page.getByTestId('all-present').click();
  await expect(page.getByTestId('attendance-counts')).toContainText('15 présents');
  await page.getByRole('navigation', { name: 'Parties de la rencontre' }).getByRole('link', { name: 'World Café' }).click();
  // The advisor: 3 tables of 5 is the only comfortable choice for 15.
  await expect(page.getByTestId('advisor')).toContainText('3 tables de 5 personnes');
  await page.getByRole('button', { name: 'Choisir 3 tables' }).click();
  await expect(page.locator('#cafe-tables')).toHaveValue('3');
  await page.getByTestId('save-shape').click();
  for (const n of [1, 2, 3]) await page.locator(`#table-host-${n}`).selectOption({ index: n });
  await page.locator('#round-question-1').fill('Quels flux d’énergie ou de chaleur perdez-vous aujourd’hui ?');
  await page.locator('#round-question-1').press('Tab');
  await page.getByTestId('plan').click();
  await expect(page.getByTestId('seat-grid')).toBeVisible();
  await waitSaved(page);
}

test('a World Café of 15: plan, presenter and audience window in step', async ({ page, context }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await setUpCafe(page);
  // 15 people at 3 tables of 5: the plan says which repeats no plan avoids.
  await expect(page.getByTestId('quality')).toContainText('inévitables');
  await expect(page.getByTestId('seat-grid').locator('tbody tr')).toHaveCount(3);
  await screenshots(page, '20-cafe-plan');

  await page.getByRole('link', { name: 'Animer le World Café' }).first().click();
  await expect(page.getByRole('heading', { name: 'Animation du World Café' })).toBeVisible();
  await expect(page.getByTestId('audience-status')).toHaveText('Fenêtre de projection fermée');
  const [audience] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('open-audience').click()]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  const screen = audience.getByTestId('audience');
  await expect(screen).toHaveAttribute('data-phase', 'Some(Welcome)');
  await expect(screen).toContainText('Rencontre 4 — Énergie, chaleur et eau');
  await expect(screen).toContainText('L’esprit du café');
  await expect(page.getByTestId('audience-status')).toHaveText('Fenêtre de projection ouverte');
  await projectorShot(audience, '30-audience-welcome');
  await screenshots(page, '21-presenter');

  // N: round 1 starts, its countdown runs on both screens.
  await page.keyboard.press('n');
  await expect(screen).toContainText('Tour 1 sur 3');
  await expect(screen).toContainText('Quels flux d’énergie');
  await expect(audience.getByTestId('countdown')).toContainText(/^(20:00|19:5\d)/);
  await projectorShot(audience, '31-audience-round');
  // The harvest form proposes the round on; a round picked by hand holds until the café moves on.
  const harvestRound = page.locator('select[id^="harvest-round-"]');
  await expect(harvestRound).toHaveValue('1');
  await harvestRound.selectOption('3');
  // Space pauses, even with the focus on one of the console's buttons (it must not press it too).
  await page.getByTestId('mute').click();
  await page.getByTestId('mute').click();
  await page.getByTestId('mute').focus();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('start-pause')).toContainText('Démarrer');
  await expect(page.getByTestId('mute')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('start-pause')).toContainText('Pause');
  // T: the board of the round, over the countdown.
  await page.keyboard.press('t');
  await expect(audience.getByTestId('board')).toContainText('Où aller au tour 1');
  await projectorShot(audience, '32-audience-round-board');
  await page.keyboard.press('t');
  // −: down to the last minute, then the time is up (and the chime sounds once).
  for (let i = 0; i < 19; i++) await page.keyboard.press('-');
  await expect(audience.getByTestId('countdown')).toContainText('Dernière minute');
  await projectorShot(audience, '33-audience-last-minute');
  await page.keyboard.press('-');
  await expect(audience.getByTestId('countdown')).toContainText('Temps écoulé');
  await expect(page.locator('.presenter')).toHaveAttribute('data-chimes', '1');
  await projectorShot(audience, '34-audience-overtime');

  // N: change of tables; the board says where everybody goes.
  await expect(harvestRound).toHaveValue('3');
  await page.keyboard.press('n');
  await expect(screen).toContainText('Changez de table : tour 2');
  await expect(harvestRound).toHaveValue('2');
  const board = audience.getByTestId('board');
  await expect(board.locator('li')).toHaveCount(15);
  const names = await board.locator('.where-name').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  await projectorShot(audience, '35-audience-move');

  // Reloading the presenter mid-phase: the countdown resumes where it was.
  const before = await page.getByTestId('presenter-clock').textContent();
  await page.reload();
  await expect(page.getByTestId('phase')).toHaveText('Changez de table : tour 2');
  const after = await page.getByTestId('presenter-clock').textContent();
  expect(after.slice(0, 4) <= before.slice(0, 4) || after.startsWith('1:')).toBeTruthy();
  await expect(page.getByTestId('audience-status')).toHaveText('Fenêtre de projection ouverte', { timeout: 6000 });

  await page.keyboard.press('n');
  await expect(screen).toContainText('Tour 2 sur 3');
  await page.keyboard.press('b');
  await expect(audience.locator('.audience-blank')).toBeVisible();
  await projectorShot(audience, '36-audience-blank');
  await page.keyboard.press('b');
  await expect(audience.locator('.audience-blank')).toHaveCount(0);

  // Closing the audience window mid-round: the presenter says so and goes on.
  await audience.close();
  await expect(page.getByTestId('audience-status')).toHaveText('Fenêtre de projection fermée', { timeout: 7000 });
  await page.getByTestId('start-pause').click();
  await expect(page.getByTestId('start-pause')).toContainText('Démarrer');
  // Reopened, it shows the round at once.
  const [again] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('open-audience').click()]);
  await again.setViewportSize({ width: 1920, height: 1080 });
  await expect(again.getByTestId('audience')).toContainText('Tour 2 sur 3');
  await expect(again.getByTestId('countdown')).toContainText('En pause');
  await projectorShot(again, '37-audience-paused');

  // Keys pressed on the audience window work too (a clicker on the projector).
  await again.keyboard.press('n');
  await expect(page.getByTestId('phase')).toHaveText('Changez de table : tour 3');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(again.getByTestId('audience')).toContainText('Qu’avons-nous découvert ensemble');
  await projectorShot(again, '38-audience-harvest');

  // One screen only: the presenter's own tab becomes the projection; Escape comes back.
  await page.keyboard.press('p');
  await page.getByTestId('project-here').click();
  await expect(page.getByTestId('projected-here')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('projected-here')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByTestId('keys-help')).toBeVisible();
  await screenshots(page, '22-presenter-help');
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
});

test('late arrival and no-show: played rounds kept, changes shown first; manual swap', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openExample(page);
  await setUpCafe(page);
  const grid = page.getByTestId('seat-grid');
  const roundOne = await grid.locator('tbody tr').first().locator('td').allTextContents();
  // Round 1 is played (the presenter went into round 1).
  await page.getByRole('link', { name: 'Animer le World Café' }).first().click();
  // The console listens once it is drawn: a key pressed before would be lost.
  await expect(page.getByTestId('phase')).toHaveText('Accueil');
  await page.keyboard.press('n');
  await expect(page.getByTestId('phase')).toHaveText('Tour 1 sur 3');
  await page.goBack();
  const live = page.getByTestId('live-changes');
  await expect(live).toBeVisible();
  // Somebody leaves after round 1; somebody arrives.
  const leaver = (await live.locator('tbody th').first().textContent()).trim();
  await live.locator('tbody tr').first().locator('select').nth(1).selectOption('1');
  await page.locator('#late-company').selectOption({ label: 'Imprimerie Lefèvre & Fils' });
  await type(page, '#late-name', 'Nadia Arrivée');
  await page.getByTestId('add-late').getByRole('button').click();
  await expect(live).toContainText('Nadia Arrivée');
  await page.getByTestId('plan').click();
  const preview = page.getByTestId('plan-preview');
  await expect(preview).toContainText('Le tour 1, déjà joué, ne bouge pas.');
  await expect(preview).toContainText(`${leaver}, table`);
  await expect(preview).toContainText('Nadia Arrivée, pas à table → table');
  await expect(preview).not.toContainText('Tour 1 :');
  await screenshots(page, '23-replan-preview');
  await preview.getByTestId('apply-plan').click();
  await expect(grid.locator('tbody tr').first().locator('td')).toHaveText(roundOne);
  await expect(grid.locator('tbody tr').first()).toContainText('joué');
  await expect(grid.locator('tbody tr').nth(1)).toContainText('Nadia Arrivée');
  await expect(grid.locator('tbody tr').nth(1)).not.toContainText(leaver);

  // A host cannot be swapped; two travellers can.
  const swap = page.getByTestId('swap');
  await swap.locator('#swap-round').selectOption('3');
  const hostName = (await grid.locator('tbody tr').nth(2).locator('li.host').first().textContent()).trim();
  const options = await swap.locator('#swap-a option').allTextContents();
  await swap.locator('#swap-a').selectOption({ label: options.find((o) => o.startsWith(hostName)) });
  await swap.locator('#swap-b').selectOption({ index: 2 });
  await swap.getByRole('button', { name: 'Échanger' }).click();
  await expect(page.getByText('Un hôte reste à sa table')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the harvest of a café: capture, votes, one click to a flow or a synergy, export and print', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openExample(page);
  await nav(page, 'Rencontres').click();
  await page.getByRole('link', { name: 'Rencontre 3 — Chacun amène une entreprise' }).click();
  await page.getByRole('navigation', { name: 'Parties de la rencontre' }).getByRole('link', { name: 'Récolte' }).click();
  const harvest = page.getByTestId('harvest');
  await expect(harvest).toContainText('Collecte mutualisée des cartons de la zone');
  // Capture an idea of one company: it cannot become a synergy (two parties needed).
  const form = page.getByTestId('harvest-form');
  await type(page, 'input[id^="harvest-text-"]', 'Récupérer la chaleur du four');
  await form.locator('select[id^="harvest-company-"]').selectOption({ label: 'Imprimerie Lefèvre & Fils' });
  await form.getByRole('button', { name: 'Ajouter l’entreprise' }).click();
  await form.getByTestId('add-harvest').click();
  const item = harvest.locator('.harvest-item', { hasText: 'Récupérer la chaleur du four' });
  await expect(item).toBeVisible();
  await item.getByTestId('convert').click();
  await expect(item.getByRole('alert')).toContainText('au moins deux parties');
  // Votes, then the best idea becomes a synergy at status "idea".
  const best = harvest.locator('.harvest-item', { hasText: 'Collecte mutualisée des cartons' });
  await best.getByRole('button', { name: 'Ajouter une gommette' }).click();
  await expect(best.getByTestId('votes')).toHaveText('10 gommettes');
  await best.getByTestId('convert').click();
  await best.getByRole('link', { name: 'Voir la synergie' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collecte mutualisée des cartons de la zone');
  await expect(page.getByTestId('synergy-status')).toHaveText('Idée');
  await page.goBack();
  const wood = page.getByTestId('harvest').locator('.harvest-item', { hasText: 'Chutes de bois brut de la menuiserie' });
  await wood.getByTestId('convert').click();
  await expect(wood.getByRole('link', { name: 'Voir le flux' })).toBeVisible();
  await page.getByRole('button', { name: 'par thème' }).click();
  await expect(page.getByTestId('harvest').locator('h3').first()).toBeVisible();
  await screenshots(page, '24-harvest');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-harvest').click()]);
  const csv = await downloadText(download);
  expect(csv.startsWith('\ufeffTour;Table;Type;Texte')).toBeTruthy();
  expect(csv).toContain('Collecte mutualisée des cartons de la zone');
  // Who met whom, and the printable sheets.
  await page.getByRole('navigation', { name: 'Parties de la rencontre' }).getByRole('link', { name: 'Qui a rencontré qui' }).click();
  await expect(page.getByTestId('met').locator('tbody tr')).toHaveCount(15);
  await expect(page.getByTestId('met-headline')).toContainText('15 participants');
  await screenshots(page, '25-who-met-whom');
  await page.getByRole('navigation', { name: 'Parties de la rencontre' }).getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('link', { name: 'Badges avec les tables' }).click();
  await expect(page.getByTestId('badges').locator('li.badge-card')).toHaveCount(15);
  await screenshots(page, '26-badges');
  await page.goBack();
  await page.getByRole('link', { name: 'Feuille d’émargement' }).click();
  await expect(page.locator('.sign-sheet tbody tr')).toHaveCount(20);
  expect(errors).toEqual([]);
});

test('bad café input: zero-minute rounds, too many tables, a new meeting without a title', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await nav(page, 'Rencontres').click();
  await page.getByTestId('new-event').click();
  await page.getByTestId('save-event').click();
  await expect(page.locator('#event-title-error')).toContainText('obligatoire');
  await type(page, '#event-title', 'Café de printemps');
  await page.getByTestId('save-event').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Café de printemps');
  await page.getByRole('navigation', { name: 'Parties de la rencontre' }).getByRole('link', { name: 'World Café' }).click();
  await page.locator('#cafe-tables').fill('3');
  await page.locator('#cafe-minutes').fill('0');
  await page.getByTestId('save-shape').click();
  await expect(page.locator('#cafe-minutes-error')).toBeVisible();
  await page.locator('#cafe-minutes').fill('20');
  await page.getByTestId('save-shape').click();
  await page.getByTestId('plan').click();
  await expect(page.getByTestId('plan-error')).toContainText('Personne n’est inscrit');
  expect(errors).toEqual([]);
});
