import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/forms';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { apiError } from '../../lib/errors';
import { formatShortDate, roleLabel } from '../../lib/format';
import { isAccountAdmin, type Me } from '../../lib/me';
import { useSession } from '../../lib/session';

const MembersDocument = graphql(`
  query Members {
    me {
      id
      account {
        id
        members {
          id
          role
          joinedAt
          user {
            id
            name
            email
          }
        }
      }
    }
  }
`);

const ChangeMemberRoleDocument = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

const RemoveMemberDocument = graphql(`
  mutation RemoveMember($memberId: ID!) {
    removeMember(memberId: $memberId)
  }
`);

const ROLES: Role[] = ['OWNER', 'ADMIN', 'MEMBER'];

export function MembersTab({ me }: { me: Me }) {
  const [result, refetch] = useQuery({ query: MembersDocument, requestPolicy: 'cache-and-network' });
  const [roleState, changeRole] = useMutation(ChangeMemberRoleDocument);
  const [removeState, removeMember] = useMutation(RemoveMemberDocument);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { signOut } = useSession();
  const navigate = useNavigate();
  const admin = isAccountAdmin(me.role);
  const members = result.data?.me.account?.members ?? [];

  async function onRole(memberId: string, role: Role) {
    setNotice(null);
    const r = await changeRole({ input: { memberId, role } });
    if (r.data) setNotice('Papel atualizado.');
    refetch({ requestPolicy: 'network-only' });
  }

  async function onRemove(memberId: string, self: boolean) {
    setNotice(null);
    const r = await removeMember({ memberId });
    setConfirming(null);
    if (r.data?.removeMember) {
      if (self) {
        await signOut();
        navigate('/entrar', { replace: true });
        return;
      }
      setNotice('Membro removido.');
      refetch({ requestPolicy: 'network-only' });
    }
  }

  const error = apiError(result.error) ?? apiError(roleState.error) ?? apiError(removeState.error);

  return (
    <section aria-labelledby="members-title">
      <div className="section-head">
        <h2 id="members-title">Membros</h2>
        <p className="muted">Quem participa de {me.account?.name}.</p>
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      <Alert>{error?.message}</Alert>
      {!result.data && result.fetching ? (
        <p role="status">Carregando membros…</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Nome</th>
                <th scope="col">E-mail</th>
                <th scope="col">Papel</th>
                <th scope="col">Desde</th>
                <th scope="col">
                  <span className="visually-hidden">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const self = m.user.id === me.id;
                return (
                  <tr key={m.id}>
                    <td data-label="Nome">
                      {m.user.name} {self && <span className="badge badge--muted">você</span>}
                    </td>
                    <td data-label="E-mail">{m.user.email}</td>
                    <td data-label="Papel">
                      {admin && !self ? (
                        <select
                          aria-label={`Papel de ${m.user.name}`}
                          value={m.role}
                          disabled={roleState.fetching}
                          onChange={(e) => void onRole(m.id, e.target.value as Role)}
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {roleLabel(r)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        roleLabel(m.role)
                      )}
                    </td>
                    <td data-label="Desde">{formatShortDate(m.joinedAt)}</td>
                    <td className="table__actions">
                      {(admin || self) &&
                        (confirming === m.id ? (
                          <span className="confirm">
                            <button type="button" className="button button--danger button--small" disabled={removeState.fetching} onClick={() => void onRemove(m.id, self)}>
                              {self ? 'Confirmar saída' : 'Confirmar remoção'}
                            </button>
                            <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                              Cancelar
                            </button>
                          </span>
                        ) : (
                          <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(m.id)}>
                            {self ? 'Sair da conta' : 'Remover'}
                          </button>
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
