// npm run bench -- lighthouse: Lighthouse's performance score of the overview (goal: 90 or more) on its
// default mobile settings (a mid-range phone: 4x slower CPU, slow 4G simulated), against `npm start` on a
// fresh demo database, signed in as the Council (`council`); Debian's Chromium, or RBM_CHROMIUM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../e2e/support/browser.ts';
import { npmStart } from './support/npm-start.ts';

const RUNS = 5;
const GOAL = 90;
const PAGE = '/plans/SP-2024-2027/overview';

interface Run {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  si: number;
  cls: number;
}

async function sessionCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'council', password: 'rbm-demo' }),
  });
  if (!res.ok) throw new Error(`signing in as council answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('rbm_session='));
  if (!cookie) throw new Error('signing in set no session cookie');
  return cookie.split(';')[0]!;
}

async function audit(url: string, cookie: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      extraHeaders: { Cookie: cookie },
      logLevel: 'error',
      output: 'json',
    });
    if (!result) throw new Error('Lighthouse gave no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      si: metric('speed-index'),
      cls: metric('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse now and then fails to record a load (NO_NAVSTART, NO_FCP): such a run is tried again. */
async function auditWithRetries(url: string, cookie: string, attempts = 3): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, cookie);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`lighthouse: run failed (${(error as Error).message}); trying again`);
    }
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const describe = (r: Run) =>
  `score ${r.score}, LCP ${s(r.lcp)}, TBT ${Math.round(r.tbt)} ms, FCP ${s(r.fcp)}, Speed Index ${s(r.si)}, CLS ${r.cls.toFixed(2)}`;

export async function run(): Promise<void> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Lighthouse needs Chromium at ${CHROMIUM}: apt-get install chromium, or set RBM_CHROMIUM`,
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-bench-lighthouse-'));
  const server = await npmStart(path.join(dir, 'rbm.sqlite'));
  try {
    const cookie = await sessionCookie(server.url);
    // one run unreported: the first load of a fresh server and browser is no phone's experience
    await auditWithRetries(`${server.url}${PAGE}`, cookie);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await auditWithRetries(`${server.url}${PAGE}`, cookie));
    console.log(`lighthouse: ${PAGE} as council, mobile (simulated slow 4G, 4x CPU slowdown), ${RUNS} runs:`);
    for (const r of runs) console.log(`  ${describe(r)}`);
    const median = [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)]!;
    console.log(
      `lighthouse: median ${describe(median)}; goal ${GOAL} or more: ${median.score >= GOAL ? 'met' : 'NOT met'}`,
    );
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
