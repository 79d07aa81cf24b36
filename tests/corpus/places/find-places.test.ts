import { describe, expect, it } from 'vitest';
import { findPlaces, type PlaceInput } from '../../../corpus/places';

const input = (over: Partial<PlaceInput>): PlaceInput => ({ title: '', lead: '', body: '', language: 'zh-Hans', ...over });
const times = (s: string, n: number): string => Array.from({ length: n }, () => s).join('');

describe('findPlaces', () => {
  it.each<[string, Partial<PlaceInput>, string[]]>([
    ['title city brings its province first', { title: '遂宁打造成渝经济圈枢纽', body: '遂宁市位于四川中部。遂宁发展迅速。' }, ['四川', '遂宁']],
    ['province short and full forms are one place', { title: '广西壮族自治区推进改革', body: '广西今年增长。' }, ['广西']],
    [
      'county keeps 县, county-level city and district drop the suffix',
      { title: '黑龙江粮食单产提升', body: '佳木斯市汤原县、桦川县和海伦市。汤原县再增产。' },
      ['黑龙江', '佳木斯', '汤原县', '桦川县', '海伦'],
    ],
    [
      'a passing mention deep in the body is not listed',
      { title: '浙江民营经济', body: `${times('浙江温州民营企业发展。', 4)}另据北京消息。` },
      ['浙江', '温州'],
    ],
    [
      'dateline speaks for the province, not the bureau city',
      { title: '陕西能源转型', dateline: '西安', body: '榆林市煤炭产业升级，榆林新能源发展。' },
      ['陕西', '榆林'],
    ],
    ['foreign dateline city is the story place', { title: '法国全国大罢工', dateline: '巴黎', body: '巴黎交通瘫痪，巴黎地铁停运。' }, ['法国', '巴黎']],
    ['a national new area is a place under its province', { title: '赣江新区加快发展', body: '赣江新区位于江西南昌。赣江新区。' }, ['江西', '赣江新区']],
    ['a multi-province region counts for its members', { title: '京津冀交通一体化', body: '京津冀协同发展。京津冀路网。' }, ['北京', '天津', '河北']],
    [
      'many provinces evenly: national',
      { title: '关于实施乡村振兴战略的意见', body: '支持西藏、新疆、青海、甘肃、四川、云南、贵州、广西、内蒙古、宁夏发展。西藏新疆青海甘肃四川云南贵州广西。' },
      [],
    ],
    [
      'ordinary words that are county short names are not places',
      { title: '社会和平与合作', body: times('和平发展，合作共赢，城关镇，开发区，新区建设，资源节约，比如说，东方红。', 3) },
      [],
    ],
    [
      'English names map to Chinese canonical names',
      {
        title: 'Suining: Hub of the Chengdu-Chongqing economic circle',
        body: 'Suining in Sichuan province lies between Chengdu and Chongqing. Suining, Chengdu.',
        language: 'en',
      },
      ['四川', '遂宁', '成都', '重庆'],
    ],
    [
      "Shaanxi and Xi'an are not Shanxi",
      { title: 'Shaanxi energy', body: "Xi'an and Yulin in Shaanxi. Yulin coal. Shaanxi.", language: 'en' },
      ['陕西', '榆林', '西安'],
    ],
    [
      'Traditional text gives Traditional names',
      { title: '大灣區辦公室成立', body: '香港與廣東合作。香港特區政府。廣東省。香港。', language: 'zh-Hant' },
      ['香港', '廣東'],
    ],
    ['an added province is converted to the article script', { title: '深圳河套區創科', body: '深圳與香港。深圳市。', language: 'zh-Hant' }, ['廣東', '深圳']],
  ])('%s', (_name, over, expected) => {
    expect(findPlaces(input(over))).toEqual(expected);
  });

  it('lists at most six places', () => {
    const body = times('南京、无锡、徐州、常州、苏州、南通、连云港、淮安、盐城、扬州、镇江。', 3);
    expect(findPlaces(input({ title: '江苏十三市发展', body })).length).toBeLessThanOrEqual(6);
  });
});
