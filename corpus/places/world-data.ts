/**
 * The world's sovereign states (the 193 UN members plus the two observer states) by their
 * usual Chinese short names as used by Xinhua and the Foreign Ministry, with English names,
 * and each one's capital; then the largest and most-reported cities that are not capitals
 * (cities with metropolitan populations of several million, and the usual financial and
 * diplomatic venues). China itself is not listed: its places are the gazetteer's.
 * Rows are separated by `|`, fields by `,`, alternative spellings by `/`.
 */

/** Country, English, capital, capital in English. */
export const COUNTRY_ROWS = [
  '阿富汗,Afghanistan,喀布尔,Kabul', '阿尔巴尼亚,Albania,地拉那,Tirana', '阿尔及利亚,Algeria,阿尔及尔,Algiers', '安道尔,Andorra,安道尔城,Andorra la Vella',
  '安哥拉,Angola,罗安达,Luanda', '安提瓜和巴布达,Antigua and Barbuda,圣约翰,Saint John\'s', '阿根廷,Argentina,布宜诺斯艾利斯,Buenos Aires', '亚美尼亚,Armenia,埃里温,Yerevan',
  '澳大利亚,Australia,堪培拉,Canberra', '奥地利,Austria,维也纳,Vienna', '阿塞拜疆,Azerbaijan,巴库,Baku', '巴哈马,Bahamas,拿骚,Nassau',
  '巴林,Bahrain,麦纳麦,Manama', '孟加拉国,Bangladesh,达卡,Dhaka', '巴巴多斯,Barbados,布里奇顿,Bridgetown', '白俄罗斯,Belarus,明斯克,Minsk',
  '比利时,Belgium,布鲁塞尔,Brussels', '伯利兹,Belize,贝尔莫潘,Belmopan', '贝宁,Benin,波多诺伏,Porto-Novo', '不丹,Bhutan,廷布,Thimphu',
  '玻利维亚,Bolivia,苏克雷,Sucre', '波黑,Bosnia and Herzegovina,萨拉热窝,Sarajevo', '博茨瓦纳,Botswana,哈博罗内,Gaborone', '巴西,Brazil,巴西利亚,Brasilia',
  '文莱,Brunei,斯里巴加湾市,Bandar Seri Begawan', '保加利亚,Bulgaria,索非亚,Sofia', '布基纳法索,Burkina Faso,瓦加杜古,Ouagadougou', '布隆迪,Burundi,基特加,Gitega',
  '佛得角,Cabo Verde/Cape Verde,普拉亚,Praia', '柬埔寨,Cambodia,金边,Phnom Penh', '喀麦隆,Cameroon,雅温得,Yaounde', '加拿大,Canada,渥太华,Ottawa',
  '中非共和国,Central African Republic,班吉,Bangui', '乍得,Chad,恩贾梅纳,N\'Djamena', '智利,Chile,圣地亚哥,Santiago', '哥伦比亚,Colombia,波哥大,Bogota',
  '科摩罗,Comoros,莫罗尼,Moroni', '刚果（布）,Republic of the Congo,布拉柴维尔,Brazzaville', '刚果（金）,Democratic Republic of the Congo,金沙萨,Kinshasa', '哥斯达黎加,Costa Rica,圣何塞,San Jose',
  '科特迪瓦,Cote d\'Ivoire/Ivory Coast,亚穆苏克罗,Yamoussoukro', '克罗地亚,Croatia,萨格勒布,Zagreb', '古巴,Cuba,哈瓦那,Havana', '塞浦路斯,Cyprus,尼科西亚,Nicosia',
  '捷克,Czech Republic/Czechia,布拉格,Prague', '丹麦,Denmark,哥本哈根,Copenhagen', '吉布提,Djibouti,吉布提市,Djibouti City', '多米尼克,Dominica,罗索,Roseau',
  '多米尼加,Dominican Republic,圣多明各,Santo Domingo', '厄瓜多尔,Ecuador,基多,Quito', '埃及,Egypt,开罗,Cairo', '萨尔瓦多,El Salvador,圣萨尔瓦多,San Salvador',
  '赤道几内亚,Equatorial Guinea,马拉博,Malabo', '厄立特里亚,Eritrea,阿斯马拉,Asmara', '爱沙尼亚,Estonia,塔林,Tallinn', '斯威士兰,Eswatini/Swaziland,姆巴巴内,Mbabane',
  '埃塞俄比亚,Ethiopia,亚的斯亚贝巴,Addis Ababa', '斐济,Fiji,苏瓦,Suva', '芬兰,Finland,赫尔辛基,Helsinki', '法国,France,巴黎,Paris',
  '加蓬,Gabon,利伯维尔,Libreville', '冈比亚,Gambia,班珠尔,Banjul', '格鲁吉亚,Georgia,第比利斯,Tbilisi', '德国,Germany,柏林,Berlin',
  '加纳,Ghana,阿克拉,Accra', '希腊,Greece,雅典,Athens', '格林纳达,Grenada,圣乔治,Saint George\'s', '危地马拉,Guatemala,危地马拉城,Guatemala City',
  '几内亚,Guinea,科纳克里,Conakry', '几内亚比绍,Guinea-Bissau,比绍,Bissau', '圭亚那,Guyana,乔治敦,Georgetown', '海地,Haiti,太子港,Port-au-Prince',
  '洪都拉斯,Honduras,特古西加尔巴,Tegucigalpa', '匈牙利,Hungary,布达佩斯,Budapest', '冰岛,Iceland,雷克雅未克,Reykjavik', '印度,India,新德里,New Delhi',
  '印度尼西亚,Indonesia,雅加达,Jakarta', '伊朗,Iran,德黑兰,Tehran', '伊拉克,Iraq,巴格达,Baghdad', '爱尔兰,Ireland,都柏林,Dublin',
  '以色列,Israel,耶路撒冷,Jerusalem', '意大利,Italy,罗马,Rome', '牙买加,Jamaica,金斯敦,Kingston', '日本,Japan,东京,Tokyo',
  '约旦,Jordan,安曼,Amman', '哈萨克斯坦,Kazakhstan,阿斯塔纳,Astana', '肯尼亚,Kenya,内罗毕,Nairobi', '基里巴斯,Kiribati,塔拉瓦,Tarawa',
  '朝鲜,North Korea/DPRK,平壤,Pyongyang', '韩国,South Korea/Republic of Korea,首尔,Seoul', '科威特,Kuwait,科威特城,Kuwait City', '吉尔吉斯斯坦,Kyrgyzstan,比什凯克,Bishkek',
  '老挝,Laos,万象,Vientiane', '拉脱维亚,Latvia,里加,Riga', '黎巴嫩,Lebanon,贝鲁特,Beirut', '莱索托,Lesotho,马塞卢,Maseru',
  '利比里亚,Liberia,蒙罗维亚,Monrovia', '利比亚,Libya,的黎波里,Tripoli', '列支敦士登,Liechtenstein,瓦杜兹,Vaduz', '立陶宛,Lithuania,维尔纽斯,Vilnius',
  '卢森堡,Luxembourg,卢森堡市,Luxembourg City', '马达加斯加,Madagascar,塔那那利佛,Antananarivo', '马拉维,Malawi,利隆圭,Lilongwe', '马来西亚,Malaysia,吉隆坡,Kuala Lumpur',
  '马尔代夫,Maldives,马累,Male', '马里,Mali,巴马科,Bamako', '马耳他,Malta,瓦莱塔,Valletta', '马绍尔群岛,Marshall Islands,马朱罗,Majuro',
  '毛里塔尼亚,Mauritania,努瓦克肖特,Nouakchott', '毛里求斯,Mauritius,路易港,Port Louis', '墨西哥,Mexico,墨西哥城,Mexico City', '密克罗尼西亚,Micronesia,帕利基尔,Palikir',
  '摩尔多瓦,Moldova,基希讷乌,Chisinau', '摩纳哥,Monaco,摩纳哥城,Monaco-Ville', '蒙古国,Mongolia,乌兰巴托,Ulaanbaatar', '黑山,Montenegro,波德戈里察,Podgorica',
  '摩洛哥,Morocco,拉巴特,Rabat', '莫桑比克,Mozambique,马普托,Maputo', '缅甸,Myanmar,内比都,Naypyidaw', '纳米比亚,Namibia,温得和克,Windhoek',
  '瑙鲁,Nauru,亚伦,Yaren', '尼泊尔,Nepal,加德满都,Kathmandu', '荷兰,Netherlands,阿姆斯特丹,Amsterdam', '新西兰,New Zealand,惠灵顿,Wellington',
  '尼加拉瓜,Nicaragua,马那瓜,Managua', '尼日尔,Niger,尼亚美,Niamey', '尼日利亚,Nigeria,阿布贾,Abuja', '北马其顿,North Macedonia,斯科普里,Skopje',
  '挪威,Norway,奥斯陆,Oslo', '阿曼,Oman,马斯喀特,Muscat', '巴基斯坦,Pakistan,伊斯兰堡,Islamabad', '帕劳,Palau,恩吉鲁穆德,Ngerulmud',
  '巴拿马,Panama,巴拿马城,Panama City', '巴布亚新几内亚,Papua New Guinea,莫尔兹比港,Port Moresby', '巴拉圭,Paraguay,亚松森,Asuncion', '秘鲁,Peru,利马,Lima',
  '菲律宾,Philippines,马尼拉,Manila', '波兰,Poland,华沙,Warsaw', '葡萄牙,Portugal,里斯本,Lisbon', '卡塔尔,Qatar,多哈,Doha',
  '罗马尼亚,Romania,布加勒斯特,Bucharest', '俄罗斯,Russia,莫斯科,Moscow', '卢旺达,Rwanda,基加利,Kigali', '圣基茨和尼维斯,Saint Kitts and Nevis,巴斯特尔,Basseterre',
  '圣卢西亚,Saint Lucia,卡斯特里,Castries', '圣文森特和格林纳丁斯,Saint Vincent and the Grenadines,金斯敦,Kingstown', '萨摩亚,Samoa,阿皮亚,Apia', '圣马力诺,San Marino,圣马力诺市,City of San Marino',
  '圣多美和普林西比,Sao Tome and Principe,圣多美,Sao Tome', '沙特阿拉伯,Saudi Arabia,利雅得,Riyadh', '塞内加尔,Senegal,达喀尔,Dakar', '塞尔维亚,Serbia,贝尔格莱德,Belgrade',
  '塞舌尔,Seychelles,维多利亚,Victoria', '塞拉利昂,Sierra Leone,弗里敦,Freetown', '新加坡,Singapore,新加坡,Singapore', '斯洛伐克,Slovakia,布拉迪斯拉发,Bratislava',
  '斯洛文尼亚,Slovenia,卢布尔雅那,Ljubljana', '所罗门群岛,Solomon Islands,霍尼亚拉,Honiara', '索马里,Somalia,摩加迪沙,Mogadishu', '南非,South Africa,比勒陀利亚,Pretoria',
  '南苏丹,South Sudan,朱巴,Juba', '西班牙,Spain,马德里,Madrid', '斯里兰卡,Sri Lanka,科伦坡,Colombo', '苏丹,Sudan,喀土穆,Khartoum',
  '苏里南,Suriname,帕拉马里博,Paramaribo', '瑞典,Sweden,斯德哥尔摩,Stockholm', '瑞士,Switzerland,伯尔尼,Bern', '叙利亚,Syria,大马士革,Damascus',
  '塔吉克斯坦,Tajikistan,杜尚别,Dushanbe', '坦桑尼亚,Tanzania,多多马,Dodoma', '泰国,Thailand,曼谷,Bangkok', '东帝汶,Timor-Leste/East Timor,帝力,Dili',
  '多哥,Togo,洛美,Lome', '汤加,Tonga,努库阿洛法,Nuku\'alofa', '特立尼达和多巴哥,Trinidad and Tobago,西班牙港,Port of Spain', '突尼斯,Tunisia,突尼斯市,Tunis',
  '土耳其,Turkey/Turkiye,安卡拉,Ankara', '土库曼斯坦,Turkmenistan,阿什哈巴德,Ashgabat', '图瓦卢,Tuvalu,富纳富提,Funafuti', '乌干达,Uganda,坎帕拉,Kampala',
  '乌克兰,Ukraine,基辅,Kyiv/Kiev', '阿联酋,United Arab Emirates/UAE,阿布扎比,Abu Dhabi', '英国,United Kingdom/Britain/UK,伦敦,London', '美国,United States/U.S./USA,华盛顿,Washington',
  '乌拉圭,Uruguay,蒙得维的亚,Montevideo', '乌兹别克斯坦,Uzbekistan,塔什干,Tashkent', '瓦努阿图,Vanuatu,维拉港,Port Vila', '委内瑞拉,Venezuela,加拉加斯,Caracas',
  '越南,Vietnam/Viet Nam,河内,Hanoi', '也门,Yemen,萨那,Sanaa', '赞比亚,Zambia,卢萨卡,Lusaka', '津巴布韦,Zimbabwe,哈拉雷,Harare',
  '梵蒂冈,Vatican,梵蒂冈城,Vatican City', '巴勒斯坦,Palestine,拉姆安拉,Ramallah',
].join('|');

/** Major non-capital city, English, country. */
export const WORLD_CITY_ROWS = [
  '纽约,New York,美国', '洛杉矶,Los Angeles,美国', '芝加哥,Chicago,美国', '旧金山,San Francisco,美国', '休斯敦,Houston,美国', '西雅图,Seattle,美国', '波士顿,Boston,美国',
  '硅谷,Silicon Valley,美国', '拉斯维加斯,Las Vegas,美国', '迈阿密,Miami,美国', '费城,Philadelphia,美国', '底特律,Detroit,美国', '亚特兰大,Atlanta,美国', '达拉斯,Dallas,美国',
  '多伦多,Toronto,加拿大', '温哥华,Vancouver,加拿大', '蒙特利尔,Montreal,加拿大',
  '圣保罗,Sao Paulo,巴西', '里约热内卢,Rio de Janeiro,巴西',
  '悉尼,Sydney,澳大利亚', '墨尔本,Melbourne,澳大利亚', '奥克兰,Auckland,新西兰',
  '曼彻斯特,Manchester,英国', '爱丁堡,Edinburgh,英国', '伯明翰,Birmingham,英国', '利物浦,Liverpool,英国',
  '马赛,Marseille,法国', '里昂,Lyon,法国', '戛纳,Cannes,法国', '斯特拉斯堡,Strasbourg,法国',
  '法兰克福,Frankfurt,德国', '慕尼黑,Munich,德国', '汉堡,Hamburg,德国', '杜伊斯堡,Duisburg,德国', '科隆,Cologne,德国', '汉诺威,Hanover,德国',
  '米兰,Milan,意大利', '威尼斯,Venice,意大利', '巴塞罗那,Barcelona,西班牙', '鹿特丹,Rotterdam,荷兰', '海牙,The Hague,荷兰', '日内瓦,Geneva,瑞士', '苏黎世,Zurich,瑞士', '达沃斯,Davos,瑞士',
  '圣彼得堡,Saint Petersburg,俄罗斯', '符拉迪沃斯托克,Vladivostok,俄罗斯', '伊斯坦布尔,Istanbul,土耳其',
  '大阪,Osaka,日本', '横滨,Yokohama,日本', '名古屋,Nagoya,日本', '京都,Kyoto,日本', '釜山,Busan,韩国', '仁川,Incheon,韩国',
  '孟买,Mumbai,印度', '班加罗尔,Bangalore/Bengaluru,印度', '卡拉奇,Karachi,巴基斯坦', '瓜达尔,Gwadar,巴基斯坦', '胡志明市,Ho Chi Minh City,越南', '迪拜,Dubai,阿联酋',
  '吉达,Jeddah,沙特阿拉伯', '约翰内斯堡,Johannesburg,南非', '开普敦,Cape Town,南非', '拉各斯,Lagos,尼日利亚', '蒙巴萨,Mombasa,肯尼亚', '亚历山大,Alexandria,埃及',
].join('|');
