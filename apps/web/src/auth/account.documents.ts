import { graphql } from '../gql';

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      accessToken
      refreshToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const ResendVerificationDocument = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export const AccountSettingsDocument = graphql(`
  query AccountSettings {
    me {
      id
      email
      emailVerified
    }
    myMailPreferences {
      language
      notifications
      dailyDigest
    }
  }
`);

export const SetMailPreferencesDocument = graphql(`
  mutation SetMailPreferences($input: MailPreferencesInput!) {
    setMailPreferences(input: $input) {
      language
      notifications
      dailyDigest
    }
  }
`);
