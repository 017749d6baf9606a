/** The demo "today" of the test suite: the last complete quarter is 2026-Q3. */
export const TEST_NOW = new Date('2026-11-23T09:00:00Z');
