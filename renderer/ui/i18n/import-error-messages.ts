import { IMPORT_ERROR_EN, type ImportErrorCode } from '../../../corpus/backup';

/**
 * Catalog entries for import and backup errors (`corpus/backup/import-error.ts`), one per
 * error code, spread into both catalogs. The English ones are the core's own wording, so the
 * text in logs, tests and the English UI cannot drift apart. Field paths and quoted values
 * are parameters and stay verbatim in every language.
 */

type CodeKey = `importError.${ImportErrorCode}`;

/** zod's type names as they appear in `expected-type` ("expected string"). */
export const IMPORT_ERROR_TYPES = ['string', 'number', 'int', 'boolean', 'object', 'array', 'record', 'tuple', 'null', 'date'] as const;
type TypeKey = `importError.type.${(typeof IMPORT_ERROR_TYPES)[number]}`;

type Messages = Record<CodeKey | TypeKey | 'importError.withPath' | 'importError.detail', string>;

export const importErrorMessagesZh: Messages = {
  'importError.withPath': '{path}：{message}',
  'importError.detail': '技术细节',
  'importError.file-empty': '文件是空的',
  'importError.file-truncated': '文件不完整：JSON 没有写完就结束了（可能是复制或下载中断）',
  'importError.json-syntax': '不是有效的 JSON：{reason}',
  'importError.json-syntax-at': '第 {line} 行第 {column} 列不是有效的 JSON：{reason}',
  'importError.not-an-object': '应为 JSON 对象（Pizhu 备份）',
  'importError.not-an-import-file': '既不是 Pizhu 备份（"format": "pizhu-backup"），也不是 W3C 批注集（"type": "AnnotationCollection"）',
  'importError.format-missing': '缺少此项：这不是 Pizhu 备份（应为 "{expected}"）',
  'importError.format-wrong': '应为 "{expected}"，实际为 {got}',
  'importError.version-newer': '版本 {version} 由更新的 Pizhu 写成；此版本只能读取版本 {supported}：请先更新 Pizhu 再导入',
  'importError.version-wrong': '应为 {expected}，实际为 {got}',
  'importError.checksum-mismatch': '与数据不符：文件写成后被修改或损坏',
  'importError.duplicate-id': 'ID {id} 重复（首次出现在 {first}）',
  'importError.id-of-bundled-article': '{id} 是内置文章的 ID：导入的文章不能使用',
  'importError.id-taken': '{id} 已是文库中另一篇文章的 ID（正文不同）',
  'importError.duplicate-article': '文章 {articleId} 重复（首次出现在 {first}）',
  'importError.selectors-missing': '应有一个 TextQuoteSelector 和一个 TextPositionSelector',
  'importError.end-before-start': '结束位置应 ≥ 开始位置（{start}）',
  'importError.content-hash-mismatch': '与文章正文的哈希值不符',
  'importError.title-empty': '标题不能为空',
  'importError.date-format': '日期应为 YYYY-MM-DD 或 YYYY',
  'importError.date-invalid': '不是真实存在的日期',
  'importError.name-too-long': '每个名称最多 {limit} 个字符',
  'importError.too-many-names': '最多 {limit} 个名称',
  'importError.expected-type': '应为{expected}',
  'importError.expected-values': '应为 {values} 之一',
  'importError.too-few-items': '至少应有 {limit} 项',
  'importError.too-many-items': '最多只能有 {limit} 项',
  'importError.too-short': '至少应有 {limit} 个字符',
  'importError.too-long': '最多只能有 {limit} 个字符',
  'importError.number-bound': '应为 {op} {limit} 的数',
  'importError.multiple-of': '应为 {divisor} 的倍数',
  'importError.expected-datetime': '应为 ISO 日期时间（如 2025-03-01T09:30:00.000Z）',
  'importError.expected-date': '应为 ISO 日期（YYYY-MM-DD）',
  'importError.expected-pattern': '格式不符',
  'importError.expected-format': '应为 {format} 格式',
  'importError.unexpected-fields': '多出 {count} 个字段：{fields}',
  'importError.no-matching-shape': '不符合任何允许的结构',
  'importError.unreadable': '文件无法读取：{detail}',
  'importError.invalid': '无效：{detail}',
  'importError.type.string': '字符串',
  'importError.type.number': '数字',
  'importError.type.int': '整数',
  'importError.type.boolean': '布尔值（true 或 false）',
  'importError.type.object': '对象',
  'importError.type.array': '数组',
  'importError.type.record': '键值对象',
  'importError.type.tuple': '定长数组',
  'importError.type.null': 'null',
  'importError.type.date': '日期',
};

const codeMessagesEn = Object.fromEntries(Object.entries(IMPORT_ERROR_EN).map(([code, text]) => [`importError.${code}`, text])) as Record<CodeKey, string>;

export const importErrorMessagesEn: Messages = {
  ...codeMessagesEn,
  'importError.withPath': '{path}: {message}',
  'importError.detail': 'Technical details',
  'importError.type.string': 'string',
  'importError.type.number': 'number',
  'importError.type.int': 'int',
  'importError.type.boolean': 'boolean',
  'importError.type.object': 'object',
  'importError.type.array': 'array',
  'importError.type.record': 'record',
  'importError.type.tuple': 'tuple',
  'importError.type.null': 'null',
  'importError.type.date': 'date',
};
