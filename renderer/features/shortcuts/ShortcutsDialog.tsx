import { lazy, Suspense, useCallback, useState } from 'react';
import { useCommand } from '../../ui/use-command';
import { isHelpKey } from './shortcuts';

// The table of shortcuts loads on first open, not with the first paint.
const ShortcutsList = lazy(() => import('./ShortcutsList').then((m) => ({ default: m.ShortcutsList })));

/** The keyboard shortcuts dialog: `?` anywhere outside a text field, or the Help menu's command. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  useCommand({ key: isHelpKey, whileTyping: false, menu: 'shortcuts' }, () => setOpen(true));
  const close = useCallback(() => setOpen(false), []);
  return open ? (
    <Suspense fallback={null}>
      <ShortcutsList onClose={close} />
    </Suspense>
  ) : null;
}
