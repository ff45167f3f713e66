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
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    roles\n    organization {\n      id\n      name\n      kind\n      verified\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query MyNeeds($enterpriseId: ID!, $first: Int) {\n    needs(first: $first, filter: { enterpriseId: $enterpriseId, status: [DRAFT, PUBLISHED, IN_NEGOTIATION, SOLVED, CLOSED] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          fieldCode\n          minTrl\n          budget {\n            min\n            max\n            negotiable\n          }\n          createdAt\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyNeedsDocument,
    "\n  query EnterpriseNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCode\n      minTrl\n      budget {\n        min\n        max\n        negotiable\n      }\n      deadline\n      preferredModes\n      visibility\n      status\n      createdAt\n      publishedAt\n      enterprise {\n        id\n        name\n      }\n      collective {\n        targetAmount\n        pledgedAmount\n        funded\n        pledges {\n          amount\n          pledgedAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseNeedDocument,
    "\n  query NeedMatches($id: ID!) {\n    matchesForNeed(needId: $id, first: 20) {\n      id\n      score\n      status\n      factors {\n        factor\n        weight\n        value\n        contribution\n        reasonZh\n        reasonEn\n      }\n      result {\n        id\n        title\n        summary\n        trl\n        visibility\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NeedMatchesDocument,
    "\n  query CollectiveNeeds($first: Int) {\n    needs(first: $first, filter: { collective: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          status\n          fieldCode\n          enterprise {\n            id\n            name\n          }\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n            pledges {\n              amount\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CollectiveNeedsDocument,
    "\n  query MyDeals($first: Int) {\n    deals(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n          createdAt\n          dueAt\n          broker {\n            id\n            displayName\n          }\n          result {\n            id\n            title\n          }\n          need {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyDealsDocument,
    "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: NeedUpdateInput!) {\n    updateNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  mutation PublishNeed($id: ID!) {\n    publishNeed(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishNeedDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  mutation RefreshNeedMatches($id: ID!) {\n    refreshMatches(needId: $id) {\n      id\n      score\n      status\n    }\n  }\n": typeof types.RefreshNeedMatchesDocument,
    "\n  mutation GiveMatchFeedback($matchId: ID!, $input: MatchFeedbackInput!) {\n    giveMatchFeedback(matchId: $matchId, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.GiveMatchFeedbackDocument,
    "\n  mutation OpenDealFromMatch($matchId: ID!) {\n    openDeal(matchId: $matchId) {\n      id\n      stage\n      broker {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OpenDealFromMatchDocument,
    "\n  mutation PledgeToNeed($needId: ID!, $amount: Money!) {\n    pledgeToNeed(needId: $needId, amount: $amount) {\n      id\n      collective {\n        targetAmount\n        pledgedAmount\n        funded\n      }\n    }\n  }\n": typeof types.PledgeToNeedDocument,
    "\n  query MyResults($ownerId: ID!, $first: Int, $after: String) {\n    results(first: $first, after: $after, filter: { ownerId: $ownerId, status: [DRAFT, SUBMITTED, EVALUATED, PUBLISHED, REJECTED, WITHDRAWN] }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          trl\n          visibility\n          resultClass\n          fieldCode\n          createdAt\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyResultsDocument,
    "\n  query ResearchResult($id: ID!) {\n    result(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      resultClass\n      fieldCode\n      trl\n      patents {\n        number\n        title\n        granted\n      }\n      transferModes\n      askingPrice {\n        min\n        max\n        negotiable\n      }\n      needsPilot\n      visibility\n      status\n      createdAt\n      publishedAt\n      owner {\n        id\n        name\n      }\n      evaluation {\n        score\n        technicalMaturity\n        marketPotential\n        comment\n        evaluatedAt\n      }\n    }\n  }\n": typeof types.ResearchResultDocument,
    "\n  query ResultMatches($id: ID!) {\n    matchesForResult(resultId: $id, first: 20) {\n      id\n      score\n      status\n      factors {\n        factor\n        weight\n        value\n        contribution\n        reasonZh\n        reasonEn\n      }\n      need {\n        id\n        title\n        summary\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResultMatchesDocument,
    "\n  query ResultNdas($id: ID!) {\n    result(id: $id) {\n      id\n      visibility\n      ndaAcceptances {\n        displayName\n        acceptedAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResultNdasDocument,
    "\n  query ResultPilots($id: ID!) {\n    result(id: $id) {\n      id\n      status\n      needsPilot\n      suggestedPilotPlatforms(first: 5) {\n        score\n        reasons {\n          factor\n          points\n          zh\n          en\n        }\n        platform {\n          id\n          name\n          district\n          capabilities\n          fieldCodes\n          operator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResultPilotsDocument,
    "\n  query WorkspaceIndustryFields {\n    industryFields {\n      code\n      nameZh\n      nameEn\n      chainPlan\n      parentCode\n    }\n  }\n": typeof types.WorkspaceIndustryFieldsDocument,
    "\n  mutation CreateResult($input: ResultInput!) {\n    createResult(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateResultDocument,
    "\n  mutation UpdateResult($id: ID!, $input: ResultUpdateInput!) {\n    updateResult(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateResultDocument,
    "\n  mutation SubmitResult($id: ID!) {\n    submitResult(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitResultDocument,
    "\n  mutation WithdrawResult($id: ID!) {\n    withdrawResult(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawResultDocument,
    "\n  mutation RequestPilotBooking($input: PilotBookingInput!) {\n    requestPilotBooking(input: $input) {\n      id\n      status\n      from\n      to\n    }\n  }\n": typeof types.RequestPilotBookingDocument,
    "\n  query UnreadNotificationCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          dealId\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    roles\n    organization {\n      id\n      name\n      kind\n      verified\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query MyNeeds($enterpriseId: ID!, $first: Int) {\n    needs(first: $first, filter: { enterpriseId: $enterpriseId, status: [DRAFT, PUBLISHED, IN_NEGOTIATION, SOLVED, CLOSED] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          fieldCode\n          minTrl\n          budget {\n            min\n            max\n            negotiable\n          }\n          createdAt\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n          }\n        }\n      }\n    }\n  }\n": types.MyNeedsDocument,
    "\n  query EnterpriseNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCode\n      minTrl\n      budget {\n        min\n        max\n        negotiable\n      }\n      deadline\n      preferredModes\n      visibility\n      status\n      createdAt\n      publishedAt\n      enterprise {\n        id\n        name\n      }\n      collective {\n        targetAmount\n        pledgedAmount\n        funded\n        pledges {\n          amount\n          pledgedAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseNeedDocument,
    "\n  query NeedMatches($id: ID!) {\n    matchesForNeed(needId: $id, first: 20) {\n      id\n      score\n      status\n      factors {\n        factor\n        weight\n        value\n        contribution\n        reasonZh\n        reasonEn\n      }\n      result {\n        id\n        title\n        summary\n        trl\n        visibility\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NeedMatchesDocument,
    "\n  query CollectiveNeeds($first: Int) {\n    needs(first: $first, filter: { collective: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          status\n          fieldCode\n          enterprise {\n            id\n            name\n          }\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n            pledges {\n              amount\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CollectiveNeedsDocument,
    "\n  query MyDeals($first: Int) {\n    deals(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n          createdAt\n          dueAt\n          broker {\n            id\n            displayName\n          }\n          result {\n            id\n            title\n          }\n          need {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MyDealsDocument,
    "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: NeedUpdateInput!) {\n    updateNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  mutation PublishNeed($id: ID!) {\n    publishNeed(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishNeedDocument,
    "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseNeedDocument,
    "\n  mutation RefreshNeedMatches($id: ID!) {\n    refreshMatches(needId: $id) {\n      id\n      score\n      status\n    }\n  }\n": types.RefreshNeedMatchesDocument,
    "\n  mutation GiveMatchFeedback($matchId: ID!, $input: MatchFeedbackInput!) {\n    giveMatchFeedback(matchId: $matchId, input: $input) {\n      id\n      status\n    }\n  }\n": types.GiveMatchFeedbackDocument,
    "\n  mutation OpenDealFromMatch($matchId: ID!) {\n    openDeal(matchId: $matchId) {\n      id\n      stage\n      broker {\n        id\n        displayName\n      }\n    }\n  }\n": types.OpenDealFromMatchDocument,
    "\n  mutation PledgeToNeed($needId: ID!, $amount: Money!) {\n    pledgeToNeed(needId: $needId, amount: $amount) {\n      id\n      collective {\n        targetAmount\n        pledgedAmount\n        funded\n      }\n    }\n  }\n": types.PledgeToNeedDocument,
    "\n  query MyResults($ownerId: ID!, $first: Int, $after: String) {\n    results(first: $first, after: $after, filter: { ownerId: $ownerId, status: [DRAFT, SUBMITTED, EVALUATED, PUBLISHED, REJECTED, WITHDRAWN] }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          trl\n          visibility\n          resultClass\n          fieldCode\n          createdAt\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyResultsDocument,
    "\n  query ResearchResult($id: ID!) {\n    result(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      resultClass\n      fieldCode\n      trl\n      patents {\n        number\n        title\n        granted\n      }\n      transferModes\n      askingPrice {\n        min\n        max\n        negotiable\n      }\n      needsPilot\n      visibility\n      status\n      createdAt\n      publishedAt\n      owner {\n        id\n        name\n      }\n      evaluation {\n        score\n        technicalMaturity\n        marketPotential\n        comment\n        evaluatedAt\n      }\n    }\n  }\n": types.ResearchResultDocument,
    "\n  query ResultMatches($id: ID!) {\n    matchesForResult(resultId: $id, first: 20) {\n      id\n      score\n      status\n      factors {\n        factor\n        weight\n        value\n        contribution\n        reasonZh\n        reasonEn\n      }\n      need {\n        id\n        title\n        summary\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResultMatchesDocument,
    "\n  query ResultNdas($id: ID!) {\n    result(id: $id) {\n      id\n      visibility\n      ndaAcceptances {\n        displayName\n        acceptedAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResultNdasDocument,
    "\n  query ResultPilots($id: ID!) {\n    result(id: $id) {\n      id\n      status\n      needsPilot\n      suggestedPilotPlatforms(first: 5) {\n        score\n        reasons {\n          factor\n          points\n          zh\n          en\n        }\n        platform {\n          id\n          name\n          district\n          capabilities\n          fieldCodes\n          operator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ResultPilotsDocument,
    "\n  query WorkspaceIndustryFields {\n    industryFields {\n      code\n      nameZh\n      nameEn\n      chainPlan\n      parentCode\n    }\n  }\n": types.WorkspaceIndustryFieldsDocument,
    "\n  mutation CreateResult($input: ResultInput!) {\n    createResult(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateResultDocument,
    "\n  mutation UpdateResult($id: ID!, $input: ResultUpdateInput!) {\n    updateResult(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateResultDocument,
    "\n  mutation SubmitResult($id: ID!) {\n    submitResult(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitResultDocument,
    "\n  mutation WithdrawResult($id: ID!) {\n    withdrawResult(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawResultDocument,
    "\n  mutation RequestPilotBooking($input: PilotBookingInput!) {\n    requestPilotBooking(input: $input) {\n      id\n      status\n      from\n      to\n    }\n  }\n": types.RequestPilotBookingDocument,
    "\n  query UnreadNotificationCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          dealId\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
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
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    roles\n    organization {\n      id\n      name\n      kind\n      verified\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    roles\n    organization {\n      id\n      name\n      kind\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNeeds($enterpriseId: ID!, $first: Int) {\n    needs(first: $first, filter: { enterpriseId: $enterpriseId, status: [DRAFT, PUBLISHED, IN_NEGOTIATION, SOLVED, CLOSED] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          fieldCode\n          minTrl\n          budget {\n            min\n            max\n            negotiable\n          }\n          createdAt\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNeeds($enterpriseId: ID!, $first: Int) {\n    needs(first: $first, filter: { enterpriseId: $enterpriseId, status: [DRAFT, PUBLISHED, IN_NEGOTIATION, SOLVED, CLOSED] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          fieldCode\n          minTrl\n          budget {\n            min\n            max\n            negotiable\n          }\n          createdAt\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCode\n      minTrl\n      budget {\n        min\n        max\n        negotiable\n      }\n      deadline\n      preferredModes\n      visibility\n      status\n      createdAt\n      publishedAt\n      enterprise {\n        id\n        name\n      }\n      collective {\n        targetAmount\n        pledgedAmount\n        funded\n        pledges {\n          amount\n          pledgedAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseNeed($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      fieldCode\n      minTrl\n      budget {\n        min\n        max\n        negotiable\n      }\n      deadline\n      preferredModes\n      visibility\n      status\n      createdAt\n      publishedAt\n      enterprise {\n        id\n        name\n      }\n      collective {\n        targetAmount\n        pledgedAmount\n        funded\n        pledges {\n          amount\n          pledgedAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedMatches($id: ID!) {\n    matchesForNeed(needId: $id, first: 20) {\n      id\n      score\n      status\n      factors {\n        factor\n        weight\n        value\n        contribution\n        reasonZh\n        reasonEn\n      }\n      result {\n        id\n        title\n        summary\n        trl\n        visibility\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedMatches($id: ID!) {\n    matchesForNeed(needId: $id, first: 20) {\n      id\n      score\n      status\n      factors {\n        factor\n        weight\n        value\n        contribution\n        reasonZh\n        reasonEn\n      }\n      result {\n        id\n        title\n        summary\n        trl\n        visibility\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectiveNeeds($first: Int) {\n    needs(first: $first, filter: { collective: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          status\n          fieldCode\n          enterprise {\n            id\n            name\n          }\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n            pledges {\n              amount\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollectiveNeeds($first: Int) {\n    needs(first: $first, filter: { collective: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          status\n          fieldCode\n          enterprise {\n            id\n            name\n          }\n          collective {\n            targetAmount\n            pledgedAmount\n            funded\n            pledges {\n              amount\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeals($first: Int) {\n    deals(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n          createdAt\n          dueAt\n          broker {\n            id\n            displayName\n          }\n          result {\n            id\n            title\n          }\n          need {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDeals($first: Int) {\n    deals(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          stage\n          createdAt\n          dueAt\n          broker {\n            id\n            displayName\n          }\n          result {\n            id\n            title\n          }\n          need {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: NeedInput!) {\n    createNeed(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($id: ID!, $input: NeedUpdateInput!) {\n    updateNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($id: ID!, $input: NeedUpdateInput!) {\n    updateNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNeed($id: ID!) {\n    publishNeed(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNeed($id: ID!) {\n    publishNeed(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($id: ID!) {\n    closeNeed(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshNeedMatches($id: ID!) {\n    refreshMatches(needId: $id) {\n      id\n      score\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshNeedMatches($id: ID!) {\n    refreshMatches(needId: $id) {\n      id\n      score\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveMatchFeedback($matchId: ID!, $input: MatchFeedbackInput!) {\n    giveMatchFeedback(matchId: $matchId, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation GiveMatchFeedback($matchId: ID!, $input: MatchFeedbackInput!) {\n    giveMatchFeedback(matchId: $matchId, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenDealFromMatch($matchId: ID!) {\n    openDeal(matchId: $matchId) {\n      id\n      stage\n      broker {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenDealFromMatch($matchId: ID!) {\n    openDeal(matchId: $matchId) {\n      id\n      stage\n      broker {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeToNeed($needId: ID!, $amount: Money!) {\n    pledgeToNeed(needId: $needId, amount: $amount) {\n      id\n      collective {\n        targetAmount\n        pledgedAmount\n        funded\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeToNeed($needId: ID!, $amount: Money!) {\n    pledgeToNeed(needId: $needId, amount: $amount) {\n      id\n      collective {\n        targetAmount\n        pledgedAmount\n        funded\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResults($ownerId: ID!, $first: Int, $after: String) {\n    results(first: $first, after: $after, filter: { ownerId: $ownerId, status: [DRAFT, SUBMITTED, EVALUATED, PUBLISHED, REJECTED, WITHDRAWN] }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          trl\n          visibility\n          resultClass\n          fieldCode\n          createdAt\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyResults($ownerId: ID!, $first: Int, $after: String) {\n    results(first: $first, after: $after, filter: { ownerId: $ownerId, status: [DRAFT, SUBMITTED, EVALUATED, PUBLISHED, REJECTED, WITHDRAWN] }) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          trl\n          visibility\n          resultClass\n          fieldCode\n          createdAt\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchResult($id: ID!) {\n    result(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      resultClass\n      fieldCode\n      trl\n      patents {\n        number\n        title\n        granted\n      }\n      transferModes\n      askingPrice {\n        min\n        max\n        negotiable\n      }\n      needsPilot\n      visibility\n      status\n      createdAt\n      publishedAt\n      owner {\n        id\n        name\n      }\n      evaluation {\n        score\n        technicalMaturity\n        marketPotential\n        comment\n        evaluatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchResult($id: ID!) {\n    result(id: $id) {\n      id\n      title\n      summary\n      description\n      keywords\n      resultClass\n      fieldCode\n      trl\n      patents {\n        number\n        title\n        granted\n      }\n      transferModes\n      askingPrice {\n        min\n        max\n        negotiable\n      }\n      needsPilot\n      visibility\n      status\n      createdAt\n      publishedAt\n      owner {\n        id\n        name\n      }\n      evaluation {\n        score\n        technicalMaturity\n        marketPotential\n        comment\n        evaluatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultMatches($id: ID!) {\n    matchesForResult(resultId: $id, first: 20) {\n      id\n      score\n      status\n      factors {\n        factor\n        weight\n        value\n        contribution\n        reasonZh\n        reasonEn\n      }\n      need {\n        id\n        title\n        summary\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResultMatches($id: ID!) {\n    matchesForResult(resultId: $id, first: 20) {\n      id\n      score\n      status\n      factors {\n        factor\n        weight\n        value\n        contribution\n        reasonZh\n        reasonEn\n      }\n      need {\n        id\n        title\n        summary\n        enterprise {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultNdas($id: ID!) {\n    result(id: $id) {\n      id\n      visibility\n      ndaAcceptances {\n        displayName\n        acceptedAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResultNdas($id: ID!) {\n    result(id: $id) {\n      id\n      visibility\n      ndaAcceptances {\n        displayName\n        acceptedAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultPilots($id: ID!) {\n    result(id: $id) {\n      id\n      status\n      needsPilot\n      suggestedPilotPlatforms(first: 5) {\n        score\n        reasons {\n          factor\n          points\n          zh\n          en\n        }\n        platform {\n          id\n          name\n          district\n          capabilities\n          fieldCodes\n          operator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResultPilots($id: ID!) {\n    result(id: $id) {\n      id\n      status\n      needsPilot\n      suggestedPilotPlatforms(first: 5) {\n        score\n        reasons {\n          factor\n          points\n          zh\n          en\n        }\n        platform {\n          id\n          name\n          district\n          capabilities\n          fieldCodes\n          operator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceIndustryFields {\n    industryFields {\n      code\n      nameZh\n      nameEn\n      chainPlan\n      parentCode\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceIndustryFields {\n    industryFields {\n      code\n      nameZh\n      nameEn\n      chainPlan\n      parentCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResult($input: ResultInput!) {\n    createResult(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResult($input: ResultInput!) {\n    createResult(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResult($id: ID!, $input: ResultUpdateInput!) {\n    updateResult(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResult($id: ID!, $input: ResultUpdateInput!) {\n    updateResult(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResult($id: ID!) {\n    submitResult(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitResult($id: ID!) {\n    submitResult(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResult($id: ID!) {\n    withdrawResult(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawResult($id: ID!) {\n    withdrawResult(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPilotBooking($input: PilotBookingInput!) {\n    requestPilotBooking(input: $input) {\n      id\n      status\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPilotBooking($input: PilotBookingInput!) {\n    requestPilotBooking(input: $input) {\n      id\n      status\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          dealId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int) {\n    myNotifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          dealId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;