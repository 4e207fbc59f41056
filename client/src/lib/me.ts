import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      whatsapp
      staff
      role
      account {
        id
        name
        taxId
        taxIdKind
        status
        planCode
        modules
      }
      memberships {
        role
        account {
          id
          name
        }
      }
    }
  }
`);

export type Me = MeQuery['me'];

/** The signed-in user with the current account (shared by the layout and the pages). */
export function useMe() {
  const [result, reexecute] = useQuery({ query: MeDocument, requestPolicy: 'cache-first' });
  return { me: result.data?.me ?? null, fetching: result.fetching, error: result.error, reexecute };
}

export function isAccountAdmin(role: string | null | undefined): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}
