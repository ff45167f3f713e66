/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    roles\n    organization {\n      id\n      name\n      kind\n      verified\n    }\n  }\n': typeof types.SessionUserFieldsFragmentDoc;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n': typeof types.RegisterDocument;
  '\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  query PublicEvents($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          endsAt\n          venue\n          capacity\n          registrationDeadline\n          registeredOrganizations\n          fieldCodes\n          tables\n          slotMinutes\n        }\n      }\n    }\n  }\n': typeof types.PublicEventsDocument;
  '\n  query Home {\n    latestResults: searchResults(input: { query: "", sort: NEWEST, pageSize: 6 }) {\n      totalHits\n      hits {\n        result {\n          id\n          title\n          fieldCode\n          trl\n          askingPrice {\n            min\n            max\n            negotiable\n          }\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    latestNeeds: searchNeeds(input: { query: "", sort: NEWEST, pageSize: 6 }) {\n      totalHits\n      hits {\n        need {\n          id\n          title\n          fieldCode\n          budget {\n            min\n            max\n            negotiable\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.HomeDocument;
  '\n  fragment PublicNeedFields on TechNeed {\n    id\n    title\n    summary\n    description\n    keywords\n    fieldCode\n    minTrl\n    preferredModes\n    status\n    visibility\n    deadline\n    publishedAt\n    budget {\n      min\n      max\n      negotiable\n    }\n    enterprise {\n      id\n      name\n      district\n    }\n    collective {\n      targetAmount\n      pledgedAmount\n      funded\n      fundedAt\n      pledges {\n        amount\n        pledgedAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PublicNeedFieldsFragmentDoc;
  '\n  query PublicNeed($id: ID!) {\n    need(id: $id) {\n      ...PublicNeedFields\n    }\n  }\n': typeof types.PublicNeedDocument;
  '\n  mutation AcceptNeedNda($id: ID!) {\n    acceptNeedNda(id: $id) {\n      ...PublicNeedFields\n    }\n  }\n': typeof types.AcceptNeedNdaDocument;
  '\n  mutation PledgeToNeed($needId: ID!, $amount: Money!) {\n    pledgeToNeed(needId: $needId, amount: $amount) {\n      ...PublicNeedFields\n    }\n  }\n': typeof types.PledgeToNeedDocument;
  '\n  query PublicPilotPlatforms($first: Int, $after: String, $fieldCode: String) {\n    pilotPlatforms(first: $first, after: $after, fieldCode: $fieldCode) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          district\n          fieldCodes\n          capabilities\n          priceNotes\n          operator {\n            id\n            name\n          }\n          busyRanges {\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n': typeof types.PublicPilotPlatformsDocument;
  '\n  fragment PublicResultFields on ResearchResult {\n    id\n    title\n    summary\n    description\n    keywords\n    fieldCode\n    trl\n    resultClass\n    visibility\n    status\n    needsPilot\n    transferModes\n    publishedAt\n    selectedYear\n    askingPrice {\n      min\n      max\n      negotiable\n    }\n    patents {\n      number\n      title\n      granted\n    }\n    owner {\n      id\n      name\n      district\n      kind\n    }\n    evaluation {\n      score\n      comment\n    }\n  }\n': typeof types.PublicResultFieldsFragmentDoc;
  '\n  query PublicResult($id: ID!) {\n    result(id: $id) {\n      ...PublicResultFields\n    }\n  }\n': typeof types.PublicResultDocument;
  '\n  mutation AcceptResultNda($id: ID!) {\n    acceptResultNda(id: $id) {\n      ...PublicResultFields\n    }\n  }\n': typeof types.AcceptResultNdaDocument;
  '\n  query SearchResults($input: ResultSearchInput!) {\n    searchResults(input: $input) {\n      totalHits\n      page\n      pageSize\n      processingTimeMs\n      facets {\n        attribute\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        highlightTitle\n        highlightSummary\n        result {\n          id\n          title\n          summary\n          fieldCode\n          trl\n          transferModes\n          resultClass\n          visibility\n          needsPilot\n          askingPrice {\n            min\n            max\n            negotiable\n          }\n          owner {\n            id\n            name\n            district\n          }\n        }\n      }\n    }\n  }\n': typeof types.SearchResultsDocument;
  '\n  query SearchNeeds($input: NeedSearchInput!) {\n    searchNeeds(input: $input) {\n      totalHits\n      page\n      pageSize\n      processingTimeMs\n      facets {\n        attribute\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        highlightTitle\n        highlightSummary\n        need {\n          id\n          title\n          summary\n          fieldCode\n          minTrl\n          preferredModes\n          status\n          visibility\n          budget {\n            min\n            max\n            negotiable\n          }\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n          }\n          enterprise {\n            id\n            name\n            district\n          }\n        }\n      }\n    }\n  }\n': typeof types.SearchNeedsDocument;
  '\n  query IndustryFields {\n    industryFields {\n      code\n      nameZh\n      nameEn\n      parentCode\n      chainPlan\n    }\n  }\n': typeof types.IndustryFieldsDocument;
  '\n  query UnreadNotificationCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          dealId\n        }\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n': typeof types.MarkNotificationReadDocument;
};
const documents: Documents = {
  '\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    roles\n    organization {\n      id\n      name\n      kind\n      verified\n    }\n  }\n':
    types.SessionUserFieldsFragmentDoc,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n':
    types.RegisterDocument,
  '\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  query PublicEvents($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          endsAt\n          venue\n          capacity\n          registrationDeadline\n          registeredOrganizations\n          fieldCodes\n          tables\n          slotMinutes\n        }\n      }\n    }\n  }\n':
    types.PublicEventsDocument,
  '\n  query Home {\n    latestResults: searchResults(input: { query: "", sort: NEWEST, pageSize: 6 }) {\n      totalHits\n      hits {\n        result {\n          id\n          title\n          fieldCode\n          trl\n          askingPrice {\n            min\n            max\n            negotiable\n          }\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    latestNeeds: searchNeeds(input: { query: "", sort: NEWEST, pageSize: 6 }) {\n      totalHits\n      hits {\n        need {\n          id\n          title\n          fieldCode\n          budget {\n            min\n            max\n            negotiable\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.HomeDocument,
  '\n  fragment PublicNeedFields on TechNeed {\n    id\n    title\n    summary\n    description\n    keywords\n    fieldCode\n    minTrl\n    preferredModes\n    status\n    visibility\n    deadline\n    publishedAt\n    budget {\n      min\n      max\n      negotiable\n    }\n    enterprise {\n      id\n      name\n      district\n    }\n    collective {\n      targetAmount\n      pledgedAmount\n      funded\n      fundedAt\n      pledges {\n        amount\n        pledgedAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PublicNeedFieldsFragmentDoc,
  '\n  query PublicNeed($id: ID!) {\n    need(id: $id) {\n      ...PublicNeedFields\n    }\n  }\n': types.PublicNeedDocument,
  '\n  mutation AcceptNeedNda($id: ID!) {\n    acceptNeedNda(id: $id) {\n      ...PublicNeedFields\n    }\n  }\n': types.AcceptNeedNdaDocument,
  '\n  mutation PledgeToNeed($needId: ID!, $amount: Money!) {\n    pledgeToNeed(needId: $needId, amount: $amount) {\n      ...PublicNeedFields\n    }\n  }\n':
    types.PledgeToNeedDocument,
  '\n  query PublicPilotPlatforms($first: Int, $after: String, $fieldCode: String) {\n    pilotPlatforms(first: $first, after: $after, fieldCode: $fieldCode) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          district\n          fieldCodes\n          capabilities\n          priceNotes\n          operator {\n            id\n            name\n          }\n          busyRanges {\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n':
    types.PublicPilotPlatformsDocument,
  '\n  fragment PublicResultFields on ResearchResult {\n    id\n    title\n    summary\n    description\n    keywords\n    fieldCode\n    trl\n    resultClass\n    visibility\n    status\n    needsPilot\n    transferModes\n    publishedAt\n    selectedYear\n    askingPrice {\n      min\n      max\n      negotiable\n    }\n    patents {\n      number\n      title\n      granted\n    }\n    owner {\n      id\n      name\n      district\n      kind\n    }\n    evaluation {\n      score\n      comment\n    }\n  }\n':
    types.PublicResultFieldsFragmentDoc,
  '\n  query PublicResult($id: ID!) {\n    result(id: $id) {\n      ...PublicResultFields\n    }\n  }\n': types.PublicResultDocument,
  '\n  mutation AcceptResultNda($id: ID!) {\n    acceptResultNda(id: $id) {\n      ...PublicResultFields\n    }\n  }\n': types.AcceptResultNdaDocument,
  '\n  query SearchResults($input: ResultSearchInput!) {\n    searchResults(input: $input) {\n      totalHits\n      page\n      pageSize\n      processingTimeMs\n      facets {\n        attribute\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        highlightTitle\n        highlightSummary\n        result {\n          id\n          title\n          summary\n          fieldCode\n          trl\n          transferModes\n          resultClass\n          visibility\n          needsPilot\n          askingPrice {\n            min\n            max\n            negotiable\n          }\n          owner {\n            id\n            name\n            district\n          }\n        }\n      }\n    }\n  }\n':
    types.SearchResultsDocument,
  '\n  query SearchNeeds($input: NeedSearchInput!) {\n    searchNeeds(input: $input) {\n      totalHits\n      page\n      pageSize\n      processingTimeMs\n      facets {\n        attribute\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        highlightTitle\n        highlightSummary\n        need {\n          id\n          title\n          summary\n          fieldCode\n          minTrl\n          preferredModes\n          status\n          visibility\n          budget {\n            min\n            max\n            negotiable\n          }\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n          }\n          enterprise {\n            id\n            name\n            district\n          }\n        }\n      }\n    }\n  }\n':
    types.SearchNeedsDocument,
  '\n  query IndustryFields {\n    industryFields {\n      code\n      nameZh\n      nameEn\n      parentCode\n      chainPlan\n    }\n  }\n':
    types.IndustryFieldsDocument,
  '\n  query UnreadNotificationCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n':
    types.UnreadNotificationCountDocument,
  '\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          dealId\n        }\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n':
    types.MarkNotificationReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    roles\n    organization {\n      id\n      name\n      kind\n      verified\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    roles\n    organization {\n      id\n      name\n      kind\n      verified\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicEvents($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          endsAt\n          venue\n          capacity\n          registrationDeadline\n          registeredOrganizations\n          fieldCodes\n          tables\n          slotMinutes\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicEvents($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          endsAt\n          venue\n          capacity\n          registrationDeadline\n          registeredOrganizations\n          fieldCodes\n          tables\n          slotMinutes\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Home {\n    latestResults: searchResults(input: { query: "", sort: NEWEST, pageSize: 6 }) {\n      totalHits\n      hits {\n        result {\n          id\n          title\n          fieldCode\n          trl\n          askingPrice {\n            min\n            max\n            negotiable\n          }\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    latestNeeds: searchNeeds(input: { query: "", sort: NEWEST, pageSize: 6 }) {\n      totalHits\n      hits {\n        need {\n          id\n          title\n          fieldCode\n          budget {\n            min\n            max\n            negotiable\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Home {\n    latestResults: searchResults(input: { query: "", sort: NEWEST, pageSize: 6 }) {\n      totalHits\n      hits {\n        result {\n          id\n          title\n          fieldCode\n          trl\n          askingPrice {\n            min\n            max\n            negotiable\n          }\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n    latestNeeds: searchNeeds(input: { query: "", sort: NEWEST, pageSize: 6 }) {\n      totalHits\n      hits {\n        need {\n          id\n          title\n          fieldCode\n          budget {\n            min\n            max\n            negotiable\n          }\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublicNeedFields on TechNeed {\n    id\n    title\n    summary\n    description\n    keywords\n    fieldCode\n    minTrl\n    preferredModes\n    status\n    visibility\n    deadline\n    publishedAt\n    budget {\n      min\n      max\n      negotiable\n    }\n    enterprise {\n      id\n      name\n      district\n    }\n    collective {\n      targetAmount\n      pledgedAmount\n      funded\n      fundedAt\n      pledges {\n        amount\n        pledgedAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PublicNeedFields on TechNeed {\n    id\n    title\n    summary\n    description\n    keywords\n    fieldCode\n    minTrl\n    preferredModes\n    status\n    visibility\n    deadline\n    publishedAt\n    budget {\n      min\n      max\n      negotiable\n    }\n    enterprise {\n      id\n      name\n      district\n    }\n    collective {\n      targetAmount\n      pledgedAmount\n      funded\n      fundedAt\n      pledges {\n        amount\n        pledgedAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicNeed($id: ID!) {\n    need(id: $id) {\n      ...PublicNeedFields\n    }\n  }\n',
): (typeof documents)['\n  query PublicNeed($id: ID!) {\n    need(id: $id) {\n      ...PublicNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptNeedNda($id: ID!) {\n    acceptNeedNda(id: $id) {\n      ...PublicNeedFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptNeedNda($id: ID!) {\n    acceptNeedNda(id: $id) {\n      ...PublicNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PledgeToNeed($needId: ID!, $amount: Money!) {\n    pledgeToNeed(needId: $needId, amount: $amount) {\n      ...PublicNeedFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PledgeToNeed($needId: ID!, $amount: Money!) {\n    pledgeToNeed(needId: $needId, amount: $amount) {\n      ...PublicNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicPilotPlatforms($first: Int, $after: String, $fieldCode: String) {\n    pilotPlatforms(first: $first, after: $after, fieldCode: $fieldCode) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          district\n          fieldCodes\n          capabilities\n          priceNotes\n          operator {\n            id\n            name\n          }\n          busyRanges {\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicPilotPlatforms($first: Int, $after: String, $fieldCode: String) {\n    pilotPlatforms(first: $first, after: $after, fieldCode: $fieldCode) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          district\n          fieldCodes\n          capabilities\n          priceNotes\n          operator {\n            id\n            name\n          }\n          busyRanges {\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublicResultFields on ResearchResult {\n    id\n    title\n    summary\n    description\n    keywords\n    fieldCode\n    trl\n    resultClass\n    visibility\n    status\n    needsPilot\n    transferModes\n    publishedAt\n    selectedYear\n    askingPrice {\n      min\n      max\n      negotiable\n    }\n    patents {\n      number\n      title\n      granted\n    }\n    owner {\n      id\n      name\n      district\n      kind\n    }\n    evaluation {\n      score\n      comment\n    }\n  }\n',
): (typeof documents)['\n  fragment PublicResultFields on ResearchResult {\n    id\n    title\n    summary\n    description\n    keywords\n    fieldCode\n    trl\n    resultClass\n    visibility\n    status\n    needsPilot\n    transferModes\n    publishedAt\n    selectedYear\n    askingPrice {\n      min\n      max\n      negotiable\n    }\n    patents {\n      number\n      title\n      granted\n    }\n    owner {\n      id\n      name\n      district\n      kind\n    }\n    evaluation {\n      score\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicResult($id: ID!) {\n    result(id: $id) {\n      ...PublicResultFields\n    }\n  }\n',
): (typeof documents)['\n  query PublicResult($id: ID!) {\n    result(id: $id) {\n      ...PublicResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptResultNda($id: ID!) {\n    acceptResultNda(id: $id) {\n      ...PublicResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptResultNda($id: ID!) {\n    acceptResultNda(id: $id) {\n      ...PublicResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchResults($input: ResultSearchInput!) {\n    searchResults(input: $input) {\n      totalHits\n      page\n      pageSize\n      processingTimeMs\n      facets {\n        attribute\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        highlightTitle\n        highlightSummary\n        result {\n          id\n          title\n          summary\n          fieldCode\n          trl\n          transferModes\n          resultClass\n          visibility\n          needsPilot\n          askingPrice {\n            min\n            max\n            negotiable\n          }\n          owner {\n            id\n            name\n            district\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchResults($input: ResultSearchInput!) {\n    searchResults(input: $input) {\n      totalHits\n      page\n      pageSize\n      processingTimeMs\n      facets {\n        attribute\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        highlightTitle\n        highlightSummary\n        result {\n          id\n          title\n          summary\n          fieldCode\n          trl\n          transferModes\n          resultClass\n          visibility\n          needsPilot\n          askingPrice {\n            min\n            max\n            negotiable\n          }\n          owner {\n            id\n            name\n            district\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchNeeds($input: NeedSearchInput!) {\n    searchNeeds(input: $input) {\n      totalHits\n      page\n      pageSize\n      processingTimeMs\n      facets {\n        attribute\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        highlightTitle\n        highlightSummary\n        need {\n          id\n          title\n          summary\n          fieldCode\n          minTrl\n          preferredModes\n          status\n          visibility\n          budget {\n            min\n            max\n            negotiable\n          }\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n          }\n          enterprise {\n            id\n            name\n            district\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchNeeds($input: NeedSearchInput!) {\n    searchNeeds(input: $input) {\n      totalHits\n      page\n      pageSize\n      processingTimeMs\n      facets {\n        attribute\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        highlightTitle\n        highlightSummary\n        need {\n          id\n          title\n          summary\n          fieldCode\n          minTrl\n          preferredModes\n          status\n          visibility\n          budget {\n            min\n            max\n            negotiable\n          }\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n          }\n          enterprise {\n            id\n            name\n            district\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndustryFields {\n    industryFields {\n      code\n      nameZh\n      nameEn\n      parentCode\n      chainPlan\n    }\n  }\n',
): (typeof documents)['\n  query IndustryFields {\n    industryFields {\n      code\n      nameZh\n      nameEn\n      parentCode\n      chainPlan\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          dealId\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          dealId\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
