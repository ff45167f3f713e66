import { graphql } from '../gql';

export const DealRoomQuery = graphql(`
  query DealRoom($id: ID!) {
    deal(id: $id) {
      ...DealTitles
      ...DealBroker
      conversation {
        id
        lastSeq
        unreadCount
        participants {
          lastReadSeq
          user {
            id
            displayName
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const DealRoomHistoryQuery = graphql(`
  query DealRoomHistory($conversationId: ID!, $last: Int, $before: String) {
    messages(conversationId: $conversationId, last: $last, before: $before) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          clientMessageId
          conversationId
          seq
          kind
          body
          createdAt
          sender {
            id
            displayName
          }
          offer {
            amount
            contractType
            terms
          }
          attachments {
            id
            name
            contentType
            size
            url
          }
        }
      }
    }
  }
`);

export const MyDealRoomsQuery = graphql(`
  query MyDealRooms($first: Int) {
    myConversations(first: $first) {
      id
      lastSeq
      unreadCount
      deal {
        ...DealTitles
      }
    }
  }
`);

export const ResultDealsQuery = graphql(`
  query ResultDeals($resultId: ID!) {
    deals(first: 50, filter: { resultId: $resultId }) {
      edges {
        node {
          ...DealTitles
          ...DealBroker
          createdAt
        }
      }
    }
  }
`);
