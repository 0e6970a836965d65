import type { Line } from '@shared/domain/lines';
import type { Decision, Deduction, NoticeLanguage } from './decision-notice-model';

/** Every fixed word the notice prints, per language; zh-CN is the reference wording. */
export interface NoticeLabels {
  title: string;
  salutation: (customer: string) => string;
  intro: (policyNumber: string, caseNumber: string) => string;
  caseNumber: string;
  policyNumber: string;
  line: string;
  customer: string;
  insurer: string;
  decisionDate: string;
  decisionHeading: (decision: string) => string;
  decisions: Record<Decision, string>;
  lines: Record<Line, string>;
  payable: string;
  refund: string;
  denialHeading: string;
  denialClause: string;
  denialExplanation: string;
  stepsHeading: string;
  stepColumns: readonly [string, string, string, string];
  catalogueVersion: (version: string) => string;
  basisHeading: string;
  clauses: string;
  deductions: string;
  deductionColumns: readonly [string, string, string];
  deductionKinds: Record<Deduction['kind'], string>;
  none: string;
  payeeHeading: string;
  payeeName: string;
  bankName: string;
  account: string;
  objectionHeading: string;
  objection: (deadline: string, channel: string) => string;
  pageOf: (page: number, total: number) => string;
  date: (year: number, month: number, day: number) => string;
  /** Locale for `formatFen`. */
  moneyLocale: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const NOTICE_LABELS: Record<NoticeLanguage, NoticeLabels> = {
  'zh-CN': {
    title: '理赔决定通知书',
    salutation: (customer) => `尊敬的${customer}：`,
    intro: (policy, caseNumber) =>
      `关于您在保单 ${policy} 项下的理赔申请（案件号 ${caseNumber}），我公司已审核完毕，现将理赔决定通知如下。`,
    caseNumber: '案件号',
    policyNumber: '保单号',
    line: '险种',
    customer: '客户',
    insurer: '保险公司',
    decisionDate: '决定日期',
    decisionHeading: (decision) => `理赔决定：${decision}`,
    decisions: { approved: '予以赔付', partial: '部分赔付', denied: '拒绝赔付' },
    lines: {
      AUTO: '车险',
      MEDICAL: '医疗险',
      CI: '重大疾病保险',
      LIFE: '寿险',
      ACCIDENT: '意外险',
      PROPERTY: '财产险',
      LIABILITY: '责任险',
    },
    payable: '核定赔付金额',
    refund: '退还金额',
    denialHeading: '拒赔理由',
    denialClause: '条款依据',
    denialExplanation: '说明',
    stepsHeading: '理算过程',
    stepColumns: ['序号', '计算说明', '条款依据', '结果金额'],
    catalogueVersion: (version) => `理算规则版本：${version}`,
    basisHeading: '决定依据',
    clauses: '所依据的条款',
    deductions: '免赔额、赔付比例与责任免除',
    deductionColumns: ['项目', '条款依据', '金额或比例'],
    deductionKinds: { deductible: '免赔额', ratio: '赔付比例', excluded: '责任免除' },
    none: '无',
    payeeHeading: '收款信息',
    payeeName: '收款人',
    bankName: '开户银行',
    account: '收款账号（仅显示后四位）',
    objectionHeading: '异议与申诉',
    objection: (deadline, channel) =>
      `如您对本决定有异议，请于 ${deadline} 前通过${channel}向我公司提出，并说明理由、附上相关材料。我公司收到后将重新审核并答复您。您也可以依法申请调解、仲裁或向人民法院提起诉讼。`,
    pageOf: (page, total) => `第 ${page} 页 / 共 ${total} 页`,
    date: (year, month, day) => `${year}年${month}月${day}日`,
    moneyLocale: 'zh-CN',
  },
  en: {
    title: 'Claim Decision Notice',
    salutation: (customer) => `Dear ${customer},`,
    intro: (policy, caseNumber) =>
      `We have completed our review of your claim under policy ${policy} (case ${caseNumber}). Our decision is set out below.`,
    caseNumber: 'Case number',
    policyNumber: 'Policy number',
    line: 'Line of insurance',
    customer: 'Customer',
    insurer: 'Insurer',
    decisionDate: 'Decision date',
    decisionHeading: (decision) => `Decision: ${decision}`,
    decisions: { approved: 'Approved', partial: 'Partly approved', denied: 'Denied' },
    lines: {
      AUTO: 'Motor',
      MEDICAL: 'Medical',
      CI: 'Critical illness',
      LIFE: 'Life',
      ACCIDENT: 'Personal accident',
      PROPERTY: 'Property',
      LIABILITY: 'Liability',
    },
    payable: 'Amount payable',
    refund: 'Amount refunded',
    denialHeading: 'Reasons for the denial',
    denialClause: 'Clause',
    denialExplanation: 'Explanation',
    stepsHeading: 'How the amount was calculated',
    stepColumns: ['No.', 'Calculation', 'Clause', 'Running amount'],
    catalogueVersion: (version) => `Rules catalogue version: ${version}`,
    basisHeading: 'Basis of the decision',
    clauses: 'Clauses relied on',
    deductions: 'Deductibles, ratios and exclusions',
    deductionColumns: ['Item', 'Clause', 'Amount or ratio'],
    deductionKinds: { deductible: 'Deductible', ratio: 'Ratio applied', excluded: 'Excluded' },
    none: 'None',
    payeeHeading: 'Payment details',
    payeeName: 'Payee',
    bankName: 'Bank',
    account: 'Account (last 4 digits only)',
    objectionHeading: 'If you disagree',
    objection: (deadline, channel) =>
      `If you disagree with this decision, please tell us by ${deadline} through ${channel}, giving your reasons and any supporting documents. We will review the decision again and reply to you. You may also seek mediation or arbitration, or bring proceedings in a people's court, as the law provides.`,
    pageOf: (page, total) => `Page ${page} of ${total}`,
    date: (year, month, day) => `${day} ${MONTHS[month - 1] ?? ''} ${year}`,
    moneyLocale: 'en',
  },
};
