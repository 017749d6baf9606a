// The value rule fields as an administrator types them (texts and choices) and the API body they make:
// empty means "no rule" (for a KPI: "as the plan"); the change share is typed in percent.
import type { ValueRuleSettingsBody } from '@rbm/shared/schemas';

export type Choice = '' | 'yes' | 'no';

export interface RuleTexts {
  min: string;
  max: string;
  integer: Choice;
  maxChangeShare: string;
  maxTargetMultiple: string;
  regionsAddUp: Choice;
}

const text = (value: number | null) => (value === null ? '' : String(value));
const choice = (value: boolean | null): Choice => (value === null ? '' : value ? 'yes' : 'no');

export function ruleTexts(settings: ValueRuleSettingsBody): RuleTexts {
  return {
    min: text(settings.min),
    max: text(settings.max),
    integer: choice(settings.integer),
    maxChangeShare:
      settings.maxChangeShare === null ? '' : String(Math.round(settings.maxChangeShare * 10000) / 100),
    maxTargetMultiple: text(settings.maxTargetMultiple),
    regionsAddUp: choice(settings.regionsAddUp),
  };
}

/** A typed number (a comma is a decimal mark too), null when empty, NaN when not a number. */
export function typedNumber(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const fromChoice = (value: Choice) => (value === '' ? null : value === 'yes');

export const NUMBER_FIELDS = ['min', 'max', 'maxChangeShare', 'maxTargetMultiple'] as const;

/** The body, or the fields that are not numbers. */
export function ruleBody(texts: RuleTexts): { body: ValueRuleSettingsBody } | { invalid: string[] } {
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, typedNumber(texts[f])])) as Record<
    (typeof NUMBER_FIELDS)[number],
    number | null
  >;
  const invalid = NUMBER_FIELDS.filter((f) => Number.isNaN(numbers[f]));
  if (invalid.length > 0) return { invalid };
  const share = numbers.maxChangeShare;
  return {
    body: {
      min: numbers.min,
      max: numbers.max,
      integer: fromChoice(texts.integer),
      maxChangeShare: share === null ? null : share / 100,
      maxTargetMultiple: numbers.maxTargetMultiple,
      regionsAddUp: fromChoice(texts.regionsAddUp),
    },
  };
}
