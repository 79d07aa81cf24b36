import { useEffect, useId, useState, type ReactNode } from 'react';
import { COLORS } from '../../../corpus/model';
import type { UiLanguageSetting } from '../../../corpus/settings';
import { APPEARANCE_DEFAULTS, FONT_SIZE_RANGE, LINE_HEIGHT_RANGE, WIDTH_RANGE, type Appearance } from '../../ui/appearance';
import { useI18n } from '../../ui/i18n';
import { useServices } from '../../store/services';
import { useSetting } from '../../store/settings-repo';
import { BackupsSection } from './BackupsSection';
import { ExportImportSection } from './ExportImportSection';
import { TeamSection } from './TeamSection';
import { TrashSection } from './TrashSection';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Slider({
  label,
  value,
  min,
  max,
  step,
  format,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
  onChange: (v: number) => void;
}) {
  const id = useId();
  return (
    <div className="settings-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={min} max={max} step={step} value={value} onChange={(e) => onChange(Number(e.target.value))} />
      <output htmlFor={id}>{format(value)}</output>
    </div>
  );
}

function AppearanceSection() {
  const { t } = useI18n();
  // The controls read the same (optimistic) setting they write, so they never lag a click.
  const [stored, setStored] = useSetting('ui.appearance');
  const appearance = { ...APPEARANCE_DEFAULTS, ...stored };
  const [lang, setLang] = useSetting('ui.language');
  const [paraNumbers, setParaNumbers] = useSetting('reader.paraNumbers');
  const update = (patch: Partial<Appearance>) => void setStored({ ...stored, ...patch });
  const langId = useId();
  return (
    <Section title={t('settings.appearance')}>
      <div className="settings-row">
        <label htmlFor={langId}>{t('settings.language')}</label>
        <select id={langId} value={lang} onChange={(e) => void setLang(e.target.value as UiLanguageSetting)}>
          <option value="system">{t('settings.language.system')}</option>
          <option value="zh-CN">中文（简体）</option>
          <option value="en">English</option>
        </select>
      </div>
      <fieldset className="settings-row">
        <legend>{t('settings.theme')}</legend>
        {(['system', 'light', 'dark', 'sepia'] as const).map((theme) => (
          <label key={theme} className="radio">
            <input type="radio" name="theme" value={theme} checked={appearance.theme === theme} onChange={() => update({ theme })} />
            {t(`settings.theme.${theme}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-row">
        <legend>{t('settings.font')}</legend>
        {(['serif', 'sans'] as const).map((font) => (
          <label key={font} className="radio">
            <input type="radio" name="font" value={font} checked={appearance.font === font} onChange={() => update({ font })} />
            {t(`settings.font.${font}`)}
          </label>
        ))}
      </fieldset>
      <Slider
        label={t('settings.fontSize')}
        {...FONT_SIZE_RANGE}
        value={appearance.fontSize}
        format={(v) => `${v}px`}
        onChange={(fontSize) => update({ fontSize })}
      />
      <Slider
        label={t('settings.lineHeight')}
        {...LINE_HEIGHT_RANGE}
        value={appearance.lineHeight}
        format={(v) => v.toFixed(1)}
        onChange={(lineHeight) => update({ lineHeight })}
      />
      <Slider label={t('settings.width')} {...WIDTH_RANGE} value={appearance.width} format={(v) => `${v}em`} onChange={(width) => update({ width })} />
      <label className="checkbox">
        <input type="checkbox" checked={paraNumbers} onChange={(e) => void setParaNumbers(e.target.checked)} />
        {t('settings.paraNumbers')}
      </label>
      <p>
        <button type="button" className="tool-button" onClick={() => void setStored(APPEARANCE_DEFAULTS)}>
          {t('settings.resetAppearance')}
        </button>
      </p>
    </Section>
  );
}

function ColorNamesSection() {
  const { t } = useI18n();
  const [custom, setCustom] = useSetting('colors.names');
  return (
    <Section title={t('settings.colors')}>
      <div className="color-names">
        {COLORS.map((color, i) => (
          <label key={color} className="color-name-row">
            <span className={`color-chip chip-${color}`} aria-hidden="true" />
            <span className="visually-hidden">{t('settings.colorN', { n: i + 1 })}</span>
            <input
              value={custom[color] ?? ''}
              placeholder={t(`color.${color}`)}
              maxLength={20}
              onChange={(e) => void setCustom({ ...custom, [color]: e.target.value })}
              aria-label={t('settings.colorN', { n: i + 1 })}
            />
            <kbd>{i + 1}</kbd>
          </label>
        ))}
      </div>
    </Section>
  );
}

function DataLocation() {
  const { t } = useI18n();
  const { host } = useServices();
  const [location, setLocation] = useState('');
  useEffect(() => {
    void host.getAppInfo().then((info) => info.ok && setLocation(info.value.dataLocation));
  }, [host]);
  return <p className="settings-note">{t('settings.dataLocation', { location })}</p>;
}

export function SettingsView() {
  const { t } = useI18n();
  return (
    <main className="settings" aria-labelledby="settings-heading">
      <header className="view-header">
        <h1 id="settings-heading">{t('settings.title')}</h1>
      </header>
      <AppearanceSection />
      <ColorNamesSection />
      <BackupsSection />
      <ExportImportSection />
      <TrashSection />
      <TeamSection />
      <Section title={t('settings.data')}>
        <DataLocation />
      </Section>
    </main>
  );
}
