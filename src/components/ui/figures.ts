const LABELS: Record<string, string> = {
  released: 'Released',
  pardoned: 'Pardoned',
  politicalPrisoners: 'Political prisoners',
  sentenceYears: 'Sentence (years)',
  sentenceMonths: 'Sentence (months)',
  detained: 'Detained',
  listed: 'Listed',
  count: 'Count',
};

/** "politicalPrisoners" → "Political prisoners" for figures without a hand-written label. */
export function figureLabel(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
