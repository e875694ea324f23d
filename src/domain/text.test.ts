import { describe, expect, it } from 'vitest';
import { foldText } from './text';

describe('foldText', () => {
  it('ignores case and diacritics, including letters Unicode does not decompose', () => {
    expect(foldText('Łukašenka')).toBe('lukasenka');
    expect(foldText('Cichanoŭskaja')).toBe('cichanouskaja');
    expect(foldText('Śviatłana  CICHANOUSKAJA')).toBe('sviatlana cichanouskaja');
    expect(foldText('Škloŭ')).toBe('sklou');
  });

  it('folds Cyrillic case and marks, and reads Belarusian and Russian letters alike', () => {
    expect(foldText('ЦІХАНОЎСКАЯ')).toBe(foldText('циханоуская'));
    expect(foldText('Ціханоўская')).toBe('циханоуская');
    expect(foldText('Ёлка')).toBe('елка');
    expect(foldText('Чайка')).toBe('чаика');
    expect(foldText('Беларусь і Расія')).toBe('беларусь и расия');
    // Different words stay different.
    expect(foldText('Тихановская')).not.toBe(foldText('Ціханоўская'));
  });
});
