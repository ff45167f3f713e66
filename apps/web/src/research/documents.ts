import { graphql } from '../gql';

export const MyResultsQuery = graphql(`
  query MyResults($ownerId: ID!, $first: Int, $after: String) {
    results(first: $first, after: $after, filter: { ownerId: $ownerId, status: [DRAFT, SUBMITTED, EVALUATED, PUBLISHED, REJECTED, WITHDRAWN] }) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          trl
          visibility
          resultClass
          fieldCode
          createdAt
          publishedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ResearchResultQuery = graphql(`
  query ResearchResult($id: ID!) {
    result(id: $id) {
      id
      attachments {
        ...AttachmentFields
      }
      title
      summary
      description
      keywords
      resultClass
      fieldCode
      trl
      patents {
        number
        title
        granted
      }
      transferModes
      askingPrice {
        min
        max
        negotiable
      }
      needsPilot
      visibility
      status
      createdAt
      publishedAt
      owner {
        id
        name
      }
      evaluation {
        score
        technicalMaturity
        marketPotential
        comment
        evaluatedAt
      }
    }
  }
`);

export const ResultMatchesQuery = graphql(`
  query ResultMatches($id: ID!) {
    matchesForResult(resultId: $id, first: 20) {
      id
      score
      status
      factors {
        factor
        weight
        value
        contribution
        reasonZh
        reasonEn
      }
      need {
        id
        title
        summary
        enterprise {
          id
          name
        }
      }
    }
  }
`);

export const ResultNdasQuery = graphql(`
  query ResultNdas($id: ID!) {
    result(id: $id) {
      id
      visibility
      ndaAcceptances {
        displayName
        acceptedAt
        organization {
          id
          name
        }
      }
    }
  }
`);

export const ResultPilotsQuery = graphql(`
  query ResultPilots($id: ID!) {
    result(id: $id) {
      id
      status
      needsPilot
      suggestedPilotPlatforms(first: 5) {
        score
        reasons {
          factor
          points
          zh
          en
        }
        platform {
          id
          name
          district
          capabilities
          fieldCodes
          operator {
            id
            name
          }
        }
      }
    }
  }
`);

export const IndustryFieldsQuery = graphql(`
  query WorkspaceIndustryFields {
    industryFields {
      code
      nameZh
      nameEn
      chainPlan
      parentCode
    }
  }
`);

export const CreateResultMutation = graphql(`
  mutation CreateResult($input: ResultInput!) {
    createResult(input: $input) {
      id
      status
    }
  }
`);

export const UpdateResultMutation = graphql(`
  mutation UpdateResult($id: ID!, $input: ResultUpdateInput!) {
    updateResult(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const SubmitResultMutation = graphql(`
  mutation SubmitResult($id: ID!) {
    submitResult(id: $id) {
      id
      status
    }
  }
`);

export const WithdrawResultMutation = graphql(`
  mutation WithdrawResult($id: ID!) {
    withdrawResult(id: $id) {
      id
      status
    }
  }
`);

export const RequestPilotBookingMutation = graphql(`
  mutation RequestPilotBooking($input: PilotBookingInput!) {
    requestPilotBooking(input: $input) {
      id
      status
      from
      to
    }
  }
`);
