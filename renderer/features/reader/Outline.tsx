import type { Article } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';

/** Headings of the article; the current section is marked with aria-current. */
export function Outline({ article, currentBlockId, onJump }: { article: Article; currentBlockId: string | undefined; onJump: (blockId: string) => void }) {
  const { t } = useI18n();
  const headings = article.blocks.filter((b) => b.kind === 'heading' || b.kind === 'title');
  const index = new Map(article.blocks.map((b, i) => [b.id, i]));
  const currentIndex = currentBlockId ? (index.get(currentBlockId) ?? 0) : 0;
  let current: string | undefined;
  for (const h of headings) if ((index.get(h.id) ?? 0) <= currentIndex) current = h.id;
  return (
    <nav className="outline" aria-label={t('reader.outline')}>
      <h2 className="panel-title">{t('reader.outline')}</h2>
      <ol>
        {headings.map((h) => (
          <li key={h.id} className={`outline-level-${h.kind === 'title' ? 0 : (h.level ?? 2)}`}>
            <a
              href={`#${h.id}`}
              aria-current={h.id === current ? 'location' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onJump(h.id);
              }}
            >
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
