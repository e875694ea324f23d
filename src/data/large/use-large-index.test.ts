import { describe, expect, it } from 'vitest';
import { oneKeystroke } from './use-large-index';

describe('a change to the search', () => {
  it('waits for the next keystroke when it is one letter more, less or replaced', () => {
    expect(oneKeystroke('mins', 'minsk')).toBe(true);
    expect(oneKeystroke('minsk', 'mins')).toBe(true);
    expect(oneKeystroke('minsk', 'mintk')).toBe(true);
  });

  it('is asked at once when pasted, chosen from suggestions or cleared', () => {
    expect(oneKeystroke('', 'minsk')).toBe(false);
    expect(oneKeystroke('minsk', '')).toBe(false);
    expect(oneKeystroke('min', 'minsk court')).toBe(false);
  });
});
