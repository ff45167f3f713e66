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
          id
          stage
          fieldCode
          dueAt
          result {
            id
            title
            owner {
              id
              name
            }
          }
          need {
            id
            title
            enterprise {
              id
              name
            }
          }
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
          id
          stage
          fieldCode
          createdAt
          result {
            id
            title
            owner {
              id
              name
            }
          }
          need {
            id
            title
            enterprise {
              id
              name
            }
          }
        }
      }
    }
  }
`);
