import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TextRange } from '../../../corpus/model';
import { findOccurrences } from '../../../corpus/search';
import { useI18n } from '../../ui/i18n';
import { useCommand } from '../../ui/use-command';

const FIND_KEY = { key: 'f', mod: true } as const;

export interface FindState {
  readonly open: boolean;
  readonly query: string;
  readonly ranges: readonly TextRange[];
  readonly current: number;
  setOpen(open: boolean): void;
  setQuery(query: string): void;
  step(delta: 1 | -1): void;
}

/** Find in the open article (Ctrl/Cmd+F): every occurrence highlighted, Enter / Shift+Enter to step. */
export function useFind(text: string, initialQuery: string | undefined): FindState {
  const [open, setOpen] = useState(initialQuery !== undefined);
  const [query, setQuery] = useState(initialQuery ?? '');
  const [current, setCurrent] = useState(0);
  const deferred = useDeferredValue(query);
  const ranges = useMemo(() => (open && deferred.trim() ? findOccurrences(text, deferred) : []), [open, text, deferred]);
  useEffect(() => setCurrent(0), [ranges]);
  // In Electron the Edit menu owns Ctrl/Cmd+F, so the key arrives as a menu command.
  useCommand({ key: FIND_KEY, menu: 'find-in-article' }, () => setOpen(true));
  const step = useCallback(
    (delta: 1 | -1) => {
      setCurrent((c) => (ranges.length === 0 ? 0 : (c + delta + ranges.length) % ranges.length));
    },
    [ranges.length],
  );
  return { open, query, ranges, current, setOpen, setQuery, step };
}

export function FindBar({ state }: { state: FindState }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.open) input.current?.focus();
  }, [state.open]);
  if (!state.open) return null;
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      state.step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') state.setOpen(false);
  };
  const total = state.ranges.length;
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={state.query}
        onChange={(e) => state.setQuery(e.target.value)}
        onKeyDown={onKey}
        maxLength={500}
      />
      <span className="find-counter" role="status">
        {state.query.trim() ? (total ? t('find.counter', { current: state.current + 1, total }) : t('find.none')) : ''}
      </span>
      <button type="button" className="tool-button" aria-label={t('find.previous')} title={t('find.previous')} disabled={!total} onClick={() => state.step(-1)}>
        ↑
      </button>
      <button type="button" className="tool-button" aria-label={t('find.next')} title={t('find.next')} disabled={!total} onClick={() => state.step(1)}>
        ↓
      </button>
      <button type="button" className="tool-button" aria-label={t('find.close')} onClick={() => state.setOpen(false)}>
        ×
      </button>
    </div>
  );
}
