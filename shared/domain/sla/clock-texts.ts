import type { ClockKind } from './sla-catalogue';

/** UI text in both shipped locales; shared frozen objects so results never copy strings. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

const text = (zh: string, en: string): LocalizedText => Object.freeze({ 'zh-CN': zh, en });

export interface ClockTexts {
  readonly label: LocalizedText;
  readonly nextAction: LocalizedText;
  /** What to do once the ending event came after the deadline. */
  readonly lateAction?: LocalizedText;
}

export const NOTHING_TO_DO = text('无需操作', 'Nothing to do');
export const RECORD_DELAY = text('记录延误原因', 'Record the reason for the delay');
export const ASSIGN_ADVISOR = text(
  '指派专属理赔顾问并致电客户',
  'Assign a dedicated advisor and call the customer',
);

const PAY = text('支付赔款', 'Pay the claim');

export const CLOCK_TEXTS: Readonly<Record<ClockKind, ClockTexts>> = {
  'case-number': {
    label: text('受理并告知案号（即时）', 'Case number issued and told (immediately)'),
    nextAction: text(
      '受理报案，生成案号并告知客户',
      'Accept the report and tell the customer its case number',
    ),
  },
  'advisor-first-contact': {
    label: text('专属顾问首次联系（2小时）', 'Dedicated advisor first contact (2 h)'),
    nextAction: text('专属顾问致电客户', 'Dedicated advisor to call the customer'),
  },
  'small-claim-decision': {
    label: text('小额案件自动核赔（24小时）', 'Small-claim auto-adjudication (24 h)'),
    nextAction: text('完成核赔决定', 'Decide the claim'),
  },
  'complex-property-target': {
    label: text('复杂大额财产险案件（5日目标）', 'Complex large property case (5-day target)'),
    nextAction: text('推进定损理算并作出决定', 'Push assessment and adjustment to a decision'),
  },
  'progress-call': {
    label: text('复杂案件每周进度沟通', 'Weekly progress call (complex case)'),
    nextAction: text('致电客户告知案件进度', 'Call the customer with a progress update'),
  },
  'complex-decision': {
    label: text('复杂案件核定（30日）', 'Decision on a complex claim (30 days)'),
    nextAction: text('作出核定并通知客户', 'Decide and notify the customer'),
  },
  'advance-payment': {
    label: text('60日先予支付', 'Advance payment at 60 days'),
    nextAction: text(
      '确定赔款金额，或先行支付可确定部分',
      'Settle the amount, or pay the determinable part first',
    ),
  },
  'payment-law': {
    label: text('达成协议后10日内赔付', 'Payment within 10 days of agreement'),
    nextAction: PAY,
  },
  'payment-target': {
    label: text('赔付流程目标（1–3个工作日）', 'Payment target (1–3 working days)'),
    nextAction: PAY,
  },
  'denial-notice': {
    label: text('拒赔通知（3日）', 'Denial notice (3 days)'),
    nextAction: text('发出拒赔通知书并说明理由', 'Send the denial notice with reasons'),
  },
  'complaint-response': {
    label: text('投诉响应（1小时）', 'Complaint response (1 h)'),
    nextAction: text('联系投诉客户', 'Respond to the complainant'),
  },
  'complaint-ordinary': {
    label: text('一般投诉解决（4小时）', 'Ordinary complaint solved (4 h)'),
    nextAction: text('解决问题或升级为复杂纠纷', 'Solve the issue or escalate it as a dispute'),
  },
  'complaint-dispute': {
    label: text('复杂纠纷解决方案（3日）', 'Dispute solution (3 days)'),
    nextAction: text('向客户提出解决方案', 'Propose a solution to the customer'),
  },
  'complaint-revisit': {
    label: text('投诉回访（1周）', 'Complaint revisit (1 week)'),
    nextAction: text('回访投诉客户', 'Revisit the complainant'),
  },
  'satisfaction-follow-up': {
    label: text('结案满意度回访（3日）', 'Satisfaction follow-up (3 days)'),
    nextAction: text('完成满意度回访', 'Run the satisfaction survey'),
  },
  limitation: {
    label: text('索赔诉讼时效', "Claimant's limitation period"),
    nextAction: text(
      '提醒客户在时效届满前提出索赔',
      'Remind the claimant to claim before the limitation expires',
    ),
    lateAction: text(
      '索赔晚于诉讼时效：提交法务审核',
      'Claimed after the limitation period: refer to legal review',
    ),
  },
};
