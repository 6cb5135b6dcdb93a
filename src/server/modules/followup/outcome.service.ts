import type { Actor } from '../../kernel/actor';
import type { RegionDirectory } from '../tenancy/regions';
import { regencyTimeZone } from '../../kernel/time-zone';
import type { FollowupRepository } from './followup.repository';
import { followupReadScope } from './followup.policy';
import type { FollowupService } from './followup.service';
import type { OutcomesReply } from './followup.schemas';
import { computeOutcomes, type CohortOutcome, type ParticipantHistory, type Snapshot, type TradingStatus } from './outcomes';
import { buildHistory, matchComparison, type MetricRow } from './outcome-histories';
import { addDays } from './outcome-stats';

export interface OutcomeDeps {
  repo: FollowupRepository;
  followup: Pick<FollowupService, 'clockOf'>;
  regions: RegionDirectory;
  /** Users of a regency with their role and kecamatan (to name the assistants of a growing backlog). */
  tenantUsers: (kw: string) => Promise<{ displayName: string; role: string; kecamatanCodes: string[] }[]>;
}

const COMPARISON = 'comparison';

/** One alert (see alertView in followup.schemas). */
interface OutcomeAlert {
  kind: 'overdue' | 'closed' | 'sales_drop' | 'backlog';
  businessId: string | null;
  businessName: string | null;
  kecamatanCode: string | null;
  kecamatanName: string | null;
  value: number;
  assistants: string[];
  since: string | null;
}

/**
 * Programme outcomes from business histories (per programme, or per kecamatan with one cohort per
 * programme), beside a comparison group of similar businesses never trained; and the alerts that ask
 * the office to act: overdue follow-ups, closed businesses, falling sales, growing backlogs.
 */
export function createOutcomeService({ repo, followup, regions, tenantUsers }: OutcomeDeps) {
  return {
    async outcomes(actor: Actor, kw: string, query: { programmeId?: string; kecamatan?: string; asOf?: string }): Promise<OutcomesReply> {
      const scopeCodes = followupReadScope(actor, kw);
      // Assistants see the outcomes of their own kecamatan only: any other scope is narrowed to it.
      let kecamatan = query.kecamatan;
      if (scopeCodes && (!kecamatan || !scopeCodes.includes(kecamatan))) kecamatan = scopeCodes[0] ?? '00.00.00';
      return outcomesFor(kw, { programmeId: query.programmeId, kecamatan }, query.asOf);
    },

    async alerts(actor: Actor, kw: string, dropPercent: number) {
      const scope = followupReadScope(actor, kw);
      const inScope = (code: string) => scope === null || scope.includes(code);
      const clock = followup.clockOf(kw);
      const name = (code: string) => regions.kecamatan(code)?.name ?? code;
      const [overdue, latest, backlog, users] = await Promise.all([
        repo.worklist(kw, { kecamatanCodes: scope, state: 'overdue', limit: 200 }, clock),
        repo.latestObservations(kw),
        repo.backlog(kw, clock.today, addDays(clock.today, -30)),
        tenantUsers(kw),
      ]);
      const days = (from: string) => Math.round((Date.parse(clock.today) - Date.parse(from)) / 86_400_000);
      const business = (id: string, n: string, code: string) => ({ businessId: id, businessName: n, kecamatanCode: code, kecamatanName: name(code), assistants: [] as string[] });
      type Alert = OutcomeAlert;
      const items: Alert[] = [
        ...overdue.map((t) => ({ kind: 'overdue' as const, ...business(t.business_id, t.business_name, t.kecamatan_code), value: days(t.due_on), since: t.due_on })),
        ...latest.filter((l) => inScope(l.kecamatan_code)).flatMap((l): Alert[] => {
          if (l.status === 'closed') return [{ kind: 'closed' as const, ...business(l.business_id, l.business_name, l.kecamatan_code), value: 0, since: l.visited_on }];
          const base = l.baseline_annual === null ? null : Number(l.baseline_annual) / 12;
          if (!base || l.monthly_sales === null) return [];
          const drop = Math.round(((base - Number(l.monthly_sales)) / base) * 100);
          return drop >= dropPercent ? [{ kind: 'sales_drop' as const, ...business(l.business_id, l.business_name, l.kecamatan_code), value: drop, since: l.visited_on }] : [];
        }),
        ...backlog
          .filter((b) => inScope(b.kecamatan_code) && Number(b.now) > 0 && Number(b.now) > Number(b.then))
          .map((b) => ({
            kind: 'backlog' as const, businessId: null, businessName: null, kecamatanCode: b.kecamatan_code, kecamatanName: name(b.kecamatan_code),
            value: Number(b.now), since: null,
            assistants: users.filter((u) => u.role === 'assistant' && u.kecamatanCodes.includes(b.kecamatan_code)).map((u) => u.displayName),
          })),
      ];
      return { items, dropPercent };
    },
  };

  async function outcomesFor(kw: string, scope: { programmeId?: string; kecamatan?: string }, asOfInput?: string): Promise<OutcomesReply> {
    const clock = followup.clockOf(kw);
    const asOf = asOfInput ?? clock.today;
    const participants = await repo.completedParticipants(kw, scope, regencyTimeZone(kw));
    const businessIds = [...new Set(participants.map((p) => p.business_id))];
    const rows = businessIds.length ? await repo.snapshotsOf(kw, businessIds, asOf) : [];
    const byBusiness = groupBy(rows, (r) => r.business_id);
    const histories: ParticipantHistory[] = participants.map((p) =>
      buildHistory({ participantId: p.participant_id, businessId: p.business_id, cohort: p.programme_id, completedOn: p.completed_on }, byBusiness.get(p.business_id) ?? []),
    );
    const titles = new Map(participants.map((p) => [p.programme_id, p.programme_title]));
    const cohorts = computeOutcomes(histories, { asOf });

    let comparison: CohortOutcome | null = null;
    if (histories.length) {
      const earliest = participants.reduce((min, p) => (p.completed_on < min ? p.completed_on : min), participants[0]!.completed_on);
      const candidates = await repo.comparisonCandidates(
        kw, [...new Set(participants.map((p) => p.kecamatan_code))], [...new Set(participants.map((p) => p.sector))], earliest,
      );
      const matched = matchComparison(participants.map((p, i) => ({ ...p, baseline: histories[i]!.baseline })), candidates);
      const compareRows = matched.length ? await repo.snapshotsOf(kw, [...new Set(matched.map((m) => m.businessId))], asOf) : [];
      const compareBy = groupBy(compareRows, (r) => r.business_id);
      const compareHistories = matched.map((m, i) =>
        buildHistory({ participantId: `c${i}`, businessId: m.businessId, cohort: COMPARISON, completedOn: m.completedOn }, compareBy.get(m.businessId) ?? []),
      );
      comparison = computeOutcomes(compareHistories, { asOf })[0] ?? null;
    }
    const counts = await repo.taskCounts(kw, { kecamatanCodes: scope.kecamatan ? [scope.kecamatan] : null, programmeId: scope.programmeId }, clock);
    const label = (c: CohortOutcome) => ({ ...c, label: c.cohort === COMPARISON ? COMPARISON : titles.get(c.cohort) ?? c.cohort });
    const title = scope.programmeId
      ? titles.get(scope.programmeId) ?? ''
      : scope.kecamatan ? `Kecamatan ${regions.kecamatan(scope.kecamatan)?.name ?? scope.kecamatan}` : '';
    return {
      asOf,
      scope: { programmeId: scope.programmeId ?? null, kecamatan: scope.kecamatan ?? null, title },
      cohorts: cohorts.map(label),
      comparison: comparison ? label(comparison) : null,
      followup: { due: (counts.overdue ?? 0) + (counts.due ?? 0) + (counts.done ?? 0), done: counts.done ?? 0, overdue: counts.overdue ?? 0 },
    };
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export type OutcomeService = ReturnType<typeof createOutcomeService>;
export type { MetricRow, Snapshot, TradingStatus };
