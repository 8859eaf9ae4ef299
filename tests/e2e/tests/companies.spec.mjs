// Creating and following companies, typed with real key presses, kept in
// IndexedDB across reloads; the funnel follows the outreach log.
import { test, expect } from '@playwright/test';
import { openApp, openExample, screenshots, type, waitSaved, watchErrors } from './helpers.mjs';

async function newProject(page, name) {
  await openApp(page);
  await type(page, '#new-project-name', name);
  await page.getByRole('button', { name: 'Créer le projet' }).click();
  await expect(page.locator('.current-project')).toContainText(name);
}

test('create a company and a contact, reload, still there', async ({ page }) => {
  const errors = watchErrors(page);
  await newProject(page, 'CC du Val Test — EIT 2026');
  await expect(page.locator('.empty-state')).toContainText('Aucune entreprise');
  await page.getByTestId('new-company').click();
  await type(page, '#company-name', 'Cartonnerie des Essais');
  // A SIRET with a wrong key is refused at the field, with the reason.
  await type(page, '#company-siret', '732 829 320 00075');
  await page.getByTestId('save-company').click();
  await expect(page.locator('#company-siret-error')).toContainText('clé de contrôle');
  await expect(page.locator('#company-siret')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.form-errors')).toBeVisible();
  await screenshots(page, '06-company-form-error');
  // Fix the last digit.
  await page.locator('#company-siret').press('Backspace');
  await page.locator('#company-siret').press('4');
  // The NAF picker finds "carton ondulé" by words; keyboard selection.
  await type(page, '#naf-search', 'carton ondulé');
  await expect(page.locator('#naf-options [role=option]').first()).toContainText('17.21A');
  await page.locator('#naf-search').press('ArrowDown');
  await page.locator('#naf-search').press('ArrowUp');
  await page.locator('#naf-search').press('Enter');
  await expect(page.getByTestId('naf-chosen')).toContainText('17.21A');
  await page.locator('#company-size').selectOption({ label: '20 à 49 salariés' });
  await type(page, '#company-commune', 'Bourg-sur-Lisière');
  await type(page, '#company-lat', '47,612');
  await type(page, '#company-lon', '6.245');
  await type(page, '#company-tags', 'pilote, carton');
  await page.getByTestId('save-company').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cartonnerie des Essais');
  await expect(page.getByTestId('siret')).toHaveText('732 829 320 00074');

  // A contact, typed key by key; the name is required.
  await page.getByTestId('add-contact').click();
  await page.getByTestId('save-contact').click();
  await expect(page.locator('#contact-name-error')).toContainText('obligatoire');
  await type(page, '#contact-name', 'Claire Martin');
  await type(page, '#contact-role', 'Responsable QHSE');
  await type(page, '#contact-email', 'claire.martin@example.org');
  await page.locator('#contact-consent').check();
  await page.getByTestId('save-contact').click();
  await expect(page.getByTestId('contact')).toContainText('Claire Martin');
  await waitSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cartonnerie des Essais');
  await expect(page.getByTestId('contact')).toContainText('Responsable QHSE');
  await expect(page.locator('.identity')).toContainText('17.21A');
  await expect(page.locator('.identity')).toContainText('47,612');
  expect(errors).toEqual([]);
});

test('logging interactions moves the company through the funnel', async ({ page }) => {
  await newProject(page, 'Funnel test');
  await page.getByTestId('new-company').click();
  await type(page, '#company-name', 'Menuiserie Test');
  await page.getByTestId('save-company').click();
  await expect(page.getByTestId('stage')).toContainText('Recensée');

  async function log(kind, outcome, date, by) {
    await page.getByTestId('add-interaction').click();
    await page.locator('#interaction-kind').selectOption({ label: kind });
    await page.locator('#interaction-outcome').selectOption({ label: outcome });
    await page.locator('#interaction-date').fill(date);
    if (by) {
      await page.locator('#interaction-by').selectOption('\u0001other');
      await type(page, '#interaction-partner', by);
    }
    await page.getByTestId('save-interaction').click();
    await expect(page.getByTestId('interaction-form')).toHaveCount(0);
  }
  await log('Courrier', 'Sans réponse', '2026-09-01');
  await expect(page.getByTestId('stage')).toContainText('Contactée');
  await log('Appel', 'Rendez-vous pris', '2026-09-10', 'Jeune Chambre Économique');
  await expect(page.getByTestId('stage')).toContainText('Entretien prévu');
  await expect(page.getByTestId('log')).toContainText('par Jeune Chambre Économique');
  await log('Visite', 'Réalisé', '2026-09-20');
  await expect(page.getByTestId('stage')).toContainText('Rencontrée');

  // A next action with a due date shows in the list of next actions.
  await page.getByTestId('add-interaction').click();
  await page.locator('#interaction-kind').selectOption({ label: 'Courriel' });
  await page.locator('#interaction-outcome').selectOption({ label: 'Intéressée' });
  await type(page, '#interaction-next', 'Envoyer la fiche flux');
  await page.locator('#interaction-due').fill('2026-12-05');
  await page.getByTestId('save-interaction').click();
  await page.getByRole('link', { name: 'Prochaines actions' }).click();
  await expect(page.getByTestId('next-actions')).toContainText('Envoyer la fiche flux');
  await page.getByRole('button', { name: 'Marquer comme faite' }).click();
  await expect(page.locator('.empty-state')).toContainText('Aucune action');

  // The funnel counts the company up to "visited".
  await page.getByRole('link', { name: 'Entonnoir' }).click();
  await expect(page.getByTestId('funnel-count')).toHaveText(['1', '1', '1', '1', '0', '0', '0']);

  // Set by hand: declined.
  await page.getByRole('link', { name: 'Entreprises' }).first().click();
  await page.getByRole('link', { name: 'Menuiserie Test' }).click();
  await page.locator('#stage-override').selectOption({ label: 'A décliné' });
  await expect(page.getByTestId('stage')).toContainText('A décliné');
  await expect(page.getByTestId('stage')).toContainText('fixée à la main');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('stage')).toContainText('A décliné');
});

test('search, filters and sorting in the address; back and forward', async ({ page }) => {
  await openExample(page);
  await type(page, '#company-search', 'vernière');
  await expect(page.getByTestId('company-count')).toContainText('sur 64 entreprises');
  const count = await page.locator('table.company-table tbody tr').count();
  expect(count).toBeGreaterThan(3);
  for (const cell of await page.locator('table.company-table tbody tr td:nth-child(2)').allTextContents()) {
    expect(cell).toBe('La Vernière');
  }
  expect(page.url()).toContain('q=verni%C3%A8re');
  await page.locator('#filter-stage').selectOption({ label: 'A décliné' });
  await expect(page.getByTestId('company-count')).toContainText('sur 64');
  await page.reload();
  await expect(page.locator('#company-search')).toHaveValue('vernière');
  await expect(page.locator('#filter-stage option:checked')).toHaveText('A décliné');
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(page.getByTestId('company-count')).toHaveText('64 entreprises');
  // Sorting by stage, then back to name descending.
  await page.getByRole('button', { name: 'Étape' }).click();
  await expect(page.locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'Nom' }).click();
  await page.getByRole('button', { name: 'Nom' }).click();
  await expect(page.locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('table.company-table tbody tr th').first()).toHaveText('Travaux Routiers Mercier');
  // Navigation history: company page, back to the list, forward again.
  await page.getByRole('link', { name: 'Travaux Routiers Mercier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Travaux Routiers Mercier');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entreprises du territoire');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Travaux Routiers Mercier');
  // A bookmark of a company page opens it directly.
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Travaux Routiers Mercier');
});

test('delete a company after confirmation', async ({ page }) => {
  await openExample(page);
  await page.getByRole('link', { name: 'Garage Perrin' }).click();
  await page.getByTestId('delete-company').click();
  await expect(page.getByRole('alertdialog')).toContainText('Supprimer « Garage Perrin »');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Garage Perrin');
  await page.getByTestId('delete-company').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByTestId('company-count')).toHaveText('63 entreprises');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('company-count')).toHaveText('63 entreprises');
});
