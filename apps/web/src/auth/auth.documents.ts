import { graphql } from '../gql';

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    displayName
    roles
    organization {
      id
      name
      kind
      verified
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const RefreshDocument = graphql(`
  mutation RefreshSession($token: String!) {
    refreshToken(token: $token) {
      accessToken
      refreshToken
      user {
        ...SessionUserFields
      }
    }
  }
`);
