import { graphql } from '../gql';

export const EventFields = graphql(`
  fragment EventFields on MatchmakingEvent {
    id
    title
    status
    fieldCodes
    startsAt
    endsAt
    venue
    slotMinutes
    tables
    capacity
    registrationDeadline
    registeredOrganizations
  }
`);

export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    id
    startsAt
    endsAt
    table
    score
    status
    resultAccepted
    needAccepted
    dealId
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
`);

export const AdminEventsQuery = graphql(`
  query AdminEvents($first: Int) {
    events(first: $first) {
      totalCount
      edges {
        node {
          ...EventFields
        }
      }
    }
  }
`);

export const AdminEventQuery = graphql(`
  query AdminEvent($id: ID!) {
    event(id: $id) {
      ...EventFields
      registrations {
        registeredAt
        organization {
          id
          name
        }
        results {
          id
          title
        }
        needs {
          id
          title
        }
      }
      meetings {
        ...MeetingFields
      }
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      ...EventFields
    }
  }
`);

export const OpenEventMutation = graphql(`
  mutation OpenEvent($id: ID!) {
    openEvent(id: $id) {
      ...EventFields
    }
  }
`);

export const ScheduleEventMutation = graphql(`
  mutation ScheduleEvent($id: ID!) {
    scheduleEvent(id: $id) {
      ...EventFields
      meetings {
        id
        status
      }
    }
  }
`);

export const CompleteEventMutation = graphql(`
  mutation CompleteEvent($id: ID!) {
    completeEvent(id: $id) {
      ...EventFields
    }
  }
`);

export const RecordOutcomeMutation = graphql(`
  mutation RecordMeetingOutcome($meetingId: ID!, $held: Boolean!, $openDeal: Boolean!) {
    recordMeetingOutcome(meetingId: $meetingId, held: $held, openDeal: $openDeal) {
      ...MeetingFields
    }
  }
`);

export const RespondToMeetingMutation = graphql(`
  mutation RespondToMeeting($meetingId: ID!, $accept: Boolean!) {
    respondToMeeting(meetingId: $meetingId, accept: $accept) {
      ...MeetingFields
    }
  }
`);

export const ParticipantEventQuery = graphql(`
  query ParticipantEvent($id: ID!) {
    event(id: $id) {
      ...EventFields
      agendaUrl
      registrations {
        organization {
          id
        }
        results {
          id
        }
        needs {
          id
        }
      }
      meetings {
        ...MeetingFields
      }
    }
  }
`);

/** The caller's organization's published items, the only ones an event takes. */
export const MyEventItemsQuery = graphql(`
  query MyEventItems($orgId: ID!) {
    results(first: 50, filter: { ownerId: $orgId, status: [PUBLISHED] }) {
      edges {
        node {
          id
          title
          visibility
        }
      }
    }
    needs(first: 50, filter: { enterpriseId: $orgId, status: [PUBLISHED] }) {
      edges {
        node {
          id
          title
          visibility
        }
      }
    }
  }
`);

export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($eventId: ID!, $input: EventRegistrationInput!) {
    registerForEvent(eventId: $eventId, input: $input) {
      ...EventFields
    }
  }
`);
