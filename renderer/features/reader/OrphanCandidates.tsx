import { useI18n } from '../../ui/i18n';
import type { OrphanCandidate } from './use-anchors';

/** The nearest places an unanchored note might belong, each with "attach here". */
export function OrphanCandidates({ candidates, onAttach }: { candidates: readonly OrphanCandidate[]; onAttach: (c: OrphanCandidate) => void }) {
  const { t } = useI18n();
  if (candidates.length === 0) return <p className="panel-hint">{t('reader.noCandidates')}</p>;
  return (
    <ul className="orphan-candidates" aria-label={t('reader.candidates')}>
      {candidates.map((c) => (
        <li key={`${c.start}-${c.end}`} className="orphan-candidate">
          <span className="candidate-snippet">
            …{c.before}
            <mark>{c.text}</mark>
            {c.after}…
          </span>
          <button type="button" className="link-button" onClick={() => onAttach(c)}>
            {t('reader.attachHere')}
          </button>
        </li>
      ))}
    </ul>
  );
}
