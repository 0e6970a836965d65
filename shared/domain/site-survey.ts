import { z } from 'zod';
import { isMainlandMobile } from './mobile';
import { isMainlandPlate } from './plate';
import { isValidResidentId } from './resident-id';

/**
 * The site survey report (查勘报告) a surveyor fills at the scene. Messages
 * are codes, so the workstation can show each one in the reader's language
 * next to its field; the service checks the same schema.
 */
export const WEATHER = ['clear', 'cloudy', 'rain', 'snow', 'fog', 'wind'] as const;
export const DAMAGE_PARTS = [
  'front',
  'rear',
  'left',
  'right',
  'roof',
  'windscreen',
  'wheels',
  'lights',
  'interior',
  'underbody',
  'other',
] as const;
export type DamagePart = (typeof DAMAGE_PARTS)[number];
export const DamagePart = z.enum(DAMAGE_PARTS);
/** The usual liability splits (domain.md §6): full, main, equal, minor, none. */
export const LIABILITY_RATIOS = [100, 70, 50, 30, 0] as const;

export type SurveyProblem =
  | 'required'
  | 'too-long'
  | 'plate-invalid'
  | 'mobile-invalid'
  | 'id-invalid'
  | 'ratio-invalid'
  | 'signature-required'
  | 'time-in-future';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'too-long' satisfies SurveyProblem);
const required = (max: number) => text(max).min(1, 'required' satisfies SurveyProblem);

export const SurveyParty = z.object({
  name: required(50),
  role: z.enum(['insured', 'third-party', 'witness']),
  phone: z.string().refine(isMainlandMobile, 'mobile-invalid' satisfies SurveyProblem),
  /** Optional; when given it must be a valid resident ID (GB 11643). */
  idNumber: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidResidentId(v), 'id-invalid' satisfies SurveyProblem),
});

export const SurveyVehicle = z.object({
  plate: z.string().refine(isMainlandPlate, 'plate-invalid' satisfies SurveyProblem),
  description: text(100),
});

export const SurveyDamage = z.object({
  part: DamagePart,
  severity: z.enum(['light', 'moderate', 'severe']),
  note: text(500),
});

export const SiteSurvey = z.object({
  surveyedAt: z.number().int(),
  location: z.object({
    text: required(200),
    lat: z.number().min(-90).max(90).nullable(),
    lng: z.number().min(-180).max(180).nullable(),
    source: z.enum(['device', 'photo', 'typed']),
  }),
  weather: z.enum(WEATHER),
  parties: z.array(SurveyParty).max(10),
  vehicles: z.array(SurveyVehicle).max(10),
  damages: z.array(SurveyDamage).max(40),
  liabilityRatio: z
    .number()
    .int()
    .refine(
      (r) => (LIABILITY_RATIOS as readonly number[]).includes(r),
      'ratio-invalid' satisfies SurveyProblem,
    ),
  injuries: z.object({ count: z.number().int().min(0).max(99), description: text(1000) }),
  policeReportNumber: text(40),
  /** The surveyor's signature drawn on screen, as a PNG data URL. */
  signature: z
    .string()
    .regex(
      /^data:image\/png;base64,[A-Za-z0-9+/=]+$/u,
      'signature-required' satisfies SurveyProblem,
    )
    .max(300_000, 'too-long' satisfies SurveyProblem),
});
export type SiteSurvey = z.infer<typeof SiteSurvey>;

/** What is wrong, per field path ("parties.0.phone"), for showing next to each field. */
export function surveyProblems(input: unknown, now = Date.now()): Map<string, SurveyProblem> {
  const problems = new Map<string, SurveyProblem>();
  const parsed = SiteSurvey.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!problems.has(path)) problems.set(path, problemOf(issue));
    }
  const at = (input as { surveyedAt?: unknown } | null)?.surveyedAt;
  // A few minutes of clock drift between devices is not a mistake.
  if (typeof at === 'number' && at > now + 10 * 60_000)
    problems.set('surveyedAt', 'time-in-future');
  return problems;
}

function problemOf(issue: z.core.$ZodIssue): SurveyProblem {
  const known: readonly string[] = [
    'required',
    'too-long',
    'plate-invalid',
    'mobile-invalid',
    'id-invalid',
    'ratio-invalid',
    'signature-required',
  ];
  return known.includes(issue.message) ? (issue.message as SurveyProblem) : 'required';
}
