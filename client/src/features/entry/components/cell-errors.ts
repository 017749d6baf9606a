// A cell's error in the user's language: the grid's own message for the code, else the app's.
import type { TFunction } from 'i18next';
import type { KpiUnit } from '@rbm/shared';

export function cellErrorText(t: TFunction, code: string, unit: KpiUnit): string {
  return t([`entry.errors.${code}`, `errors.${code}`, 'entry.errors.invalid'], {
    unit: t(`entry.units.${unit}`),
  });
}
