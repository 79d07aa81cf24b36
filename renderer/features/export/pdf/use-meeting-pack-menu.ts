import { useEffect } from 'react';
import { navigate } from '../../../ui/router';
import { useServices } from '../../../store/services';

/** The native menu's "Meeting pack…" opens the meeting pack view. */
export function useMeetingPackMenu(): void {
  const { host } = useServices();
  useEffect(() => host.onMenuCommand((command) => {
    if (command === 'meeting-pack') navigate({ name: 'pack' });
  }), [host]);
}
