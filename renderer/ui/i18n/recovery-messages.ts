/**
 * Strings of the safety net (issue 13): the warning about settings the app refused and the
 * error boundary around each view. Spread into both catalogs; the English object must have
 * exactly the same keys (the type makes a missing one a compile error).
 */
export const recoveryMessagesZh = {
  'settings.invalidTitle': '有设置无效，已恢复默认',
  'settings.invalid': '设置项 {key} 无效，已恢复默认',
  'settings.clearInvalid': '清除无效的设置',
  'settings.invalidCleared': '已清除无效的设置',
  'boundary.title': '“{view}”出错了，无法显示',
  'boundary.explain': '你的批注和文章没有受影响。可以重试、把设置恢复为默认（批注保留），或者恢复最近一份有效的备份。',
  'boundary.retry': '重试',
  'boundary.resetSettings': '重置设置',
  'boundary.settingsReset': '设置已恢复为默认，批注保留。',
  'boundary.restoreBackup': '恢复最近的有效备份…',
  'boundary.searching': '正在查找有效的备份…',
  'boundary.restoreConfirm': '从备份“{name}”（{time}）恢复？当前数据会先另存为一份安全备份，可以再恢复回来。',
  'boundary.restoreDo': '恢复这份备份',
  'boundary.noGoodBackup': '没有找到可以恢复的有效备份（已检查 {count} 份）。',
  'boundary.restored': '已从“{name}”恢复；恢复前的数据已另存为“{safety}”。',
  'boundary.failed': '操作没有完成：{message}',
  'boundary.view.reader': '阅读',
} as const;

export const recoveryMessagesEn: Record<keyof typeof recoveryMessagesZh, string> = {
  'settings.invalidTitle': 'Some settings were invalid and are back to their defaults',
  'settings.invalid': 'The setting {key} was invalid and is back to its default',
  'settings.clearInvalid': 'Remove the invalid settings',
  'settings.invalidCleared': 'The invalid settings were removed',
  'boundary.title': '“{view}” ran into a problem and cannot be shown',
  'boundary.explain': 'Your notes and articles are not affected. You can try again, reset the settings to their defaults (notes are kept), or restore the last good backup.',
  'boundary.retry': 'Try again',
  'boundary.resetSettings': 'Reset settings',
  'boundary.settingsReset': 'Settings are back to their defaults; your notes are kept.',
  'boundary.restoreBackup': 'Restore the last good backup…',
  'boundary.searching': 'Looking for a good backup…',
  'boundary.restoreConfirm': 'Restore from the backup “{name}” ({time})? The current data is first saved as a safety backup, so this can be undone.',
  'boundary.restoreDo': 'Restore this backup',
  'boundary.noGoodBackup': 'No good backup to restore was found ({count} checked).',
  'boundary.restored': 'Restored from “{name}”; the data from before is saved as “{safety}”.',
  'boundary.failed': 'That did not complete: {message}',
  'boundary.view.reader': 'Reader',
};
