import { AppError, fail } from '../../errors';
import type { RegistryObservations } from '../registry/registry.observations';
import type { TenantService } from '../tenancy/tenant.service';
import type { CheckinService } from './checkin.service';
import type { FollowupRepository } from './followup.repository';
import type { CheckinInput } from './followup.schemas';
import { monthlyFromAnnual } from './outcome-stats';
import { verifySelfReportToken, type SelfReportClaim } from './self-report-token';

export interface SelfReportDeps {
  repo: FollowupRepository;
  checkins: Pick<CheckinService, 'recordSelf'>;
  observations: Pick<RegistryObservations, 'findLive'>;
  tenants: Pick<TenantService, 'requireTenant'>;
  secret: Buffer;
  now?: () => Date;
}

/**
 * The owner's self-report through a personal link, without a login: the link's signature and expiry
 * are checked on every request, and it opens only its own business and task.
 */
export function createSelfReportService(deps: SelfReportDeps) {
  const { repo, checkins, observations, tenants, secret } = deps;
  const now = deps.now ?? (() => new Date());

  function claimOf(token: string): SelfReportClaim {
    const check = verifySelfReportToken(secret, token, Math.floor(now().getTime() / 1000));
    if (check.ok) return check.claim;
    throw check.reason === 'expired' ? new AppError('forbidden', 'errors.followup.linkExpired') : fail.notFound('errors.followup.linkInvalid');
  }

  return {
    /** What the page shows: the business, the programme, whether already answered, and the last known figures. */
    async view(token: string) {
      const claim = claimOf(token);
      const kw = claim.kodeWilayah;
      const task = await repo.task(kw, claim.taskId);
      const business = task && (await observations.findLive(kw, task.businessId));
      if (!task || !business) throw fail.notFound('errors.followup.linkInvalid');
      const [tenant, programme, lastVisitOn] = await Promise.all([
        tenants.requireTenant(kw), repo.programmeTitle(kw, task.programmeId), repo.lastVisitOn(undefined, kw, business.id),
      ]);
      return {
        tenantName: tenant.name, businessName: business.name, programmeTitle: programme ?? '', dueOn: task.dueOn, done: task.doneOn !== null,
        previous: {
          status: business.status, monthlySales: monthlyFromAnnual(business.annualSales),
          workersMale: business.workersMale, workersFemale: business.workersFemale, scale: business.scale, startYear: business.startYear, lastVisitOn,
        },
      };
    },

    /** Records the owner's answers as a check-in (channel 'self') closing the link's task. */
    async submit(token: string, input: Omit<CheckinInput, 'businessId' | 'taskId'>) {
      const claim = claimOf(token);
      const task = await repo.task(claim.kodeWilayah, claim.taskId);
      if (!task) throw fail.notFound('errors.followup.linkInvalid');
      return checkins.recordSelf(claim.kodeWilayah, { taskId: task.id, businessId: task.businessId }, input);
    },
  };
}

export type SelfReportService = ReturnType<typeof createSelfReportService>;
