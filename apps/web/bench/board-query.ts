/** The board's query as the console sends it (src/broker/documents.ts), for the raw baseline. */
export const BOARD_QUERY_TEXT = `
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
`;
