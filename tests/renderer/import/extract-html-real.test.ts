import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredHtmlCharset, decodeBytes } from '../../../corpus/ingest/detect-encoding';
import { extractHtml } from '../../../renderer/features/import/extract/extract-html';
import { titleKey } from '../../../renderer/features/import/extract/html-title';

// vitest runs from the repository root; the corpus sits beside the checkout (jsdom's import.meta.url is not a file URL).
const dir = `${resolve(process.cwd(), '../shared/real-briefings')}/`;
const expected = existsSync(`${dir}expected.json`) ? (JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as { file: string; title: string }[]) : [];
const titleOf = (file: string): string => expected.find((e) => e.file === file)?.title ?? '';

/** Page furniture that must never reach the article text. */
const RESIDUE = /网站地图|版权所有|ICP备|Copyright|©|关于我们|联系我们|免责声明/i;

/** One sentence of each article's real body, picked by reading the page (a sentence, not the lead only). */
const BODY: readonly (readonly [string, string])[] = [
  ['12_wushi_huangshi_investment_fair_2021_gb2312.html', '签约金额达175.65亿元'],
  ['13_yichun_2022_statistical_bulletin_saved_page.html', '全年实现地区生产总值（GDP）3473.12亿元'],
  ['14_wanzai_2015_statistical_bulletin_saved_page.html', '全县实现生产总值(GDP)1102284万元'],
  ['15_zjfgw_deqing_fixed_asset_investment_2016.html', '全县固定资产投资完成246.79亿元'],
  ['16_shanxi_gov_brand_silk_road_brazil_2019.html', '山西品牌丝路行首次登陆巴西'],
  ['17_hexun_jingjinji_transport_2019.html', '实现区域内快速铁路覆盖所有地级及以上城市'],
  ['18_ifeng_changchun_livestream_economy_2020.html', '长春市政府联合阿里巴巴开启了为期一个月'],
  ['19_ddsb_changde_finance_education_2019.html', '中国农业银行常德分行承办'],
  ['20_netease_wuxi_jiangyin_expressway_2019_charset_mismatch.html', '京沪高速施工就将进入第二阶段'],
  ['21_thepaper_guangzhou_nansha_cruise_port_2019.html', '广州南沙国际邮轮母港将于11月17日正式开港'],
  ['22_zsnews_zhongshan_finance_street_2019.html', '佛山顺德区大良街道党工委委员'],
  ['23_govcn_npc_special_treasury_bonds_2007.html', '同意全国人民代表大会财政经济委员会在议案审查报告中提出的建议'],
  ['24_cjn_wuhan_golden_week_foreign_media_2020.html', '这座城市再度充满活力'],
  ['25_xinhuanet_paris_strike_2019.html', '全巴黎16条地铁线路有10条停运'],
  ['26_netease_money_longfor_2019.html', '龙湖实现合约销售金额1056.2亿元'],
  ['27_stcn_midday_announcements_2019.html', '9614.5万元竞得常州市工业用地'],
  ['28_qq_finance_data_industry_2019_charset_mismatch.html', '每个数据源的价格在几毛钱到几块钱不等'],
  ['29_digitimes_lunar_lake_tsmc_2024_zh-Hant.html', '即台積電製造的處理器設計'],
];

const report: string[] = [];

describe.skipIf(!existsSync(dir))(`extractHtml on the real saved pages in ${dir} (skipped when the folder is absent)`, () => {
  afterAll(() => {
    console.log(['file | title in first 3 | lines | removed | residue | ms', ...report].join('\n'));
  });

  it.each(BODY)('%s', (file, sentence) => {
    const bytes = new Uint8Array(readFileSync(dir + file));
    // Decoded as the import path will: the declared charset is only a hint (20 and 28 declare gb2312 but are UTF-8; 12 is GBK).
    const decoded = decodeBytes(bytes, declaredHtmlCharset(bytes));
    if (!decoded.ok) throw new Error(`${file}: ${decoded.error.reason}`);
    const text = decoded.value.text;
    const started = performance.now();
    const doc = extractHtml(text);
    const ms = performance.now() - started;
    const head = titleKey(
      doc.lines
        .slice(0, 3)
        .map((l) => l.text)
        .join(''),
    );
    const titleFound = titleKey(titleOf(file)).length > 0 && head.includes(titleKey(titleOf(file)));
    const residue = doc.lines.filter((l) => RESIDUE.test(l.text));
    report.push(`${file.slice(0, 40)} | ${titleFound ? 'yes' : 'NO'} | ${doc.lines.length} | ${doc.removed.length} | ${residue.length} | ${ms.toFixed(0)}`);

    expect(doc.format).toBe('html');
    expect(
      titleFound,
      `${file}: ${doc.lines
        .slice(0, 3)
        .map((l) => l.text)
        .join(' / ')}`,
    ).toBe(true);
    expect(
      doc.lines
        .map((l) => l.text)
        .join('')
        .replace(/\s+/g, ''),
    ).toContain(sentence.replace(/\s+/g, ''));
    expect(residue.map((l) => l.text)).toEqual([]);
    expect(doc.lines.every((l) => !l.text.includes('\n') && !/<[a-z/!]/i.test(l.text))).toBe(true);
  });
});
