import { graphql } from '../gql';

// Apart from the room's documents: the header's badge is on every signed-in page, the room is not.
export const ChatUnreadQuery = graphql(`
  query ChatUnread {
    myConversations(first: 100) {
      id
      unreadCount
    }
  }
`);
