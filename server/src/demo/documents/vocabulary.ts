import { INDUSTRIES, TRADE_NAMES } from '../people';
/**
 * Everything the demo documents can print besides names, numbers and the
 * case's own facts. Kept as plain data so charset.ts can collect every
 * character the font subset must cover.
 */

export const CITIES = [
  '上海',
  '广州',
  '北京',
  '深圳',
  '杭州',
  '南京',
  '苏州',
  '成都',
  '武汉',
  '天津',
  '重庆',
  '西安',
] as const;

/** Licence-plate prefixes by city; other cities fall back to the first. */
export const PLATE_PREFIX: Record<string, string> = {
  上海: '沪',
  广州: '粤A',
  深圳: '粤B',
  北京: '京',
  杭州: '浙A',
  南京: '苏A',
  苏州: '苏E',
  成都: '川A',
  武汉: '鄂A',
  天津: '津',
  重庆: '渝',
  西安: '陕A',
};

export const DISTRICTS = [
  '浦东新区',
  '黄浦区',
  '天河区',
  '越秀区',
  '朝阳区',
  '海淀区',
  '西湖区',
  '鼓楼区',
  '武侯区',
  '江汉区',
];
export const ROADS = [
  '人民路',
  '中山路',
  '解放路',
  '建设路',
  '长江路',
  '延安路',
  '南京路',
  '淮海路',
  '滨江大道',
  '世纪大道',
  '和平街',
  '新华路',
  '光明路',
  '东风路',
  '迎宾大道',
  '工业路',
  '文化路',
  '学院路',
  '花园街',
  '北京路',
];

export const HOSPITAL_SUFFIXES = [
  '第一人民医院',
  '第二人民医院',
  '第六人民医院',
  '中心医院',
  '中医医院',
  '人民医院',
  '中西医结合医院',
  '第三人民医院',
];
export const DEPARTMENTS = [
  '骨科',
  '普通外科',
  '心血管内科',
  '神经内科',
  '呼吸内科',
  '消化内科',
  '肿瘤科',
  '急诊科',
  '泌尿外科',
  '神经外科',
  '内分泌科',
  '胸外科',
];
export const DOCTOR_TITLES = ['主任医师', '副主任医师', '主治医师'];

export const MEDICAL_DIAGNOSES = [
  '急性阑尾炎',
  '社区获得性肺炎',
  '2型糖尿病',
  '胆囊结石伴慢性胆囊炎',
  '腰椎间盘突出症',
  '急性胃肠炎',
  '冠状动脉粥样硬化性心脏病',
  '高血压病3级',
  '支气管哮喘急性发作',
  '输尿管结石',
  '腹股沟疝',
  '甲状腺结节',
];
export const CRITICAL_DIAGNOSES = [
  '恶性肿瘤（肺腺癌）',
  '急性心肌梗死',
  '脑梗死后遗症',
  '恶性肿瘤（乳腺浸润性导管癌）',
  '恶性肿瘤（结肠腺癌）',
  '终末期肾病',
  '冠状动脉搭桥术后',
  '恶性肿瘤（甲状腺乳头状癌）',
];
export const INJURY_DIAGNOSES = [
  '左桡骨远端骨折',
  '右踝关节扭伤',
  '头皮裂伤',
  '左锁骨骨折',
  '腰椎压缩性骨折',
  '右手掌挫裂伤',
  '多发肋骨骨折',
  '右胫腓骨骨折',
  '脑震荡',
];
export const CAUSES_OF_DEATH = [
  '心源性猝死',
  '呼吸循环衰竭',
  '多器官功能衰竭',
  '重型颅脑损伤',
  '脑出血',
  '急性心肌梗死',
];
/** The claimant's relation to a deceased insured born a generation earlier. */
export const RELATIONS = ['配偶', '子女'];

/** Categories on a hospital fee receipt (医疗收费票据). */
export const MEDICAL_FEE_CATEGORIES = [
  '西药费',
  '中成药费',
  '检查费',
  '化验费',
  '治疗费',
  '手术费',
  '卫生材料费',
  '床位费',
  '护理费',
  '诊察费',
];

/** Itemised expense list rows: name, unit, typical unit price in yuan. */
export const EXPENSE_ITEMS: readonly (readonly [string, string, number])[] = [
  ['头孢呋辛钠注射液 0.75g', '支', 18],
  ['氯化钠注射液 250ml', '袋', 6],
  ['葡萄糖注射液 500ml', '袋', 7],
  ['奥美拉唑肠溶胶囊 20mg', '盒', 32],
  ['布洛芬缓释胶囊 0.3g', '盒', 24],
  ['阿托伐他汀钙片 20mg', '盒', 56],
  ['血常规检查', '次', 25],
  ['肝功能检查', '次', 80],
  ['肾功能检查', '次', 60],
  ['胸部CT平扫', '次', 280],
  ['腹部彩色多普勒超声', '次', 180],
  ['核磁共振成像', '次', 650],
  ['心电图检查', '次', 30],
  ['静脉输液', '次', 12],
  ['伤口换药', '次', 35],
  ['清创缝合术', '次', 220],
  ['一次性输液器', '套', 8],
  ['医用外科口罩', '个', 1],
  ['普通病房床位费', '日', 60],
  ['二级护理', '日', 28],
  ['住院诊察费', '日', 20],
  ['腹腔镜阑尾切除术', '次', 2600],
  ['内固定钢板', '套', 4800],
];

export const GARAGE_TRADES = [
  '安达',
  '顺通',
  '车之家',
  '诚信',
  '骏驰',
  '宝丰',
  '永达',
  '通利',
  '驰诚',
  '恒信',
];
export const GARAGE_SUFFIX = '汽车维修服务有限公司';
export const VEHICLES = [
  '大众朗逸',
  '丰田卡罗拉',
  '本田雅阁',
  '日产轩逸',
  '比亚迪秦PLUS',
  '吉利帝豪',
  '别克英朗',
  '长安CS75',
  '哈弗H6',
  '特斯拉Model 3',
  '五菱宏光',
  '奥迪A4L',
];
export const REPAIR_ITEMS: readonly (readonly [string, number])[] = [
  ['前保险杠总成', 1800],
  ['左前大灯总成', 2400],
  ['发动机盖钣金修复', 900],
  ['左前翼子板喷漆', 700],
  ['水箱框架', 1100],
  ['中网', 650],
  ['右后视镜总成', 980],
  ['后保险杠喷漆', 800],
  ['左后车门钣金喷漆', 1500],
  ['挡风玻璃', 2100],
  ['四轮定位', 260],
  ['维修工时费', 1200],
];
export const LIABILITIES = ['全部责任', '主要责任', '同等责任', '次要责任'];
export const POLICE_UNITS = [
  '交通警察支队第一大队',
  '交通警察支队第二大队',
  '交通警察支队高速公路大队',
  '交通警察支队第四大队',
];

export const BANKS = [
  '中国工商银行',
  '中国建设银行',
  '中国农业银行',
  '中国银行',
  '招商银行',
  '交通银行',
  '中国邮政储蓄银行',
  '兴业银行',
  '浦发银行',
];

export const PROPERTY_CAUSES = ['火灾', '暴雨内涝', '盗窃', '台风', '管道爆裂'];
export const PROPERTY_ITEMS: readonly (readonly [string, string, number])[] = [
  ['数控加工中心', '台', 380_000],
  ['仓储货架', '组', 6_500],
  ['库存商品（服装）', '批', 120_000],
  ['办公电脑', '台', 6_800],
  ['中央空调室外机组', '台', 45_000],
  ['原材料（冷轧钢板）', '吨', 5_200],
  ['电动叉车', '台', 86_000],
  ['监控设备', '套', 18_000],
  ['装修损失', '项', 90_000],
  ['配电柜及电气线路', '套', 32_000],
  ['冷藏库存货', '批', 150_000],
];

export const LIABILITY_ITEMS = [
  '医疗费',
  '误工费',
  '护理费',
  '交通费',
  '营养费',
  '财产损失',
  '鉴定费',
];
export const THIRD_PARTY_COMPANIES = [
  '海纳商贸有限公司',
  '明辉物业管理有限公司',
  '宏远装饰工程有限公司',
  '金桥餐饮有限公司',
];
/** Enterprise naming as in organisation.ts: city + trade name + industry + suffix. */
export const ENTERPRISE_TRADES = TRADE_NAMES;
export const ENTERPRISE_INDUSTRIES = INDUSTRIES;
export const ENTERPRISE_SUFFIX = '有限公司';

export const LINE_NAMES = {
  AUTO: '机动车辆保险',
  MEDICAL: '医疗保险',
  CI: '重大疾病保险',
  LIFE: '人寿保险',
  ACCIDENT: '意外伤害保险',
  PROPERTY: '企业财产保险',
  LIABILITY: '公众责任保险',
} as const;

/** Free-text templates; {name}-style placeholders are filled by fill(). */
export const NARRATIVES = {
  AUTO: [
    '{time}，{name}驾驶{plate}{vehicle}行驶至{location}时，与前方车辆发生追尾碰撞，造成车辆损坏。',
    '{time}，{name}驾驶{plate}{vehicle}在{location}路口左转时，与直行车辆发生碰撞，造成车辆损坏。',
    '{time}，{name}驾驶{plate}{vehicle}倒车时，在{location}附近刮擦路边护栏，造成车辆损坏。',
  ],
  MEDICAL: ['{time}，被保险人{name}因身体不适至{hospital}就诊，经诊断为{diagnosis}，住院治疗。'],
  CI: ['{time}，被保险人{name}在{hospital}经检查确诊为{diagnosis}，现申请重大疾病保险金。'],
  LIFE: ['{time}，被保险人{deceased}因{cause}身故，受益人{name}申请身故保险金。'],
  ACCIDENT: [
    '{time}，被保险人{name}在{location}不慎摔倒受伤，送{hospital}治疗，诊断为{diagnosis}。',
  ],
  PROPERTY: ['{time}，被保险人位于{location}的经营场所因{peril}受损，造成财产损失。'],
  LIABILITY: [
    '{time}，第三者{third}在被保险人位于{location}的经营场所内受到损害，现向被保险人索赔。',
  ],
} as const;

export const TREATMENT_SUMMARIES = [
  '入院后完善相关检查，予以抗感染、补液、对症支持治疗，病情好转，准予出院。',
  '入院后完善术前检查，在全麻下行手术治疗，术后恢复良好，切口愈合，准予出院。',
  '入院后予以对症治疗及康复指导，症状明显缓解，一般情况可，准予出院。',
];
export const DISCHARGE_ADVICE = [
  '出院后注意休息，按时服药，两周后门诊复查。',
  '出院后避免剧烈运动，定期复查，不适随诊。',
];
export const CLAIM_LETTER_BODY = [
  '因上述事故，本人遭受人身及财产损失，依据相关法律规定，贵单位应承担相应赔偿责任。',
  '现将损失明细列明如下，请贵单位于收到本函之日起十五日内予以书面答复并赔偿。',
];

/** Systems that normally issue each kind of document. */
export const ISSUING_PRODUCERS: Record<string, readonly string[]> = {
  invoice: [
    'iText® 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)',
    '全国统一电子发票服务平台 v2.1',
  ],
  hospital: ['医院信息系统 HIS 电子票据模块 3.2', 'FastReport .NET 2022.3'],
  police: ['公安交通管理综合应用平台 PDF 输出 2.0'],
  insurer: ['JasperReports Library version 6.20.0', '理赔服务平台 PDF 服务 4.1'],
  scan: ['Canon iR-ADV C5535 PDF', 'HP Scan 49.1'],
};
export const EDITING_PRODUCERS = [
  'Adobe Acrobat Pro DC 23.8.20470',
  'Adobe Acrobat Pro DC (32-bit) 21.1.20155',
  '福昕PDF编辑器 12.1.2.15332',
  'Foxit PhantomPDF 10.1.0.37527',
  '万兴PDF专家 9.5.7',
];

export const PHONES: readonly { make: string; model: string; software: string }[] = [
  { make: 'HUAWEI', model: 'ELS-AN00', software: 'HarmonyOS 4.2.0' },
  { make: 'Xiaomi', model: '2211133C', software: 'MIUI 14.0.9' },
  { make: 'Apple', model: 'iPhone 13', software: '17.5.1' },
  { make: 'Apple', model: 'iPhone 15 Pro', software: '17.6' },
  { make: 'OPPO', model: 'PGBM10', software: 'ColorOS 14' },
  { make: 'vivo', model: 'V2163A', software: 'OriginOS 4' },
  { make: 'HONOR', model: 'ANY-AN00', software: 'MagicOS 8.0' },
];

export const GENDERS = ['男', '女'] as const;
export const ETHNICITY = '汉';
export const ISSUING_AUTHORITY_SUFFIX = '公安局';

/** Fills {name}-style placeholders; an unknown placeholder is a template bug. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template placeholder {${key}} has no value`);
    return value;
  });
}
