import { graphql } from '../gql';

export const BoardDealsQuery = graphql(`
  query BoardDeals($first: Int, $after: String, $filter: DealFilter) {
    deals(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DealParties
          fieldCode
          dueAt
          match {
            id
            score
          }
        }
      }
    }
  }
`);

export const MyCapacityQuery = graphql(`
  query MyCapacity {
    me {
      id
      roles
      brokerProfile {
        activeDeals
        capacity
      }
    }
  }
`);

export const UnassignedDealsQuery = graphql(`
  query UnassignedDeals($first: Int) {
    deals(first: $first, filter: { unassigned: true }) {
      totalCount
      edges {
        node {
          ...DealParties
          fieldCode
          createdAt
        }
      }
    }
  }
`);
