import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../electron/main/app-protocol';
import { FALLBACK_MIME_TYPE } from '../../electron/main/mime-types';

const RENDERER = join(import.meta.dirname, '..', '..', 'dist', 'renderer');
const BUILT = existsSync(join(RENDERER, 'index.html'));

describe.skipIf(!BUILT)('the built renderer through the app protocol (needs `npm run build`)', () => {
  it('serves every emitted file with 200 and a known Content-Type', async () => {
    const handler = createAppProtocolHandler({ root: RENDERER, readFile: (path) => readFile(path) });
    const files = (await readdir(RENDERER, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const problems: string[] = [];
    for (const entry of files) {
      const relative = join(entry.parentPath, entry.name)
        .slice(RENDERER.length + 1)
        .split('\\')
        .join('/');
      const url = `pizhu://app/${relative.split('/').map(encodeURIComponent).join('/')}`;
      const response = await handler({ method: 'GET', url });
      if (response.status !== 200) problems.push(`${relative}: ${response.status}`);
      else if (response.headers.get('content-type') === FALLBACK_MIME_TYPE) problems.push(`${relative}: unknown type`);
    }
    expect(files.length).toBeGreaterThan(2);
    expect(problems).toEqual([]);
  });
});
