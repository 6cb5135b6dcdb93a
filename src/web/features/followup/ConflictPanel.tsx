import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useBusiness } from '../registry/registry.api';
import { observedOf } from './checkinForm';
import { ConflictResolver } from './ConflictResolver';
import type { ConflictField, ObservedValues } from './followup.types';

interface Props {
  kw: string;
  checkinId: string;
  businessId: string;
  checkin: ObservedValues;
  flagged: readonly ConflictField[];
  onResolved: () => void;
}

/**
 * Loads the business as it is now (its values and version, fresh, never the cached copy) and lets the user
 * resolve the check-in against it; after a 409 the business is reloaded and the choice offered again.
 */
export function ConflictPanel({ kw, checkinId, businessId, checkin, flagged, onResolved }: Props) {
  const business = useBusiness(kw, businessId, true);
  if (business.isPending) return <PageLoader />;
  if (business.isError) return <QueryError error={business.error} onRetry={() => void business.refetch()} />;
  const b = business.data;
  return (
    <ConflictResolver
      kw={kw}
      checkinId={checkinId}
      businessId={businessId}
      registry={observedOf(b)}
      businessVersion={b.version}
      checkin={checkin}
      flagged={flagged}
      onResolved={onResolved}
      onStale={() => void business.refetch()}
    />
  );
}
