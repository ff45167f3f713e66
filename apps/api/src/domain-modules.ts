import { BrokerageModule } from '@techbridge/brokerage';
import { IdentityModule } from '@techbridge/identity';

/**
 * The domain libs every process composes (API, worker, CLI), in dependency order.
 * The API adds GraphQL and HTTP on top; the worker and CLI use their services and handlers.
 */
export const DOMAIN_MODULES = [IdentityModule, BrokerageModule];
