import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MeetingPackMode, SummaryGrouping } from '../../../../corpus/export/meeting-pack';
import type { PageSize } from '../../../../corpus/export/print-types';
import { useI18n } from '../../../ui/i18n';
import { useToast } from '../../../ui/toast';
import { useAllAnnotations, useAnnotationCounts } from '../../../store/annotations-repo';
import { useAllArticleNotes } from '../../../store/article-notes-repo';
import { useLibrary } from '../../../store/library-repo';
import { loadEarlierTexts } from '../../../store/article-versions-repo';
import { countPagesWith } from './count-pages';
import { useServices } from '../../../store/services';
import { useColorNames } from '../../../ui/color-names';
import { buildMeetingPack, packSteps, type PackProgress } from './build-pack';
import { PageSizeField } from './PageSizeField';
import { PrintPreview } from './PrintPreview';
import { articlesByTag, localIsoDate, validatePackForm, type PackFormError } from './print-inputs';
import { savePdf } from './save-pdf';
import { SharePackButton } from './SharePackButton';
import { usePresence, useTeam, useTeamNotes } from '../../../store/team/team-service';
import type { TeamPack } from '../../../store/records';
import { TeamPacks, useOnlineInPack } from './TeamPacks';

type Run = { readonly state: 'idle' } | { readonly state: 'running'; readonly progress: PackProgress } | { readonly state: 'cancelled' };

/** Route #/pack: several briefings → one meeting PDF (cover, contents, articles, notes summary). */
export function MeetingPackView() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const { db, host } = useServices();
  const { articles } = useLibrary();
  const annotations = useAllAnnotations();
  const notes = useAllArticleNotes();
  const counts = useAnnotationCounts();
  const colorNames = useColorNames();
  const team = useTeam();
  const teamNotes = useTeamNotes(undefined);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [mode, setMode] = useState<MeetingPackMode>('full');
  const [grouping, setGrouping] = useState<SummaryGrouping>('tag');
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [errors, setErrors] = useState<readonly PackFormError[]>([]);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [preview, setPreview] = useState<string>();
  // The shared pack this form is on (opened from the team's list, or just shared): colleagues see me in it.
  const [opened, setOpened] = useState<{ readonly id: string; readonly title: string }>();
  usePresence(useMemo(() => (opened ? { kind: 'pack' as const, packId: opened.id } : undefined), [opened]));
  const online = useOnlineInPack(opened?.id);
  const openShared = (pack: TeamPack) => {
    setOpened({ id: pack.id, title: pack.title });
    setTitle(pack.title);
    setSelected(new Set(pack.articleIds));
    setErrors([]);
  };
  const controller = useRef<AbortController | undefined>(undefined);
  const titleRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), titleError: useId(), listError: useId(), heading: useId() };
  const tags = useMemo(() => articlesByTag(annotations ?? [], notes ?? [], lang), [annotations, notes, lang]);
  const loaded = annotations !== undefined && notes !== undefined;

  // Leaving the view stops a build in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const start = async (then: 'save' | 'preview') => {
    const problems = validatePackForm({ title, selected });
    setErrors(problems);
    if (problems.includes('title-required')) titleRef.current?.focus();
    if (problems.length > 0 || !loaded) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const chosen = articles.filter((a) => selected.has(a.id));
    const people =
      grouping === 'person' && team.membership
        ? {
            me: team.membership.name,
            colleagues: (teamNotes ?? [])
              .filter((n) => selected.has(n.articleId))
              .map((n) => ({
                authorName: n.authorName,
                articleId: n.articleId,
                quote: n.annotation.target.selector[0].exact,
                note: n.annotation.body.note,
                tags: n.annotation.body.tags,
              })),
          }
        : undefined;
    // Saving numbers the contents where the host can count printed pages (the desktop app).
    const countPages = then === 'save' ? countPagesWith(host, pageSize, lang) : undefined;
    setRun({ state: 'running', progress: { step: 1, total: packSteps(chosen.length, countPages !== undefined) } });
    try {
      const earlier = await loadEarlierTexts(db, chosen, annotations);
      const html = await buildMeetingPack(
        {
          title,
          date,
          articles: chosen,
          annotations,
          notes,
          earlier,
          mode,
          groupSummaryBy: grouping,
          ...(people ? { people } : {}),
          settings: { colorNames, lang, pageSize, generatedAt: new Date().toISOString() },
        },
        abort.signal,
        (progress) => setRun({ state: 'running', progress }),
        countPages,
      );
      setRun({ state: 'idle' });
      setPreview(html);
      if (then === 'save') {
        const outcome = await savePdf(host, t, { html, title: `${title.trim()} ${date}`, pageSize, lang });
        if (outcome) toast(outcome.message, outcome.error ? { tone: 'error' } : {});
      }
    } catch (e) {
      if (abort.signal.aborted) setRun({ state: 'cancelled' });
      else {
        setRun({ state: 'idle' });
        toast(t('print.failed', { message: e instanceof Error ? e.message : String(e) }), { tone: 'error' });
      }
    } finally {
      if (controller.current === abort) controller.current = undefined;
    }
  };

  const running = run.state === 'running';
  const titleError = errors.includes('title-required');
  const listError = errors.includes('none-selected');

  return (
    <main className="pack-view" aria-labelledby={ids.heading}>
      <h1 id={ids.heading}>{t('pack.title')}</h1>
      <TeamPacks openedId={opened?.id} onOpen={openShared} />
      {opened && (
        <p className="team-opened-pack" role="status">
          {t('team.openedPack', { title: opened.title })} · {online.length > 0 ? t('team.online', { names: online.join('、') }) : t('team.nobodyOnline')}
        </p>
      )}
      <form
        className="settings-section pack-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start('save');
        }}
      >
        <div className="settings-row">
          <label htmlFor={ids.title}>{t('pack.meetingTitle')}</label>
          <input
            id={ids.title}
            ref={titleRef}
            type="text"
            required
            value={title}
            aria-invalid={titleError || undefined}
            aria-describedby={titleError ? ids.titleError : undefined}
            onChange={(e) => {
              setTitle(e.target.value);
              if (e.target.value.trim()) setErrors((all) => all.filter((x) => x !== 'title-required'));
            }}
          />
          {titleError && (
            <span id={ids.titleError} className="error-text" role="alert">
              {t('pack.titleRequired')}
            </span>
          )}
        </div>
        <div className="settings-row">
          <label htmlFor={`${ids.title}-date`}>{t('pack.meetingDate')}</label>
          <input id={`${ids.title}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <fieldset className="pack-briefings" aria-describedby={listError ? ids.listError : undefined}>
          <legend>
            {t('pack.briefings')} · {t('pack.selectedCount', { count: selected.size })}
          </legend>
          <div className="button-row">
            <select
              aria-label={t('pack.byTag')}
              value=""
              disabled={tags.size === 0}
              onChange={(e) => {
                const with_ = tags.get(e.target.value);
                if (with_) setSelected((s) => new Set([...s, ...with_]));
              }}
            >
              <option value="">{t('pack.byTag')}</option>
              {[...tags].map(([tag, set]) => (
                <option key={tag} value={tag}>
                  {t('pack.tagOption', { tag, count: set.size })}
                </option>
              ))}
            </select>
            <button type="button" className="tool-button" onClick={() => setSelected(new Set(articles.map((a) => a.id)))}>
              {t('pack.selectAll')}
            </button>
            <button type="button" className="tool-button" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>
              {t('pack.clear')}
            </button>
          </div>
          {listError && (
            <p id={ids.listError} className="error-text" role="alert">
              {t('pack.noneSelected')}
            </p>
          )}
          <ul className="pack-list">
            {articles.map((a) => (
              <li key={a.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={selected.has(a.id)}
                    onChange={(e) => {
                      toggle(a.id, e.target.checked);
                      setErrors((all) => all.filter((x) => x !== 'none-selected'));
                    }}
                  />
                  <span>{a.meta.title}</span>
                  <span className="pack-count">{t('pack.articleCount', { count: counts.get(a.id) ?? 0 })}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className="settings-row">
          <legend>{t('pack.mode')}</legend>
          <label className="radio">
            <input type="radio" name="pack-mode" checked={mode === 'full'} onChange={() => setMode('full')} />
            {t('pack.modeFull')}
          </label>
          <label className="radio">
            <input type="radio" name="pack-mode" checked={mode === 'passages-only'} onChange={() => setMode('passages-only')} />
            {t('pack.modePassages')}
          </label>
        </fieldset>
        <fieldset className="settings-row">
          <legend>{t('pack.groupBy')}</legend>
          <label className="radio">
            <input type="radio" name="pack-group" checked={grouping === 'tag'} onChange={() => setGrouping('tag')} />
            {t('pack.groupTag')}
          </label>
          <label className="radio">
            <input type="radio" name="pack-group" checked={grouping === 'color'} onChange={() => setGrouping('color')} />
            {t('pack.groupColor')}
          </label>
          {team.membership && (
            <label className="radio">
              <input type="radio" name="pack-group" checked={grouping === 'person'} onChange={() => setGrouping('person')} />
              {t('team.notesByPerson')}
            </label>
          )}
        </fieldset>
        <PageSizeField value={pageSize} onChange={setPageSize} />
        <p className="settings-note">{t('pack.tocNote')}</p>
        <div className="button-row">
          <button type="submit" className="primary-button" disabled={running || !loaded}>
            {t('pack.build')}
          </button>
          <button type="button" className="tool-button" disabled={running || !loaded} onClick={() => void start('preview')}>
            {t('print.preview')}
          </button>
          <SharePackButton
            title={title}
            articles={articles.filter((a) => selected.has(a.id))}
            onInvalid={() => setErrors(validatePackForm({ title, selected }))}
            onShared={(id, shared) => setOpened({ id, title: shared })}
          />
        </div>
        {run.state === 'running' && (
          <div className="pack-progress">
            <progress
              aria-label={t('pack.progressLabel')}
              aria-valuetext={t('pack.progress', { step: run.progress.step, total: run.progress.total })}
              max={run.progress.total}
              value={run.progress.step - 1}
            />
            <span>{t('pack.progress', { step: run.progress.step, total: run.progress.total })}</span>
            <button type="button" className="tool-button" onClick={() => controller.current?.abort()}>
              {t('common.cancel')}
            </button>
          </div>
        )}
        {run.state === 'cancelled' && <p role="status">{t('pack.cancelled')}</p>}
      </form>
      {preview && <PrintPreview html={preview} title={t('pack.previewFrame')} />}
    </main>
  );
}
