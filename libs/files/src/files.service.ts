import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ResearchResultService, TechNeedService } from '@techbridge/catalog';
import { ConversationService, MessageAttachmentRequest, StoredAttachment } from '@techbridge/chat';
import { AppConfig, DomainError, isAdmin, OutboxService, Principal } from '@techbridge/platform';
import sharp from 'sharp';
import { DataSource, In } from 'typeorm';

import { contradiction, FILE_TYPES, IMAGE_TYPES, sniffContentType, SniffedType } from './content/content-sniffer';
import { filesError } from './files.errors';
import { FilesEvents } from './files.events';
import { FILE_STORAGE, FileStorage } from './storage/file-storage.port';
import { FileAccess, FileTargetType, StoredFileEntity } from './stored-file.entity';

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;

/** What each kind of target accepts: results carry images and PDF (certificates, photos, reports); needs and deal rooms also Office documents (a draft contract). */
export const TARGET_TYPES: Record<FileTargetType, readonly SniffedType[]> = {
  RESULT: [...IMAGE_TYPES, FILE_TYPES.pdf],
  NEED: [...IMAGE_TYPES, FILE_TYPES.pdf, FILE_TYPES.docx, FILE_TYPES.xlsx],
  CONVERSATION: [...IMAGE_TYPES, FILE_TYPES.pdf, FILE_TYPES.docx, FILE_TYPES.xlsx],
};
const ALLOWED: readonly string[] = Object.values(FILE_TYPES);

export interface Upload {
  name: string;
  declaredType: string | null;
  body: Buffer;
}

export const FILE_UPLOADED_EVENT = 'file.uploaded' satisfies keyof FilesEvents;
export const FILE_CLEANUP_QUEUE = 'files.cleanup';

/**
 * Uploaded files: checked (size, type from the bytes, images decodable), stored with a checksum
 * and, for images, a thumbnail; attached to one result, need or deal room; read through the same
 * rules as their target: a result's or need's files through the catalog's access policy
 * (DETAILS_ONLY files need the details, so a TEASER item's stay hidden until the NDA), a deal
 * room's through the chat's participants. Invisible files do not exist for the caller (404).
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger('Files');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly results: ResearchResultService,
    private readonly needs: TechNeedService,
    private readonly conversations: ConversationService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async upload(principal: Principal, upload: Upload): Promise<StoredFileEntity> {
    if (upload.body.length === 0) throw filesError('INVALID_UPLOAD', 'The file is empty');
    if (upload.body.length > this.config.FILES_MAX_BYTES) throw this.tooLarge();
    const sniffed = sniffContentType(upload.body);
    if (!sniffed || !ALLOWED.includes(sniffed)) {
      throw filesError('FILE_TYPE_NOT_ALLOWED', 'Only PDF, PNG, JPEG, GIF, WebP, DOCX and XLSX files are accepted (the type is read from the content)');
    }
    const lie = contradiction(sniffed, upload.declaredType, upload.name);
    if (lie) throw filesError('CONTENT_TYPE_MISMATCH', lie);
    const image = IMAGE_TYPES.includes(sniffed) ? await this.thumbnail(upload.body) : null;
    const id = (await this.dataSource.query('SELECT gen_random_uuid() AS id'))[0].id as string;
    const key = `files/${id.slice(0, 2)}/${id}`;
    await this.storage.put(key, upload.body, sniffed);
    if (image) await this.storage.put(`${key}.thumb`, image.thumbnail, 'image/webp');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = manager.create(StoredFileEntity, {
          id,
          uploaderId: principal.userId,
          name: upload.name,
          contentType: sniffed,
          sizeBytes: upload.body.length,
          sha256: createHash('sha256').update(upload.body).digest('hex'),
          storageKey: key,
          thumbnailKey: image ? `${key}.thumb` : null,
          width: image?.width ?? null,
          height: image?.height ?? null,
        });
        await manager.insert(StoredFileEntity, row);
        await this.outbox.append(manager, {
          type: FILE_UPLOADED_EVENT,
          aggregateId: id,
          actorId: principal.userId,
          payload: { createdAt: new Date().toISOString() },
        });
        return manager.findOneByOrFail(StoredFileEntity, { id });
      });
    } catch (error) {
      // No row, no file: bytes stored for a failed insert would be orphans nobody can find.
      await this.storage.delete(key).catch(() => undefined);
      if (image) await this.storage.delete(`${key}.thumb`).catch(() => undefined);
      throw error;
    }
  }

  tooLarge(): DomainError {
    return filesError('FILE_TOO_LARGE', `The file is larger than the limit of ${this.config.FILES_MAX_BYTES} bytes`);
  }

  /** Decodes the image (a file that only starts like an image is refused) and renders a WebP thumbnail. */
  private async thumbnail(body: Buffer): Promise<{
    thumbnail: Buffer;
    width: number | null;
    height: number | null;
  }> {
    try {
      // limitInputPixels guards against decompression bombs (a small file that decodes huge).
      const image = sharp(body, {
        limitInputPixels: 100_000_000,
        failOn: 'error',
      });
      const metadata = await image.metadata();
      const thumbnail = await image
        .rotate()
        .resize({
          width: THUMBNAIL_SIZE,
          height: THUMBNAIL_SIZE,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .webp({ quality: 80 })
        .toBuffer();
      return {
        thumbnail,
        width: metadata.width ?? null,
        height: metadata.height ?? null,
      };
    } catch (error) {
      throw filesError('INVALID_UPLOAD', `The image cannot be read: ${(error as Error).message.slice(0, 120)}`);
    }
  }

  // ---- attaching ----

  /** Attaches one of the caller's uploads to a result or need of their organization (or any, for admins). */
  async attachToCatalogItem(
    principal: Principal,
    fileId: string,
    targetType: 'RESULT' | 'NEED',
    targetId: string,
    access: FileAccess,
  ): Promise<StoredFileEntity> {
    const [item] =
      targetType === 'RESULT' ? await this.results.findResultsByIds([targetId], principal) : await this.needs.findNeedsByIds([targetId], principal);
    if (!item) throw filesError('TARGET_NOT_FOUND', targetType === 'RESULT' ? 'No such research result' : 'No such technical need');
    const ownerId = 'ownerId' in item ? item.ownerId : item.enterpriseId;
    if (!isAdmin(principal) && principal.organizationId !== ownerId)
      throw filesError('NOT_TARGET_OWNER', 'Only members of the owning organization attach files to it');
    return this.attach(principal, fileId, targetType, targetId, access);
  }

  /** Shares one of the caller's uploads in a deal room they take part in; a system message announces it. */
  async shareInConversation(principal: Principal, fileId: string, conversationId: string): Promise<StoredFileEntity> {
    if (!(await this.conversations.isParticipant(conversationId, principal.userId))) {
      throw filesError('NOT_A_PARTICIPANT', 'Only participants share files in a deal room');
    }
    return this.attach(principal, fileId, 'CONVERSATION', conversationId, 'PUBLIC');
  }

  /**
   * Called by the chat inside the transaction that stores a message sent with files (the sender is
   * a participant: the message row exists). Only the sender's own uploads, not yet attached, of a
   * type a deal room takes; any other refuses the whole message. Afterwards the files are read by
   * the room's readers only, as files shared in the room are.
   */
  async attachToMessage(request: MessageAttachmentRequest): Promise<StoredAttachment[]> {
    const { manager, senderId, conversationId, messageId, fileIds } = request;
    const rows = await manager.find(StoredFileEntity, { where: { id: In(fileIds) }, lock: { mode: 'pessimistic_write' } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const files = fileIds.map((id) => byId.get(id));
    for (const file of files) {
      if (!file || file.uploaderId !== senderId) throw filesError('FILE_NOT_FOUND', 'No such file among your uploads');
      if (file.targetId) throw filesError('FILE_ALREADY_ATTACHED', 'This file is already attached; upload it again to attach it elsewhere');
      if (!TARGET_TYPES.CONVERSATION.includes(file.contentType as SniffedType)) {
        throw filesError('FILE_TYPE_NOT_ALLOWED', `A deal room accepts ${TARGET_TYPES.CONVERSATION.join(', ')}; this file is ${file.contentType}`);
      }
    }
    const attachedAt = new Date();
    await manager.update(
      StoredFileEntity,
      { id: In(fileIds) },
      { targetType: 'CONVERSATION', targetId: conversationId, access: 'PUBLIC', messageId, attachedAt },
    );
    for (const id of fileIds) {
      await this.outbox.append(manager, {
        type: 'file.attached',
        aggregateId: id,
        actorId: senderId,
        payload: { targetType: 'CONVERSATION', targetId: conversationId, access: 'PUBLIC' },
      });
    }
    return (files as StoredFileEntity[]).map((file) => ({ id: file.id, name: file.name, contentType: file.contentType, size: file.sizeBytes }));
  }

  private async attach(principal: Principal, fileId: string, targetType: FileTargetType, targetId: string, access: FileAccess): Promise<StoredFileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const file = await manager.findOne(StoredFileEntity, {
        where: { id: fileId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!file || (file.uploaderId !== principal.userId && !isAdmin(principal))) throw filesError('FILE_NOT_FOUND', 'No such file among your uploads');
      if (file.targetId) throw filesError('FILE_ALREADY_ATTACHED', 'This file is already attached; upload it again to attach it elsewhere');
      if (!TARGET_TYPES[targetType].includes(file.contentType as SniffedType)) {
        throw filesError(
          'FILE_TYPE_NOT_ALLOWED',
          `A ${targetType.toLowerCase()} accepts ${TARGET_TYPES[targetType].join(', ')}; this file is ${file.contentType}`,
        );
      }
      let messageId: string | null = null;
      if (targetType === 'CONVERSATION') {
        const message = await this.conversations.postSystemMessage(
          manager,
          targetId,
          `📎 ${file.name} (${Math.max(1, Math.round(file.sizeBytes / 1024))} KB) /files/${file.id}`,
        );
        messageId = message.id;
      }
      await manager.update(StoredFileEntity, { id: file.id }, { targetType, targetId, access, messageId, attachedAt: new Date() });
      await this.outbox.append(manager, {
        type: 'file.attached',
        aggregateId: file.id,
        actorId: principal.userId,
        payload: { targetType, targetId, access },
      });
      return manager.findOneByOrFail(StoredFileEntity, { id: file.id });
    });
  }

  /** Detaches and deletes a file: its uploader, the target's owners (for results and needs) or an admin. */
  async remove(principal: Principal, fileId: string): Promise<boolean> {
    const file = await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: fileId });
    if (!file || !(await this.canRead(principal, file))) throw filesError('FILE_NOT_FOUND', 'No such file');
    const mayRemove = isAdmin(principal) || file.uploaderId === principal.userId || (await this.ownsCatalogTarget(principal, file));
    if (!mayRemove) throw filesError('NOT_UPLOADER', 'Only the uploader, the owning organization or an administrator removes a file');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(StoredFileEntity, { id: file.id });
      await this.outbox.append(manager, {
        type: 'file.removed',
        aggregateId: file.id,
        actorId: principal.userId,
        payload: { targetType: file.targetType, targetId: file.targetId },
      });
    });
    await this.deleteBytes(file);
    return true;
  }

  private async ownsCatalogTarget(principal: Principal, file: StoredFileEntity): Promise<boolean> {
    if (file.targetType !== 'RESULT' && file.targetType !== 'NEED') return false;
    const [item] =
      file.targetType === 'RESULT'
        ? await this.results.findResultsByIds([file.targetId!], principal)
        : await this.needs.findNeedsByIds([file.targetId!], principal);
    if (!item) return false;
    return principal.organizationId === ('ownerId' in item ? item.ownerId : item.enterpriseId);
  }

  // ---- reading ----

  /** The file if the caller may read it; FILE_NOT_FOUND otherwise (never telling which). */
  async readable(principal: Principal | null, fileId: string): Promise<StoredFileEntity> {
    const file = /^[0-9a-f-]{36}$/i.test(fileId) ? await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: fileId }) : null;
    if (!file || !(await this.canRead(principal, file))) throw filesError('FILE_NOT_FOUND', 'No such file');
    return file;
  }

  async canRead(principal: Principal | null, file: StoredFileEntity): Promise<boolean> {
    if (principal && (isAdmin(principal) || principal.userId === file.uploaderId)) return true;
    switch (file.targetType) {
      case null:
        return false;
      case 'RESULT':
      case 'NEED': {
        const [item] =
          file.targetType === 'RESULT'
            ? await this.results.findResultsByIds([file.targetId!], principal)
            : await this.needs.findNeedsByIds([file.targetId!], principal);
        return visibleWith(item?.access ?? null, file.access);
      }
      case 'CONVERSATION':
        if (!principal) return false;
        try {
          await this.conversations.getForReader(principal, file.targetId!);
          return true;
        } catch (error) {
          if (error instanceof DomainError) return false;
          throw error;
        }
    }
  }

  async open(file: StoredFileEntity, thumbnail = false): Promise<Readable> {
    const key = thumbnail ? file.thumbnailKey : file.storageKey;
    const stream = key ? await this.storage.get(key) : null;
    if (!stream) {
      if (!thumbnail) this.logger.error(`File ${file.id} has a row but no bytes under ${file.storageKey}`);
      throw filesError('FILE_NOT_FOUND', thumbnail ? 'This file has no thumbnail' : 'No such file');
    }
    return stream;
  }

  /** Files attached to targets, grouped in key order, oldest first (no access filtering: callers filter by the target's level). */
  async attachedTo(targetType: FileTargetType, targetIds: readonly string[]): Promise<StoredFileEntity[][]> {
    if (targetIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(StoredFileEntity)
      .createQueryBuilder('f')
      .where('f.target_type = :targetType AND f.target_id = ANY(:ids)', {
        targetType,
        ids: [...targetIds],
      })
      .orderBy('f.created_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
    return targetIds.map((id) => rows.filter((row) => row.targetId === id));
  }

  // ---- cleanup ----

  /** Deletes uploads attached to nothing for FILES_ORPHAN_HOURS; returns how many. */
  async cleanupOrphans(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.FILES_ORPHAN_HOURS * 3600_000);
    const rows: StoredFileEntity[] = await this.dataSource.transaction(async (manager) => {
      const found = await manager
        .getRepository(StoredFileEntity)
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('f.target_id IS NULL AND f.created_at < :cutoff', { cutoff })
        .limit(500)
        .getMany();
      if (found.length > 0)
        await manager.delete(
          StoredFileEntity,
          found.map((row) => row.id),
        );
      return found;
    });
    for (const row of rows) await this.deleteBytes(row);
    if (rows.length > 0) this.logger.log(`Removed ${rows.length} orphaned upload(s)`);
    return rows.length;
  }

  private async deleteBytes(file: StoredFileEntity): Promise<void> {
    await this.storage.delete(file.storageKey);
    if (file.thumbnailKey) await this.storage.delete(file.thumbnailKey);
  }
}

/** A file of a catalog item is visible with the item (PUBLIC) or with its details (DETAILS_ONLY). */
export function visibleWith(itemAccess: 'TEASER' | 'FULL' | null | undefined, fileAccess: FileAccess): boolean {
  if (itemAccess !== 'TEASER' && itemAccess !== 'FULL') return false;
  return fileAccess === 'PUBLIC' || itemAccess === 'FULL';
}
