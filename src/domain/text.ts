/**
 * Search folding: lower case, no diacritics, and the Latin letters that
 * Unicode does not decompose (ł, ø, đ...) mapped by hand, so "Lukasenka"
 * finds "Łukašenka" and "cichanouskaja" finds "Cichanoŭskaja".
 */
const EXTRA_FOLDS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
};

const EXTRA = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g');
const MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function foldText(text: string): string {
  // Most text is plain ASCII: skip the costly Unicode normalisation for it.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(SPACES, ' ').trim();
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(EXTRA, (char) => EXTRA_FOLDS[char] ?? char)
    .replace(SPACES, ' ')
    .trim();
}

/** Folded query words; every one must occur for a match. */
export function queryTokens(query: string): string[] {
  const folded = foldText(query);
  return folded ? folded.split(' ') : [];
}
