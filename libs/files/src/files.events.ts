import { eventTypesOf } from '@techbridge/platform';

import { FileAccess, FileTargetType } from './stored-file.entity';

/** Files' domain events, event type → payload. */
export interface FilesEvents {
  'file.uploaded': { createdAt: string };
  'file.attached': { targetType: FileTargetType; targetId: string; access: FileAccess };
  'file.removed': { targetType: FileTargetType | null; targetId: string | null };
}

export const FILES_EVENT_TYPES = eventTypesOf<FilesEvents>({ 'file.uploaded': true, 'file.attached': true, 'file.removed': true });

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this lib's map into the union
  interface DomainEventMap extends FilesEvents {}
}
