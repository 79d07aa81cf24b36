import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './app';

/** The real team server (`npm run server`) as a child process on 127.0.0.1, with its own data folder. */
export class TeamServerProcess {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'pizhu-team-e2e-'));
  private child: ChildProcess | undefined;
  port = 0;
  readonly output: string[] = [];

  /** Starts the server; the first start picks a free port, restarts keep it (the apps know it). */
  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--host', '127.0.0.1', '--port', String(this.port), '--data', this.dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const seen: string[] = [];
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        seen.push(chunk.toString());
        this.output.push(chunk.toString());
        const match = /listening .*port=(\d+)/.exec(seen.join(''));
        if (match) {
          this.port = Number(match[1]);
          resolve();
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
      child.once('exit', (code) => reject(new Error(`team server exited (${code}) before listening:\n${this.output.join('')}`)));
    });
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Runs an admin command (`invite`, `revoke`) the way an admin would, returns its output. */
  admin(...args: string[]): string {
    return execFileSync(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args, '--data', this.dataDir], { cwd: ROOT, encoding: 'utf8' });
  }

  /** `invite`, returning the invite code line the admin hands over. */
  invite(group: string, name: string, role: 'editor' | 'viewer'): string {
    const out = this.admin('invite', '--group', group, '--name', name, '--role', role);
    const line = out.split('\n').find((l) => l.startsWith('pizhu-invite,'));
    if (!line) throw new Error(`no invite in:\n${out}`);
    return line;
  }

  /** Stops it: `SIGKILL` as a crash would, or `SIGTERM` for a clean stop. */
  async stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const closed = new Promise<void>((r) => child.once('close', () => r()));
    child.kill(signal);
    await closed;
    this.child = undefined;
  }
}
