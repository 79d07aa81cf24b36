import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Article } from '../../../corpus/model';
import { startStaticServer } from '../../../build/static-server';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The built renderer; `PIZHU_DIST` points the e2e suite at another build (parallel work on one checkout). */
export const DIST = process.env.PIZHU_DIST ?? join(ROOT, 'dist', 'renderer');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine needs: no sandbox as root, and no background traffic to a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function requireBuiltApp(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first (npm test does).');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (see .ci/run).`);
}

/** The built corpus, as the app loads it. */
export function builtArticles(): Article[] {
  return JSON.parse(readFileSync(join(DIST, 'corpus', 'articles.json'), 'utf8')) as Article[];
}

/** A served app plus a browser profile that survives restarts (like a user's laptop). */
export class AppSession {
  private server: Server | undefined;
  private context: BrowserContext | undefined;
  readonly profileDir = mkdtempSync(join(tmpdir(), 'pizhu-profile-'));
  baseUrl = '';
  /** Every request the page made that did not go to our own origin. */
  readonly foreignRequests: string[] = [];
  /** Console errors and uncaught page errors. */
  readonly pageErrors: string[] = [];

  async serve(): Promise<void> {
    requireBuiltApp();
    this.server = await startStaticServer(DIST, 0);
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /**
   * Starts (or restarts) the browser on the same profile and opens the app. `bypassCSP` takes
   * away the Content-Security-Policy safety net, to prove the code itself keeps hostile input inert.
   */
  async open(hash = '', locale = 'zh-CN', viewport = { width: 1400, height: 900 }, { bypassCSP = false } = {}): Promise<Page> {
    await this.closeBrowser();
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      locale,
      viewport,
      acceptDownloads: true,
      bypassCSP,
    });
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(this.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:')) this.foreignRequests.push(url);
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.pageErrors.push(msg.text());
    });
    await page.goto(this.baseUrl + hash);
    return page;
  }

  async newPage(hash = ''): Promise<Page> {
    if (!this.context) throw new Error('open() first');
    const page = await this.context.newPage();
    await page.goto(this.baseUrl + hash);
    return page;
  }

  /** Closes the browser completely, as a user quitting the app. */
  async closeBrowser(): Promise<void> {
    await this.context?.close();
    this.context = undefined;
  }

  /**
   * Kills the browser with SIGKILL, as a power cut or a crash would: no unload handlers, no
   * clean shutdown. The main process is the one started with our profile and no `--type=`.
   * Returns the killed pid.
   */
  async killBrowser(): Promise<number> {
    const context = this.context;
    if (!context) throw new Error('open() first');
    const ours = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null && m[2]!.includes(`--user-data-dir=${this.profileDir}`));
    const main = ours.find((m) => !m[2]!.includes('--type='));
    if (!main) throw new Error(`no browser process found for ${this.profileDir}`);
    const pid = Number(main[1]);
    const closed = new Promise<void>((done) => context.once('close', () => done()));
    process.kill(pid, 'SIGKILL');
    await closed;
    this.context = undefined;
    return pid;
  }

  get browserContext(): BrowserContext {
    if (!this.context) throw new Error('open() first');
    return this.context;
  }

  async dispose(): Promise<void> {
    await this.closeBrowser();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
