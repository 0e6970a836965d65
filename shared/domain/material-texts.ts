import type { MaterialCode } from './materials';

export type NoticeLanguage = 'zh-CN' | 'en';

interface MaterialText {
  name: Record<NoticeLanguage, string>;
  /** What the customer does to supply it, in plain words. */
  how: Record<NoticeLanguage, string>;
}

/**
 * Names and instructions for every checklist item. The workstation shows the
 * names; the missing-materials notice prints both, so the customer can act
 * on it without calling back.
 */
export const MATERIAL_TEXTS: Record<MaterialCode, MaterialText> = {
  'claim-form': {
    name: { 'zh-CN': '理赔申请书', en: 'Claim form' },
    how: {
      'zh-CN': '填写并签署理赔申请书，拍照或扫描上传。',
      en: 'Fill in and sign the claim form, then upload a photo or scan.',
    },
  },
  'claimant-id': {
    name: { 'zh-CN': '申请人身份证', en: "Claimant's ID card" },
    how: {
      'zh-CN': '上传身份证正反面照片，四角完整、字迹清晰。',
      en: 'Upload photos of both sides of the ID card, all four corners visible.',
    },
  },
  'payee-bank-card': {
    name: { 'zh-CN': '领款人银行卡', en: "Payee's bank card" },
    how: {
      'zh-CN': '上传领款人本人名下银行卡正面照片。',
      en: "Upload a photo of the front of a bank card in the payee's own name.",
    },
  },
  'vehicle-licence': {
    name: { 'zh-CN': '行驶证', en: 'Vehicle licence' },
    how: {
      'zh-CN': '上传行驶证主页和副页照片。',
      en: 'Upload photos of the main and supplementary pages of the vehicle licence.',
    },
  },
  'driver-licence': {
    name: { 'zh-CN': '驾驶证', en: "Driver's licence" },
    how: {
      'zh-CN': '上传出险时驾驶人的驾驶证照片。',
      en: 'Upload a photo of the licence of whoever was driving at the time.',
    },
  },
  'liability-certificate': {
    name: { 'zh-CN': '事故认定书', en: 'Accident liability certificate' },
    how: {
      'zh-CN': '上传交警出具的事故责任认定书或快处协议书。',
      en: 'Upload the liability certificate or quick-settlement agreement from the traffic police.',
    },
  },
  'damage-photos': {
    name: { 'zh-CN': '损失照片', en: 'Damage photos' },
    how: {
      'zh-CN': '上传受损部位的清晰照片，含全景和近景。',
      en: 'Upload clear photos of the damage, both wide and close up.',
    },
  },
  'repair-invoice': {
    name: { 'zh-CN': '维修发票', en: 'Repair invoice' },
    how: {
      'zh-CN': '上传维修厂开具的发票及维修清单。',
      en: "Upload the repair shop's invoice and its list of work done.",
    },
  },
  'medical-invoices': {
    name: { 'zh-CN': '医疗发票', en: 'Medical invoices' },
    how: {
      'zh-CN': '上传医院开具的全部医疗费用发票原件照片。',
      en: 'Upload photos of every original medical invoice from the hospital.',
    },
  },
  'expense-list': {
    name: { 'zh-CN': '费用清单', en: 'Itemised expense list' },
    how: {
      'zh-CN': '向医院收费处索取住院费用明细清单并上传。',
      en: "Ask the hospital's billing office for the itemised expense list and upload it.",
    },
  },
  'discharge-summary': {
    name: { 'zh-CN': '出院小结或门诊病历', en: 'Discharge summary or outpatient record' },
    how: {
      'zh-CN': '上传出院小结；门诊就诊请上传门诊病历。',
      en: 'Upload the discharge summary, or the outpatient record for a clinic visit.',
    },
  },
  'diagnosis-certificate': {
    name: { 'zh-CN': '诊断证明', en: 'Diagnosis certificate' },
    how: {
      'zh-CN': '上传医院盖章的诊断证明书。',
      en: 'Upload the diagnosis certificate bearing the hospital stamp.',
    },
  },
  'pathology-reports': {
    name: { 'zh-CN': '病理或检查报告', en: 'Pathology or examination reports' },
    how: {
      'zh-CN': '上传支持诊断的病理报告或检查报告。',
      en: 'Upload the pathology or examination reports that support the diagnosis.',
    },
  },
  'death-certificate': {
    name: { 'zh-CN': '死亡证明', en: 'Death certificate' },
    how: {
      'zh-CN': '上传医院或公安机关出具的死亡证明。',
      en: 'Upload the death certificate issued by the hospital or the police.',
    },
  },
  'household-cancellation': {
    name: { 'zh-CN': '户籍注销证明', en: 'Household-register cancellation' },
    how: {
      'zh-CN': '到派出所办理户籍注销后上传证明。',
      en: 'Cancel the household registration at the police station and upload the proof.',
    },
  },
  'beneficiary-proof': {
    name: { 'zh-CN': '受益人身份及关系证明', en: "Beneficiary's ID and proof of relationship" },
    how: {
      'zh-CN': '上传受益人身份证及户口簿、结婚证等关系证明。',
      en: "Upload the beneficiary's ID card and proof of relationship (household register, marriage certificate).",
    },
  },
  'accident-proof': {
    name: { 'zh-CN': '意外事故证明', en: 'Accident certificate' },
    how: {
      'zh-CN': '上传单位、社区或公安机关出具的事故证明。',
      en: 'Upload the accident certificate from the employer, community or police.',
    },
  },
  'loss-list': {
    name: { 'zh-CN': '损失清单', en: 'List of losses' },
    how: {
      'zh-CN': '列明受损财产名称、数量及价值并加盖公章。',
      en: 'List the damaged property with quantities and values, stamped by the company.',
    },
  },
  'ownership-proof': {
    name: { 'zh-CN': '权属或价值证明', en: 'Proof of ownership or value' },
    how: {
      'zh-CN': '上传购货发票、合同或账册等证明。',
      en: 'Upload purchase invoices, contracts or ledgers that prove ownership and value.',
    },
  },
  'third-party-claim': {
    name: { 'zh-CN': '第三方索赔函', en: 'Third-party claim letter' },
    how: {
      'zh-CN': '上传第三方提出索赔的书面函件。',
      en: 'Upload the letter in which the third party makes its claim.',
    },
  },
  'loss-evidence': {
    name: { 'zh-CN': '损失证据', en: 'Evidence of loss' },
    how: {
      'zh-CN': '上传证明第三方损失金额的单据。',
      en: "Upload the papers that prove the amount of the third party's loss.",
    },
  },
  'power-of-attorney': {
    name: { 'zh-CN': '授权委托书', en: 'Power of attorney' },
    how: {
      'zh-CN': '他人代为申请时，上传被保险人签署的授权委托书。',
      en: 'When someone else claims, upload the power of attorney signed by the insured.',
    },
  },
  'third-party-medical-invoices': {
    name: { 'zh-CN': '三者医疗发票', en: 'Third-party medical invoices' },
    how: {
      'zh-CN': '有第三方人伤时，上传其医疗发票。',
      en: 'When a third party was injured, upload their medical invoices.',
    },
  },
  'police-report': {
    name: { 'zh-CN': '报案回执', en: 'Police report' },
    how: {
      'zh-CN': '车辆被盗时，上传公安机关的报案回执。',
      en: 'For a stolen vehicle, upload the receipt of the police report.',
    },
  },
  'social-insurance-statement': {
    name: { 'zh-CN': '医保结算单', en: 'Social-insurance settlement statement' },
    how: {
      'zh-CN': '使用医保结算的，上传医保结算单。',
      en: 'If social insurance paid part of the bill, upload its settlement statement.',
    },
  },
  'medical-records': {
    name: { 'zh-CN': '病历', en: 'Medical records' },
    how: {
      'zh-CN': '上传相关就诊病历。',
      en: 'Upload the medical records of the relevant visits.',
    },
  },
  'autopsy-report': {
    name: { 'zh-CN': '尸检报告', en: 'Autopsy report' },
    how: {
      'zh-CN': '如已进行尸检，上传尸检报告。',
      en: 'If an autopsy was performed, upload its report.',
    },
  },
  'fire-certificate': {
    name: { 'zh-CN': '火灾证明', en: 'Fire-department certificate' },
    how: {
      'zh-CN': '火灾事故请上传消防部门出具的火灾证明。',
      en: 'For a fire, upload the certificate issued by the fire department.',
    },
  },
  'weather-certificate': {
    name: { 'zh-CN': '气象证明', en: 'Meteorological certificate' },
    how: {
      'zh-CN': '暴雨、台风等天气原因，上传气象部门证明。',
      en: 'For storm or typhoon damage, upload the certificate from the weather bureau.',
    },
  },
  'judgment-or-mediation': {
    name: { 'zh-CN': '判决书或调解书', en: 'Judgment or mediation agreement' },
    how: {
      'zh-CN': '已经诉讼或调解的，上传判决书或调解书。',
      en: 'If a court or mediator has ruled, upload the judgment or mediation agreement.',
    },
  },
};

export function materialName(code: MaterialCode, language: NoticeLanguage): string {
  return MATERIAL_TEXTS[code].name[language];
}
