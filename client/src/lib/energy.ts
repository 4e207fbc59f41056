import { graphql } from '../gql';

export const EnergyClientsDocument = graphql(`
  query EnergyClients {
    energyClients {
      id
      name
      taxId
      phoneLastDigits
      status
      statusMessage
      lastSyncAt
      lastSyncStatus
      lastSyncMessage
      lastSyncErrors {
        uc
        message
      }
    }
    energyOverview {
      clients
      units
      openAmount {
        formatted
      }
      overdueCount
      overdueAmount {
        formatted
      }
      last12MonthsCost {
        formatted
      }
      last12MonthsKwh
    }
  }
`);

export const EnergyUnitsDocument = graphql(`
  query EnergyUnits($id: ID!) {
    energyClient(id: $id) {
      id
      units {
        id
        uc
        cdc
        address
        tariffClass
        generator
        creditBalanceKwh
        parentUc
        allocationPercent
        lastError
      }
    }
  }
`);

export const UnitInvoicesDocument = graphql(`
  query UnitInvoices($id: ID!) {
    consumerUnit(id: $id) {
      id
      invoices(first: 24) {
        nodes {
          id
          referenceMonth
          dueDate
          status
          kwh
          amount {
            formatted
          }
        }
      }
    }
  }
`);

export const InvoiceDetailDocument = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      id
      referenceMonth
      dueDate
      status
      kwh
      amount {
        formatted
      }
      barcodeLine
      formattedBarcodeLine
      barcodeValid
      pixCopyPaste
      pixValid
      items {
        description
        amount {
          formatted
          cents
        }
      }
      unit {
        id
        uc
      }
    }
  }
`);

export const InvoicePdfDocument = graphql(`
  query InvoicePdf($id: ID!) {
    invoicePdf(invoiceId: $id) {
      url
      expiresAt
    }
  }
`);

export const GenerationTreeDocument = graphql(`
  query GenerationTree($id: ID!, $months: Int!) {
    generationTree(clientId: $id, months: $months) {
      months
      estimatedSavings {
        formatted
      }
      plants {
        unit {
          id
          uc
          address
        }
        balanceKwh
        treeBalanceKwh
        referenceMonth
        injectedKwh
        receivedKwh
        compensatedKwh
        accessRequestedOn
        fioBExempt
        allocatedPercent
        retainedPercent
        expiringKwh
        expiringCredits {
          originMonth
          kwh
          expiresMonth
        }
        fioBSharePercent
        averageTariffPerKwh {
          formatted
        }
        estimatedSavings {
          formatted
        }
        beneficiaries {
          percent
          balanceKwh
          receivedKwh
          compensatedKwh
          expiringKwh
          unit {
            id
            uc
            address
          }
        }
      }
    }
  }
`);

export const CreateEnergyClientDocument = graphql(`
  mutation CreateEnergyClient($input: CreateEnergyClientInput!) {
    createEnergyClient(input: $input) {
      id
      status
    }
  }
`);

export const StartPortalLoginDocument = graphql(`
  mutation StartPortalLogin($id: ID!) {
    startPortalLogin(clientId: $id) {
      id
      status
      statusMessage
    }
  }
`);

export const ConfirmPortalLoginDocument = graphql(`
  mutation ConfirmPortalLogin($id: ID!, $code: String!) {
    confirmPortalLogin(clientId: $id, code: $code) {
      id
      status
      statusMessage
    }
  }
`);

export const SyncEnergyClientDocument = graphql(`
  mutation SyncEnergyClient($id: ID!) {
    syncEnergyClient(clientId: $id) {
      id
      lastSyncStatus
    }
  }
`);

export const DeleteEnergyClientDocument = graphql(`
  mutation DeleteEnergyClient($id: ID!) {
    deleteEnergyClient(id: $id)
  }
`);

export const EnergySyncDocument = graphql(`
  subscription EnergySync($clientId: ID!) {
    energySync(clientId: $clientId) {
      clientId
      seq
      at
      state
      stage
      percent
      message
      unitsDone
      unitsTotal
      errors {
        uc
        message
      }
      client {
        id
        status
        statusMessage
        lastSyncStatus
        lastSyncMessage
        lastSyncAt
      }
    }
  }
`);

export const STATUS_LABELS: Record<string, { label: string; badge: string }> = {
  CONNECTED: { label: 'Conectado', badge: 'badge--accepted' },
  AWAITING_SMS: { label: 'Aguardando SMS', badge: 'badge--pending' },
  DISCONNECTED: { label: 'Desconectado', badge: 'badge--muted' },
  ERROR: { label: 'Erro', badge: 'badge--revoked' },
};

export const INVOICE_STATUS: Record<string, { label: string; badge: string }> = {
  PAID: { label: 'Paga', badge: 'badge--accepted' },
  OPEN: { label: 'Em aberto', badge: 'badge--pending' },
  OVERDUE: { label: 'Vencida', badge: 'badge--revoked' },
};

export const STAGE_LABELS: Record<string, string> = {
  QUEUED: 'Na fila',
  LOGIN: 'Entrando no portal',
  UNITS: 'Lendo unidades',
  GD: 'Geração distribuída',
  INVOICES: 'Baixando faturas',
  DONE: 'Concluído',
  FAILED: 'Falhou',
};

/** "2026-05" -> "05/2026"; "2026-05-16" -> "16/05/2026" */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${m}/${y}`;
}
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
/** 12345 -> "12.345 kWh" */
export function kwhLabel(n: number): string {
  return `${n.toLocaleString('pt-BR')} kWh`;
}
export function percentLabel(p: number): string {
  return `${p.toFixed(2).replace('.', ',')}%`;
}
