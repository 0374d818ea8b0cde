/** Touchpoints and the pipeline (English). */
export const touchpointsEn = {
  open: 'Log a touchpoint',
  pickKind: 'What happened? Press a letter or pick one.',
  kindChosen: 'Kind',
  link: 'Link (https, optional)',
  note: 'One line (optional)',
  save: 'Log it',
  keysHint: 'Enter saves · Esc closes',
  logged: 'Logged: {{kind}}.'
} as const
