// What a browser test checks a screen's figures against: the API as the page's own session reads it, and
// percentages written as the screens write them.
import type { Page } from 'playwright-core';

/** Fetches the API from inside the page, with the page's session (its role and scope). */
export function apiJson<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (u) => (await fetch(u)).json(), url) as Promise<T>;
}

/** A share as the screens show it in English: a whole percentage, or a dash for none. */
export const percent = (v: number | null) =>
  v === null ? '–' : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(v);
