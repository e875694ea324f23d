/**
 * The closed list of event types. Colours are chosen to reach at least 4.5:1
 * contrast against white text (checked in tests/unit/contrast.test.ts), so a label
 * drawn on the colour stays readable.
 */
export const EVENT_TYPES = {
  release: { label: 'Release', color: '#1f6f43', marker: '▲' },
  pardon: { label: 'Pardon', color: '#2e6b1f', marker: '✦' },
  meeting: { label: 'Meeting or call', color: '#1d4f91', marker: '●' },
  sentence: { label: 'Sentence', color: '#a11d2f', marker: '■' },
  trial: { label: 'Trial', color: '#8a3b12', marker: '◆' },
  detention: { label: 'Detention or raid', color: '#7a2c8f', marker: '▼' },
  death: { label: 'Death in custody', color: '#262626', marker: '✝' },
  election: { label: 'Election', color: '#5b4a9e', marker: '☐' },
  protest: { label: 'Protest', color: '#b0306a', marker: '!' },
  resolution: { label: 'Resolution', color: '#0f5f73', marker: '§' },
  statement: { label: 'Statement', color: '#4a5563', marker: '❝' },
  sanction: { label: 'Sanctions imposed', color: '#8f2d0f', marker: '⊘' },
  'sanction-relief': { label: 'Sanctions eased', color: '#4d6b0f', marker: '⊕' },
  extradition: { label: 'Extradition', color: '#6b3a1f', marker: '⇄' },
  designation: { label: 'Extremist or terrorist listing', color: '#5c1f47', marker: '⚑' },
  statistic: { label: 'Statistic', color: '#2b5d7a', marker: '#' },
  legislation: { label: 'Law or decree', color: '#3f4f1f', marker: '⚖' },
  appointment: { label: 'Appointment', color: '#1f5a5a', marker: '★' },
  award: { label: 'Award or honour', color: '#7a5a00', marker: '✪' },
  'criminal-case': { label: 'Criminal case opened', color: '#b23a00', marker: '✎' },
  exile: { label: 'Forced exile', color: '#6a4c93', marker: '↗' },
  negotiation: { label: 'Agreement or negotiation', color: '#00749e', marker: '◎' },
  ban: { label: 'Ban or liquidation', color: '#006d5b', marker: '✖' },
  'prison-conditions': { label: 'Prison conditions or incommunicado', color: '#4b3b2a', marker: '▦' },
  'international-justice': { label: 'International justice', color: '#3b3b98', marker: '◐' },
  'repression-death': { label: 'Death linked to repression', color: '#6e1f2b', marker: '†' },
  intimidation: { label: 'Threats or intimidation', color: '#9c4a00', marker: '⚠' },
  solidarity: { label: 'Act of solidarity', color: '#a13b7e', marker: '♡' },
  'protection-abroad': { label: 'Documents or protection abroad', color: '#4a6fa5', marker: '☂' },
  other: { label: 'Other', color: '#555555', marker: '○' },
} as const;

export type EventType = keyof typeof EVENT_TYPES;

export const EVENT_TYPE_IDS = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}
