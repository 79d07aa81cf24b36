/**
 * Chinese surnames: the single-character surnames that cover well over 99 % of people in
 * mainland China, Hong Kong and Taiwan (the national surname rankings' top 400 or so, in
 * Simplified and Traditional forms), and the common compound surnames. A bare 2–4
 * character token is read as a person's name only when it starts with one of these —
 * table cells and menu words (`项目`, `首页`, `资讯`) mostly do not.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
  '陳楊黃趙吳週孫馬許韓馮鄧曹彭曾蕭肖董袁潘蔣蔡葉蘇呂盧薑崔鍾譚陸汪範賈韋鄒孟熊邱尹薛閆段雷侯龍陶黎賀顧毛郝龔邵萬錢嚴覃戴莫孔湯溫康施樊葛邢齊喬伍龐顏倪莊聶章魯岳翟殷詹歐耿關蘭焦俞劉張鄭謝宋唐鄭羅郭林梁';
const COMPOUND = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '上官',
  '诸葛',
  '諸葛',
  '东方',
  '東方',
  '皇甫',
  '尉迟',
  '尉遲',
  '公孙',
  '公孫',
  '慕容',
  '长孙',
  '長孫',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '軒轅',
  '令狐',
  '端木',
  '澹台',
  '独孤',
  '獨孤',
  '南宫',
  '南宮',
  '西门',
  '西門',
  '申屠',
  '钟离',
  '鍾離',
  '呼延',
  '百里',
];
const SINGLE_SET = new Set(SINGLE);

/** True when `name` (2–4 Han characters) starts with a Chinese surname. */
export function hasChineseSurname(name: string): boolean {
  if (COMPOUND.some((c) => name.startsWith(c) && name.length >= 3)) return true;
  return SINGLE_SET.has(name[0] ?? '');
}
