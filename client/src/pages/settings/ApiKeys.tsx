import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { CopyField } from '../../components/CopyButton';
import { Alert, Field, SubmitButton } from '../../components/forms';
import { graphql } from '../../gql';
import { apiError, fieldErrors, formMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';

const ApiKeysDocument = graphql(`
  query ApiKeys {
    me {
      id
      account {
        id
        apiKeys {
          id
          name
          prefix
          scopes
          createdAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        scopes
        createdAt
      }
    }
  }
`);

const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

const SCOPE_LABELS: Record<string, string> = { read: 'Leitura (consultas)', write: 'Escrita (mutações)' };

export function ApiKeysTab() {
  const [result, refetch] = useQuery({ query: ApiKeysDocument, requestPolicy: 'cache-and-network' });
  const [createState, create] = useMutation(CreateApiKeyDocument);
  const [revokeState, revoke] = useMutation(RevokeApiKeyDocument);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const errors = fieldErrors(createState.error);
  const keys = result.data?.me.account?.apiKeys ?? [];

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const scopes = data.getAll('scopes').map(String);
    setSecret(null);
    const r = await create({ input: { name: String(data.get('name') ?? ''), scopes } });
    if (r.data?.createApiKey) {
      setSecret({ name: r.data.createApiKey.apiKey.name, value: r.data.createApiKey.secret });
      form.reset();
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function onRevoke(id: string) {
    await revoke({ id });
    setConfirming(null);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby="keys-title">
      <div className="section-head">
        <h2 id="keys-title">Chaves de API</h2>
        <p className="muted">Para integrações de parceiros. Envie a chave no cabeçalho x-api-key.</p>
      </div>

      <form className="card form form--inline" onSubmit={onSubmit} noValidate aria-label="Nova chave de API">
        <Alert>{formMessage(createState.error, ['name', 'scopes'])}</Alert>
        <div className="form__row">
          <Field label="Nome da chave" name="name" placeholder="Ex.: ERP da loja" required error={errors.name} />
          <fieldset className="field checks" aria-describedby={errors.scopes ? 'scopes-error' : undefined}>
            <legend>Permissões</legend>
            {Object.entries(SCOPE_LABELS).map(([scope, label]) => (
              <label key={scope} className="check">
                <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === 'read'} /> {label}
              </label>
            ))}
            {errors.scopes && (
              <p className="field__error" id="scopes-error">
                {errors.scopes}
              </p>
            )}
          </fieldset>
          <SubmitButton busy={createState.fetching} busyText="Criando…">
            Criar chave
          </SubmitButton>
        </div>
      </form>

      {secret && (
        <div className="card reveal reveal--warning" role="status">
          <p>
            <strong>Guarde esta chave agora.</strong> Por segurança, o segredo de “{secret.name}” não será exibido de novo.
          </p>
          <CopyField label="Segredo da chave" value={secret.value} />
          <button type="button" className="button button--small" onClick={() => setSecret(null)}>
            Já guardei
          </button>
        </div>
      )}

      <Alert>{apiError(result.error)?.message ?? apiError(revokeState.error)?.message}</Alert>
      {!result.data && result.fetching ? (
        <p role="status">Carregando chaves…</p>
      ) : keys.length === 0 ? (
        <p className="muted">Nenhuma chave criada.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Nome</th>
                <th scope="col">Início</th>
                <th scope="col">Permissões</th>
                <th scope="col">Criada</th>
                <th scope="col">Último uso</th>
                <th scope="col">
                  <span className="visually-hidden">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} className={k.revokedAt ? 'is-muted' : undefined}>
                  <td data-label="Nome">{k.name}</td>
                  <td data-label="Início">
                    <code>{k.prefix}…</code>
                  </td>
                  <td data-label="Permissões">{k.scopes.map((s) => (s === 'read' ? 'leitura' : s === 'write' ? 'escrita' : s)).join(', ')}</td>
                  <td data-label="Criada">{formatDateTime(k.createdAt)}</td>
                  <td data-label="Último uso">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Nunca'}</td>
                  <td className="table__actions">
                    {k.revokedAt ? (
                      <span className="badge badge--revoked">Revogada</span>
                    ) : confirming === k.id ? (
                      <span className="confirm">
                        <button type="button" className="button button--danger button--small" disabled={revokeState.fetching} onClick={() => void onRevoke(k.id)}>
                          Confirmar
                        </button>
                        <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                          Cancelar
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(k.id)}>
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
