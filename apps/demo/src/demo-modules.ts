import { CatalogSeedModule } from '@techbridge/catalog/seed';
import { ChatSeedModule } from '@techbridge/chat/seed';
import { EventsSeedModule } from '@techbridge/events/seed';
import { IdentitySeedModule } from '@techbridge/identity/seed';
import { PilotSeedModule } from '@techbridge/pilot/seed';

/**
 * The demo data of every lib (accounts, the generated catalogue, deals and rooms, events, pilot
 * platforms). Demo builds (`npm run build:demo`, which `npm start` runs) compile it; the production
 * build and image do not, and load it only when SEED_DEMO asks for it (apps/api/src/demo-loader.ts).
 */
export const DEMO_MODULES = [IdentitySeedModule, CatalogSeedModule, ChatSeedModule, EventsSeedModule, PilotSeedModule];
