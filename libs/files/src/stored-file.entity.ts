import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type FileTargetType = 'RESULT' | 'NEED' | 'CONVERSATION';
/** PUBLIC: whoever sees the target sees the file. DETAILS_ONLY: only who sees the target's details (a TEASER result's after the NDA). */
export type FileAccess = 'PUBLIC' | 'DETAILS_ONLY';

@Entity('stored_file')
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId: string;

  /** The client's file name (UTF-8), path parts removed. */
  @Column({ type: 'text' })
  name: string;

  /** Sniffed from the bytes, never taken from the client. */
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({
    name: 'size_bytes',
    type: 'bigint',
    transformer: {
      to: (value: number) => value,
      from: (value: string) => Number(value),
    },
  })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'thumbnail_key', type: 'text', nullable: true })
  thumbnailKey: string | null;

  @Column({ type: 'int', nullable: true })
  width: number | null;

  @Column({ type: 'int', nullable: true })
  height: number | null;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: FileTargetType | null;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'text', default: 'PUBLIC' })
  access: FileAccess;

  /** The deal-room message that shared it. */
  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId: string | null;

  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true })
  attachedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
