import { memo, useCallback, type RefObject } from 'react';
import type { Article } from '../../../corpus/model';
import { scrollToBlock } from '../../dom/reading-scroll';
import { useI18n } from '../../ui/i18n';
import { navigate } from '../../ui/router';
import { ExportMarkdownButton, ExportPdf } from '../export';
import type { MetaState } from './ArticleHeader';
import { ArticleVersionsButton } from './ArticleVersions';
import { EditMetaButton } from './EditMetaDialog';
import { CurrentOutline } from './ReadingProgress';
import type { PositionStore } from './reading-spot';

/** The reader's left column: back, export, metadata and versions (imported articles), the outline. */
export const ReaderLeft = memo(function ReaderLeft({
  article,
  meta,
  position,
  scrollRef,
}: {
  article: Article;
  meta: MetaState;
  position: PositionStore;
  scrollRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const jump = useCallback(
    (blockId: string) => {
      if (scrollRef.current) scrollToBlock(scrollRef.current, blockId, 'smooth');
    },
    [scrollRef],
  );
  return (
    <aside className="reader-left">
      <button type="button" className="back-button" onClick={() => navigate({ name: 'library' })}>
        ← {t('reader.back')}
      </button>
      <ExportPdf article={article} />
      <ExportMarkdownButton article={article} />
      {/* Imported articles only: a bundled article is corrected by its sidecar, for every reader alike. */}
      {meta.inferred && <EditMetaButton article={article} inferred={meta.inferred} correction={meta.correction} />}
      {meta.inferred && <ArticleVersionsButton articleId={article.id} />}
      <CurrentOutline article={article} position={position} onJump={jump} />
    </aside>
  );
});
