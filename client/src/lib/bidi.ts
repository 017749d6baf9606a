// Which way a language is written, for the dir attribute of text inserted in another language's page.
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * Text of unknown direction (a code, a name, a period) to be inserted into a translated sentence, wrapped in
 * Unicode's first-strong isolate and pop directional isolate, so it keeps its own order inside a sentence of
 * the other direction (the string form of <bdi>, for texts that cannot hold markup: titles, labels, aria):
 * in Arabic "2026-Q2" stays "2026-Q2", not "Q2-2026", and does not reorder its neighbours.
 */
export function isolate(text: string | number): string {
  return `\u2068${text}\u2069`;
}
