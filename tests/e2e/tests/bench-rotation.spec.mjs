// Benchmark (make bench): the World Café rotation planner in the built app,
// in headless Chromium. Cafés of the issue are added to the example as
// meetings of a project file, imported, and planned from their World Café
// tab; the figures are the planner's own timing (performance measure
// "maillage:plan") and the plan's quality as the screen states it.
import { test, expect } from '@playwright/test';
import { cafe, openExample } from './helpers.mjs';

const CASES = [
  [15, 3, 3, true], [22, 5, 4, true], [30, 6, 4, true], [30, 7, 5, true], [40, 8, 5, true], [100, 20, 6, true],
  [32, 8, 6, false], [32, 8, 7, false], [32, 8, 8, false], [32, 8, 9, false], [32, 8, 10, false],
];

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
    // While the worker plans, keys typed in a field are echoed at once:
    // the delay between each key event and its handling is recorded.
    await page.evaluate(() => {
      window.__echo = [];
      const q = document.querySelector('#round-question-1');
      q?.addEventListener('input', (e) => window.__echo.push(performance.now() - e.timeStamp));
    });
    await page.getByTestId('plan').click();
    if (n >= 40) await page.locator('#round-question-1').pressSequentially('abc', { delay: 30 });
    await expect(page.getByTestId('quality')).toBeVisible({ timeout: 60_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('maillage:plan').map((e) => e.duration)[0]);
    const quality = await page.getByTestId('quality').locator('li').allTextContents();
    const repeats = quality.find((l) => /^\d+ rencontres? répétées?|croise deux fois/.test(l)) ?? '';
    const count = /^(\d+) rencontres/.exec(repeats)?.[1] ?? '0';
    const budget = n === 30 && t === 7 ? ' (budget 200 ms, 0 repeats)' : n === 100 ? ' (budget 1000 ms, 0 repeats)' : '';
    const echo = await page.evaluate(() => window.__echo);
    const typing = echo.length ? `; keys typed during the plan echoed after at most ${Math.round(Math.max(...echo))} ms (budget 50 ms)` : '';
    lines.push(`  ${n}/${t}/${r}${hosts ? ' hosts' : ''}: ${Math.round(ms)} ms, ${count} repeated meetings${budget}${typing} — ${quality[0]}`);
  }
  console.log(lines.join('\n'));
});
