import { readdirSync, readFileSync } from 'node:fs';

/**
 * The pid of the one running process whose command line holds every one of `args` (Linux:
 * read from /proc), to send it signals its owner does not offer, such as SIGSTOP.
 */
export function pidWithArgs(...args: string[]): number {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // exited meanwhile
    }
    if (args.every((a) => argv.includes(a))) found.push(Number(entry));
  }
  if (found.length !== 1) throw new Error(`expected one process with ${args.join(' ')}, found ${found.length}`);
  return found[0]!;
}
