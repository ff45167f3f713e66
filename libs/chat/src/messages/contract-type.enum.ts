import { registerEnumType } from '@nestjs/graphql';

/**
 * Kinds of technology contract (as registered with the technology market). Offers name one;
 * the deal pipeline's signed contract uses the same enum.
 */
export enum ContractType {
  DEVELOPMENT = 'DEVELOPMENT',
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  CONSULTING = 'CONSULTING',
  SERVICE = 'SERVICE',
}

registerEnumType(ContractType, {
  name: 'ContractType',
  description: 'Kind of technology contract (技术合同类型).',
  valuesMap: {
    DEVELOPMENT: { description: 'Technology development (技术开发).' },
    TRANSFER: { description: 'Technology transfer: assignment of rights (技术转让).' },
    LICENSE: { description: 'Licence to use (技术许可).' },
    CONSULTING: { description: 'Technology consulting (技术咨询).' },
    SERVICE: { description: 'Technology service (技术服务).' },
  },
});
