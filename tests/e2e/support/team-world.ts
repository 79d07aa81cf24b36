import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { Article, Block } from '../../../corpus/model';
import { startStaticServer } from '../../../build/static-server';
import { builtArticles, CHROMIUM, CHROMIUM_ARGS, DIST, requireBuiltApp } from './app';
import { TeamServerProcess } from './team-server';

/**
 * What every team e2e suite stands on: the real team server process, the built app served on
 * a random port, one Chromium (each laptop is its own context, so its own IndexedDB), and the
 * bundled article the colleagues annotate. `start` in beforeAll, `stop` in afterAll.
 */
export class TeamWorld {
  readonly server = new TeamServerProcess();
  /** Every laptop's browser context, closed by `stop`. */
  readonly contexts: BrowserContext[] = [];
  /** Page errors and console errors of every laptop. */
  readonly errors: string[] = [];
  base = '';
  browser!: Browser;
  article!: Article;
  /** The article's paragraphs long enough to highlight in. */
  paragraphs!: Block[];
  private web: Server | undefined;

  async start(): Promise<void> {
    requireBuiltApp();
    await this.server.start();
    this.web = await startStaticServer(DIST, 0);
    this.base = `http://127.0.0.1:${(this.web.address() as AddressInfo).port}/`;
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    this.article = builtArticles()[0]!;
    this.paragraphs = this.article.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 60);
  }

  async stop(): Promise<void> {
    for (const c of this.contexts) await c.close();
    await this.browser?.close();
    const web = this.web;
    await new Promise<void>((r) => (web ? web.close(() => r()) : r()));
    await this.server.stop('SIGKILL');
  }
}
