import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startLanding } from './app/landing.ts';
import { createQueryClient } from './app/query-client.ts';
import { i18nReady } from './lib/i18n.ts';
import './styles.css';

const queryClient = createQueryClient();
startLanding(queryClient, window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first paint is in the user's language: wait for its texts (English is already in the bundle). The
// first render is a transition, which React renders in short slices instead of one long task.
void i18nReady.then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  ),
);
