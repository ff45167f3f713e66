import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  INNOVATION_PLATFORM = 'INNOVATION_PLATFORM',
  ENTERPRISE = 'ENTERPRISE',
  SERVICE_AGENCY = 'SERVICE_AGENCY',
  GOVERNMENT = 'GOVERNMENT',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What an organization is; decides the role its self-registered members get.',
  valuesMap: {
    UNIVERSITY: { description: 'University (高校); members publish research results.' },
    RESEARCH_INSTITUTE: { description: 'Research institute (科研院所); members publish research results.' },
    INNOVATION_PLATFORM: { description: 'Innovation platform or new R&D institution (创新平台 / 新型研发机构).' },
    ENTERPRISE: { description: 'Enterprise (企业); members post technical needs.' },
    SERVICE_AGENCY: { description: 'Technology-service firm (技术服务机构); members become brokers once certified.' },
    GOVERNMENT: { description: 'Government body (政府部门); accounts are created by administrators.' },
  },
});

/** Organization kinds whose members publish research results. */
export const RESEARCH_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.UNIVERSITY,
  OrganizationKind.RESEARCH_INSTITUTE,
  OrganizationKind.INNOVATION_PLATFORM,
];
