import type { Locator } from 'playwright-core';

/**
 * A small retrying expect for playwright-core locators (the full one ships
 * with @playwright/test, which we do not use): each check polls until it holds
 * or the time runs out, then fails with what it last saw.
 */
const TIMEOUT_MS = Number(process.env.E2E_EXPECT_TIMEOUT ?? 8000);

type Check = () => Promise<{ pass: boolean; seen: string }>;

async function poll(check: Check, negate: boolean, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  let seen = '';
  for (;;) {
    try {
      const result = await check();
      seen = result.seen;
      if (result.pass !== negate) return;
    } catch (error) {
      seen = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`expected ${negate ? 'not ' : ''}${what}; last saw: ${seen}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

function matches(text: string, expected: string | RegExp, whole: boolean): boolean {
  if (expected instanceof RegExp) return expected.test(text);
  return whole ? text.trim() === expected : text.includes(expected);
}

function matchers(locator: Locator, negate: boolean) {
  return {
    toHaveText: (expected: string | RegExp) =>
      poll(async () => {
        const text = (await locator.first().textContent({ timeout: 500 })) ?? '';
        return { pass: matches(text, expected, true), seen: JSON.stringify(text) };
      }, negate, `text ${expected}`),
    toContainText: (expected: string | RegExp) =>
      poll(async () => {
        const text = (await locator.first().textContent({ timeout: 500 })) ?? '';
        return { pass: matches(text, expected, false), seen: JSON.stringify(text) };
      }, negate, `to contain ${expected}`),
    toHaveCount: (count: number) =>
      poll(async () => {
        const n = await locator.count();
        return { pass: n === count, seen: String(n) };
      }, negate, `count ${count}`),
    toBeVisible: () =>
      poll(async () => {
        const visible = await locator.first().isVisible();
        return { pass: visible, seen: visible ? 'visible' : 'hidden' };
      }, negate, 'visible'),
    toBeChecked: () =>
      poll(async () => {
        const checked = await locator.first().isChecked({ timeout: 500 });
        return { pass: checked, seen: String(checked) };
      }, negate, 'checked'),
    toBeFocused: () =>
      poll(async () => {
        const focused = await locator.first().evaluate((el) => el === document.activeElement, undefined, { timeout: 500 });
        return { pass: focused, seen: focused ? 'focused' : 'not focused' };
      }, negate, 'focused'),
    toHaveAttribute: (name: string, value: string | RegExp) =>
      poll(async () => {
        const actual = (await locator.first().getAttribute(name, { timeout: 500 })) ?? '';
        return { pass: matches(actual, value, true), seen: JSON.stringify(actual) };
      }, negate, `attribute ${name}=${value}`),
  };
}

export function expect(locator: Locator) {
  return { ...matchers(locator, false), not: matchers(locator, true) };
}

/** Polls a plain value. */
export async function eventually<T>(read: () => Promise<T> | T, test: (value: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  await poll(async () => {
    last = await read();
    return { pass: test(last), seen: JSON.stringify(last) };
  }, false, what);
  return last as T;
}
