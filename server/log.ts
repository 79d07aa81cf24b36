/** One line per event on stdout, `time level event key=value…`; never a token. */
export type Log = (level: 'info' | 'warn' | 'error', event: string, fields?: Readonly<Record<string, string | number>>) => void;

export function stdoutLog(write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Log {
  return (level, event, fields = {}) => {
    const pairs = Object.entries(fields).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    write([new Date().toISOString(), level, event, ...pairs].join(' '));
  };
}
