/** The written language of an article, as BCP 47 script subtags the app shows and searches by. */
export type ArticleLanguage = 'zh-Hans' | 'zh-Hant' | 'en';

/**
 * Characters whose Simplified and Traditional forms differ, among the most frequent in news
 * text: the Traditional form on the left, the Simplified on the right. A text is Traditional
 * when it uses clearly more of the left column than the right. (High-frequency characters
 * suffice: every real paragraph contains several of them.)
 */
const PAIRS =
  '們们個个這这來来時时國国會会說说對对發发經经與与還还進进實实學学點点變变問问題题應应關关從从當当機机動动見见長长現现開开門门體体區区產产網网過过華华頭头條条義义際际東东務务總总報报導导業业廳厅級级員员間间';
const TRADITIONAL = new Set<string>();
const SIMPLIFIED = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TRADITIONAL.add(PAIRS[i]!);
  SIMPLIFIED.add(PAIRS[i + 1]!);
}

/**
 * Language from the characters: English when Latin letters far outnumber Han characters,
 * else Chinese, Traditional when Traditional-only forms outnumber Simplified-only ones.
 * O(text length).
 */
export function detectLanguage(text: string): ArticleLanguage {
  let han = 0;
  let latin = 0;
  let trad = 0;
  let simp = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (TRADITIONAL.has(ch)) trad++;
      else if (SIMPLIFIED.has(ch)) simp++;
    } else if (/[A-Za-z]/.test(ch)) latin++;
  }
  // A Latin word is ~5 letters to a Han character's one word.
  if (latin > han * 5) return 'en';
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}

/** A declared language tag (`zh-TW`, `zh_HK`, `zh-Hant`, `en-US`) mapped to ours, when it says enough. */
export function languageFromTag(tag: string | undefined): ArticleLanguage | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase().replace('_', '-');
  if (t.startsWith('en')) return 'en';
  if (/^zh-(?:hant|tw|hk|mo)/.test(t)) return 'zh-Hant';
  if (/^zh-(?:hans|cn|sg)/.test(t)) return 'zh-Hans';
  return undefined;
}
