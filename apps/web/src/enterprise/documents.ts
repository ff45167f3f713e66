import { graphql } from '../gql';

export const MyNeedsQuery = graphql(`
  query MyNeeds($enterpriseId: ID!, $first: Int) {
    needs(first: $first, filter: { enterpriseId: $enterpriseId, status: [DRAFT, PUBLISHED, IN_NEGOTIATION, SOLVED, CLOSED] }) {
      totalCount
      edges {
        node {
          id
          title
          status
          visibility
          fieldCode
          minTrl
          budget {
            min
            max
            negotiable
          }
          createdAt
          collective {
            targetAmount
            pledgedAmount
            funded
          }
        }
      }
    }
  }
`);

export const EnterpriseNeedQuery = graphql(`
  query EnterpriseNeed($id: ID!) {
    need(id: $id) {
      id
      attachments {
        ...AttachmentFields
      }
      title
      summary
      description
      keywords
      fieldCode
      minTrl
      budget {
        min
        max
        negotiable
      }
      deadline
      preferredModes
      visibility
      status
      createdAt
      publishedAt
      enterprise {
        id
        name
      }
      collective {
        targetAmount
        pledgedAmount
        funded
        pledges {
          amount
          pledgedAt
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const NeedMatchesQuery = graphql(`
  query NeedMatches($id: ID!) {
    matchesForNeed(needId: $id, first: 20) {
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
      result {
        id
        title
        summary
        trl
        visibility
        owner {
          id
          name
        }
      }
    }
  }
`);

export const CollectiveNeedsQuery = graphql(`
  query CollectiveNeeds($first: Int) {
    needs(first: $first, filter: { collective: true }) {
      totalCount
      edges {
        node {
          id
          title
          summary
          status
          fieldCode
          enterprise {
            id
            name
          }
          collective {
            targetAmount
            pledgedAmount
            funded
            pledges {
              amount
              organization {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const CreateNeedMutation = graphql(`
  mutation CreateNeed($input: NeedInput!) {
    createNeed(input: $input) {
      id
      status
    }
  }
`);

export const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($id: ID!, $input: NeedUpdateInput!) {
    updateNeed(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const PublishNeedMutation = graphql(`
  mutation PublishNeed($id: ID!) {
    publishNeed(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const CloseNeedMutation = graphql(`
  mutation CloseNeed($id: ID!) {
    closeNeed(id: $id) {
      id
      status
    }
  }
`);

export const RefreshMatchesMutation = graphql(`
  mutation RefreshNeedMatches($id: ID!) {
    refreshMatches(needId: $id) {
      id
      score
      status
    }
  }
`);

export const MatchFeedbackMutation = graphql(`
  mutation GiveMatchFeedback($matchId: ID!, $input: MatchFeedbackInput!) {
    giveMatchFeedback(matchId: $matchId, input: $input) {
      id
      status
    }
  }
`);

export const OpenDealFromMatchMutation = graphql(`
  mutation OpenDealFromMatch($matchId: ID!) {
    openDeal(matchId: $matchId) {
      id
      stage
      broker {
        id
        displayName
      }
    }
  }
`);

export const PledgeMutation = graphql(`
  mutation EnterprisePledgeToNeed($needId: ID!, $amount: Money!) {
    pledgeToNeed(needId: $needId, amount: $amount) {
      id
      collective {
        targetAmount
        pledgedAmount
        funded
      }
    }
  }
`);
