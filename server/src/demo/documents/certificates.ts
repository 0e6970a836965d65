import { dateCn, dateTimeCn } from './dates';
import {
  ACCIDENT_CERTIFICATE,
  DEATH_CERTIFICATE,
  DIAGNOSIS_CERTIFICATE,
  DISCHARGE_SUMMARY,
} from './labels';
import { hospitalStay, type Template } from './pdf-spec';
import { DISCHARGE_ADVICE, ETHNICITY, TREATMENT_SUMMARIES } from './vocabulary';

/** 出院小结: the hospital stay from admission to discharge (the issue date). */
export const dischargeSummary: Template = (c, spec, s) => {
  const L = DISCHARGE_SUMMARY;
  c.text(s.hospital, 297.6, 46, { size: 13, align: 'center' });
  c.text(L.title, 297.6, 68, { size: 20, align: 'center' });
  c.labelled(L.name, spec.name, 56, 112, { field: 'name' });
  c.labelled(L.gender, s.gender, 200, 112);
  c.labelled(L.age, `${s.age}${L.years}`, 300, 112);
  c.labelled(L.department, s.department, 400, 112);
  c.labelled(L.inpatientNo, s.inpatientNo, 56, 136);
  const stay = hospitalStay(spec, s);
  c.labelled(L.admitted, dateCn(stay.admittedAt), 56, 160);
  c.labelled(L.discharged, dateCn(spec.issuedAt), 300, 160, { field: 'date' });
  c.labelled(L.days, `${stay.days}${L.dayUnit}`, 56, 184);
  c.labelled(L.admissionDiagnosis, s.diagnosis, 56, 208);
  c.labelled(L.dischargeDiagnosis, s.diagnosis, 56, 232);
  c.text(L.course, 56, 264);
  const next = c.paragraph(
    TREATMENT_SUMMARIES[s.stayDays % TREATMENT_SUMMARIES.length] ?? '',
    76,
    286,
    460,
  );
  c.text(L.advice, 56, next + 8);
  c.paragraph(DISCHARGE_ADVICE[s.stayDays % DISCHARGE_ADVICE.length] ?? '', 76, next + 30, 460);
  c.labelled(L.doctor, s.doctor, 360, next + 90);
};

/** 诊断证明书: the diagnosis a critical-illness or accident claim rests on. */
export const diagnosisCertificate: Template = (c, spec, s) => {
  const L = DIAGNOSIS_CERTIFICATE;
  c.text(s.hospital, 297.6, 46, { size: 13, align: 'center' });
  c.text(L.title, 297.6, 68, { size: 20, align: 'center' });
  c.labelled(L.name, spec.name, 56, 116, { field: 'name' });
  c.labelled(L.gender, s.gender, 220, 116);
  c.labelled(L.age, `${s.age}${L.years}`, 320, 116);
  c.labelled(L.department, s.department, 56, 142);
  c.labelled(L.outpatientNo, s.outpatientNo, 320, 142);
  c.labelled(L.diagnosis, s.diagnosis, 56, 182, { size: 13 });
  c.labelled(L.advice, L.adviceText, 56, 222);
  c.text(L.note, 56, 262, { size: 9 });
  c.labelled(L.doctor, s.doctor, 330, 310);
  c.labelled(L.date, dateCn(spec.issuedAt), 330, 334, { field: 'date' });
  c.seal(200, 320, s.hospital);
};

/** 道路交通事故认定书: who caused the accident, issued by the traffic police. */
export const accidentCertificate: Template = (c, spec, s) => {
  const L = ACCIDENT_CERTIFICATE;
  c.text(s.policeUnit, 297.6, 46, { size: 12, align: 'center' });
  c.text(L.title, 297.6, 68, { size: 20, align: 'center' });
  c.text(s.certificateNo, 540, 100, { align: 'right', size: 9.5 });
  c.labelled(L.time, dateTimeCn(s.facts.lossAt), 56, 128);
  c.labelled(L.place, s.facts.lossLocation, 56, 152);
  c.labelled(L.party, spec.name, 56, 176, { field: 'name' });
  c.labelled(L.plate, s.plate, 300, 176);
  c.labelled(L.vehicle, s.vehicle, 56, 200);
  c.text(L.facts, 56, 232);
  const next = c.paragraph(s.narrative, 76, 254, 460);
  c.text(L.responsibility, 56, next + 8);
  c.text(`${spec.name}${L.bears}${s.liability}。`, 76, next + 30);
  c.labelled(L.officer, s.officer, 330, next + 80);
  c.labelled(L.date, dateCn(spec.issuedAt), 330, next + 104, { field: 'date' });
  c.text(L.seal, 330, next + 128, { size: 9 });
  c.seal(200, next + 100, s.idAuthority);
};

/** 居民死亡医学证明书: names the deceased insured; the claimant is the informant. */
export const deathCertificate: Template = (c, spec, s) => {
  const L = DEATH_CERTIFICATE;
  const d = s.deceased;
  c.text(L.title, 297.6, 60, { size: 18, align: 'center' });
  c.labelled(L.name, d.name, 56, 110);
  c.labelled(L.gender, d.gender, 260, 110);
  c.labelled(L.ethnicity, ETHNICITY, 380, 110);
  c.labelled(L.idNumber, d.idNumber, 56, 136);
  c.labelled(L.deathAt, dateTimeCn(s.facts.lossAt), 56, 162);
  c.labelled(L.place, s.hospital, 300, 162);
  c.labelled(L.cause, s.causeOfDeath, 56, 188, { size: 12 });
  c.labelled(L.unit, s.hospital, 56, 230);
  c.labelled(L.doctor, s.doctor, 330, 230);
  c.labelled(L.informant, spec.name, 56, 256, { field: 'name' });
  c.labelled(L.relation, d.relation, 330, 256);
  c.labelled(L.date, dateCn(spec.issuedAt), 330, 290, { field: 'date' });
  c.seal(450, 350, s.hospital);
};
