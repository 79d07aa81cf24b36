// Dexie's live queries look for a global IndexedDB; each run still gets its own fresh factory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type BackupData, type JsonValue } from '../../../corpus/backup';
import { COLORS } from '../../../corpus/model';
import { buildIndex } from '../../../corpus/search';
import { checkSetting, SETTING_KEYS, type SettingKey } from '../../../corpus/settings';
import { App } from '../../../renderer/app/App';
import { translator, type Lang } from '../../../renderer/ui/i18n';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { restoreBackup } from '../../../renderer/store/backup-repo';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { LiveDataProvider } from '../../../renderer/store/live-data';
import { ServicesProvider } from '../../../renderer/store/services';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = '0.0.0-test';

// fast-check's JSON values are our JsonValue (its type spells arrays and objects differently).
const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>;

/** Values a setting plausibly holds: right ones, near misses (wrong type in one field), and any JSON at all. */
const settingValue = (key: SettingKey): fc.Arbitrary<JsonValue> => {
  const near: Record<SettingKey, fc.Arbitrary<JsonValue>> = {
    'ui.language': fc.constantFrom('system', 'zh-CN', 'en', 'tlh', 'zh', ''),
    'ui.appearance': fc.record(
      {
        theme: fc.constantFrom('system', 'light', 'dark', 'sepia', 'neon'),
        font: fc.constantFrom('serif', 'sans', 5),
        fontSize: fc.oneof(fc.integer({ min: 10, max: 32 }), fc.constant('big')),
        lineHeight: fc.double({ min: 1, max: 3, noNaN: true }),
        width: fc.integer({ min: 20, max: 60 }),
      },
      { requiredKeys: [] },
    ),
    'colors.names': fc.dictionary(fc.constantFrom(...COLORS, 'red'), fc.oneof(fc.string({ maxLength: 24 }), fc.integer())),
    'reader.paraNumbers': fc.oneof(fc.boolean(), fc.constantFrom('yes', 0)),
    'backup.lastChecksum': fc.oneof(fc.stringMatching(/^[0-9a-f]{16}$/), fc.constant(null), fc.integer()),
    'backup.status': fc.record(
      {
        running: fc.oneof(fc.boolean(), fc.constant('no')),
        failure: fc.record({ at: fc.string(), message: fc.oneof(fc.string(), fc.integer()), automatic: fc.boolean() }),
      },
      { requiredKeys: ['running'] },
    ),
  };
  return fc.oneof(near[key], anyJson);
};

const settingsArb: fc.Arbitrary<Record<string, JsonValue>> = fc
  .record({
    known: fc.subarray([...SETTING_KEYS]).chain((keys) => fc.tuple(...keys.map((k) => settingValue(k).map((v) => [k, v] as const)))),
    unknown: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(SETTING_KEYS as string[]).includes(k) && k !== '__proto__'),
      anyJson,
      { maxKeys: 2 },
    ),
  })
  .map(({ known, unknown }) => ({ ...unknown, ...Object.fromEntries(known) }));

const data = (settings: Record<string, JsonValue>): BackupData => ({ annotations: [], articleNotes: [], importedArticles: [], readingPositions: [], settings });

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

async function settle(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`timed out waiting for ${what}; page: ${document.body.textContent}`);
}

/** The whole app on `db`, opened at Settings (the view that reads every setting). */
async function renderApp(db: PizhuDb): Promise<void> {
  location.hash = '#/settings';
  const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.0.0-test' });
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <ServicesProvider services={{ db, host, bundled: [], bundledIndex: () => Promise.resolve(buildIndex([])) }}>
        <LiveDataProvider>
          <App />
        </LiveDataProvider>
      </ServicesProvider>,
    ),
  );
  await settle(() => document.querySelector('#settings-heading') !== null && document.querySelector('.settings select') !== null, 'the Settings view');
}

const invalidKeys = (settings: Record<string, JsonValue>) => SETTING_KEYS.filter((k) => k in settings && checkSetting(k, settings[k]).invalid);

describe('random backups and settings never brick the app', () => {
  it('a backup (valid checksum) with random settings is refused naming the setting, or restores and the app opens on Settings (which reads every setting) without a failure or a warning', async () => {
    let refused = 0;
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(settingsArb, async (settings) => {
        const parsed = parseBackup(serializeBackup(data(settings), '2026-03-01T08:00:00.000Z', '1.0.0'));
        const bad = invalidKeys(settings);
        if (!parsed.ok) {
          refused++;
          // Only settings can be wrong here, so every error names one of the bad settings.
          expect(bad.length).toBeGreaterThan(0);
          for (const e of parsed.error)
            expect(
              bad.some((k) => e.path.startsWith(`data.settings[${JSON.stringify(k)}]`)),
              e.path,
            ).toBe(true);
          return;
        }
        restored++;
        expect(bad).toEqual([]);
        const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
        await db.open();
        const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.0.0-test' });
        expect(await restoreBackup(db, host, parsed.value, '1.0.0')).toHaveProperty('safetyBackup');
        await renderApp(db);
        expect(document.querySelector('.view-failure')).toBeNull();
        expect(document.querySelector('.settings-warning')).toBeNull();
        act(() => root?.unmount());
        root = undefined;
        db.close();
      }),
      { seed: 1301, numRuns: 25 },
    );
    // The generator reaches both outcomes, or the property proves less than it claims.
    expect(refused).toBeGreaterThan(5);
    expect(restored).toBeGreaterThan(5);
  }, 60_000);

  it('a database already holding any settings at all still opens, warning about exactly the refused ones', async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, async (settings) => {
        const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
        await db.settings.bulkPut(Object.entries(settings).map(([key, value]) => ({ key, value })));
        await renderApp(db);
        const bad = invalidKeys(settings);
        expect(document.querySelector('.view-failure')).toBeNull();
        if (bad.length === 0) expect(document.querySelector('.settings-warning')).toBeNull();
        else
          await settle(
            () =>
              [...document.querySelectorAll('.settings-warning [role="alert"] li')].map((li) => li.textContent).join('|') ===
              bad.map((key) => translator(document.documentElement.lang as Lang)('settings.invalid', { key })).join('|'),
            `the warning for ${bad.join(', ')}`,
          );
        act(() => root?.unmount());
        root = undefined;
        db.close();
      }),
      { seed: 1302, numRuns: 25 },
    );
  }, 60_000);
});
