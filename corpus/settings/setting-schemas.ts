import { z } from 'zod/mini';
import { COLORS, type HighlightColor } from '../model';

/**
 * One zod schema and one default for every setting the app reads. The same schema checks a
 * value when it is written, when it is read back from the database and when a backup brings
 * it in, so a value the app cannot use never reaches a view.
 */

export const UI_LANGUAGES = ['system', 'zh-CN', 'en'] as const;
export type UiLanguageSetting = (typeof UI_LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type ThemeSetting = (typeof THEMES)[number];
export const FONTS = ['serif', 'sans'] as const;
export type FontSetting = (typeof FONTS)[number];

export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.5, max: 2.4, step: 0.1 } as const;
export const WIDTH_RANGE = { min: 28, max: 56, step: 2 } as const;
/** The longest colour name the settings field accepts. */
export const COLOR_NAME_MAX = 20;

export interface Appearance {
  readonly theme: ThemeSetting;
  readonly font: FontSetting;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly width: number;
}

export const APPEARANCE_DEFAULTS: Appearance = { theme: 'system', font: 'serif', fontSize: 18, lineHeight: 1.9, width: 38 };

const inRange = (range: { readonly min: number; readonly max: number }) => z.number().check(z.gte(range.min), z.lte(range.max));
/** An integer in `range` (the range is checked before integrality, as `z.number().min().max().int()` does). */
const intInRange = (range: { readonly min: number; readonly max: number }) => inRange(range).check(z.int());

/** Only the fields the user changed are stored; the rest follow the defaults. */
export const appearanceSettingSchema: z.ZodMiniType<Partial<Appearance>> = z.partial(
  z.object({
    theme: z.enum(THEMES),
    font: z.enum(FONTS),
    fontSize: intInRange(FONT_SIZE_RANGE),
    lineHeight: inRange(LINE_HEIGHT_RANGE),
    width: intInRange(WIDTH_RANGE),
  }),
);

export type ColorNames = Partial<Record<HighlightColor, string>>;

export const colorNamesSettingSchema: z.ZodMiniType<ColorNames> = z.partialRecord(z.enum(COLORS), z.string().check(z.maxLength(COLOR_NAME_MAX)));

/** The last backup's outcome (`renderer/store/backup-status.ts`), kept across restarts. */
export interface BackupStatusSetting {
  readonly running: boolean;
  readonly last?: { readonly name: string; readonly created: string; readonly size: number; readonly at: string };
  readonly failure?: { readonly at: string; readonly message: string; readonly automatic: boolean; readonly reason?: 'storage-full' };
}

export const backupStatusSettingSchema: z.ZodMiniType<BackupStatusSetting> = z.object({
  running: z.boolean(),
  last: z.optional(z.object({ name: z.string(), created: z.string(), size: z.number().check(z.nonnegative()), at: z.string() })),
  failure: z.optional(z.object({ at: z.string(), message: z.string(), automatic: z.boolean(), reason: z.optional(z.literal('storage-full')) })),
});

interface SettingSpec<T> {
  readonly schema: z.ZodMiniType<T>;
  readonly fallback: T;
}

const spec = <T>(schema: z.ZodMiniType<T>, fallback: T): SettingSpec<T> => ({ schema, fallback });

/** Every setting key the app reads, with its schema and the value used when it is absent or invalid. */
export const SETTINGS = {
  'ui.language': spec<UiLanguageSetting>(z.enum(UI_LANGUAGES), 'system'),
  'ui.appearance': spec(appearanceSettingSchema, {}),
  'colors.names': spec(colorNamesSettingSchema, {}),
  'reader.paraNumbers': spec(z.boolean(), true),
  /** Checksum of the data in the last backup: lets automatic backups skip unchanged data. */
  'backup.lastChecksum': spec<string | null>(z.nullable(z.string().check(z.regex(/^[0-9a-f]{16}$/))), null),
  'backup.status': spec<BackupStatusSetting>(backupStatusSettingSchema, { running: false }),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['fallback'];

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}
