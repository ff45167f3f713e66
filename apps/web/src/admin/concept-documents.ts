import { graphql } from '../gql';

export const ConceptFieldsDocument = graphql(`
  fragment ConceptFields on DictionaryConcept {
    id
    fieldCode
    zh
    en
    kind
    abbreviations
    synonyms
    broader
    solvedBy
    partlySolvedBy
  }
`);

export const ConceptChangeFieldsDocument = graphql(`
  fragment ConceptChangeFields on ConceptChange {
    id
    action
    conceptId
    actorId
    createdAt
    before {
      ...ConceptFields
    }
    after {
      ...ConceptFields
    }
  }
`);

/** The current version and the open draft (with its changes), each with a page of concepts. */
export const ConceptDictionaryQuery = graphql(`
  query AdminConceptDictionary($draft: Boolean!, $fieldCode: String, $text: String, $first: Int, $after: String) {
    conceptDictionary(draft: $draft) {
      id
      number
      published
      basedOn
      note
      conceptCount
      createdAt
      createdBy
      publishedAt
      publishedBy
      concepts(fieldCode: $fieldCode, text: $text, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ConceptFields
          }
        }
      }
    }
  }
`);

export const ConceptDraftQuery = graphql(`
  query AdminConceptDraft {
    current: conceptDictionary {
      id
      number
      conceptCount
      publishedAt
      publishedBy
    }
    draft: conceptDictionary(draft: true) {
      id
      basedOn
      conceptCount
      createdAt
      createdBy
      changes {
        ...ConceptChangeFields
      }
    }
  }
`);

export const ConceptVersionsQuery = graphql(`
  query AdminConceptVersions($first: Int, $after: String) {
    conceptDictionaryVersions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          basedOn
          rolledBackTo
          note
          conceptCount
          createdBy
          publishedAt
          publishedBy
          changes {
            ...ConceptChangeFields
          }
        }
      }
    }
  }
`);

/** Concepts to link to (broader, application links), searched in the version being edited. */
export const ConceptOptionsQuery = graphql(`
  query AdminConceptOptions($draft: Boolean!, $text: String) {
    conceptDictionary(draft: $draft) {
      id
      concepts(text: $text, first: 20) {
        edges {
          node {
            id
            zh
            en
            fieldCode
            kind
          }
        }
      }
    }
  }
`);

/** Administrators' names for the history's "who" (the console's directory; administrators are few). */
export const ConceptAdminsQuery = graphql(`
  query AdminConceptAdmins {
    users(first: 100, filter: { role: ADMIN }) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

export const SaveConceptMutation = graphql(`
  mutation AdminSaveConcept($input: ConceptInput!) {
    saveConcept(input: $input) {
      ...ConceptFields
    }
  }
`);

export const RemoveConceptMutation = graphql(`
  mutation AdminRemoveConcept($id: ID!) {
    removeConcept(id: $id) {
      id
    }
  }
`);

export const PublishConceptDictionaryMutation = graphql(`
  mutation AdminPublishConceptDictionary($note: String) {
    publishConceptDictionary(note: $note) {
      id
      number
    }
  }
`);

export const DiscardConceptDraftMutation = graphql(`
  mutation AdminDiscardConceptDraft {
    discardConceptDictionaryDraft
  }
`);

export const RollbackConceptDictionaryMutation = graphql(`
  mutation AdminRollbackConceptDictionary($number: Int!, $note: String) {
    rollbackConceptDictionary(number: $number, note: $note) {
      id
      number
    }
  }
`);
