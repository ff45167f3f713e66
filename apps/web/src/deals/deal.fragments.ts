import { graphql } from '../gql';

/**
 * The deal selections every deal list and page of the console asks for, in one place: the deal
 * page, the party lists, the broker's board and queue and the deal room spread these instead of
 * writing the fields again.
 */
export const DealTitlesFragment = graphql(`
  fragment DealTitles on Deal {
    id
    stage
    result {
      id
      title
    }
    need {
      id
      title
    }
  }
`);

/** Both parties: the result with its owner, the need with its enterprise. */
export const DealPartiesFragment = graphql(`
  fragment DealParties on Deal {
    ...DealTitles
    result {
      owner {
        id
        name
      }
    }
    need {
      enterprise {
        id
        name
      }
    }
  }
`);

export const DealBrokerFragment = graphql(`
  fragment DealBroker on Deal {
    broker {
      id
      displayName
    }
  }
`);
