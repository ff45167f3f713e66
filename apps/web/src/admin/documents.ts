import { graphql } from '../gql';

export const ResultFunnelQuery = graphql(`
  query AdminResultFunnel {
    collected: results(first: 1, filter: { status: [SUBMITTED, EVALUATED, PUBLISHED, REJECTED] }) {
      totalCount
    }
    evaluated: results(first: 1, filter: { status: [EVALUATED, PUBLISHED, REJECTED] }) {
      totalCount
    }
    published: results(first: 1, filter: { status: [PUBLISHED] }) {
      totalCount
    }
    queue: results(first: 1, filter: { status: [SUBMITTED] }) {
      totalCount
    }
    toPublish: results(first: 1, filter: { status: [EVALUATED] }) {
      totalCount
    }
  }
`);

export const AdminResultsQuery = graphql(`
  query AdminResults($first: Int, $after: String, $filter: ResultFilter) {
    results(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          summary
          status
          resultClass
          fieldCode
          trl
          submittedAt
          publishedAt
          selectedYear
          owner {
            id
            name
          }
          evaluation {
            score
            technicalMaturity
            marketPotential
            comment
            approved
          }
        }
      }
    }
  }
`);

export const EvaluateResultMutation = graphql(`
  mutation AdminEvaluateResult($id: ID!, $input: EvaluationInput!) {
    evaluateResult(id: $id, input: $input) {
      id
      status
      resultClass
      evaluation {
        score
        approved
      }
    }
  }
`);

export const PublishResultMutation = graphql(`
  mutation AdminPublishResult($id: ID!) {
    publishResult(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const SelectMajorResultMutation = graphql(`
  mutation AdminSelectMajorResult($id: ID!, $year: Int!) {
    selectMajorResult(id: $id, year: $year) {
      id
      selectedYear
    }
  }
`);

export const AdminOrganizationsQuery = graphql(`
  query AdminOrganizations($first: Int, $after: String, $verified: Boolean, $active: Boolean, $keyPlatform: Boolean, $search: String) {
    organizations(first: $first, after: $after, verified: $verified, active: $active, keyPlatform: $keyPlatform, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          district
          creditCode
          verified
          keyPlatform
          deactivatedAt
          createdAt
        }
      }
    }
  }
`);

export const VerifyOrganizationMutation = graphql(`
  mutation AdminVerifyOrganization($id: ID!) {
    verifyOrganization(id: $id) {
      id
      verified
      deactivatedAt
    }
  }
`);

export const DeactivateOrganizationMutation = graphql(`
  mutation AdminDeactivateOrganization($id: ID!) {
    deactivateOrganization(id: $id) {
      id
      verified
      deactivatedAt
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($first: Int, $filter: UserFilter) {
    users(first: $first, filter: $filter) {
      edges {
        node {
          id
          displayName
          email
          roles
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const CertifiedBrokersQuery = graphql(`
  query AdminCertifiedBrokers {
    certifiedBrokers {
      id
      displayName
      email
      organization {
        id
        name
      }
      brokerProfile {
        level
        certificateNo
        fieldCodes
        trainingHours
        capacity
        activeDeals
      }
    }
  }
`);

export const CertifyBrokerMutation = graphql(`
  mutation AdminCertifyBroker($userId: ID!, $input: BrokerProfileInput!) {
    certifyBroker(userId: $userId, input: $input) {
      id
      displayName
      roles
      brokerProfile {
        level
        fieldCodes
        capacity
        trainingHours
      }
    }
  }
`);

export const DeactivateBrokerMutation = graphql(`
  mutation AdminDeactivateBroker($userId: ID!) {
    deactivateBroker(userId: $userId) {
      id
      roles
    }
  }
`);

export const AdminPlatformsQuery = graphql(`
  query AdminPilotPlatforms($first: Int, $after: String) {
    pilotPlatforms(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          fieldCodes
          capabilities
          district
          priceNotes
          operator {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreatePlatformMutation = graphql(`
  mutation AdminCreatePilotPlatform($input: PilotPlatformInput!) {
    createPilotPlatform(input: $input) {
      id
      name
    }
  }
`);

export const UpdatePlatformMutation = graphql(`
  mutation AdminUpdatePilotPlatform($id: ID!, $input: PilotPlatformUpdateInput!) {
    updatePilotPlatform(id: $id, input: $input) {
      id
      name
      fieldCodes
      capabilities
      district
      priceNotes
    }
  }
`);

export const PilotBookingsQuery = graphql(`
  query AdminPilotBookings($first: Int, $after: String, $status: [BookingStatus!]) {
    pilotBookings(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          from
          to
          note
          requestedAt
          platform {
            id
            name
          }
          result {
            id
            title
            owner {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const DecideBookingMutation = graphql(`
  mutation AdminDecidePilotBooking($id: ID!, $approve: Boolean!) {
    decidePilotBooking(id: $id, approve: $approve) {
      id
      status
      decidedAt
    }
  }
`);

export const ServiceTeamQuery = graphql(`
  query AdminServiceTeam($organizationId: ID!) {
    serviceTeam(organizationId: $organizationId) {
      updatedAt
      organization {
        id
        name
      }
      bureauOfficer {
        id
        displayName
        email
      }
      districtLiaison {
        id
        displayName
        email
      }
      conversionLead {
        id
        displayName
        email
      }
      brokers {
        id
        displayName
        email
      }
      funnel {
        collected
        evaluated
        published
        matched
        contracted
      }
    }
  }
`);

export const SetServiceTeamMutation = graphql(`
  mutation AdminSetServiceTeam($organizationId: ID!, $input: ServiceTeamInput!) {
    setServiceTeam(organizationId: $organizationId, input: $input) {
      updatedAt
      funnel {
        collected
        evaluated
        published
        matched
        contracted
      }
    }
  }
`);
