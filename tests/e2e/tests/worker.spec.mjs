// The long computations run in a Web Worker: the World Café planner (its
// progress shown, cancellable) and the suggestions; each gives what the page
// itself would compute.
import { test, expect } from '@playwright/test';
import { cafe, chooseFile, exportNow, openExample } from './helpers.mjs';

async function openCafe(page, title) {
  await page.goto('/#/rencontres');
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('navigation', { name: 'Parties de la rencontre' }).getByRole('link', { name: 'World Café' }).click();
}

/** Round by round, each attendee's table. */
function seating(doc, eventId) {
  const e = doc.events.find((x) => x.id === eventId);
  return e.cafe.seating.map((round) => Object.fromEntries(round.map((s) => [s.attendee_id, s.table])));
}

test('the worker plans as the page would, shows its progress and can be cancelled', async ({ page }) => {
  test.setTimeout(120_000);
  await openExample(page);
  const doc = JSON.parse(await exportNow(page));
  const small = cafe(doc, [30, 6, 4, true]);
  const large = cafe(doc, [100, 20, 6, true]);
  doc.events.push(small, large);
  const file = JSON.stringify(doc);
  await chooseFile(page, 'cafes.json', file);
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('company-count')).toContainText('64');

  // A large café: progress is shown; cancelling leaves the plan as it was.
  await openCafe(page, large.title);
  await page.getByTestId('plan').click();
  await expect(page.getByTestId('plan-progress')).toBeVisible();
  await page.getByTestId('plan-cancel').click();
  await expect(page.getByTestId('plan-progress')).toHaveCount(0);
  await expect(page.getByTestId('seat-grid')).toHaveCount(0);

  // The same café planned by the worker and by the page: the same seats.
  // (Each job written for a worker leaves a timing: they tell the two apart.)
  const sent = () => page.evaluate(() => performance.getEntriesByName('maillage:worker-send').length);
  const before = await sent();
  await openCafe(page, small.title);
  await page.getByTestId('plan').click();
  await expect(page.getByTestId('seat-grid')).toBeVisible({ timeout: 30_000 });
  const byWorker = seating(JSON.parse(await exportNow(page)), small.id);
  expect(byWorker).toHaveLength(4);
  expect(await sent()).toBeGreaterThan(before);
  await chooseFile(page, 'cafes.json', file);
  await page.getByTestId('import-new').click();
  await expect(page.locator('.current-project')).toContainText('(copie)');
  await expect(page.getByTestId('company-count')).toContainText('64');
  // Preferences are stored as JSON text.
  await page.evaluate(() => localStorage.setItem('maillage.worker', JSON.stringify('page')));
  const sentByWorker = await sent();
  await openCafe(page, small.title);
  await page.getByTestId('plan').click();
  await expect(page.getByTestId('seat-grid')).toBeVisible({ timeout: 30_000 });
  const byPage = seating(JSON.parse(await exportNow(page)), small.id);
  expect(await sent()).toBe(sentByWorker);
  expect(byPage).toEqual(byWorker);
});

test('suggestions and pools found by the worker are the ones the page finds', async ({ page }) => {
  await openExample(page);
  const shown = async () => {
    await page.goto('/#/suggestions');
    await expect(page.getByTestId('suggestions').locator('> li').first()).toBeVisible({ timeout: 30_000 });
    return {
      suggestions: await page.getByTestId('suggestions').locator('> li').allInnerTexts(),
      pools: await page.getByTestId('pools').locator('> li').allInnerTexts(),
      // Whether the work was written for a worker (a timing the app records).
      sent: await page.evaluate(() => performance.getEntriesByName('maillage:worker-send').length > 0),
    };
  };
  const byWorker = await shown();
  expect(byWorker.sent).toBe(true);
  expect(byWorker.suggestions.length).toBeGreaterThan(2);
  expect(byWorker.pools.length).toBeGreaterThan(0);
  // Preferences are stored as JSON text.
  await page.evaluate(() => localStorage.setItem('maillage.worker', JSON.stringify('page')));
  await page.goto('/#/entreprises');
  await page.reload();
  const byPage = await shown();
  expect(byPage.sent).toBe(false);
  expect({ ...byPage, sent: true }).toEqual(byWorker);
});

test('only the suggestions on screen come back from the worker; "show more" asks for the next ones', async ({ page }) => {
  test.setTimeout(90_000);
  await openExample(page);
  // The example's flows copied onto its other companies: hundreds of pairs.
  const doc = JSON.parse(await exportNow(page));
  const base = doc.flows.slice(0, 14);
  for (let i = 0; i < 240; i++) {
    const f = base[i % base.length];
    doc.flows.push({ ...f, id: crypto.randomUUID(), company_id: doc.companies[(i * 7) % doc.companies.length].id });
  }
  await chooseFile(page, 'many-flows.json', JSON.stringify(doc));
  await page.getByTestId('import-new').click();
  await expect(page.locator('.current-project')).toContainText('(copie)');
  await page.goto('/#/suggestions');
  const cards = page.getByTestId('suggestions').locator('> li');
  await expect(cards).toHaveCount(30, { timeout: 30_000 });
  const first = await cards.allInnerTexts();
  const more = page.getByTestId('show-more').first();
  await expect(more).toHaveText('Afficher 30 de plus');
  await more.click();
  await expect(cards).toHaveCount(60, { timeout: 30_000 });
  // The first thirty are the same, in the same order: the next ones follow them.
  expect((await cards.allInnerTexts()).slice(0, 30)).toEqual(first);
});
