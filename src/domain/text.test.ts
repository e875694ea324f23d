import { describe, expect, it } from 'vitest';
import { foldText } from './text';

describe('foldText', () => {
  it('ignores case and diacritics, including letters Unicode does not decompose', () => {
    expect(foldText('Łukašenka')).toBe('lukasenka');
    expect(foldText('Cichanoŭskaja')).toBe('cichanouskaja');
    expect(foldText('Śviatłana  CICHANOUSKAJA')).toBe('sviatlana cichanouskaja');
    expect(foldText('Škloŭ')).toBe('sklou');
  });
});
