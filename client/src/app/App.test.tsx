// The app as a user meets it: the route guard, permissions in the navigation, the session ending
// mid-work (and what was typed surviving it), the language remembered on the server, signing out.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../test/fake-api.ts';
import { aUser, framework, plans, sessionFor } from '../test/fixtures.ts';
import { App } from './App.tsx';

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

const here = () => `${window.location.pathname}${window.location.search}`;

async function signIn(user = userEvent.setup()) {
  await user.type(await screen.findByLabelText('Username'), 'ada');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

const adminApi = {
  'GET /api/plans': () => json(200, plans),
  'GET /api/plans/SP-TEST/framework': () => json(200, framework),
  'GET /api/users': () => json(200, { items: [aUser()] }),
};

describe('route guard', () => {
  it('sends a visitor without a session to /sign-in?next=<path>, and back there after signing in', async () => {
    const api = fakeApi({
      ...adminApi,
      'GET /api/auth/session': () => problem(401, 'unauthenticated'),
      'POST /api/auth/login': () => json(200, sessionFor('admin')),
    });
    openAt('/admin/users?sort=name');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(here()).toBe('/sign-in?next=%2Fadmin%2Fusers%3Fsort%3Dname');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/users')).toHaveLength(0);

    await signIn();

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(here()).toBe('/admin/users?sort=name');
    expect(
      await screen.findByRole('table', { name: 'All users, active and deactivated' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /Grace Hopper/ })).toBeInTheDocument();
  });

  it("applies the user's saved language on signing in", async () => {
    fakeApi({
      ...adminApi,
      'GET /api/auth/session': () => problem(401, 'unauthenticated'),
      'POST /api/auth/login': () => json(200, sessionFor('admin', { language: 'fr' })),
    });
    openAt('/admin/users');
    await signIn();

    expect(await screen.findByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
  });
});

describe('permissions', () => {
  it('shows the Users link and page to an administrator only', async () => {
    fakeApi({ ...adminApi, 'GET /api/auth/session': () => json(200, sessionFor('admin')) });
    openAt('/admin/users');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Ada admin')).toBeInTheDocument();
    expect(screen.getByText('Administrator')).toBeInTheDocument();
  });

  it('tells a viewer the page is not allowed, without asking for the users', async () => {
    const api = fakeApi({ ...adminApi, 'GET /api/auth/session': () => json(200, sessionFor('viewer')) });
    openAt('/admin/users');

    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(screen.getByText('Viewer')).toBeInTheDocument();
    expect(api.callsTo('GET /api/users')).toHaveLength(0);
  });
});

describe('an instance without any plan (a new organisation)', () => {
  const noPlans = { 'GET /api/plans': () => json(200, { items: [] }) };

  it('leads an administrator from the home to the import screen, without links to plan screens', async () => {
    fakeApi({ ...noPlans, 'GET /api/auth/session': () => json(200, sessionFor('admin')) });
    openAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'No plan yet' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Overview' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Data entry' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Framework files' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Import your organisation's framework file" })).toHaveAttribute(
      'href',
      '/admin/frameworks',
    );
  });

  it('tells anyone else to come back once an administrator has loaded it', async () => {
    fakeApi({ ...noPlans, 'GET /api/auth/session': () => json(200, sessionFor('viewer')) });
    openAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'No plan yet' })).toBeInTheDocument();
    expect(screen.getByText(/An administrator loads the organisation's framework first/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Import/ })).not.toBeInTheDocument();
  });
});

describe('the session ending mid-work', () => {
  it('returns to sign-in and back to the form with what was typed (but not the password)', async () => {
    const api = fakeApi({ ...adminApi, 'GET /api/auth/session': () => json(200, sessionFor('admin')) });
    openAt('/admin/users/new');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Username'), 'grace');
    await user.type(screen.getByLabelText('Display name'), 'Grace Hopper');
    await user.selectOptions(screen.getByLabelText('Role'), 'planner');
    await user.click(await screen.findByRole('checkbox', { name: /KAP-2/ }));
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');

    // Meanwhile the session has ended on the server.
    api.routes['POST /api/users'] = () => problem(401, 'unauthenticated');
    api.routes['GET /api/auth/session'] = () => problem(401, 'unauthenticated');
    api.routes['POST /api/auth/login'] = () => json(200, sessionFor('admin'));
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(here()).toBe('/sign-in?next=%2Fadmin%2Fusers%2Fnew&reason=expired');
    expect(screen.getByText(/Your session has ended/)).toBeInTheDocument();

    await signIn(user);

    expect(await screen.findByText(/What you had typed before your session ended/)).toBeInTheDocument();
    expect(here()).toBe('/admin/users/new');
    expect(screen.getByLabelText('Username')).toHaveValue('grace');
    expect(screen.getByLabelText('Display name')).toHaveValue('Grace Hopper');
    expect(screen.getByLabelText('Role')).toHaveValue('planner');
    expect(await screen.findByRole('checkbox', { name: /KAP-1 Connectivity/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /KAP-2 Digital skills/ })).toBeChecked();
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(JSON.stringify(Object.entries(sessionStorage))).not.toContain('a long passphrase');
  });

  it('does not give one user what another typed', async () => {
    const api = fakeApi({ ...adminApi, 'GET /api/auth/session': () => json(200, sessionFor('admin')) });
    openAt('/admin/users/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Display name'), 'Grace Hopper');

    api.routes['POST /api/users'] = () => problem(401, 'unauthenticated');
    api.routes['POST /api/auth/login'] = () => json(200, sessionFor('admin', { id: 2 }));
    await user.type(screen.getByLabelText('Username'), 'grace');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    await signIn(user);

    expect(await screen.findByLabelText('Display name')).toHaveValue('');
  });
});

describe('signed in', () => {
  it('remembers a language change on the server, sending the CSRF token', async () => {
    const api = fakeApi({
      ...adminApi,
      'GET /api/auth/session': () => json(200, sessionFor('admin')),
      'PUT /api/auth/language': (call) =>
        json(200, { ...sessionFor('admin').user, language: (call.body as { language: string }).language }),
    });
    openAt('/admin/users');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Language'), 'ar');

    await waitFor(() => expect(api.callsTo('PUT /api/auth/language')).toHaveLength(1));
    const [put] = api.callsTo('PUT /api/auth/language');
    expect(put?.headers.get('x-csrf-token')).toBe('csrf-admin');
    expect(put?.body).toEqual({ language: 'ar' });
    // Arabic's texts load on demand: the page turns right to left once they are in.
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
  });

  it('signs out (with the CSRF token) to a plain sign-in page', async () => {
    const api = fakeApi({
      ...adminApi,
      'GET /api/auth/session': () => json(200, sessionFor('admin')),
      'POST /api/auth/logout': () => json(204, null),
    });
    openAt('/admin/users');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(here()).toBe('/sign-in');
    expect(api.callsTo('POST /api/auth/logout')[0]?.headers.get('x-csrf-token')).toBe('csrf-admin');
  });
});
