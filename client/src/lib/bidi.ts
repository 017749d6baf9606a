// Text from elsewhere (a quarter code such as 2026-Q2) put inside a sentence: isolated with FSI ... PDI so
// that in Arabic it keeps its own order ("2026-Q2", not "Q3-2026") and does not reorder its neighbours.
export const isolated = (text: string | number): string => `\u2068${text}\u2069`;
