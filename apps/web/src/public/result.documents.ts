import { graphql } from '../gql';

export const PublicResultFields = graphql(`
  fragment PublicResultFields on ResearchResult {
    id
    title
    summary
    description
    keywords
    fieldCode
    trl
    resultClass
    visibility
    status
    needsPilot
    transferModes
    publishedAt
    selectedYear
    askingPrice {
      min
      max
      negotiable
    }
    patents {
      number
      title
      granted
    }
    owner {
      id
      name
      district
      kind
    }
    evaluation {
      score
      comment
    }
    attachments {
      ...AttachmentFields
    }
  }
`);

export const ResultDocument = graphql(`
  query PublicResult($id: ID!) {
    result(id: $id) {
      ...PublicResultFields
    }
  }
`);

export const AcceptNdaDocument = graphql(`
  mutation AcceptResultNda($id: ID!) {
    acceptResultNda(id: $id) {
      ...PublicResultFields
    }
  }
`);
