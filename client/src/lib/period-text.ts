// A reporting period ("2026-Q3") as text written the language's way and isolated (bidi.ts), so it keeps
// its order inside a sentence of either direction: for texts that cannot hold markup. PeriodLabel
// (components/ui) is its markup twin.
import { formatPeriod, type Language } from '@rbm/shared';
import { isolate } from './bidi.ts';

export function periodText(period: string, language: Language): string {
  return isolate(formatPeriod(period, language));
}
