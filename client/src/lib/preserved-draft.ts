// Keeps what a user was typing when the session ends mid-work. Forms register their current value with
// usePreservedDraft; when the API answers 401 the session handler calls preserveDrafts(), which writes
// every registered value to sessionStorage; after signing in again the form starts from readDraft().
// A draft belongs to the user who typed it and is only given back to that user. Never register secrets.
import { useEffect } from 'react';

type DraftOwner = number | string;

const STORAGE_PREFIX = 'rbm.draft.';
const registered = new Map<string, unknown>();
let owner: DraftOwner | null = null;

interface StoredDraft {
  owner: DraftOwner;
  value: unknown;
}

/** Who is signed in; set whenever a session starts or ends. */
export function setDraftOwner(next: DraftOwner | null): void {
  owner = next;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}

/** Writes every registered draft (the session has just ended). */
export function preserveDrafts(): void {
  const store = storage();
  if (owner === null || store === null) return;
  for (const [key, value] of registered) {
    const draft: StoredDraft = { owner, value };
    try {
      store.setItem(STORAGE_PREFIX + key, JSON.stringify(draft));
    } catch {
      // quota exceeded: losing a draft is better than failing the redirect to sign-in
    }
  }
}

/** The draft saved under `key` for the signed-in user, or null. Drafts of someone else are dropped. */
export function readDraft<T>(key: string): T | null {
  const store = storage();
  const text = store?.getItem(STORAGE_PREFIX + key);
  if (!store || text === null || text === undefined) return null;
  try {
    const draft = JSON.parse(text) as Partial<StoredDraft>;
    if (owner !== null && draft.owner === owner && 'value' in draft) return draft.value as T;
  } catch {
    // unreadable: drop it
  }
  store.removeItem(STORAGE_PREFIX + key);
  return null;
}

/**
 * Stores a draft for the signed-in user at once (not only when the session ends), for forms whose text
 * must outlive leaving the page, such as a reviewer's unsent comments.
 */
export function writeDraft(key: string, value: unknown): void {
  const store = storage();
  if (owner === null || store === null) return;
  try {
    store.setItem(STORAGE_PREFIX + key, JSON.stringify({ owner, value } satisfies StoredDraft));
  } catch {
    // quota exceeded: the draft stays in the page
  }
}

export function discardDraft(key: string): void {
  storage()?.removeItem(STORAGE_PREFIX + key);
}

/** Drops every stored draft (signing out on purpose). */
export function discardAllDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (key): key is string => key !== null && key.startsWith(STORAGE_PREFIX),
  );
  for (const key of keys) store.removeItem(key);
}

/**
 * Registers a form's unsaved value under `key` so that it survives the session ending. Start the form's
 * state from `readDraft(key)`; once mounted, the stored copy is consumed (the form holds it again).
 * The value must survive JSON.stringify.
 */
export function usePreservedDraft<T>(key: string, value: T): void {
  useEffect(() => {
    registered.set(key, value);
    return () => {
      if (registered.get(key) === value) registered.delete(key);
    };
  }, [key, value]);

  useEffect(() => {
    discardDraft(key);
  }, [key]);
}
