import { Role } from '@techbridge/platform';

import { BrokerLevel } from '../brokers/broker-level.enum';
import { OrganizationKind } from '../organizations/organization-kind.enum';

export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  roles: Role[];
  organization: { name: string; kind: OrganizationKind; district: string; creditCodePrefix: string; keyPlatform: boolean };
  broker?: { level: BrokerLevel; certificateNo: string; fieldCodes: string[]; trainingHours: number; capacity: number };
}

/** The documented demo logins (README). Passwords are for the local demo only. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@techbridge.local',
    password: 'Admin#2026demo',
    displayName: '市科技局 管理员',
    roles: [Role.ADMIN],
    organization: { name: '市科学技术局', kind: OrganizationKind.GOVERNMENT, district: '市南区', creditCodePrefix: '11370200MB1234567', keyPlatform: false },
  },
  {
    email: 'researcher@techbridge.local',
    password: 'Research#2026demo',
    displayName: '李明 (研究员)',
    roles: [Role.RESEARCHER],
    organization: { name: '海滨大学', kind: OrganizationKind.UNIVERSITY, district: '崂山区', creditCodePrefix: '12370000MB0012345', keyPlatform: true },
  },
  {
    email: 'enterprise@techbridge.local',
    password: 'Enterprise#2026demo',
    displayName: '王芳 (研发总监)',
    roles: [Role.ENTERPRISE],
    organization: {
      name: '海城新能源科技有限公司',
      kind: OrganizationKind.ENTERPRISE,
      district: '黄岛区',
      creditCodePrefix: '91370211MA3C00001',
      keyPlatform: true,
    },
  },
  {
    email: 'broker1@techbridge.local',
    password: 'Broker#2026demo',
    displayName: '张伟 (高级技术经纪人)',
    roles: [Role.BROKER],
    organization: {
      name: '海城技术转移服务中心',
      kind: OrganizationKind.SERVICE_AGENCY,
      district: '市北区',
      creditCodePrefix: '91370203MA3C00002',
      keyPlatform: false,
    },
    broker: { level: BrokerLevel.SENIOR, certificateNo: 'TB-2026-0001', fieldCodes: [], trainingHours: 120, capacity: 12 },
  },
  {
    email: 'broker2@techbridge.local',
    password: 'Broker#2026demo',
    displayName: '陈静 (中级技术经纪人)',
    roles: [Role.BROKER],
    organization: {
      name: '海城技术转移服务中心',
      kind: OrganizationKind.SERVICE_AGENCY,
      district: '市北区',
      creditCodePrefix: '91370203MA3C00002',
      keyPlatform: false,
    },
    broker: { level: BrokerLevel.INTERMEDIATE, certificateNo: 'TB-2026-0002', fieldCodes: [], trainingHours: 64, capacity: 8 },
  },
];
