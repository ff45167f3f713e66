import { graphql } from '../gql';

export const DealPageQuery = graphql(`
  query DealPage($id: ID!) {
    me {
      id
      roles
    }
    deal(id: $id) {
      ...DealParties
      ...DealBroker
      fieldCode
      dueAt
      createdAt
      lostReason
      match {
        id
        score
        factors {
          factor
          weight
          value
          contribution
          reasonZh
          reasonEn
        }
      }
      history {
        from
        to
        note
        at
        by {
          id
          displayName
        }
      }
      contract {
        type
        amount
        signedAt
        contractNo
      }
      commission {
        contractType
        baseAmount
        ratePercent
        amount
      }
      allowedMoves {
        to
        mutation
        reasonRequired
      }
      conversation {
        id
      }
    }
  }
`);

export const AdvanceDealMutation = graphql(`
  mutation AdvanceDeal($dealId: ID!, $input: DealTransitionInput!) {
    advanceDeal(dealId: $dealId, input: $input) {
      id
      stage
    }
  }
`);

export const SignContractMutation = graphql(`
  mutation SignDealContract($dealId: ID!, $input: ContractInput!) {
    signContract(dealId: $dealId, input: $input) {
      id
      stage
    }
  }
`);

export const CommissionPreviewQuery = graphql(`
  query CommissionPreview($type: ContractType!, $amount: Money!) {
    commissionPreview(type: $type, amount: $amount) {
      contractType
      baseAmount
      ratePercent
      amount
    }
  }
`);

export const EnterpriseFollowUpsQuery = graphql(`
  query EnterpriseFollowUps($enterpriseId: ID!, $first: Int) {
    myFollowUps(enterpriseId: $enterpriseId, first: $first) {
      totalCount
      edges {
        node {
          id
          channel
          happenedOn
          notes
          nextAction
          nextActionOn
          discoveredNeeds
          createdAt
          broker {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const RecordFollowUpMutation = graphql(`
  mutation RecordDealFollowUp($input: FollowUpInput!) {
    recordFollowUp(input: $input) {
      id
    }
  }
`);

export const AssignableBrokersQuery = graphql(`
  query AssignableBrokers {
    certifiedBrokers(withCapacity: true) {
      id
      displayName
      brokerProfile {
        activeDeals
        capacity
        fieldCodes
      }
    }
  }
`);

export const AssignBrokerMutation = graphql(`
  mutation AssignDealBroker($dealId: ID!, $brokerId: ID!) {
    assignBroker(dealId: $dealId, brokerId: $brokerId) {
      id
      broker {
        id
        displayName
      }
    }
  }
`);

/** The deals a party's workspace lists (each links to /deals/:id). */
export const PartyDealsQuery = graphql(`
  query PartyDeals($first: Int, $filter: DealFilter) {
    deals(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          ...DealTitles
          ...DealBroker
          createdAt
          dueAt
        }
      }
    }
  }
`);
