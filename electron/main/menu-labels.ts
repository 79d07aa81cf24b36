/** Menu labels in the two UI languages. zh-CN is used when the OS locale starts with `zh`. */
export interface MenuLabels {
  readonly file: string;
  readonly import: string;
  readonly exportPdf: string;
  readonly print: string;
  readonly meetingPack: string;
  readonly exportMarkdown: string;
  readonly backupNow: string;
  readonly settings: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly findInArticle: string;
  readonly searchAll: string;
  readonly view: string;
  readonly library: string;
  readonly notebook: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetZoom: string;
  readonly toggleFullscreen: string;
  readonly reload: string;
  readonly devTools: string;
  readonly window: string;
  readonly help: string;
  readonly shortcuts: string;
  readonly about: string;
  readonly openDataFolder: string;
}

const EN: MenuLabels = {
  file: '&File',
  import: 'Import…',
  exportPdf: 'Export PDF…',
  print: 'Print…',
  meetingPack: 'Meeting pack…',
  exportMarkdown: 'Export Markdown…',
  backupNow: 'Back up now',
  settings: 'Settings…',
  quit: 'Quit',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  findInArticle: 'Find in article',
  searchAll: 'Search all',
  view: '&View',
  library: 'Library',
  notebook: 'Notebook',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Actual size',
  toggleFullscreen: 'Toggle full screen',
  reload: 'Reload',
  devTools: 'Developer tools',
  window: '&Window',
  help: '&Help',
  shortcuts: 'Keyboard shortcuts',
  about: 'About Pizhu',
  openDataFolder: 'Open data folder',
};

const ZH: MenuLabels = {
  file: '文件(&F)',
  import: '导入…',
  exportPdf: '导出 PDF…',
  print: '打印…',
  meetingPack: '会议材料包…',
  exportMarkdown: '导出 Markdown…',
  backupNow: '立即备份',
  settings: '设置…',
  quit: '退出',
  edit: '编辑(&E)',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  findInArticle: '在文章中查找',
  searchAll: '全部搜索',
  view: '视图(&V)',
  library: '文库',
  notebook: '笔记本',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  toggleFullscreen: '切换全屏',
  reload: '重新加载',
  devTools: '开发者工具',
  window: '窗口(&W)',
  help: '帮助(&H)',
  shortcuts: '键盘快捷键',
  about: '关于批注',
  openDataFolder: '打开数据文件夹',
};

/** Labels for an OS locale such as `zh-CN`, `zh-Hant-TW`, `en-US`. */
export function menuLabels(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('zh') ? ZH : EN;
}
