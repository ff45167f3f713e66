import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { StoredFileEntity } from '../stored-file.entity';

export enum FileAccessLevel {
  PUBLIC = 'PUBLIC',
  DETAILS_ONLY = 'DETAILS_ONLY',
}
registerEnumType(FileAccessLevel, {
  name: 'FileAccess',
  description: "PUBLIC: seen with the item. DETAILS_ONLY: seen only by who sees the item's details (a TEASER item's after the NDA).",
});

@ObjectType('FileAttachment', {
  description: 'An uploaded file attached to a result, a need or a deal room. Download it from `url` (send the Bearer token).',
})
export class FileAttachmentModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The file name as uploaded (UTF-8).' })
  name: string;

  @Field({
    description: 'Sniffed from the content at upload, not taken from the client.',
  })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256: string;

  @Field({ description: 'GET it (streamed) with the Bearer token.' })
  url: string;

  @Field(() => String, {
    nullable: true,
    description: 'A WebP thumbnail (longest side 320 px), for images.',
  })
  thumbnailUrl: string | null;

  @Field(() => Int, { nullable: true })
  width: number | null;

  @Field(() => Int, { nullable: true })
  height: number | null;

  @Field(() => FileAccessLevel)
  access: FileAccessLevel;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(file: StoredFileEntity): FileAttachmentModel {
    return Object.assign(new FileAttachmentModel(), {
      id: file.id,
      name: file.name,
      contentType: file.contentType,
      size: file.sizeBytes,
      sha256: file.sha256,
      url: `/files/${file.id}`,
      thumbnailUrl: file.thumbnailKey ? `/files/${file.id}/thumbnail` : null,
      width: file.width,
      height: file.height,
      access: file.access as FileAccessLevel,
      createdAt: file.createdAt,
    });
  }
}
