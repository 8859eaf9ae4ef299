// A date typed with the keyboard into a field that already holds one is
// kept as typed (the field is never rewritten under the user's keys).
import { test, expect } from '@playwright/test';
import { openExample, exportNow, waitSaved } from './helpers.mjs';

test('a date typed over an existing one is kept, key by key', async ({ page }) => {
  await openExample(page);
  const doc = JSON.parse(await exportNow(page));
  const event = doc.events.find((e) => !e.date.endsWith('-12'));
  await page.goto(`/#/rencontres/${event.id}/modifier`);
  const date = page.locator('#event-date');
  await expect(date).toHaveValue(event.date);
  // Date fields are laid out in the browser's own language, not the page's:
  // find which part comes first (12 typed there is a day or a month), then
  // type the new date in that order, key by key, as a user would. (Keys go
  // through the keyboard: a locator's typing refocuses the field's last part.)
  await date.click({ position: { x: 12, y: 10 } });
  await page.keyboard.type('12');
  const monthFirst = (await date.inputValue()).slice(5, 7) === '12';
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(monthFirst ? '03152027' : '15032027');
  await expect(date).toHaveValue('2027-03-15');
  await page.getByTestId('save-event').click();
  await waitSaved(page);
  const saved = JSON.parse(await exportNow(page)).events.find((e) => e.id === event.id);
  expect(saved.date).toBe('2027-03-15');
});
