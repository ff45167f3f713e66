export * from './storage/file-storage.port';
export * from './storage/local-file.storage';
export * from './storage/s3-file.storage';
export type { FileAccess, FileTargetType } from './stored-file.entity';
export * from './files.module';
export * from './files.service';
export * from './files.events';
