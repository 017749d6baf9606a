import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { setCsrfToken } from '../lib/api-client.ts';
import { loadPageTexts, setLanguage } from '../lib/i18n.ts';
import { setDraftOwner } from '../lib/preserved-draft.ts';

// Module-level state of the client starts empty in every test.
beforeEach(async () => {
  sessionStorage.clear();
  localStorage.clear();
  setCsrfToken(null);
  setDraftOwner(null);
  await setLanguage('en');
  // Components are rendered here without their lazy page, which would fetch these.
  await loadPageTexts();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
