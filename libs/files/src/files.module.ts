import { join } from 'node:path';

import { Inject, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@techbridge/catalog';
import { ChatModule, MessageService } from '@techbridge/chat';
import { AppConfig, JobsService, OutboxHandlerRegistry, OutboxJob } from '@techbridge/platform';

import {
  ConversationAttachmentsResolver,
  FileAttachmentResolver,
  NeedAttachmentsResolver,
  ResultAttachmentsResolver,
} from './attachments/file-attachment.resolver';
import { FilesController } from './files.controller';
import { FILE_CLEANUP_QUEUE, FILE_UPLOADED_EVENT, FilesService } from './files.service';
import { FILE_STORAGE, FileStorage } from './storage/file-storage.port';
import { LocalFileStorage } from './storage/local-file.storage';
import { S3FileStorage } from './storage/s3-file.storage';
import { StoredFileEntity } from './stored-file.entity';

/** The storage adapter FILES_STORAGE names, built at boot from config. */
export function fileStorageFor(config: AppConfig): FileStorage {
  if (config.FILES_STORAGE === 's3') {
    return new S3FileStorage({
      endpoint: config.S3_ENDPOINT!,
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalFileStorage(config.FILES_DIR ?? join(config.DATA_DIR, 'files'));
}

/** Uploads, downloads and attachments on results, needs and deal rooms; orphaned uploads cleaned by a job. */
@Module({
  imports: [CatalogModule, ChatModule, TypeOrmModule.forFeature([StoredFileEntity])],
  controllers: [FilesController],
  providers: [
    { provide: FILE_STORAGE, inject: [AppConfig], useFactory: fileStorageFor },
    FilesService,
    FileAttachmentResolver,
    ResultAttachmentsResolver,
    NeedAttachmentsResolver,
    ConversationAttachmentsResolver,
  ],
  exports: [FilesService],
})
export class FilesModule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly files: FilesService,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly messages: MessageService,
  ) {}

  onModuleInit(): void {
    // Files sent with a chat message are attached inside the message's transaction.
    this.messages.registerAttachmentHandler((request) => this.files.attachToMessage(request));
    // Each upload plans a cleanup for the moment it would become an orphan; the cleanup removes
    // every upload still attached to nothing by then, so a lost job is made up by the next one.
    this.handlers.register('files.plan-cleanup', [FILE_UPLOADED_EVENT], async (events) => {
      const latest = Math.max(...events.map((event) => new Date(event.payload.createdAt ?? event.occurredAt).getTime()));
      const job: OutboxJob = {
        eventId: `cleanup:${latest}`,
        type: 'files.cleanup',
        aggregateId: null,
        actorId: null,
        payload: {},
        occurredAt: new Date().toISOString(),
      };
      await this.jobs.send(FILE_CLEANUP_QUEUE, job, {
        startAfter: new Date(latest + this.config.FILES_ORPHAN_HOURS * 3600_000 + 60_000),
      });
    });
    this.handlers.register(
      FILE_CLEANUP_QUEUE,
      [],
      async () => {
        while ((await this.files.cleanupOrphans()) === 500);
      },
      { batchSize: 50 },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.storage.ready();
  }

  onApplicationShutdown(): void {
    if (this.storage instanceof S3FileStorage) this.storage.close();
  }
}
