import { foldCreditScript } from './credits';

/**
 * Editorial residue: lines a web page, CMS or messaging app prints around an article that
 * are not part of it — editor sign-offs, share bars, QR-code prompts, print/close buttons,
 * copyright and ICP lines, bare URLs. Removed from the clean text, listed in diagnostics
 * with the reason, and still visible in "show original".
 *
 * Each pattern is anchored to the whole (short) line, so a sentence that merely contains
 * such a word (`编辑部门表示…`) is never touched.
 */
const RESIDUE: readonly (readonly [reason: string, pattern: RegExp])[] = [
  [
    'editor',
    /^[【[（(]?\s*(?:责任编辑|责编|编辑|主编|值班编辑|网络编辑|审核|审校|校对|终审|初审|复审|监制|统筹|美编|排版|制作|编审|签发|Web editor|Editor)\s*[:：|｜]?\s*[^。！？]{0,40}[】\]）)]?$/iu,
  ],
  [
    'share',
    /^(?:分享到|分享至|分享|转发到|一键分享|Share(?: this)?(?: article)?|微信扫一扫|扫一扫|扫描二维码|长按(?:识别)?二维码|微信公众号|关注我们)(?:\s*[:：].{0,60})?$/iu,
  ],
  ['share', /^(?:微信)?(?:扫一扫|扫描二维码|长按(?:识别)?二维码|用微信扫描二维码)[^。！？]{0,24}$/u],
  [
    'page-control',
    /^(?:【?\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|回到顶部|收藏|纠错|我要纠错|字号|字体)\s*】?\s*)+(?:[:：]?\s*(?:大|中|小|默认|\s|[|｜])*)?$/u,
  ],
  [
    'navigation',
    /^(?:上一篇|下一篇|上一条|下一条|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|热点推荐|猜你喜欢|更多精彩|点击进入|进入专题|阅读原文|原文链接|查看原文|返回搜狐，查看更多|Most Read|Related(?: Articles| News)?|Read more)(?:\s*[:：>》].{0,80})?$/iu,
  ],
  ['copyright', /^(?:.{0,40}(?:版权所有|Copyright\s*©?|©\s*(?:19|20)\d{2}|All rights reserved|ICP备|ICP证|公网安备|违法和不良信息举报).{0,80})$/iu],
  ['url', /^(?:(?:网址|链接|原文地址|URL)\s*[:：]\s*)?(?:https?:\/\/|www\.)\S+$/iu],
  ['reprint', /^(?:.{0,20}(?:未经授权[，,]?\s*)?(?:禁止|严禁|不得)转载.{0,40}|转载请注明出处.{0,40})$/u],
];

/** Longest line that can be residue: boilerplate is short. */
const MAX_RESIDUE = 120;

/** The reason `line` is editorial residue, or undefined when it is content. */
export function residueReason(line: string): string | undefined {
  const text = foldCreditScript(line.replace(/[\s\u3000]+/gu, ' ').trim());
  if (text.length === 0 || text.length > MAX_RESIDUE) return undefined;
  for (const [reason, pattern] of RESIDUE) if (pattern.test(text)) return reason;
  return undefined;
}

/** `…作出部署。（责任编辑：王明）` / `[责任编辑:王明]`: an editor sign-off at the end of a paragraph. */
const TRAILING_EDITOR = /\s*[（(【[]\s*(?:责任编辑|责编|编辑)\s*[:：]\s*[^）)】\]]{1,20}[）)】\]]\s*$/u;

/** Splits a trailing editor sign-off off a paragraph: [kept text, removed residue]. */
export function splitTrailingEditor(text: string): readonly [string, string] | undefined {
  const folded = foldCreditScript(text);
  const m = TRAILING_EDITOR.exec(folded);
  if (!m || m.index === 0) return undefined;
  return [text.slice(0, m.index), text.slice(m.index)];
}
