import { graphql } from '../gql';
import type { MeiDashboardQuery } from '../gql/graphql';

export const MeiDashboardDocument = graphql(`
  query MeiDashboard($year: Int) {
    meiLimit(year: $year) {
      year
      regime
      applies
      limitCents
      proportional
      months
      revenueCents
      remainingCents
      percent
      status
      meaning
      excessMonth
      notificationDeadline
      monthly {
        month
        revenueCents
        cumulativeCents
      }
      projectedYearEndCents
      projectedStatus
      alertsSent {
        level
        at
      }
    }
    dasCalendar(year: $year) {
      competence
      dueDate
      amountCents
      overdue
    }
    me {
      id
      account {
        id
        revenueSummary {
          year
          yearToDateCents
          thisMonthCents
          lastMonthCents
          percent
          status
        }
      }
    }
  }
`);

export const FiscalProfileDocument = graphql(`
  query FiscalProfile {
    fiscalProfile {
      regime
      openingDate
      activity
      countDocuments
      countFinance
      countMarketplace
    }
  }
`);

export const UpdateFiscalProfileDocument = graphql(`
  mutation UpdateFiscalProfile($input: FiscalProfileInput!) {
    updateFiscalProfile(input: $input) {
      regime
      openingDate
      activity
      countDocuments
      countFinance
      countMarketplace
    }
  }
`);

export type MeiLimit = MeiDashboardQuery['meiLimit'];

export const LIMIT_STATUS_LABELS: Record<string, string> = {
  OK: 'Dentro do limite',
  ATTENTION: 'Atenção',
  WARNING: 'Alerta',
  EXCEEDED: 'Limite ultrapassado',
  EXCEEDED_RETROACTIVE: 'Limite ultrapassado (mais de 20%)',
};

/** CSS modifier by status: green, amber, orange, red. */
export function limitTone(status: string): 'ok' | 'attention' | 'warning' | 'exceeded' {
  if (status === 'ATTENTION') return 'attention';
  if (status === 'WARNING') return 'warning';
  if (status === 'EXCEEDED' || status === 'EXCEEDED_RETROACTIVE') return 'exceeded';
  return 'ok';
}

export const REGIME_LABELS: Record<string, string> = { MEI: 'MEI', MEI_CAMINHONEIRO: 'MEI Caminhoneiro', NOT_MEI: 'Não é MEI (LTDA, ME, EPP ou outro)' };
export const ACTIVITY_LABELS: Record<string, string> = { COMMERCE: 'Comércio ou indústria (ICMS)', SERVICES: 'Serviços (ISS)', BOTH: 'Comércio e serviços' };

/** "2026-05-20" -> "20/05/2026" without time-zone shifts. */
export function formatIsoDay(day: string | null | undefined): string {
  if (!day) return '—';
  const [y, m, d] = day.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : day;
}
