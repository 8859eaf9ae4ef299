// Shared steps of the end-to-end tests.
import { expect } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export const SHOTS = path.resolve('screenshots');

/** Collects page errors; the test asserts there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/** Opens the app and waits until it has started. */
export async function openApp(page, hash = '') {
  await page.goto('/' + hash);
  await expect(page.locator('header.topbar')).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0);
}

/** First run → the example project, on the company list. */
export async function openExample(page) {
  await openApp(page);
  await page.getByTestId('open-example').click();
  await expect(page.getByTestId('company-count')).toContainText('64');
  await waitSaved(page);
}

/** Waits until every edit is on disk. */
export async function waitSaved(page) {
  await expect(page.getByTestId('save-status')).toHaveText(/Tout est enregistré|All changes saved/);
}

/** Types like a user, key by key. */
export async function type(page, selector, text) {
  const field = page.locator(selector);
  await field.click();
  await field.pressSequentially(text);
}

/** Saves a screenshot of the page at laptop and projector sizes. */
export async function screenshots(page, name) {
  for (const [dir, size] of [['laptop', { width: 1366, height: 768 }], ['projector', { width: 1920, height: 1080 }]]) {
    await mkdir(path.join(SHOTS, dir), { recursive: true });
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SHOTS, dir, `${name}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Reads a downloaded file as text. */
export async function downloadText(download) {
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

/** A link of the main navigation. */
export function nav(page, name) {
  return page.getByRole('navigation', { name: /Navigation principale|Main navigation/ }).getByRole('link', { name, exact: true });
}

/** Downloads a full export of the open project (Projets → Exporter) as text. */
export async function exportNow(page) {
  await page.getByRole('link', { name: 'Projets' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  return downloadText(download);
}

/** Chooses a file on the import screen. */
export async function chooseFile(page, name, text) {
  await page.goto('/#/importer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Importer un fichier|Import a file/);
  const buffer = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** Finds a company by name in the list and opens its page. */
export async function openCompany(page, name) {
  await page.getByRole('link', { name: 'Entreprises' }).first().click();
  await page.locator('#company-search').fill(name);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Creates a project from the projects screen. */
export async function newProject(page, name) {
  await page.getByRole('link', { name: 'Projets' }).click();
  await type(page, '#new-project-name', name);
  await page.getByRole('button', { name: 'Créer le projet' }).click();
  await expect(page.locator('.current-project')).toContainText(name);
}

/** Deletes a project (confirming) from the projects screen. */
export async function deleteProject(page, name) {
  await page.getByRole('link', { name: 'Projets' }).click();
  const row = page.getByTestId('project-row').filter({ hasText: name });
  await row.getByTestId('delete-project').click();
  await row.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByTestId('project-row').filter({ hasText: name })).toHaveCount(0);
}

/** A World Café meeting for a file: n people (hosts at the first t when
 * `hosts`), t tables, r rounds of 20 minutes, not planned yet. */
export function cafe(doc, [n, t, r, hosts]) {
  const companies = doc.companies;
  const now = Date.now();
  return {
    id: crypto.randomUUID(), rev: 1, updated_at: now, updated_by: doc.territory.updated_by, deleted: false,
    kind: 'world_cafe', title: `Banc ${n}/${t}/${r}${hosts ? '' : ' sans hôtes'}`, date: '2026-12-01', start_time: '',
    place: '', host_company_id: null, theme: '', notes: '', invitations: [],
    attendance: Array.from({ length: n }, (_, i) => ({
      id: crypto.randomUUID(), company_id: companies[i % companies.length].id, contact_id: null, name: `Personne ${i + 1}`,
      status: 'present', referred_by: null, host_of_table: hosts && i < t ? i + 1 : null, from_round: null, until_round: null,
    })),
    cafe: {
      tables: Array.from({ length: t }, (_, i) => ({ number: i + 1, question: '' })),
      rounds: Array.from({ length: r }, () => ({ minutes: 20, question: '' })),
      transition_minutes: 2, seed: 42, seating: [], locked_rounds: 0,
    },
    harvest: [],
  };
}

/** The address of every screen of a project file (the example's records). */
export function everyScreen(doc) {
  const company = doc.companies[0].id;
  const cafe = doc.events.find((e) => e.cafe)?.id ?? doc.events[0].id;
  const synergy = doc.synergies[0].id;
  const flow = doc.flows[0].id;
  return ['#/entreprises', '#/entreprises/nouvelle', `#/entreprises/${company}`, `#/entreprises/${company}/modifier`,
    '#/flux', `#/flux/${flow}`, '#/suggestions', '#/synergies', '#/synergies?vue=liste', `#/synergies/${synergy}`, '#/impact',
    '#/rencontres', '#/rencontres/nouvelle', `#/rencontres/${cafe}`, `#/rencontres/${cafe}/cafe`, `#/rencontres/${cafe}/recolte`,
    `#/rencontres/${cafe}/bilan`, `#/rencontres/${cafe}/animer`, `#/rencontres/${cafe}/imprimer/badges`, '#/entonnoir', '#/actions', '#/bilan', '#/temps', '#/programme', '#/plan',
    '#/projets', '#/partage', '#/sauvegardes', '#/importer', '#/bienvenue', `#/projection/${cafe}`];
}
