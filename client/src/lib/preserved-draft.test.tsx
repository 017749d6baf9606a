import { describe, expect, it } from 'vitest';
import {
  discardAllDrafts,
  preserveDrafts,
  readDraft,
  setDraftOwner,
  usePreservedDraft,
} from './preserved-draft.ts';
import { render } from '@testing-library/react';

function Form({ value }: { value: { name: string } }) {
  usePreservedDraft('test.form', value);
  return null;
}

describe('preserved drafts', () => {
  it('keeps what a mounted form registered and gives it back to the same user only', () => {
    setDraftOwner(1);
    const { unmount } = render(<Form value={{ name: 'Grace' }} />);
    preserveDrafts();
    unmount();

    setDraftOwner(2);
    expect(readDraft('test.form')).toBeNull();

    setDraftOwner(1);
    expect(readDraft('test.form')).toBeNull(); // another user's sign-in dropped it
  });

  it('gives the draft back after signing in again as the same user, once', () => {
    setDraftOwner(1);
    const first = render(<Form value={{ name: 'Grace' }} />);
    preserveDrafts();
    first.unmount();
    setDraftOwner(null);

    setDraftOwner(1);
    expect(readDraft('test.form')).toEqual({ name: 'Grace' });
    // Mounting the form again consumes the stored copy: the form holds it now.
    render(<Form value={{ name: 'Grace' }} />).unmount();
    expect(readDraft('test.form')).toBeNull();
  });

  it('writes nothing when nobody is signed in, and forgets everything on sign-out', () => {
    render(<Form value={{ name: 'x' }} />);
    preserveDrafts();
    expect(sessionStorage.length).toBe(0);

    setDraftOwner(1);
    preserveDrafts();
    expect(sessionStorage.length).toBe(1);
    discardAllDrafts();
    expect(sessionStorage.length).toBe(0);
  });
});
