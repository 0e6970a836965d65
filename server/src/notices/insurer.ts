/** The insurer as its notices name it, and how its customers object to a decision. */
export const INSURER_NAME = '华安财产保险股份有限公司';

/** The customer may object within this many days of the decision (stated on the notice). */
export const OBJECTION_DAYS = 60;

export const OBJECTION_CHANNEL = {
  'zh-CN': '客服热线 95500、App「我的理赔」或任一营业网点',
  en: 'our hotline 95500, the "My claims" page of our app or any of our branches',
};
