import { surveyProblems } from '@shared/domain/site-survey';
import type { MutationArgs } from '@shared/sync/mutations';
import {
  caseForWrite,
  isOutcome,
  recordEvent,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

/**
 * The site survey report from the scene. Whoever works the case may submit it
 * (a surveyor, role 'field', works the cases assigned to them). A case has one
 * report: a later submission replaces the earlier one in place, keeping the
 * id of the first, so every workstation holds exactly one row per case. The
 * history event names the submission and counts what it found, never the
 * people in it.
 */
export async function submitSiteSurvey(
  ctx: MutationContext,
  args: MutationArgs<'site-survey.submit'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  // The schema was checked with the arguments; what remains is the clock, read here.
  if (surveyProblems(args.survey, ctx.writer.now).get('surveyedAt') === 'time-in-future')
    return reject(
      'survey-invalid',
      'The survey time is more than 10 minutes ahead of the service clock; check the device clock.',
    );
  const sameId = await ctx.writer.trx
    .selectFrom('site_surveys')
    .select('case_id')
    .where('id', '=', args.surveyId)
    .executeTakeFirst();
  if (sameId && sameId.case_id !== row.id)
    return reject('duplicate-id', `A site survey with id ${args.surveyId} already exists.`);
  const existing = await ctx.writer.trx
    .selectFrom('site_surveys')
    .select('id')
    .where('case_id', '=', row.id)
    .executeTakeFirst();
  await ctx.writer.putSatellite('site_surveys', 'siteSurvey', {
    id: existing?.id ?? args.surveyId,
    caseId: row.id,
    surveyorId: ctx.actor.id,
    survey: args.survey,
    submittedAt: ctx.writer.now,
  });
  await recordEvent(ctx, row.id, {
    kind: 'site-survey',
    detail: {
      surveyId: args.surveyId,
      liabilityRatio: args.survey.liabilityRatio,
      vehicles: args.survey.vehicles.length,
      damages: args.survey.damages.length,
    },
  });
  return { status: 'applied', output: { siteSurveyId: existing?.id ?? args.surveyId } };
}
