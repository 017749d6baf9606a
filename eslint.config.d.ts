// Types of eslint.config.js for scripts/lint-rules.test.ts, which reads the lists of files still waiting for a fix.
import type { Linter } from 'eslint';

export const STILL_IMPORTING_A_REPOSITORY: string[];
export const STILL_QUERYING_OUTSIDE_A_REPOSITORY: string[];
declare const config: Linter.Config[];
export default config;
