import { Fragment, useId } from 'react';
import { useI18n } from '../../ui/i18n';
import { Modal } from '../../ui/Modal';
import { keyLabel, SHORTCUT_GROUPS, SHORTCUTS } from './shortcuts';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The dialog's body: every shortcut by group, with this platform's key names (loads on first open). */
export function ShortcutsList({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const mac = isMac();
  return (
    <Modal className="dialog shortcuts-dialog" aria-labelledby={titleId} onClose={onClose} closeOnBackdrop>
      <h2 id={titleId}>{t('shortcuts.title')}</h2>
      {SHORTCUT_GROUPS.map((group) => (
        <table key={group.id} className="shortcuts-table">
          <caption>{t(group.title)}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('shortcuts.keys')}</th>
              <th scope="col">{t('shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.filter((s) => s.group === group.id).map((shortcut) => (
              <tr key={shortcut.id}>
                <th scope="row" className="shortcut-keys">
                  {shortcut.keys.map((combo, i) => (
                    <Fragment key={i}>
                      {i > 0 && ` ${t('shortcuts.or')} `}
                      {combo.map((key, j) => (
                        <Fragment key={key}>
                          {j > 0 && '+'}
                          <kbd>{keyLabel(key, mac)}</kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </th>
                <td>{t(shortcut.description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <div className="dialog-actions">
        <button type="button" className="primary-button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
