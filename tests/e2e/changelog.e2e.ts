import { axeViolations } from './axe';
import { expect, test } from './base';
import { WITHDRAWN_FIXTURE } from './fixtures/dataset';
import { param } from './helpers';

const ADDED = { id: 'fixture-election-2025-01-26', title: 'Fixture: Examplia holds a test election', date: '2025-01-26' };

test.describe('what changed, and withdrawn events', () => {
  test('a link to a withdrawn event says why it was withdrawn, with its last title', async ({ page, errors }) => {
    await page.goto(`?event=${WITHDRAWN_FIXTURE.id}`);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('heading', { name: 'Event withdrawn' })).toBeVisible();
    await expect(panel.getByText(`This event was withdrawn: ${WITHDRAWN_FIXTURE.reason}`)).toBeVisible();
    await expect(panel.getByText(WITHDRAWN_FIXTURE.title)).toBeVisible();
    await expect(panel.getByText('Event not found')).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(`^Withdrawn: ${WITHDRAWN_FIXTURE.title}`));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('"What changed" lists the versions newest first; an added event opens from it', async ({ page, errors }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'What changed' }).click();
    const dialog = page.getByRole('dialog', { name: 'What changed' });
    await expect(dialog).toBeVisible();
    const versions = dialog.getByRole('article');
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0).getByRole('heading', { level: 3 })).toHaveText('31 Jan 2026 the version shown');
    await expect(versions.nth(1).getByRole('heading', { level: 3 })).toHaveText('15 Jan 2026');
    await expect(versions.nth(1)).toContainText('The first version recorded: changes before it were not recorded.');
    await expect(versions.nth(0).getByRole('region', { name: 'Removed: 1' })).toContainText(
      `${WITHDRAWN_FIXTURE.title}: ${WITHDRAWN_FIXTURE.reason}`,
    );
    await expect(versions.nth(0).getByRole('region', { name: 'Changed: 1' })).toContainText('(summary, sources)');
    expect(await axeViolations(page)).toEqual([]);

    await versions.nth(0).getByRole('region', { name: 'Added: 1' }).getByRole('link', { name: ADDED.title }).click();
    await expect(dialog).toBeHidden();
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('heading', { level: 2, name: ADDED.title })).toBeVisible();
    await expect.poll(() => param(page, 'event')).toBe(ADDED.id);
    // The timeline shows it (it moves there when the event is off screen).
    const [from, to] = [param(page, 'from') ?? '', param(page, 'to') ?? ''];
    expect(from <= ADDED.date && ADDED.date <= to, `${ADDED.date} in ${from}..${to}`).toBe(true);
    expect(errors).toEqual([]);
  });
});
