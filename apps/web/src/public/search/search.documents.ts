import { graphql } from '../../gql';

export const SearchResultsDocument = graphql(`
  query SearchResults($input: ResultSearchInput!) {
    searchResults(input: $input) {
      totalHits
      page
      pageSize
      processingTimeMs
      facets {
        attribute
        values {
          value
          count
        }
      }
      hits {
        highlightTitle
        highlightSummary
        result {
          id
          title
          summary
          fieldCode
          trl
          transferModes
          resultClass
          visibility
          needsPilot
          askingPrice {
            min
            max
            negotiable
          }
          owner {
            id
            name
            district
          }
        }
      }
    }
  }
`);

export const SearchNeedsDocument = graphql(`
  query SearchNeeds($input: NeedSearchInput!) {
    searchNeeds(input: $input) {
      totalHits
      page
      pageSize
      processingTimeMs
      facets {
        attribute
        values {
          value
          count
        }
      }
      hits {
        highlightTitle
        highlightSummary
        need {
          id
          title
          summary
          fieldCode
          minTrl
          preferredModes
          status
          visibility
          budget {
            min
            max
            negotiable
          }
          collective {
            targetAmount
            pledgedAmount
            funded
          }
          enterprise {
            id
            name
            district
          }
        }
      }
    }
  }
`);
