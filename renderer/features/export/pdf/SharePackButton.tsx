import { useState } from 'react';
import type { Article } from '../../../../corpus/model';
import { useI18n } from '../../../ui/i18n';
import { useToast } from '../../../ui/toast';
import { useTeam } from '../../../store/team/team-service';

/**
 * "Share with team" on the meeting pack form: publishes the chosen briefings (text and
 * original) as a pack of the group, and from then on the member's notes on them (sharing is
 * choosing to contribute; a colleague's pack needs "contribute" first). Shown only
 * on a device that is in a team; a read-only member sees why it is unavailable.
 */
export function SharePackButton({
  title,
  articles,
  onInvalid,
  onShared,
}: {
  title: string;
  articles: readonly Article[];
  onInvalid: () => void;
  /** The new pack's id and title, once shared. */
  onShared?: (packId: string, title: string) => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const { membership, sharePack } = useTeam();
  const [busy, setBusy] = useState(false);
  if (!membership) return null;
  if (membership.role === 'viewer') {
    return (
      <button type="button" className="tool-button" disabled title={t('team.shareReadOnly')}>
        {t('team.share')} <span className="settings-note">({t('team.shareReadOnly')})</span>
      </button>
    );
  }
  const share = async () => {
    if (title.trim() === '' || articles.length === 0) {
      onInvalid();
      return;
    }
    setBusy(true);
    try {
      const packId = await sharePack(title.trim(), articles);
      onShared?.(packId, title.trim());
      toast(t('team.shared', { title: title.trim(), group: membership.groupName }));
    } catch (e) {
      toast(t('team.shareFailed', { message: e instanceof Error ? e.message : String(e) }), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="tool-button" disabled={busy} onClick={() => void share()}>
      {t('team.share')}
    </button>
  );
}
