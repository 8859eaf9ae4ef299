// French by default, English complete from the switch; the choice is kept.
import { test, expect } from '@playwright/test';
import { openExample, screenshots } from './helpers.mjs';

// Words of the French interface that must not remain on English screens
// (company names and official NAF titles are data, and stay French).
const FRENCH_UI = ['Entreprises du territoire', 'Exemple ouvert', 'Sortant', 'Entrant', 'Pertinence', 'Pourquoi', 'Retenir',
  'Écarter', 'Idée', 'Étudiée', 'Contractualisée', 'Estimation', 'Tonnes détournées', 'Facteurs', 'Ressources', 'Mutualisations', 'Rechercher', 'Étape', 'Enregistrer', 'Supprimer', 'Modifier', 'Toutes',
  'Entonnoir', 'Prochaines actions', 'Sauvegardes', 'Projets', 'salariés', 'Recensée', 'Contactée', 'Journal', 'Interlocuteurs',
  'Tout est enregistré', 'Nom du projet', 'Importer', 'Aucun', 'exporté', 'Rencontres', 'Récolte', 'Animer', 'Tables et tours',
  'Arrivées', 'gommettes', 'Tour ', 'Entreprises concernées', 'Qui a rencontré', 'Fenêtre de projection', 'Présent·e', 'inscrits'];

async function expectNoFrench(page) {
  const text = await page.locator('body').innerText();
  for (const w of FRENCH_UI) expect(text, `"${w}" left in French`).not.toContain(w);
}

test('language switch: English everywhere, kept after reload', async ({ page }) => {
  await openExample(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Companies of the territory');
  await expect(page.getByTestId('company-count')).toHaveText('64 companies');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expectNoFrench(page);
  await screenshots(page, '13-companies-en');
  for (const [link, title] of [['Flows', 'Resources of the territory'], ['Suggestions', 'Suggested exchanges'], ['Synergies', 'Synergies'],
    ['Impact', 'Impact'], ['Meetings', 'Meetings'], ['Funnel', 'Recruitment funnel'], ['Next actions', 'Next actions'], ['Projects', 'Projects'], ['Backups', 'Backups']]) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expectNoFrench(page);
  }
  // The file for a partner, and the backups screen with its trash, in English.
  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await page.getByTestId('share').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Send to a partner');
  await expect(page.getByTestId('share-summary')).toContainText('Stays here');
  await expectNoFrench(page);
  await page.getByRole('link', { name: 'Synergies', exact: true }).click();
  await page.getByRole('link', { name: 'Chutes de carton réutilisées comme calage' }).click();
  await expect(page.getByTestId('impact-estimate')).toContainText('12,960 km/yr');
  await expect(page.getByTestId('impact-estimate')).toContainText('14,966 kg CO₂e/yr');
  await expectNoFrench(page);
  // A played World Café in English: people, plan and its quality, harvest, who met whom, the presenter.
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('link', { name: 'Rencontre 3 — Chacun amène une entreprise' }).click();
  await expect(page.getByTestId('attendance-counts')).toContainText('15 registered');
  await expectNoFrench(page);
  for (const tab of ['World Café', 'Harvest', 'Who met whom']) {
    await page.getByRole('navigation', { name: 'Parts of the meeting' }).getByRole('link', { name: tab }).click();
    await expectNoFrench(page);
  }
  await page.getByRole('navigation', { name: 'Parts of the meeting' }).getByRole('link', { name: 'World Café' }).click();
  await expect(page.getByTestId('quality')).toContainText('repeated meetings');
  await page.getByRole('link', { name: 'Run the World Café' }).first().click();
  await expect(page.getByTestId('audience-status')).toHaveText('Projection window closed');
  await page.keyboard.press('n');
  await expect(page.getByTestId('phase')).toHaveText('Round 1 of 3');
  await expectNoFrench(page);
  await screenshots(page, '27-presenter-en');
  await page.getByRole('link', { name: 'Companies', exact: true }).click();
  await page.getByRole('link', { name: 'Imprimerie Lefèvre & Fils' }).click();
  await expect(page.getByRole('heading', { name: 'Outreach log' })).toBeVisible();
  await expect(page.getByTestId('log')).toContainText(/\d{1,2}\u00a0(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\u00a0\d{4}/);
  await expectNoFrench(page);
  await page.getByTestId('edit-company').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit company');
  await expectNoFrench(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit company');
  await page.getByRole('button', { name: 'FR', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modifier l’entreprise');
});
