import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, tempDataDir } from './support';

const ROOT = resolve(import.meta.dirname, '../..');

/** A port nobody listens on (`undefined` if `port` is taken). */
const listenable = (port = 0): Promise<number | undefined> =>
  new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(undefined));
    probe.listen(port, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => done(free));
    });
  });

/** The pids of every process whose command line names `text` (the test's own data folder: nobody else's). */
const processesNaming = (text: string): number[] =>
  execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'))
    .map((line) => Number.parseInt(line.trim(), 10));

describe('npm run server', () => {
  const started: ChildProcess[] = [];
  let dataDir = '';
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // A server left behind by a failed run (the bug this guards against) is ended by its own pid.
    for (const pid of dataDir ? processesNaming(dataDir) : []) process.kill(pid, 'SIGKILL');
  });

  it('stops the server cleanly when npm gets SIGTERM (npm runs the script through sh -c)', async () => {
    const port = (await listenable())!;
    dataDir = tempDataDir();
    // npm itself, as an admin or a service manager starts it: SIGTERM goes to npm's pid.
    const npm = spawn('npm', ['run', 'server', '--', '--port', String(port), '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(npm);
    const output: string[] = [];
    npm.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    npm.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const closed = new Promise<void>((r) => npm.once('close', () => r()));
    await eventually(() => new RegExp(`listening .*port=${port}`).test(output.join('')) || npm.exitCode !== null, 'the listening line', 90_000);
    expect(output.join('')).toMatch(/listening/);
    expect(processesNaming(dataDir).length).toBeGreaterThan(0);

    npm.kill('SIGTERM');
    // npm's output closes when the last process holding it (the server) has exited.
    const bound = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000));
    expect(await Promise.race([closed, bound]), `npm's output still open 20 s after SIGTERM:\n${output.join('')}`).toBeUndefined();
    // The server's own "stopped" line came through npm's stdout, and nothing is left behind.
    expect(output.join('')).toMatch(/ info stopped/);
    await eventually(() => processesNaming(dataDir).length === 0, 'no process of this server to be left', 10_000);
    expect(await listenable(port)).toBe(port);
  }, 120_000);
});
