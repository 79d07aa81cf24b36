/**
 * Named zones that are not administrative divisions but are what briefings are about.
 *
 * The 19 national-level new areas (国家级新区, the complete list approved by the State
 * Council 1992–2017) are places in their own right, listed under their province (and
 * prefecture where they lie within one). Three of them are also districts in the
 * gazetteer (浦东新区, 滨海新区, and 南沙新区 ≈ 南沙区); those stay districts.
 *
 * Multi-province regions (城市群 and economic circles named in national plans) are not listed
 * themselves: a mention counts towards each member province.
 */

/** New area, province (short), prefecture (short) when within one. */
export const NEW_AREA_ROWS = [
  '两江新区,重庆',
  '舟山群岛新区,浙江,舟山',
  '兰州新区,甘肃,兰州',
  '西咸新区,陕西',
  '贵安新区,贵州',
  '西海岸新区,山东,青岛',
  '金普新区,辽宁,大连',
  '天府新区,四川',
  '湘江新区,湖南,长沙',
  '江北新区,江苏,南京',
  '福州新区,福建,福州',
  '滇中新区,云南',
  '哈尔滨新区,黑龙江,哈尔滨',
  '长春新区,吉林,长春',
  '赣江新区,江西',
  '雄安新区,河北',
].join('|');

/** Region name (alternative names by `/`), member provinces (short). */
export const REGION_ROWS = [
  '京津冀,北京,天津,河北',
  '长三角/长江三角洲,上海,江苏,浙江,安徽',
  '粤港澳大湾区/大湾区,广东,香港,澳门',
  '珠三角/珠江三角洲,广东',
  '成渝地区双城经济圈/成渝经济圈/成渝,四川,重庆',
  '海峡西岸,福建',
  '东三省,辽宁,吉林,黑龙江',
].join('|');
