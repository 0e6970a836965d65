/** Printed labels per document kind; plain data so the font subset can cover them. */

export const INSURERS = {
  nonLife: '中盛财产保险股份有限公司',
  life: '中盛人寿保险股份有限公司',
} as const;

export const CLAIM_FORM = {
  title: '理赔申请书',
  caseNumber: '案件号：',
  policyNumber: '保单号：',
  line: '险种：',
  claimant: '申请人：',
  idNumber: '证件号码：',
  lossAt: '出险时间：',
  lossLocation: '出险地点：',
  narrative: '出险经过：',
  amount: '申请金额：',
  amountWords: '人民币（大写）：',
  bank: '开户银行：',
  account: '账号：',
  holder: '户名：',
  declaration: '本人声明以上所填内容及所附材料均真实有效，如有虚假，愿承担相应法律责任。',
  signature: '申请人签名：',
  date: '申请日期：',
} as const;

export const ID_CARD = {
  title: '居民身份证（复印件）',
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  birth: '出生',
  address: '住址',
  idNumber: '公民身份号码',
  authority: '签发机关',
  validity: '有效期限',
  country: '中华人民共和国',
  cardName: '居民身份证',
  stamp: '仅供理赔使用，他用无效',
} as const;

export const BANK_CARD = {
  title: '银行卡（复印件）',
  bank: '开户银行：',
  cardNumber: '卡号：',
  holder: '户名：',
  debit: '借记卡',
  unionPay: '银联',
  stamp: '仅供理赔使用，他用无效',
} as const;

export const MEDICAL_INVOICE = {
  title: '医疗住院收费票据（电子）',
  code: '票据代码：',
  number: '票据号码：',
  payer: '交款人：',
  gender: '性别：',
  date: '开票日期：',
  inpatientNo: '住院号：',
  stay: '住院时间：',
  to: '至',
  item: '项目名称',
  amount: '金额（元）',
  totalWords: '合计（大写）：',
  total: '合计（小写）：',
  fund: '医保统筹基金支付：',
  selfPay: '个人支付：',
  payee: '收款单位（章）：',
  checker: '复核人：',
  cashier: '收款人：',
} as const;

export const EXPENSE_LIST = {
  title: '住院费用明细清单',
  name: '姓名：',
  inpatientNo: '住院号：',
  department: '科室：',
  seq: '序号',
  item: '项目名称',
  unit: '单位',
  quantity: '数量',
  unitPrice: '单价',
  amount: '金额',
  total: '合计：',
  printed: '打印日期：',
} as const;

export const DISCHARGE_SUMMARY = {
  title: '出院小结',
  name: '姓名：',
  gender: '性别：',
  age: '年龄：',
  years: '岁',
  department: '科室：',
  inpatientNo: '住院号：',
  admitted: '入院日期：',
  discharged: '出院日期：',
  days: '住院天数：',
  dayUnit: '天',
  admissionDiagnosis: '入院诊断：',
  dischargeDiagnosis: '出院诊断：',
  course: '诊疗经过：',
  advice: '出院医嘱：',
  doctor: '医师签名：',
} as const;

export const DIAGNOSIS_CERTIFICATE = {
  title: '诊断证明书',
  name: '姓名：',
  gender: '性别：',
  age: '年龄：',
  years: '岁',
  department: '科室：',
  outpatientNo: '门诊号：',
  diagnosis: '诊断：',
  advice: '建议：',
  adviceText: '建议休息，门诊随访，如有不适及时就诊。',
  doctor: '医师：',
  date: '日期：',
  note: '（本证明加盖医院诊断证明专用章有效）',
} as const;

export const ACCIDENT_CERTIFICATE = {
  title: '道路交通事故认定书',
  number: '{prefix}公交认字[{year}]第{serial}号',
  time: '交通事故时间：',
  place: '交通事故地点：',
  party: '当事人：',
  plate: '机动车号牌：',
  vehicle: '车辆品牌型号：',
  facts: '交通事故事实：',
  responsibility: '当事人导致交通事故的过错及责任：',
  bears: '承担此次事故的',
  officer: '交通警察：',
  date: '认定日期：',
  seal: '（公安机关交通管理部门印章）',
  police: '公安局',
} as const;

export const REPAIR_INVOICE = {
  title: '增值税电子普通发票',
  subtitle: '（机动车维修）',
  code: '发票代码：',
  number: '发票号码：',
  date: '开票日期：',
  checkCode: '校验码：',
  buyer: '购买方名称：',
  seller: '销售方名称：',
  item: '货物或应税劳务、服务名称',
  quantity: '数量',
  unitPrice: '单价',
  amount: '金额',
  totalWords: '价税合计（大写）：',
  total: '（小写）',
  remarks: '备注：',
  plate: '车牌号：',
  vehicle: '车型：',
  taxFree: '免税',
  issuer: '开票人：',
} as const;

export const LOSS_LIST = {
  title: '财产损失清单',
  insured: '被保险人：',
  policyNumber: '保单号：',
  cause: '出险原因：',
  place: '出险地点：',
  seq: '序号',
  item: '损失项目',
  unit: '单位',
  quantity: '数量',
  unitPrice: '单价（元）',
  amount: '损失金额（元）',
  total: '合计：',
  date: '填报日期：',
  seal: '被保险人（盖章）：',
} as const;

export const DEATH_CERTIFICATE = {
  title: '居民死亡医学证明（推断）书',
  name: '死者姓名：',
  gender: '性别：',
  ethnicity: '民族：',
  idNumber: '身份证件号码：',
  deathAt: '死亡日期：',
  place: '死亡地点：',
  cause: '直接死亡原因：',
  unit: '填报单位：',
  doctor: '医师签名：',
  date: '填报日期：',
  informant: '申报人：',
  relation: '与死者关系：',
} as const;

export const CLAIM_LETTER = {
  title: '索赔函',
  to: '致：',
  event: '事故经过：',
  details: '损失明细：',
  item: '项目',
  amount: '金额（元）',
  total: '合计：',
  claimant: '索赔人：',
  date: '日期：',
} as const;

export const COMMON = {
  yuan: '元',
  currency: '¥',
  page: '第1页 共1页',
  seal: '（盖章）',
} as const;

/** Chinese financial numerals (大写金额). */
export const AMOUNT_WORDS = {
  digits: '零壹贰叁肆伍陆柒捌玖',
  units: '拾佰仟',
  groups: '万亿',
  yuan: '元',
  jiao: '角',
  fen: '分',
  whole: '整',
} as const;

/** Date and time formatting characters. */
export const DATE_CHARS = '年月日时分秒至长期';

/** Punctuation the templates and narratives use. */
export const PUNCTUATION = '：，。、（）；“”—·×';
