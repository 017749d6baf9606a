// The colour and shape of each status, one definition for the screens, the workbook and the deck (and the
// heatmap bands of band.ts, whose bands are statuses). The colours pass 4.5:1 against white and the light
// tints of table rows (at risk is a dark amber for that reason); the shapes carry the meaning for people
// who cannot tell the colours apart.
import type { Status } from '../domain.ts';

/** CSS colours (`#rrggbb`); Office files take them without the `#` (see `officeColor`). */
export const STATUS_COLORS: Readonly<Record<Status, string>> = {
  achieved: '#0b5cad',
  on_track: '#166c2f',
  at_risk: '#9a4d00',
  off_track: '#c62828',
  no_data: '#5f6b7a',
  not_due: '#596270',
};

export const STATUS_SYMBOLS: Readonly<Record<Status, string>> = {
  achieved: '★',
  on_track: '●',
  at_risk: '▲',
  off_track: '✖',
  no_data: '?',
  not_due: '○',
};

/** Statuses in the order a legend lists them, best first. */
export const STATUS_ORDER: readonly Status[] = [
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'no_data',
  'not_due',
];

/** A status colour as Office Open XML writes it: `RRGGBB`, no `#`. */
export const officeColor = (status: Status): string => STATUS_COLORS[status].slice(1).toUpperCase();

/** Light tints of the status colours, dark text on them: the heatmap's cells (compare.css .heat-*) and the
 * fills of exported sheets and images. `none` is a score with no rated status. */
export const STATUS_TINTS: Readonly<
  Record<'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'none', string>
> = {
  achieved: '#c9ddf3',
  on_track: '#bfe3c8',
  at_risk: '#fde3a7',
  off_track: '#f5bcb5',
  none: '#eceff3',
};
