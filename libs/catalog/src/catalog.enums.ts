import { registerEnumType } from '@nestjs/graphql';

export enum ResultClass {
  MAJOR_INNOVATION = 'MAJOR_INNOVATION',
  INDUSTRIAL_INNOVATION = 'INDUSTRIAL_INNOVATION',
  ENTERPRISE_DEMAND = 'ENTERPRISE_DEMAND',
}

export enum Visibility {
  PUBLIC = 'PUBLIC',
  TEASER = 'TEASER',
  PRIVATE = 'PRIVATE',
}

export enum ResultStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  EVALUATED = 'EVALUATED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum NeedStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  IN_NEGOTIATION = 'IN_NEGOTIATION',
  SOLVED = 'SOLVED',
  CLOSED = 'CLOSED',
}

export enum TransferMode {
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  EQUITY = 'EQUITY',
  JOINT_DEVELOPMENT = 'JOINT_DEVELOPMENT',
  TECHNICAL_SERVICE = 'TECHNICAL_SERVICE',
}

/** Statuses in which a result is on the public market. */
export const LISTED_RESULT_STATUSES: readonly ResultStatus[] = [ResultStatus.PUBLISHED];
/** Statuses in which a need is on the public market (being negotiated or solved still shows it). */
export const LISTED_NEED_STATUSES: readonly NeedStatus[] = [NeedStatus.PUBLISHED, NeedStatus.IN_NEGOTIATION, NeedStatus.SOLVED];

registerEnumType(ResultClass, {
  name: 'ResultClass',
  description: 'The three classes of research results of the 3×4 system.',
  valuesMap: {
    MAJOR_INNOVATION: { description: '自主创新重大成果: major results of key universities, institutes and platforms; tracked and selected yearly.' },
    INDUSTRIAL_INNOVATION: { description: '产业科技创新成果: results of the industry-chain plans (强链/建链/布链/海创).' },
    ENTERPRISE_DEMAND: { description: '企业需求技术成果: results answering enterprise needs, including collective R&D.' },
  },
});

registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Staged confidentiality of a result or need.',
  valuesMap: {
    PUBLIC: { description: 'Everything visible to everyone once published.' },
    TEASER: { description: 'Title, summary, keywords, field, TRL and price visible; the description only after accepting the NDA.' },
    PRIVATE: { description: 'Only the owner organization, administrators and users granted access (assigned brokers, deal parties).' },
  },
});

registerEnumType(ResultStatus, {
  name: 'ResultStatus',
  description: 'Evaluation funnel of a research result.',
  valuesMap: {
    DRAFT: { description: 'Being written by the owner; only the owner and administrators see it.' },
    SUBMITTED: { description: 'Collected (征集): submitted for evaluation.' },
    EVALUATED: { description: 'Evaluated and approved; waiting to be published.' },
    PUBLISHED: { description: 'On the market.' },
    REJECTED: { description: 'Not approved by the evaluation.' },
    WITHDRAWN: { description: 'Withdrawn by the owner or an administrator.' },
  },
});

registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'Life of a technical need.',
  valuesMap: {
    DRAFT: { description: 'Being written by the enterprise; only it and administrators see it.' },
    PUBLISHED: { description: 'On the market, open to matches (and pledges when collective).' },
    IN_NEGOTIATION: { description: 'A deal on it is being negotiated.' },
    SOLVED: { description: 'A deal on it was signed.' },
    CLOSED: { description: 'Closed by the enterprise or an administrator without a deal.' },
  },
});

registerEnumType(TransferMode, {
  name: 'TransferMode',
  description: 'How a technology changes hands.',
  valuesMap: {
    TRANSFER: { description: 'Assignment of the rights (转让).' },
    LICENSE: { description: 'Licence (许可).' },
    EQUITY: { description: 'Contribution as equity (作价入股).' },
    JOINT_DEVELOPMENT: { description: 'Joint development (合作开发).' },
    TECHNICAL_SERVICE: { description: 'Technical service or consulting (技术服务).' },
  },
});
