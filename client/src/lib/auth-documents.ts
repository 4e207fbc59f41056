import { graphql } from '../gql';

// `refreshToken` must be selected: the router moves it from the body into the httpOnly cookie
// (the web client receives "" here). Without it in the selection no cookie would be set.
export const AuthSessionFragment = graphql(`
  fragment AuthSession on AuthPayload {
    accessToken
    refreshToken
    expiresAt
    user {
      id
      name
      email
    }
    account {
      id
      name
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AuthSession
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...AuthSession
    }
  }
`);

export const SwitchAccountDocument = graphql(`
  mutation SwitchAccount($accountId: ID!) {
    switchAccount(accountId: $accountId) {
      ...AuthSession
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...AuthSession
    }
  }
`);
