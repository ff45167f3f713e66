import { registerEnumType } from '@nestjs/graphql';

/** The five kinds of technology contract of the Civil Code (技术合同). */
export enum ContractType {
  DEVELOPMENT = 'DEVELOPMENT',
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  CONSULTING = 'CONSULTING',
  SERVICE = 'SERVICE',
}

registerEnumType(ContractType, {
  name: 'ContractType',
  description: 'Kind of technology contract.',
  valuesMap: {
    DEVELOPMENT: { description: '技术开发 — commissioned or cooperative development.' },
    TRANSFER: { description: '技术转让 — transfer of a patent or technical secret.' },
    LICENSE: { description: '技术许可 — licence to use a patent or technical secret.' },
    CONSULTING: { description: '技术咨询 — feasibility studies, technical advice.' },
    SERVICE: { description: '技术服务 — solving a specific technical problem.' },
  },
});
