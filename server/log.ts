import { writeSync } from 'node:fs';

/** One line per event on stdout, `time level event key=value…`; never a token. */
export type Log = (level: 'info' | 'warn' | 'error', event: string, fields?: Readonly<Record<string, string | number>>) => void;

/** Written synchronously, so the last lines before an exit (or a crash) are not lost in a pipe buffer. */
export function stdoutLog(write: (line: string) => void = (line) => writeSync(1, line + '\n')): Log {
  return (level, event, fields = {}) => {
    const pairs = Object.entries(fields).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    write([new Date().toISOString(), level, event, ...pairs].join(' '));
  };
}
