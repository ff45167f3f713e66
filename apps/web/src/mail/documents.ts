import { graphql } from '../gql';

export const MailboxQuery = graphql(`
  query Mailbox($to: String, $first: Int, $after: String) {
    mailbox(to: $to, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          to
          subject
          template
          language
          status
          attempts
          lastError
          text
          html
          createdAt
          sentAt
        }
      }
    }
  }
`);
