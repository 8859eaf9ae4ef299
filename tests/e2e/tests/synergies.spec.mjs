// Flows, suggestions, the synergy pipeline and its impact, end to end:
// cardboard offcuts meet a cardboard packaging need.
import { test, expect } from '@playwright/test';
import { nav, openApp, openExample, screenshots, type, waitSaved, watchErrors } from './helpers.mjs';

async function newProject(page) {
  await openApp(page);
  await type(page, '#new-project-name', 'Synergies test');
  await page.getByRole('button', { name: 'Créer le projet' }).click();
  await expect(page.locator('.current-project')).toContainText('Synergies test');
}

async function newCompany(page, name, lat, lon) {
  await nav(page, 'Entreprises').click();
  await page.getByTestId('new-company').click();
  await type(page, '#company-name', name);
  await type(page, '#company-lat', lat);
  await type(page, '#company-lon', lon);
  await page.getByTestId('save-company').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('cardboard offcuts meet a packaging need, up to a contracted synergy with its CO2', async ({ page }) => {
  const errors = watchErrors(page);
  await newProject(page);

  // Company A: its offcuts, through the full flow form with the waste-code picker.
  await newCompany(page, 'Cartonnerie Alpha', '47,612', '6,245');
  await page.getByTestId('add-have').click();
  await type(page, '#flow-label', 'Chutes de carton ondulé');
  await type(page, '#low-search', 'emballages carton');
  await expect(page.locator('#low-options [role=option]').first()).toContainText('15 01 01');
  await page.locator('#low-search').press('ArrowDown');
  await page.locator('#low-search').press('ArrowUp');
  await page.locator('#low-search').press('Enter');
  await expect(page.getByTestId('low-chosen')).toContainText('15 01 01');
  await expect(page.locator('#flow-category')).toHaveValue('cardboard');
  await type(page, '#flow-quantity', '-2');
  await page.getByTestId('save-flow').click();
  await expect(page.locator('#flow-quantity-error')).toContainText('négative');
  await page.locator('#flow-quantity').fill('');
  await type(page, '#flow-quantity', '2');
  await page.locator('#flow-unit').selectOption({ label: 't' });
  await page.locator('#flow-period').selectOption({ label: 'par mois' });
  await expect(page.getByTestId('yearly')).toContainText('24 t');
  await screenshots(page, '20-flow-form');
  await page.getByTestId('save-flow').click();
  await expect(page.getByTestId('flows')).toContainText('Chutes de carton ondulé');

  // Company B: its need, in a few keystrokes.
  await newCompany(page, 'Confitures Beta', '47,655', '6,301');
  await page.getByTestId('quick-capture').getByRole('button', { name: 'Entrant' }).click();
  await page.getByTestId('quick-capture').getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.locator('#quick-error')).toContainText('au moins');
  await type(page, '#quick-flow', 'environ 1,5 t/mois de cartons d’emballage');
  await page.getByTestId('quick-capture').getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByTestId('flows')).toContainText('cartons d’emballage');
  await expect(page.getByTestId('flows')).toContainText('18 t');
  await screenshots(page, '21-company-flows');

  // The suggestion, with its reasons.
  await nav(page, 'Suggestions').click();
  const card = page.getByTestId('suggestion').first();
  await expect(card).toContainText('Cartonnerie Alpha');
  await expect(card).toContainText('Confitures Beta');
  const terms = card.getByTestId('terms');
  await expect(terms).toContainText('même catégorie : Carton'.replace(' :', '\u00a0:'));
  await expect(terms).toContainText('carton');
  await expect(terms).toContainText(/à [\d,]+ km/);
  await expect(terms).toContainText('pour un besoin de 18 t par an');
  await screenshots(page, '22-suggestions');
  await card.getByTestId('accept').click();
  await expect(page.getByTestId('status')).toContainText('Idée de synergie créée');

  // Through the pipeline with the keyboard ("move to" list on the card).
  await nav(page, 'Synergies').click();
  const board = page.getByTestId('board');
  await expect(board.locator('[data-status=Idea]')).toContainText('Chutes de carton ondulé');
  for (const [to, col] of [['Étudiée', 'Studied'], ['En cours', 'InProgress'], ['Contractualisée', 'Contracted']]) {
    await page.getByTestId('synergy-card').first().locator('select.move').selectOption({ label: to });
    await expect(board.locator(`[data-status=${col}]`).getByTestId('synergy-card')).toHaveCount(1);
  }
  await screenshots(page, '23-synergy-board');

  // The impact, with its working and factor.
  await page.getByTestId('synergy-card').first().getByRole('link').click();
  await expect(page.getByTestId('synergy-status')).toHaveText('Contractualisée');
  await expect(page.getByTestId('history')).toContainText('En cours → Contractualisée');
  const estimate = page.getByTestId('impact-estimate');
  await estimate.getByRole('button', { name: 'Estimer l’impact' }).click();
  await type(page, '#est-tonnes', '18');
  await page.locator('#est-method').selectOption({ label: 'Trajets dédiés évités (véhicule·km)' });
  await type(page, '#est-trips', '3');
  await type(page, '#est-km', '360');
  await page.getByTestId('save-impact-est').click();
  await expect(estimate.getByTestId('km')).toContainText('12\u202f960 km/an');
  await expect(estimate.getByTestId('working').first()).toContainText('14\u202f966 kg CO₂e/an');
  await expect(estimate.getByTestId('factor').first()).toContainText('Semi-remorque > 33 t'.replace(' >', ' >'));
  await expect(estimate.getByTestId('factor').first()).toContainText('DESNZ/DEFRA');
  await expect(estimate.getByTestId('factor').first()).toContainText('0.22058');
  await screenshots(page, '24-synergy-detail');
  await waitSaved(page);

  // Reload: all still there.
  await page.reload();
  await expect(page.getByTestId('synergy-status')).toHaveText('Contractualisée');
  await expect(page.getByTestId('impact-estimate').getByTestId('working').first()).toContainText('14\u202f966');
  await nav(page, 'Impact').click();
  await expect(page.getByTestId('realised-estimate')).toContainText('14\u202f966');
  await screenshots(page, '25-impact');
  expect(errors).toEqual([]);
});

test('bad input in flows and synergies: a clear message at the field, nothing saved wrong', async ({ page }) => {
  await openExample(page);
  // A volume of a material without density cannot become tonnes: said at the field.
  await page.getByRole('link', { name: 'Garage Perrin' }).click();
  await page.getByTestId('add-have').click();
  await type(page, '#flow-label', 'Divers');
  await type(page, '#flow-quantity', '3');
  await page.locator('#flow-unit').selectOption({ label: 'm³' });
  await expect(page.getByTestId('no-mass')).toContainText('sans densité');
  await page.locator('#flow-category').selectOption('cardboard');
  await expect(page.getByTestId('no-mass')).toHaveCount(0);
  await expect(page.getByTestId('yearly')).toContainText('≈');
  // Abandoning needs a reason; removing a party below two is refused.
  await nav(page, 'Synergies').click();
  await page.getByRole('link', { name: 'Papier broyé réutilisé par la collectivité' }).click();
  await page.locator('#new-status').selectOption({ label: 'Abandonnée' });
  await page.getByTestId('change-status').click();
  await expect(page.locator('#status-reason-error')).toContainText('raison');
  await expect(page.getByTestId('synergy-status')).toHaveText('En cours');
  await type(page, '#status-reason', 'La plateforme ne prend plus de papier');
  await page.getByTestId('change-status').click();
  await expect(page.getByTestId('synergy-status')).toHaveText('Abandonnée');
  await expect(page.getByTestId('history')).toContainText('La plateforme ne prend plus de papier');
  const parts = page.getByTestId('participants');
  await parts.getByRole('button', { name: 'Retirer' }).first().click();
  await expect(page.locator('.field-error').filter({ hasText: 'au moins deux parties' })).toBeVisible();
  await expect(parts.locator('li')).toHaveCount(2);
});

test('rejected suggestions can be proposed again; pooling is proposed', async ({ page }) => {
  await openExample(page);
  await nav(page, 'Suggestions').click();
  const first = page.getByTestId('suggestion').first();
  const text = await first.locator('.pair').innerText();
  const before = await page.getByTestId('suggestion').count();
  await first.getByTestId('reject').click();
  await expect(page.getByTestId('suggestion')).toHaveCount(before - 1);
  await expect(page.getByTestId('rejected')).toBeVisible();
  await page.getByTestId('rejected').getByRole('button', { name: 'Reproposer' }).click();
  await expect(page.getByTestId('suggestion')).toHaveCount(before);
  await expect(page.getByTestId('suggestion').first().locator('.pair')).toHaveText(text);
  const pool = page.getByTestId('pool').filter({ hasText: 'Carton' });
  await expect(pool).toContainText('5 entreprises');
  await pool.getByRole('button', { name: 'Retenir la mutualisation' }).click();
  await nav(page, 'Synergies').click();
  await expect(page.getByTestId('board')).toContainText('Carton mutualisé(e)');
});
