/** Decision notices (理赔决定通知书): the model and its PDF. */
export {
  AccountNumber,
  DECISIONS,
  Decision,
  DecisionNotice,
  type DecisionNoticeInput,
  Deduction,
  Denial,
  InvalidDecisionNoticeError,
  NOTICE_LANGUAGES,
  type NoticeLanguage,
  NoticeText,
  Objection,
  Payee,
  parseDecisionNotice,
} from './decision-notice-model';
export { clausesReliedOn, deriveDeductions } from './compose-notice';
export { preloadNoticeFont } from './notice-font';
export { renderDecisionNotice } from './render-decision-notice';
