/**
 * Search folding: lower case, no diacritics, and the Latin letters that
 * Unicode does not decompose (ł, ø, đ...) mapped by hand, so "Lukasenka"
 * finds "Łukašenka" and "cichanouskaja" finds "Cichanoŭskaja".
 *
 * Cyrillic folds the same way, towards one spelling for Belarusian and Russian:
 * removing marks already makes ё е, й и and ў у (Unicode decomposes them), and
 * Belarusian і (which Unicode does not) is mapped to Russian и, so "Ціханоўская"
 * and "Циханоуская" fold alike. Spellings that differ in more than letters
 * ("Тихановская") meet through an actor's aliases.
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
  // Cyrillic: Belarusian і (and Ukrainian ї, which loses its marks first) read as и.
  і: 'и',
  þ: 'th',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
};

const MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/g;

const folded = new Map<string, string>();

/** One non-ASCII character, folded once and remembered: there are few distinct ones. */
function foldChar(char: string): string {
  let result = folded.get(char);
  if (result === undefined) {
    const lower = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    result = EXTRA_FOLDS[lower] ?? EXTRA_FOLDS[char] ?? lower;
    folded.set(char, result);
  }
  return result;
}

// Any whitespace other than single spaces (runs, tabs, line breaks, no-break spaces).
const ODD_SPACE = /\s\s|[^\S ]|^\s|\s$/;

export function foldText(text: string): string {
  // Only the non-ASCII characters need Unicode work, and each is folded once per page.
  const lower = text.replace(NON_ASCII, foldChar).toLowerCase();
  // Collapsing whitespace is costly on long text and rarely needed: test first.
  return ODD_SPACE.test(lower) ? lower.replace(SPACES, ' ').trim() : lower;
}

/** Folded query words; every one must occur for a match. */
export function queryTokens(query: string): string[] {
  const folded = foldText(query);
  return folded ? folded.split(' ') : [];
}
