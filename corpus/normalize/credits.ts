/**
 * Credit lines: who wrote a piece and where it was published, in the forms Chinese and
 * English publications print them. Each parser reads one line (or the start of the lead
 * paragraph, for datelines) and returns only what that text states.
 *
 * Forms covered (any publication, any province):
 * - datelines: `本报北京12月1日电（记者 王明）`, `新华社北京3月16日电（记者唐霁）`,
 *   `中新社香港3月1日电`, `人民网北京5月2日电`, `央视网消息`, `据新华社电`, `（记者 X）`;
 * - bylines: `本报记者 王明 李华`, `记者 X 通讯员 Y`, `实习记者周满鏗`, `文/X`, `X/文`,
 *   `作者：X`, `◎作者 | X`, `撰文：X`, `By Kou Jie`, `…摄影报道`;
 * - source lines: `来源：X`, `◎来源 | X`, `本文来源：X`, `Source: X`, `《人民日报》（2025年03月18日第 01 版）`,
 *   `本文来自微信号「X」`, `原文来自X：`, and web stamps `2019-09-26 10:22 来源：证券时报网 作者：X`.
 */

export interface Credit {
  /** Publication or agency named by the line. */
  readonly source?: string;
  /** Writers (reporters, authors) — not editors or photographers. */
  readonly authors: readonly string[];
  /** Photographers, editors and other contributors named by the line. */
  readonly contributors: readonly string[];
  /** A date the line states: `YYYY-MM-DD`, or `--MM-DD` when only month and day are given. */
  readonly date?: string;
  /** The place a dateline is filed from (`北京` in `本报北京12月1日电`). */
  readonly place?: string;
  /**
   * How directly the line names the publication: 1 for a label or masthead (`来源：X`,
   * `《人民日报》（…）`, `By X (Publication)`), 2 for a reporter's credit (`江西日报记者`), 3 for
   * a re-post note (`本文来自微信号「X」`, `原文来自X`), which names where the text was found.
   */
  readonly strength?: 1 | 2 | 3;
}

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
/** `·` inside transliterated or minority names (`阿不都·热合曼`). */
const HAN_NAME_DOT = /^\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,8}$/u;
/** Roles that write the piece: reporters, correspondents (通讯员) and interns (实习生) co-write it. */
const WRITER_ROLE =
  /^(?:本报|本刊|本台|本网|本站)?(?:全媒体|融媒体|特派|驻\p{Script=Han}{1,4})?(?:首席)?(?:见习|实习)?(?:记者|通讯员|实习生|特约撰稿人?|撰稿人?|撰文|作者|特约评论员|评论员|文字)$/u;
/** Publication names: a Han name ending in a publication noun, or a well-known agency form. */
const PUBLICATION =
  /^(?:\p{Script=Han}{1,12}(?:日报|晚报|晨报|早报|商报|时报|都市报|青年报|法制报|工人报|农民报|经济报|新闻报|导报|周报|周刊|杂志|报|新闻|新闻网|网|电视台|广播电视台|广播电台|融媒体中心|发布|在线|客户端|头条|之声|社)|新华社|中新社|中新网|央视网|央视新闻|新华网|人民网|光明网|中国网|澎湃新闻|财新网?)$/u;

const clean = (s: string): string => s.replace(/[\s\u3000]+/gu, ' ').trim();

/**
 * Traditional forms of the few characters the credit patterns spell, folded so one set of
 * patterns reads 繁體 credits too (`實習記者`, `來源`, `責任編輯`, `攝`). Only the matching
 * uses the folded text; names are taken from the same positions of the original.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  記: '记',
  報: '报',
  訊: '讯',
  攝: '摄',
  來: '来',
  編: '编',
  輯: '辑',
  責: '责',
  實: '实',
  習: '习',
  體: '体',
  點: '点',
  擊: '击',
  瀏: '浏',
  覽: '览',
  評: '评',
  論: '论',
  員: '员',
  發: '发',
  佈: '布',
  間: '间',
  頻: '频',
  圖: '图',
  網: '网',
  臺: '台',
  電: '电',
  視: '视',
  廣: '广',
  聞: '闻',
  週: '周',
  處: '处',
  稱: '称',
  據: '据',
  導: '导',
  駐: '驻',
  書: '书',
  專: '专',
  欄: '栏',
  轉: '转',
  載: '载',
  於: '于',
  選: '选',
};
/** Folds TRADITIONAL; length-preserving, so offsets into the result are offsets into the input. */
export function foldCreditScript(text: string): string {
  let out = '';
  for (const ch of text) out += TRADITIONAL[ch] ?? ch;
  return out;
}

/** Splits a name list (`王明、李华 张强`, `Yu Yang, He Zhuoyan and Li Yan`) into names. */
export function splitNames(list: string): string[] {
  const text = clean(list).replace(/[（(][^（）()]*[）)]/gu, ' ');
  if (/^[A-Za-z]/.test(text)) {
    return text
      .split(/\s*(?:,|;|\band\b|&)\s*/u)
      .map((n) => n.trim().replace(/[.。]$/, ''))
      .filter((n) => /^[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,3}$/.test(n));
  }
  const tokens = text.split(/[\s、，,;；/|｜]+/u).filter(Boolean);
  const names: string[] = [];
  // `高  炳` printed with spaces inside a two-character name: a single character followed
  // by a single character are one name.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (/^\p{Script=Han}$/u.test(t) && next !== undefined && /^\p{Script=Han}{1,2}$/u.test(next)) {
      names.push(t + next);
      i++;
      continue;
    }
    names.push(t);
  }
  return names.filter((n) => HAN_NAME.test(n) || HAN_NAME_DOT.test(n));
}

/** `（记者 王明 李华）`, `（记者王明）`, `（本报记者 王明 通讯员 李华）` → writers and contributors. */
function rolesAndNames(text: string): { authors: string[]; contributors: string[] } {
  const authors: string[] = [];
  const contributors: string[] = [];
  // Tokenize into role words and names: `记者王明` has no space between role and name.
  const roleWord =
    /(本报|本刊|本台|本网)?(全媒体|融媒体|特派)?(首席)?(见习|实习)?(摄影记者|记者|通讯员|实习生|特约撰稿人?|撰稿人?|撰文|作者|编辑|责任编辑|责编|摄影|摄像|制图|文字|评论员|整合|编译|综合|整理)/gu;
  let current: 'writer' | 'other' = 'writer';
  let last = 0;
  const flush = (segment: string): void => {
    // `文/图`, `/文`, `摄` mark what a name did, they are not names.
    const names = splitNames(segment.replace(/[：:]/gu, ' ').replace(/(?:文\s*[/／]\s*图|图\s*[/／]\s*文|[/／]\s*[文图])(?=\s|$)/gu, ' '));
    (current === 'writer' ? authors : contributors).push(...names);
  };
  for (const m of text.matchAll(roleWord)) {
    flush(text.slice(last, m.index));
    const role = m[0];
    current = WRITER_ROLE.test(role) && !/摄影记者/u.test(role) ? 'writer' : 'other';
    last = m.index + role.length;
  }
  flush(text.slice(last));
  return { authors, contributors };
}

const MONTH_DAY = /(\d{1,2})月(\d{1,2})日/u;
const pad = (n: string): string => n.padStart(2, '0');

/**
 * A dateline opening a lead paragraph: `本报北京12月1日电（记者 王明）`, `新华社北京3月16日电`,
 * `中新网上海6月3日电 (记者 X)`, `人民网北京5月2日电`, `本报讯（记者 X）`, `（记者X）`, `央视网消息`.
 * Returns the credit and the length of the dateline prefix, or undefined.
 */
export function parseDateline(text: string): (Credit & { readonly length: number }) | undefined {
  const original = text.slice(0, 80);
  const head = foldCreditScript(original);
  const found = parseFoldedDateline(head);
  if (!found || head === original) return found;
  const back = (s: string): string => {
    const at = head.indexOf(s);
    return at < 0 ? s : original.slice(at, at + s.length);
  };
  return {
    ...found,
    ...(found.source ? { source: back(found.source) } : {}),
    authors: found.authors.map(back),
    contributors: found.contributors.map(back),
    ...(found.place ? { place: back(found.place) } : {}),
  };
}

function parseFoldedDateline(head: string): (Credit & { readonly length: number }) | undefined {
  const agency =
    /^(?:据)?(本报|本刊|本台|本网|新华社|中新社|中新网|人民网|新华网|央视网|中国新闻网|光明网|\p{Script=Han}{2,8}(?:日报|晚报|商报|时报|报|网|社|台|融媒))(?:(\p{Script=Han}{2,8}?)(\d{1,2}月\d{1,2}日)?电|(\d{1,2}月\d{1,2}日)?(?:讯|消息))\s*/u.exec(
      head,
    );
  const reporter = /^[（(]\s*((?:本报|本刊)?(?:全媒体|融媒体|特派)?(?:首席)?(?:见习|实习)?(?:记者|通讯员)[^（）()]{1,60})[）)]\s*/u;
  // `中新经纬11月4日电 (董文博)`: `…月…日电` marks a dateline whatever the agency is called.
  const anyAgency = agency ? null : /^(\p{Script=Han}{2,10}?)(\d{1,2}月\d{1,2}日)电\s*/u.exec(head);
  if (anyAgency) {
    const after = head.slice(anyAgency[0].length);
    const r = /^[（(]\s*([^（）()]{2,30})[）)]\s*/u.exec(after);
    const names = r ? rolesAndNames(r[1]!.includes('记者') ? r[1]! : `记者 ${r[1]!}`) : { authors: [], contributors: [] };
    const md = MONTH_DAY.exec(anyAgency[2]!)!;
    return {
      source: anyAgency[1]!,
      authors: names.authors,
      contributors: names.contributors,
      date: `--${pad(md[1]!)}-${pad(md[2]!)}`,
      length: anyAgency[0].length + (r ? r[0].length : 0),
    };
  }
  if (agency) {
    const after = head.slice(agency[0].length);
    const r = reporter.exec(after);
    const { authors, contributors } = r ? rolesAndNames(r[1]!) : { authors: [], contributors: [] };
    const md = agency[3] || agency[4] ? MONTH_DAY.exec(agency[3] ?? agency[4]!) : null;
    const source = agency[1] === '本报' || agency[1] === '本刊' || agency[1] === '本台' || agency[1] === '本网' ? undefined : agency[1];
    return {
      ...(source ? { source } : {}),
      authors,
      contributors,
      ...(md ? { date: `--${pad(md[1]!)}-${pad(md[2]!)}` } : {}),
      ...(agency[2] ? { place: agency[2] } : {}),
      length: agency[0].length + (r ? r[0].length : 0),
    };
  }
  const r = reporter.exec(head);
  if (r) {
    const { authors, contributors } = rolesAndNames(r[1]!);
    if (authors.length + contributors.length > 0) return { authors, contributors, length: r[0].length };
  }
  return undefined;
}

/** `2019-09-26`, `2019/9/26`, `2019年9月26日`, `2019.09.26` → ISO date. */
export function parseFullDate(text: string): string | undefined {
  const m = /((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?/u.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(String(mo))}-${pad(String(d))}`;
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `November 13, 2020`, `13 November 2020`, `Nov 13, 2020` → ISO date. */
export function parseEnglishDate(text: string): string | undefined {
  const month =
    '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
  const mdy = new RegExp(`\\b${month}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'i').exec(text);
  const dmy = new RegExp(`\\b(\\d{1,2})\\s+${month}\\s+((?:19|20)\\d{2})\\b`, 'i').exec(text);
  const pick = mdy ? { m: mdy[1]!, d: mdy[2]!, y: mdy[3]! } : dmy ? { m: dmy[2]!, d: dmy[1]!, y: dmy[3]! } : undefined;
  if (!pick) return undefined;
  const idx = EN_MONTHS.findIndex((name) => name.startsWith(pick.m.toLowerCase().slice(0, 3)));
  return idx < 0 ? undefined : `${pick.y}-${pad(String(idx + 1))}-${pad(pick.d)}`;
}

/** A source named after a label: `来源：X`, `◎来源 | X`, `本文来源：X`, `Source: X`, `稿源：X`. */
/** Labels that end a labelled value in a page's stamp line (`来源：X 作者：Y 浏览次数：`). */
const NEXT_LABEL = String.raw`(?:作者|编辑|责任编辑|责编|发布时间|发布日期|更新时间|时间|日期|浏览次数|浏览|点击|阅读|字号|来源|信息来源|文章来源|稿源)\s*[:：]`;
/**
 * A source named after a label: `来源：X`, `来源于：X`, `◎来源 | X`, `本文来源：X`, `信息来源：X`,
 * `稿源：X`. The label may follow a date or another label without a space (`12:11来源：证券时报网作者：李在山`),
 * but not a Han character (`资金来源：` in a sentence).
 */
const SOURCE_LABEL = new RegExp(
  String.raw`(?:^|[^\p{Script=Han}]|信息|文章|本文|新闻)(?:来源于?|稿源|出处)\s*[:：|｜]\s*([^\s|｜:：][^|｜:：\s]*?)(?=\s*${NEXT_LABEL}|\s|$|[|｜])`,
  'u',
);
/** `Source: BBC News`, `Source: Xinhua` — English values run to the end of the line. */
const ENGLISH_SOURCE = /^Source\s*:\s*([A-Z][\w.'’&\s-]{1,60}?)\s*$/u;
const AUTHOR_LABEL = new RegExp(
  String.raw`(?:(?:^|[^\p{Script=Han}])(?:记者|文字|Author|By)|作者|撰文|采写)\s*[:：|｜]\s*([^|｜:：]+?)(?=\s*${NEXT_LABEL}|\s*$|[|｜])`,
  'iu',
);
/** A page's date stamp, perhaps with the time and the publication after it: `2019-09-26 10:56:28 证券时报网`. */
const WEB_STAMP =
  /^(?:(?:发布|发稿|更新)?(?:时间|日期)\s*[:：]\s*)?((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期[一二三四五六日天])?\s*([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z·\s]{1,15})?$/u;
/**
 * A re-post note: `本文来自微信号「X」`, `原文来自X：`, `转载自X：`, `转自X`, `摘自《X》`, perhaps followed by the
 * headline of the piece re-posted (`原文来自智谷趋势：重磅！2019中国经济研判…`). Bare `来自` needs `本文`/`原文`
 * or `微信号` before it (`来自全国各地的代表…` is a sentence).
 */
const REPOST =
  /^(?:(?:本文|原文|文章)(?:转载自|转载于|转自|来自|来源于|摘自|选自)|转载自|转载于|转自|摘自|选自|来自微信(?:公众)?号)(?:微信(?:公众)?号)?\s*([「“"《])?([^」”"》：:~\s|｜。，！？；]{2,20}?)[」”"》]?\s*(?:[：:|｜]\s*(.*))?$/u;
/** `来源：X｜<headline>`, `來源：X | <headline>`: a source label whose value is followed by something that is no label. */
const SOURCE_THEN_TEXT = new RegExp(
  String.raw`^(?:◎\s*)?(?:本文|文章|信息)?(?:来源|稿源)\s*[:：|｜]\s*([^\s|｜:：]{2,20})\s*[|｜]\s*(?!\s*${NEXT_LABEL})(\S.*)$`,
  'u',
);
/** `Originally published by X: <headline>`, `Reprinted from X.`, `This article first appeared in X`. */
const ENGLISH_REPOST =
  /^(?:Originally\s+published\s+(?:by|in|on)|First\s+published\s+(?:by|in|on)|Republished\s+(?:from|with\s+permission\s+(?:from|of))|Reprinted\s+(?:from|with\s+permission\s+(?:from|of))|This\s+(?:article|story|piece)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published)\s+(?:in|on|by))\s+((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’&.-]*){0,5}?)\s*(?:[:：.|]\s*(.*))?$/u;

/** A re-post note and what follows it on the same line. */
export interface Repost {
  readonly credit: Credit;
  /** The text after the note (a headline), exactly as printed; empty when the note is the whole line. */
  readonly rest: string;
}

/**
 * A re-post note at the start of a line (`原文来自X：…`, `转载自X：…`, `來源：X｜…`, `Originally published by X: …`):
 * X is the source, and the rest of the line is text — never a credit, never dropped.
 */
export function parseRepostLine(line: string): Repost | undefined {
  const original = clean(line);
  const folded = foldCreditScript(original);
  const found = parseFoldedRepost(folded);
  if (!found) return undefined;
  const source = found.credit.source;
  // Folding preserves length, so the source and rest are read back from the original at the same offsets.
  const at = source ? folded.indexOf(source) : -1;
  const back = source && at >= 0 ? original.slice(at, at + source.length) : source;
  const rest = original.slice(original.length - found.rest.length);
  return { credit: { ...found.credit, ...(back ? { source: back } : {}) }, rest };
}

function parseFoldedRepost(text: string): Repost | undefined {
  const zh = REPOST.exec(text);
  // `摘自《X》` quotes a work, so the name holds no more than the quotes allow.
  if (zh) return { credit: { source: zh[2]!, authors: [], contributors: [], strength: 3 }, rest: (zh[3] ?? '').trim() };
  const labelled = SOURCE_THEN_TEXT.exec(text);
  if (labelled) return { credit: { source: labelled[1]!, authors: [], contributors: [], strength: 1 }, rest: labelled[2]!.trim() };
  const en = ENGLISH_REPOST.exec(text);
  if (en)
    return { credit: { source: en[1]!.replace(/^the\s+/iu, '').replace(/\.$/u, ''), authors: [], contributors: [], strength: 3 }, rest: (en[2] ?? '').trim() };
  return undefined;
}
const PAPER_ISSUE = /^《(\p{Script=Han}{2,12})》\s*[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^）)]*[）)]$/u;
const ENGLISH_BY = /^By\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*)\s*(?:\(\s*([^)]+?)\s*\))?/u;

/**
 * A line that is a credit and nothing else, or undefined. `maxLength` keeps body sentences
 * that merely mention a reporter (`记者从会上获悉…`) out.
 */
export function parseCreditLine(line: string, maxLength = 80): Credit | undefined {
  const original = clean(line);
  const folded = foldCreditScript(original);
  if (folded === original) return parseFoldedCredit(original, maxLength);
  // Names and sources are read back from the original script at the same offsets.
  const credit = parseFoldedCredit(folded, maxLength);
  if (!credit) return undefined;
  const back = (s: string): string => {
    const at = folded.indexOf(s);
    return at < 0 ? s : original.slice(at, at + s.length);
  };
  return {
    ...credit,
    ...(credit.source ? { source: back(credit.source) } : {}),
    authors: credit.authors.map(back),
    contributors: credit.contributors.map(back),
    ...(credit.place ? { place: back(credit.place) } : {}),
  };
}

function parseFoldedCredit(text: string, maxLength: number): Credit | undefined {
  if (text.length === 0 || (text.length > maxLength && !/^By\s/.test(text)) || text.length > 3 * maxLength) return undefined;
  // `本报记者 原韬雄 高 炳《人民日报》（2025年03月18日第 01 版）`: a byline with the issue appended.
  const issueTail = /《(\p{Script=Han}{2,12})》\s*[（(][^（）()]*[）)]$/u.exec(text);
  if (issueTail && issueTail.index > 0) {
    const head = parseCreditLine(text.slice(0, issueTail.index));
    const tail = parseCreditLine(issueTail[0]);
    if (head && tail) return { ...head, ...tail, authors: head.authors, contributors: head.contributors };
  }
  const issue = PAPER_ISSUE.exec(text);
  if (issue) return { source: issue[1]!, authors: [], contributors: [], date: `${issue[2]}-${pad(issue[3]!)}-${pad(issue[4]!)}`, strength: 1 };
  const by = ENGLISH_BY.exec(text);
  // English credits run longer than Chinese ones: `By A, B, C and D (People's Daily Online) 13:00, November 13, 2020`.
  if (by) {
    const date = parseEnglishDate(text);
    return { authors: splitNames(by[1]!), contributors: [], ...(by[2] ? { source: by[2], strength: 1 as const } : {}), ...(date ? { date } : {}) };
  }
  const wire = /^\(\s*([A-Z][^()]{1,40}?)\s*\)\s*\d{1,2}:\d{2},?\s*(.+)$/u.exec(text);
  if (wire) {
    const date = parseEnglishDate(wire[2]!);
    return { source: wire[1]!, authors: [], contributors: [], strength: 1, ...(date ? { date } : {}) };
  }
  const english = ENGLISH_SOURCE.exec(text);
  if (english) return { source: english[1]!.trim(), authors: [], contributors: [], strength: 1 };
  const stamp = WEB_STAMP.exec(text);
  if (stamp) {
    const date = parseFullDate(stamp[1]!);
    const name = stamp[2]?.trim();
    return {
      authors: [],
      contributors: [],
      ...(date ? { date } : {}),
      ...(name && !/来源|作者|浏览/u.test(name) ? { source: name, strength: 1 as const } : {}),
    };
  }
  // A re-post note is a credit only when it is the whole line; `原文来自X：<headline>` is text (see parseRepostLine).
  const repost = parseFoldedRepost(text);
  if (repost) return repost.rest === '' ? repost.credit : undefined;
  // A value is a name: never markup or an address (`来源：<a href=…`).
  const nameLike = (v: string | undefined): string | undefined => (v && !/[<>=]|https?:|www\./iu.test(v) ? v : undefined);
  const source = nameLike(SOURCE_LABEL.exec(text)?.[1]?.trim());
  const labelledAuthor = nameLike(AUTHOR_LABEL.exec(text)?.[1]?.trim());
  // `作者：红星新闻` names the outlet, not a person.
  const outletAsAuthor = labelledAuthor !== undefined && isPublicationName(labelledAuthor.replace(/\s+/gu, '')) ? labelledAuthor : undefined;
  const author = outletAsAuthor ? undefined : labelledAuthor;
  if (outletAsAuthor && !source) return { source: outletAsAuthor, authors: [], contributors: [], strength: 2 };
  if (source !== undefined || author !== undefined) {
    const date = parseFullDate(text);
    return {
      ...(source ? { source: source.replace(/[。，]$/u, '').replace(/\s*[（(][A-Za-z0-9_.\s-]+[）)]$/u, ''), strength: 1 as const } : {}),
      authors: author ? splitNames(author) : [],
      contributors: [],
      ...(date ? { date } : {}),
    };
  }
  if (/[。！？；]$/u.test(text) && !/摄影?报道[。]?$/u.test(text)) return undefined;
  // `文/王明`, `王明/文`, `文 | 王明`, `文、图/王明`.
  const slash = /^(?:文|文字|图文|文\s*[、&]\s*图)\s*[/|｜]\s*(.+)$/u.exec(text) ?? /^(.+?)\s*[/|｜]\s*(?:文|文图|图文)$/u.exec(text);
  if (slash) {
    const names = splitNames(slash[1]!);
    if (names.length > 0) return { authors: names, contributors: [] };
  }
  // `朱佩娴 霍亚平摄影报道`, `记者 王明 摄`: photographers.
  const photo = /^(.+?)\s*(?:摄影报道|摄影|摄)$/u.exec(text);
  if (photo && !/[，。]/u.test(photo[1]!)) {
    const { authors, contributors } = rolesAndNames(photo[1]!);
    const names = [...authors, ...contributors];
    if (names.length > 0) return { authors: /报道$/u.test(text) ? names : [], contributors: /报道$/u.test(text) ? [] : names };
  }
  // `本报记者 王明 李华`, `记者 X 通讯员 Y`, `实习记者周满鏗`: a role word first.
  if (
    /^(?:[（(])?(?:本报|本刊|本台|本网)?(?:全媒体|融媒体|特派|驻\p{Script=Han}{1,4})?(?:首席)?(?:见习|实习)?(?:记者|通讯员|特约撰稿人?|撰稿人?|评论员)/u.test(
      text,
    )
  ) {
    const { authors, contributors } = rolesAndNames(text.replace(/^[（(]|[）)]$/gu, ''));
    if (authors.length + contributors.length > 0) return { authors, contributors };
  }
  // `江西日报记者 杨 静`, `经济日报记者 王明`: a publication's reporter.
  const pubReporter = /^(\p{Script=Han}{2,12}?)(?:全媒体|融媒体|首席)?(?:记者|特约记者|通讯员)\s*(.+)$/u.exec(text);
  if (pubReporter && PUBLICATION.test(pubReporter[1]!)) {
    const { authors, contributors } = rolesAndNames(`记者${pubReporter[2]}`);
    if (authors.length + contributors.length > 0) return { source: pubReporter[1]!, authors, contributors, strength: 2 };
  }
  return undefined;
}

/** True when `name` has the shape of a publication (for sources found in body text). */
export function isPublicationName(name: string): boolean {
  return PUBLICATION.test(name);
}
