import { graphql } from '../gql';

/** What the bell's list and the notifications page show of one notification. */
export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title
    body
    createdAt
    readAt
    dealId
  }
`);

/** Marks one notification read; the bell and the page both answer with the fields the cache keeps. */
export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);
