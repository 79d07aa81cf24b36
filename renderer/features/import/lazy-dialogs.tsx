import { lazy, Suspense, type ComponentProps } from 'react';
import type { ImportDialog as ImportDialogComponent } from './ImportDialog';
import type { RemoveArticleDialog as RemoveArticleDialogComponent } from './RemoveArticleDialog';

// The import and remove dialogs load when first shown, not with the first paint (issue 15).
const ImportDialogView = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const RemoveArticleDialogView = lazy(() => import('./RemoveArticleDialog').then((m) => ({ default: m.RemoveArticleDialog })));

/** Progress and the per-file results of an import batch (see ImportDialog.tsx). */
export function ImportDialog(props: ComponentProps<typeof ImportDialogComponent>) {
  return (
    <Suspense fallback={null}>
      <ImportDialogView {...props} />
    </Suspense>
  );
}

/** Removing an imported article, with or without its notes (see RemoveArticleDialog.tsx). */
export function RemoveArticleDialog(props: ComponentProps<typeof RemoveArticleDialogComponent>) {
  return (
    <Suspense fallback={null}>
      <RemoveArticleDialogView {...props} />
    </Suspense>
  );
}
