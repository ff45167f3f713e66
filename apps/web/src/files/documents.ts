import { graphql } from '../gql';

export const AttachmentFields = graphql(`
  fragment AttachmentFields on FileAttachment {
    id
    name
    contentType
    size
    access
    url
    thumbnailUrl
    width
    height
    createdAt
  }
`);

export const FileUploadLimitsQuery = graphql(`
  query FileUploadLimits {
    fileUploadLimits {
      maxBytes
      resultTypes
      needTypes
    }
  }
`);

export const AttachFileToResultMutation = graphql(`
  mutation AttachFileToResult($fileId: ID!, $resultId: ID!, $access: FileAccess!) {
    attachFileToResult(fileId: $fileId, resultId: $resultId, access: $access) {
      ...AttachmentFields
    }
  }
`);

export const AttachFileToNeedMutation = graphql(`
  mutation AttachFileToNeed($fileId: ID!, $needId: ID!, $access: FileAccess!) {
    attachFileToNeed(fileId: $fileId, needId: $needId, access: $access) {
      ...AttachmentFields
    }
  }
`);

export const RemoveFileMutation = graphql(`
  mutation RemoveFile($id: ID!) {
    removeFile(id: $id)
  }
`);
