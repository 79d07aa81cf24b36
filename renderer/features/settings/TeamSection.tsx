import { useId, useState, type FormEvent } from 'react';
import { useI18n, type MessageKey } from '../../ui/i18n';
import { useToast } from '../../ui/toast';
import { useTeam, useTeamPacks, type JoinError } from '../../store/team/team-service';

/** Settings → 团队 / Team: join with an address and invite, see the status, leave (undoable). */
export function TeamSection() {
  const { t } = useI18n();
  const team = useTeam();
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.title')}</h2>
      <p className="settings-note">{t('team.explain')}</p>
      {team.membership === undefined ? null : team.membership === null ? <JoinForm /> : <Membership />}
    </section>
  );
}

function JoinForm() {
  const { t } = useI18n();
  const { join } = useTeam();
  const [address, setAddress] = useState('');
  const [invite, setInvite] = useState('');
  const [errors, setErrors] = useState<readonly JoinError[]>([]);
  const ids = { address: useId(), invite: useId(), addressHint: useId(), inviteHint: useId(), addressError: useId(), inviteError: useId() };
  const addressError = errors.find((e) => e.field === 'address');
  const inviteError = errors.find((e) => e.field === 'invite');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await join(address, invite);
    setErrors(result.ok ? [] : result.error);
    if (!result.ok) document.getElementById(result.error[0]?.field === 'invite' ? ids.invite : ids.address)?.focus();
  };

  return (
    <form className="team-join" onSubmit={(e) => void submit(e)} noValidate>
      <div className="settings-row settings-row-stacked">
        <label htmlFor={ids.address}>{t('team.address')}</label>
        <input
          id={ids.address}
          type="url"
          value={address}
          spellCheck={false}
          autoComplete="off"
          placeholder="wss://"
          aria-invalid={addressError ? true : undefined}
          aria-describedby={`${ids.addressHint}${addressError ? ` ${ids.addressError}` : ''}`}
          onChange={(e) => setAddress(e.target.value)}
        />
        <p className="settings-note" id={ids.addressHint}>
          {t('team.addressHint')}
        </p>
        {addressError && (
          <p className="error-text" role="alert" id={ids.addressError}>
            {t(`team.error.${addressError.code}` as MessageKey)}
          </p>
        )}
      </div>
      <div className="settings-row settings-row-stacked">
        <label htmlFor={ids.invite}>{t('team.invite')}</label>
        <textarea
          id={ids.invite}
          value={invite}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={inviteError ? true : undefined}
          aria-describedby={`${ids.inviteHint}${inviteError ? ` ${ids.inviteError}` : ''}`}
          onChange={(e) => setInvite(e.target.value)}
        />
        <p className="settings-note" id={ids.inviteHint}>
          {t('team.inviteHint')}
        </p>
        {inviteError && (
          <p className="error-text" role="alert" id={ids.inviteError}>
            {t(`team.error.${inviteError.code}` as MessageKey)}
          </p>
        )}
      </div>
      <p>
        <button type="submit" className="tool-button">
          {t('team.join')}
        </button>
      </p>
    </form>
  );
}

function Membership() {
  const { t, formatDate } = useI18n();
  const toast = useToast();
  const { membership, status, leave } = useTeam();
  const packs = useTeamPacks();
  if (!membership) return null;
  const problem = status.connection === 'refused' || status.connection === 'revoked' || status.connection === 'offline';
  return (
    <div className="team-membership">
      <p>{t('team.member', { name: membership.name, group: membership.groupName, role: t(`team.role.${membership.role}`) })}</p>
      <p className="settings-note">{t('team.server', { url: membership.serverUrl })}</p>
      <div role="status" aria-live="polite" className="team-status">
        <p className={problem ? 'error-text' : undefined} data-connection={status.connection}>
          {t(`team.status.${status.connection}`)}
        </p>
        <p>{status.lastSynced ? t('team.lastSynced', { time: formatDate(status.lastSynced) }) : t('team.neverSynced')}</p>
        <p>{status.pending > 0 ? t('team.pending', { count: status.pending }) : t('team.allSynced')}</p>
      </div>
      {membership.role === 'viewer' && <p className="settings-note">{t('team.readOnly')}</p>}
      <h3>{t('team.packs')}</h3>
      {packs && packs.length === 0 && <p className="settings-note">{t('team.noPacks')}</p>}
      {packs && packs.length > 0 && (
        <ul className="team-packs">
          {packs.map((p) => (
            <li key={p.id}>
              {t('team.packBy', { title: p.title, name: p.sharedByName, count: p.articleIds.length })}
              {(status.online[p.id]?.length ?? 0) > 0 && (
                <span className="settings-note"> · {t('team.online', { names: status.online[p.id]!.join('、') })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <button
          type="button"
          className="tool-button"
          onClick={() =>
            void leave().then((undo) =>
              toast(t('team.left'), { action: { label: t('toast.undo'), run: () => void undo().then(() => toast(t('team.rejoined'))) }, duration: 10_000 }),
            )
          }
        >
          {t('team.leave')}
        </button>
      </p>
    </div>
  );
}
