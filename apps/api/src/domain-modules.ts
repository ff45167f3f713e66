import { BrokerageModule } from '@techbridge/brokerage';
import { CatalogModule } from '@techbridge/catalog';
import { ChatModule } from '@techbridge/chat';
import { EventsModule } from '@techbridge/events';
import { FilesModule } from '@techbridge/files';
import { IdentityModule } from '@techbridge/identity';
import { InsightsModule } from '@techbridge/insights';
import { MailModule } from '@techbridge/mail';
import { MatchingModule } from '@techbridge/matching';
import { PilotModule } from '@techbridge/pilot';
import { SearchModule } from '@techbridge/search';

/**
 * The domain libs every process composes (API, worker, CLI), in dependency order.
 * The API adds GraphQL and HTTP on top; the worker and CLI use their services and handlers.
 */
export const DOMAIN_MODULES = [
  MailModule,
  IdentityModule,
  CatalogModule,
  SearchModule,
  MatchingModule,
  BrokerageModule,
  ChatModule,
  EventsModule,
  PilotModule,
  InsightsModule,
  FilesModule,
];
