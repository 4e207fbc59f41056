import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { CopyField } from '../../components/CopyButton';
import { Alert, Field, formValues, Select, SubmitButton } from '../../components/forms';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { apiError, fieldErrors, formMessage } from '../../lib/errors';
import { formatShortDate, formatDateTime, roleLabel } from '../../lib/format';

const InvitationsDocument = graphql(`
  query Invitations {
    me {
      id
      account {
        id
        invitations {
          id
          email
          role
          status
          expiresAt
          createdAt
          invitedBy {
            id
            name
          }
        }
      }
    }
  }
`);

const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      acceptUrl
      invitation {
        id
        email
        role
        status
        expiresAt
      }
    }
  }
`);

const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

const STATUS_LABELS: Record<string, string> = {
  PENDING: 'Pendente',
  ACCEPTED: 'Aceito',
  REVOKED: 'Revogado',
  EXPIRED: 'Expirado',
};

export function InvitationsTab() {
  const [result, refetch] = useQuery({ query: InvitationsDocument, requestPolicy: 'cache-and-network' });
  const [inviteState, invite] = useMutation(InviteMemberDocument);
  const [revokeState, revoke] = useMutation(RevokeInvitationDocument);
  const [created, setCreated] = useState<{ email: string; acceptUrl: string } | null>(null);
  const errors = fieldErrors(inviteState.error);
  const invitations = result.data?.me.account?.invitations ?? [];

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    setCreated(null);
    const r = await invite({ input: { email: v.email ?? '', role: (v.role ?? 'MEMBER') as Role } });
    if (r.data?.inviteMember) {
      setCreated({ email: r.data.inviteMember.invitation.email, acceptUrl: r.data.inviteMember.acceptUrl });
      form.reset();
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function onRevoke(id: string) {
    await revoke({ id });
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby="invitations-title">
      <div className="section-head">
        <h2 id="invitations-title">Convites</h2>
        <p className="muted">Convide pessoas por e-mail. O link vale por 7 dias.</p>
      </div>

      <form className="card form form--inline" onSubmit={onSubmit} noValidate aria-label="Novo convite">
        <Alert>{formMessage(inviteState.error, ['email', 'role'])}</Alert>
        <div className="form__row">
          <Field label="E-mail do convidado" name="email" type="email" required error={errors.email} />
          <Select label="Papel" name="role" defaultValue="MEMBER" error={errors.role}>
            <option value="MEMBER">{roleLabel('MEMBER')}</option>
            <option value="ADMIN">{roleLabel('ADMIN')}</option>
          </Select>
          <SubmitButton busy={inviteState.fetching} busyText="Convidando…">
            Convidar
          </SubmitButton>
        </div>
      </form>

      {created && (
        <div className="card reveal" role="status">
          <p>
            Convite criado para <strong>{created.email}</strong>. Envie este link (ele só aparece agora):
          </p>
          <CopyField label="Link do convite" value={created.acceptUrl} />
        </div>
      )}

      <Alert>{apiError(result.error)?.message ?? apiError(revokeState.error)?.message}</Alert>
      {!result.data && result.fetching ? (
        <p role="status">Carregando convites…</p>
      ) : invitations.length === 0 ? (
        <p className="muted">Nenhum convite ainda.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">E-mail</th>
                <th scope="col">Papel</th>
                <th scope="col">Situação</th>
                <th scope="col">Criado</th>
                <th scope="col">Expira</th>
                <th scope="col">
                  <span className="visually-hidden">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td data-label="E-mail">{i.email}</td>
                  <td data-label="Papel">{roleLabel(i.role)}</td>
                  <td data-label="Situação">
                    <span className={`badge badge--${i.status.toLowerCase()}`}>{STATUS_LABELS[i.status] ?? i.status}</span>
                  </td>
                  <td data-label="Criado">
                    {formatDateTime(i.createdAt)}
                    {i.invitedBy ? ` por ${i.invitedBy.name}` : ''}
                  </td>
                  <td data-label="Expira">{formatShortDate(i.expiresAt)}</td>
                  <td className="table__actions">
                    {i.status === 'PENDING' && (
                      <button type="button" className="button button--small button--ghost" disabled={revokeState.fetching} onClick={() => void onRevoke(i.id)}>
                        Revogar
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
