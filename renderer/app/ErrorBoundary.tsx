import { Component, useId, useState, type ErrorInfo, type ReactNode } from 'react';
import { restoreBackup } from '../store/backup-repo';
import { findLastGoodBackup, type LastGoodBackup } from '../store/last-good-backup';
import { useServices } from '../store/services';
import { putSettings, resetSettings } from '../store/settings-repo';
import { useI18n } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { describeError } from '../ui/i18n/describe-error';

interface BoundaryProps {
  /** The view's name as the user knows it ("文库", "设置"…), for the heading. */
  readonly view: string;
  /**
   * When any of these changes (the user went elsewhere, the data was restored or repaired) a
   * failed view is tried again. Compared by identity, like React's own dependency lists.
   */
  readonly resetKeys: readonly unknown[];
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly error: Error | undefined;
  readonly resetKeys: readonly unknown[];
}

const changed = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]));

/**
 * Catches a view that fails to render, so one broken view (bad data, a bug) never blanks the
 * whole app: the top bar stays, and the failure offers ways out (`ViewFailure`).
 */
export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return changed(props.resetKeys, state.resetKeys) ? { error: undefined, resetKeys: props.resetKeys } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever reads the console (and the e2e suite's page-error log).
    console.error(`View "${this.props.view}" failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ViewFailure view={this.props.view} error={error} onRetry={() => this.setState({ error: undefined })} />;
  }
}

type Recovery =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'confirm'; readonly found: Extract<LastGoodBackup, { kind: 'found' }> };

/** What failed, in the user's language, the technical detail folded away, and the ways out. */
function ViewFailure({ view, error, onRetry }: { view: string; error: Error; onRetry: () => void }) {
  const { t, formatDate } = useI18n();
  const { db, host, bundled } = useServices();
  const toast = useToast();
  const headingId = useId();
  const [recovery, setRecovery] = useState<Recovery>({ kind: 'idle' });
  const failed = (e: unknown) => setRecovery({ kind: 'message', text: t('boundary.failed', { message: describeError(t, e) }) });

  const reset = async () => {
    try {
      const removed = await resetSettings(db);
      toast(t('boundary.settingsReset'), { action: { label: t('toast.undo'), run: () => void putSettings(db, removed) } });
      onRetry();
    } catch (e) {
      failed(e);
    }
  };
  const findBackup = async () => {
    setRecovery({ kind: 'busy' });
    try {
      const found = await findLastGoodBackup(host, bundled);
      switch (found.kind) {
        case 'found':
          return setRecovery({ kind: 'confirm', found });
        case 'none':
          return setRecovery({ kind: 'message', text: t('boundary.noGoodBackup', { count: found.checked }) });
        case 'host-error':
          return failed(found.error);
      }
    } catch (e) {
      failed(e);
    }
  };
  const restore = async (found: Extract<LastGoodBackup, { kind: 'found' }>) => {
    setRecovery({ kind: 'busy' });
    try {
      const result = await restoreBackup(db, host, found.backup, __APP_VERSION__);
      if ('error' in result) return failed(result.error);
      toast(t('boundary.restored', { name: found.info.name, safety: result.safetyBackup }), { duration: 8000 });
      onRetry();
    } catch (e) {
      failed(e);
    }
  };

  return (
    <main className="view-failure" aria-labelledby={headingId}>
      <div role="alert">
        <h1 id={headingId}>{t('boundary.title', { view })}</h1>
        <p>{t('boundary.explain')}</p>
      </div>
      <details>
        <summary>{t('importError.detail')}</summary>
        <pre>{[error.name, error.message].filter(Boolean).join(': ')}</pre>
      </details>
      <p className="view-failure-actions">
        <button type="button" className="primary-button" onClick={onRetry}>
          {t('boundary.retry')}
        </button>
        <button type="button" className="tool-button" onClick={() => void reset()}>
          {t('boundary.resetSettings')}
        </button>
        <button type="button" className="tool-button" disabled={recovery.kind === 'busy'} onClick={() => void findBackup()}>
          {t('boundary.restoreBackup')}
        </button>
      </p>
      {recovery.kind === 'busy' && <p role="status">{t('boundary.searching')}</p>}
      {recovery.kind === 'message' && <p role="status">{recovery.text}</p>}
      {recovery.kind === 'confirm' && (
        <div role="group" aria-label={t('boundary.restoreDo')}>
          <p>{t('boundary.restoreConfirm', { name: recovery.found.info.name, time: formatDate(recovery.found.info.created) })}</p>
          <p className="view-failure-actions">
            <button type="button" className="primary-button" onClick={() => void restore(recovery.found)}>
              {t('boundary.restoreDo')}
            </button>
            <button type="button" className="tool-button" onClick={() => setRecovery({ kind: 'idle' })}>
              {t('common.cancel')}
            </button>
          </p>
        </div>
      )}
    </main>
  );
}
