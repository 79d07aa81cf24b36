import { navigate } from '../../../ui/router';
import { useCommand } from '../../../ui/use-command';

/** The native menu's "Meeting pack…" opens the meeting pack view. */
export function useMeetingPackMenu(): void {
  useCommand({ menu: 'meeting-pack' }, () => navigate({ name: 'pack' }));
}
