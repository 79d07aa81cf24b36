import { useId, useState } from 'react';
import { useI18n } from '../../../ui/i18n';
import { Modal } from '../../../ui/Modal';
import { useToast } from '../../../ui/toast';
import type { TeamPack } from '../../../store/records';
import { useTeam, useTeamPacks } from '../../../store/team/team-service';

/** "在线：张三、李四" for a pack, or undefined when nobody else has it open. */
export function useOnlineInPack(packId: string | undefined): readonly string[] {
  const { status } = useTeam();
  return (packId && status.online[packId]) || [];
}

/**
 * The group's shared packs on the meeting pack view: who is in each right now, whether my
 * notes go there, and "open" (loads its title and briefings into the form, and tells the
 * others I am in it). On a colleague's pack my notes stay private until I choose "contribute"
 * and confirm that my notes on its articles become visible to the group.
 */
export function TeamPacks({ openedId, onOpen }: { openedId: string | undefined; onOpen: (pack: TeamPack) => void }) {
  const { t } = useI18n();
  const { membership, status } = useTeam();
  const packs = useTeamPacks();
  const headingId = useId();
  const [confirming, setConfirming] = useState<{ pack: TeamPack; choice: Choice }>();
  if (!membership || !packs || packs.length === 0) return null;
  return (
    <section className="settings-section team-pack-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.teamPacks')}</h2>
      <ul className="team-packs">
        {packs.map((p) => {
          const online = status.online[p.id] ?? [];
          const mine = status.contributing.includes(p.id);
          return (
            <li key={p.id} aria-current={p.id === openedId ? 'true' : undefined}>
              <span className="team-pack-title">{t('team.packBy', { title: p.title, name: p.sharedByName, count: p.articleIds.length })}</span>
              {online.length > 0 && <span className="settings-note team-online"> · {t('team.online', { names: online.join('、') })}</span>}
              <span className="settings-note">
                {' · '}
                {membership.role === 'viewer' ? t('team.viewerPrivate') : mine ? t('team.contributing') : t('team.notContributing')}
              </span>
              <span className="button-row">
                <button type="button" className="tool-button" onClick={() => onOpen(p)}>
                  {t('team.openPack', { title: p.title })}
                </button>
                {membership.role === 'editor' && (
                  <button type="button" className="tool-button" onClick={() => setConfirming({ pack: p, choice: mine ? 'withdraw' : 'contribute' })}>
                    {t(mine ? 'team.withdraw' : 'team.contribute')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {confirming && <ChoiceDialog {...confirming} group={membership.groupName} onDone={() => setConfirming(undefined)} />}
    </section>
  );
}

type Choice = 'contribute' | 'withdraw';

const CHOICE_TEXT = {
  contribute: {
    title: 'team.contributeTitle',
    explain: 'team.contributeExplain',
    confirm: 'team.contributeConfirm',
    done: 'team.contributed',
    failed: 'team.contributeFailed',
  },
  withdraw: {
    title: 'team.withdrawTitle',
    explain: 'team.withdrawExplain',
    confirm: 'team.withdrawConfirm',
    done: 'team.withdrawn',
    failed: 'team.withdrawFailed',
  },
} as const;

/** Confirms putting my notes into a pack, or taking them out again. */
function ChoiceDialog({ pack, choice, group, onDone }: { pack: TeamPack; choice: Choice; group: string; onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const team = useTeam();
  const titleId = useId();
  const explainId = useId();
  const [busy, setBusy] = useState(false);
  const text = CHOICE_TEXT[choice];
  const confirm = async () => {
    setBusy(true);
    try {
      await team[choice](pack.id);
      toast(t(text.done, { title: pack.title }));
    } catch (e) {
      toast(t(text.failed, { message: e instanceof Error ? e.message : String(e) }), { tone: 'error' });
    } finally {
      onDone();
    }
  };
  return (
    <Modal className="dialog" aria-labelledby={titleId} aria-describedby={explainId} onClose={onDone}>
      <h3 id={titleId}>{t(text.title, { title: pack.title })}</h3>
      <p id={explainId}>{t(text.explain, { count: pack.articleIds.length, group })}</p>
      <div className="dialog-actions">
        <button type="button" className="primary-button" disabled={busy} onClick={() => void confirm()}>
          {t(text.confirm)}
        </button>
        <button type="button" className="tool-button" onClick={onDone} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
