import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../renderer/features/import/markdown-to-text';

describe('markdownToText', () => {
  it.each([
    ['ATX headings pass through', '# 标题\n\n## 小节 ##', '# 标题\n\n## 小节'],
    ['setext headings', '标题\n===\n\n小节\n---', '# 标题\n\n## 小节'],
    ['bullets and quotes lose their markers', '- 甲。\n* 乙。\n+ 丙。\n> 丁。\n> > 戊。', '甲。\n乙。\n丙。\n丁。\n戊。'],
    ['task list', '- [x] 完成。', '完成。'],
    ['emphasis and code', '**重点**和*强调*、__粗__、`代码`、~~删除~~', '重点和强调、粗、代码、删除'],
    ['links keep their words, never the URL', '见[文件](https://example.com/a "t")和[参考][1]。\n\n[1]: https://example.com/b', '见文件和参考。\n'],
    ['images keep their alt text', '![园区航拍](https://example.com/p.png)', '园区航拍'],
    ['javascript: link is reduced to its text', '[点我](javascript:window.__pwned=1)', '点我'],
    ['fences go, code stays', '```js\nconst a = 1;\n```', 'const a = 1;'],
    ['rules become blank lines', '甲。\n\n***\n\n乙。', '甲。\n\n\n\n乙。'],
    ['front matter title when there is no # heading', '---\ntitle: "会议纪要"\ndate: 2024\n---\n正文。', '# 会议纪要\n\n正文。'],
    ['front matter title ignored when a # heading exists', '---\ntitle: 旧\n---\n# 新\n正文。', '# 新\n正文。'],
    ['raw HTML stays literal text', '<script>window.__pwned=1</script>', '<script>window.__pwned=1</script>'],
    ['multiplication is not emphasis', '2 * 3 * 4', '2 * 3 * 4'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });
});
