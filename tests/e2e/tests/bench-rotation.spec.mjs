// Benchmark (make bench): the World Café rotation planner in the built app,
// in headless Chromium. Cafés of the issue are added to the example as
// meetings of a project file, imported, and planned from their World Café
// tab; the figures are the planner's own timing (performance measure
// "maillage:plan") and the plan's quality as the screen states it.
import { test, expect } from '@playwright/test';
import { openExample } from './helpers.mjs';

const CASES = [
  [15, 3, 3, true], [22, 5, 4, true], [30, 6, 4, true], [30, 7, 5, true], [40, 8, 5, true], [100, 20, 6, true],
  [32, 8, 6, false], [32, 8, 7, false], [32, 8, 8, false], [32, 8, 9, false], [32, 8, 10, false],
];

function cafe(doc, [n, t, r, hosts]) {
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

test('rotation planner in the browser', async ({ page }) => {
  test.setTimeout(300_000);
  await openExample(page);
  await page.getByRole('link', { name: 'Projets' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  const doc = JSON.parse(Buffer.concat(chunks).toString());
  doc.events.push(...CASES.map((c) => cafe(doc, c)));
  await page.goto('/#/importer');
  await page.locator('#import-file').setInputFiles({ name: 'rotation.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('company-count')).toContainText('64');
  const lines = ['== Rotation planner in the browser (headless Chromium, this machine)'];
  for (const [n, t, r, hosts] of CASES) {
    await page.goto('/#/rencontres');
    await page.getByRole('link', { name: `Banc ${n}/${t}/${r}${hosts ? '' : ' sans hôtes'}`, exact: true }).click();
    await page.getByRole('navigation', { name: 'Parties de la rencontre' }).getByRole('link', { name: 'World Café' }).click();
    await page.evaluate(() => performance.clearMeasures('maillage:plan'));
    await page.getByTestId('plan').click();
    await expect(page.getByTestId('quality')).toBeVisible({ timeout: 60_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('maillage:plan').map((e) => e.duration)[0]);
    const quality = await page.getByTestId('quality').locator('li').allTextContents();
    const repeats = quality.find((l) => /^\d+ rencontres? répétées?|croise deux fois/.test(l)) ?? '';
    const count = /^(\d+) rencontres/.exec(repeats)?.[1] ?? '0';
    const budget = n === 30 && t === 7 ? ' (budget 200 ms, 0 repeats)' : n === 100 ? ' (budget 1000 ms, 0 repeats)' : '';
    lines.push(`  ${n}/${t}/${r}${hosts ? ' hosts' : ''}: ${Math.round(ms)} ms, ${count} repeated meetings${budget} — ${quality[0]}`);
  }
  console.log(lines.join('\n'));
});
