import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/open-database';
import { createRegistry } from '../../server/registry';
import { acknowledged, close, connect, tempDataDir, type Client } from './support';

const ROOT = resolve(import.meta.dirname, '../..');

/** `npm run server` as a real process (tsx, no npm in between, so signals reach it). */
function startProcess(dataDir: string): Promise<{ child: ChildProcess; port: number; output: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolvePort, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /listening .*port=(\d+)/.exec(output.join(''));
      if (match) resolvePort({ child, port: Number(match[1]), output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output.join('')}`)));
  });
}

/** Resolves once the process has exited and its output is read to the end. */
const exited = (child: ChildProcess) => new Promise<number | null>((r) => child.once('close', (code) => r(code)));

describe('the server process', () => {
  const clients: Client[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    close(...clients.splice(0));
    for (const c of children.splice(0)) c.kill('SIGKILL');
  });

  it('survives kill -9 without losing an acknowledged update, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir();
    const db = openDatabase(dataDir);
    const { member, token } = createRegistry(db).invite('会议组', '张三', 'editor');
    db.close();
    const name = `private/${member.id}`;

    const first = await startProcess(dataDir);
    children.push(first.child);
    const laptop = connect(first.port, name, token);
    clients.push(laptop);
    expect(await laptop.ready).toBe('synced');
    const map = laptop.doc.getMap<string>('notes');
    for (let i = 0; i < 50; i++) map.set(`n${i}`, `第${i}条`);
    await acknowledged(laptop);
    // No debounce has passed: only the update log holds these changes.
    first.child.kill('SIGKILL');
    await exited(first.child);
    close(...clients.splice(0));

    const second = await startProcess(dataDir);
    children.push(second.child);
    const other = connect(second.port, name, token);
    clients.push(other);
    expect(await other.ready).toBe('synced');
    expect(other.doc.getMap('notes').size).toBe(50);
    expect(other.doc.getMap('notes').get('n49')).toBe('第49条');
    close(...clients.splice(0));

    const code = exited(second.child);
    second.child.kill('SIGTERM');
    expect(await code).toBe(0);
    expect(second.output.join('')).toMatch(/stopped/);
  }, 60_000);
});
