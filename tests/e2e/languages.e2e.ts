import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './base';
import { param } from './helpers';

/** The winter window of the fixture: three events, the first translated into Belarusian and Russian, the next two not. */
const WINDOW = 'event=fixture-meeting-2025-12-12&from=2025-11-20&to=2026-01-31';
const TRANSLATED = {
  be: 'Fixture: пасланнік Джордан Экзампл сустракаецца з Аляксандрам Шаблонавым',
  ru: 'Fixture: посланник Джордан Экзампл встречается с Александром Шаблоновым',
};
const UNTRANSLATED = 'Fixture: Hanna Prykladava and Jordan Example meet again';

const details = (page: Page, name: string) => page.getByRole('complementary', { name });
/** The labels under the timeline's axis steps. */
const axisLabels = (page: Page) => page.locator('.vis-time-axis .vis-text.vis-minor');

test.describe('the interface in Belarusian, Russian and English', () => {
  test('opens in Belarusian from the link, switches to Russian, and stays Russian after a reload', async ({ page, errors }) => {
    await page.goto(`?lang=be&${WINDOW}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'be');
    await expect(page.getByRole('heading', { level: 1, name: 'Палітвязні Беларусі' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Пошук' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Тып падзеі' }).getByText('Сустрэча або размова')).toBeVisible();
    // The event's Belarusian title, marked as a translation; its quote stays in English.
    const panel = details(page, 'Падрабязнасці падзеі');
    await expect(panel.getByRole('heading', { level: 2, name: TRANSLATED.be })).toHaveAttribute('lang', 'be');
    await expect(panel.getByText('Пераклад з англійскай')).toBeVisible();
    await expect(panel.locator('blockquote')).toHaveAttribute('lang', 'en');
    await expect(panel.locator('time')).toHaveText(/^12 снежня 2025/);
    // The axis speaks Belarusian too (Intl, with CLDR data where Chromium has none).
    // At this width the axis steps by months: Belarusian abbreviations (лістапад, снежань, студзень).
    await expect(axisLabels(page)).toContainText(['ліс', 'сне', 'сту']);
    // Plural forms: 3 → "падзеі".
    await expect(page.getByText(/^3 падзеі ў гэтым часавым акне/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Мова' }).selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect.poll(() => param(page, 'lang')).toBe('ru');
    expect(param(page, 'event')).toBe('fixture-meeting-2025-12-12');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('searchbox', { name: 'Поиск' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
    await expect(page.getByText(/^3 события в этом временном окне/)).toBeVisible();
    await expect(page.locator('summary', { hasText: /^Экспорт/ })).toHaveText('Экспорт: 3 события');
    await expect(axisLabels(page)).toContainText(['нояб.', 'дек.', 'янв.']);
    const ruPanel = details(page, 'Подробности события');
    await expect(ruPanel.getByRole('heading', { level: 2, name: TRANSLATED.ru })).toBeVisible();
    await expect(ruPanel.getByText('Перевод с английского')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // The next event has no Russian text: its English title, marked as English, and no "translated" mark.
    await ruPanel.getByRole('button', { name: /Следующее/ }).click();
    await expect(ruPanel.getByRole('heading', { level: 2, name: UNTRANSLATED })).toHaveAttribute('lang', 'en');
    await expect(ruPanel.getByText('Перевод с английского')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'События в окне' }).getByText(UNTRANSLATED)).toHaveAttribute('lang', 'en');
    expect(errors).toEqual([]);
  });

  test('says so when the link asks for a language it does not have, and keeps the rest of the view', async ({ page }) => {
    await page.goto(`?lang=xx&${WINDOW}`);
    const notice = page.getByRole('region', { name: 'About this link' });
    await expect(notice).toContainText('“xx”');
    await expect(notice).toContainText('Belarusian (be), Russian (ru) and English (en)');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(details(page, 'Event details').getByRole('heading', { level: 2 })).toHaveText(
      'Fixture: envoy Jordan Example meets Aliaksandr Shablonau',
    );
    await expect.poll(() => param(page, 'lang')).toBeNull();
    expect(param(page, 'from')).toBe('2025-11-20');
  });

  test('puts the language into the embed code, or leaves it to each reader', async ({ page }) => {
    await page.goto(`?lang=ru&${WINDOW}`);
    await page.getByRole('button', { name: 'Встроить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Встроить этот вид' });
    const code = dialog.getByRole('textbox', { name: 'Код для встраивания' });
    await expect(code).toHaveValue(/embed\.html\?[^"]*&amp;lang=ru"/);
    await dialog.getByRole('combobox', { name: 'Язык' }).selectOption({ label: 'Беларуская' });
    await expect(code).toHaveValue(/&amp;lang=be"/);
    await dialog.getByRole('combobox', { name: 'Язык' }).selectOption({ label: 'Язык браузера каждого читателя' });
    await expect(code).not.toHaveValue(/lang=/);
  });

  test('speaks the embed’s language, which its own switcher changes', async ({ page }) => {
    await page.goto(`embed.html?lang=ru&${WINDOW}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('link', { name: /Открыть полную версию/ })).toHaveAttribute('href', /lang=ru/);
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('be');
    await expect(page.getByRole('link', { name: /Адкрыць поўную версію/ })).toHaveAttribute('href', /lang=be/);
    await expect.poll(() => param(page, 'lang')).toBe('be');
  });
});

test.describe("people and figures in the reader's language", () => {
  test('names people in Belarusian and Russian where the data has their names, and says terms in each', async ({ page, errors }) => {
    await page.goto(`?lang=be&${WINDOW}`);
    const panel = details(page, 'Падрабязнасці падзеі');
    const actors = panel.getByRole('region', { name: 'Удзельнікі' });
    await expect(actors.getByRole('button', { name: 'Аляксандр Шаблонаў' })).toBeVisible();
    await expect(actors.getByText('Аляксандр Шаблонаў')).toHaveAttribute('lang', 'be');
    // No Cyrillic spelling in the data: the English name, marked as English.
    await expect(actors.getByText('Jordan Example')).toHaveAttribute('lang', 'en');

    // A search in Latin letters is recognised as the person, named in Belarusian.
    await page.getByRole('searchbox', { name: 'Пошук' }).fill('Šabłonaŭ');
    await expect(page.getByText('Распазнана як')).toContainText('Аляксандр Шаблонаў');

    // A sentence's term with its unit, in the plural form 2 needs.
    await page.goto('?lang=be&event=fixture-sentence-2025-11-04&from=2025-08-01&to=2026-01-31');
    const figure = (name: string) => panel.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');
    await expect(figure('Тэрмін')).toHaveText('2 гады');
    await expect(panel.locator('dt', { hasText: /Sentence/ })).toHaveCount(0);

    await page.goto('?lang=ru&event=fixture-sentence-2025-11-04&from=2025-08-01&to=2026-01-31');
    const ruPanel = details(page, 'Подробности события');
    await expect(ruPanel.locator('dt', { hasText: 'Срок' }).locator('xpath=following-sibling::dd[1]')).toHaveText('2 года');
    await page.goto(`?lang=ru&${WINDOW}`);
    await expect(ruPanel.getByRole('region', { name: 'Участники' }).getByRole('button', { name: 'Александр Шаблонов' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the embed's language list and its link to the full view wrap cleanly in the embed dialog's preview on a phone", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`?lang=be&${WINDOW}`);
    await page.getByRole('button', { name: 'Убудаваць' }).click();
    const preview = page.frameLocator('iframe.embed-preview');
    const link = preview.getByRole('link', { name: /Адкрыць поўную версію/ });
    const select = preview.getByRole('combobox', { name: 'Мова' });
    await expect(link).toBeVisible();
    const [l, c] = [(await link.boundingBox())!, (await select.boundingBox())!];
    const lineHeight = await link.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(l.height, 'the link is on one line, not broken mid-phrase').toBeLessThan(lineHeight * 1.5);
    const sameRow = l.y < c.y + c.height && c.y < l.y + l.height;
    if (sameRow) expect(l.x - (c.x + c.width), 'room between the list and the link').toBeGreaterThanOrEqual(8);
    else expect(l.y, 'the link on a line of its own, below the list').toBeGreaterThanOrEqual(c.y + c.height);
    const frame = (await page.locator('iframe.embed-preview').boundingBox())!;
    expect(l.x + l.width, 'the link ends inside the preview').toBeLessThanOrEqual(frame.x + frame.width);
  });
});

test.describe('a reader whose browser prefers Belarusian', () => {
  test.use({ locale: 'be-BY' });

  test('gets the Belarusian interface when the link names no language', async ({ page }) => {
    await page.goto(`?${WINDOW}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'be');
    await expect(page.getByRole('status').filter({ hasText: /^Паказана/ })).toBeVisible();
    expect(param(page, 'lang')).toBeNull();
  });
});
