import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ResearchResultModel, TechNeedModel } from '@techbridge/catalog';
import { ConversationModel } from '@techbridge/chat';
import { AppConfig, CurrentUser, GraphQLContext, Principal, Public } from '@techbridge/platform';

import { FilesService, TARGET_TYPES, visibleWith } from '../files.service';
import { FileTargetType, StoredFileEntity } from '../stored-file.entity';
import { FileAccessLevel, FileAttachmentModel } from './file-attachment.model';
import { FileUploadLimitsModel } from './file-upload-limits.model';

/** Per-request batch of a target type's files (one query per list of results, needs or rooms). */
function attachments(files: FilesService, ctx: GraphQLContext, targetType: FileTargetType, id: string): Promise<StoredFileEntity[]> {
  return ctx.loaders.get<string, StoredFileEntity[]>(`files.${targetType}`, (ids) => files.attachedTo(targetType, ids)).load(id);
}

/** A catalog item's files as the caller sees the item: DETAILS_ONLY ones only with the details. */
async function catalogAttachments(
  files: FilesService,
  ctx: GraphQLContext,
  targetType: 'RESULT' | 'NEED',
  item: { id: string; access: ResearchResultModel['access'] },
): Promise<FileAttachmentModel[]> {
  const rows = await attachments(files, ctx, targetType, item.id);
  return rows.filter((row) => visibleWith(item.access, row.access)).map((row) => FileAttachmentModel.from(row));
}

@Resolver(() => FileAttachmentModel)
export class FileAttachmentResolver {
  constructor(
    private readonly files: FilesService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => FileUploadLimitsModel, { description: 'The upload size limit and the content types each kind of attachment takes.' })
  fileUploadLimits(): FileUploadLimitsModel {
    return {
      maxBytes: this.config.FILES_MAX_BYTES,
      resultTypes: [...TARGET_TYPES.RESULT],
      needTypes: [...TARGET_TYPES.NEED],
      conversationTypes: [...TARGET_TYPES.CONVERSATION],
    };
  }

  @Mutation(() => FileAttachmentModel, {
    description:
      'Attaches one of your uploads (image or PDF) to a result of your organization; DETAILS_ONLY files stay hidden from TEASER viewers until they accept the NDA.',
  })
  async attachFileToResult(
    @Args('fileId', { type: () => ID }) fileId: string,
    @Args('resultId', { type: () => ID }) resultId: string,
    @Args('access', {
      type: () => FileAccessLevel,
      defaultValue: FileAccessLevel.PUBLIC,
    })
    access: FileAccessLevel,
    @CurrentUser() principal: Principal,
  ): Promise<FileAttachmentModel> {
    return FileAttachmentModel.from(await this.files.attachToCatalogItem(principal, fileId, 'RESULT', resultId, access));
  }

  @Mutation(() => FileAttachmentModel, {
    description: 'Attaches one of your uploads to a need of your enterprise; DETAILS_ONLY as for results.',
  })
  async attachFileToNeed(
    @Args('fileId', { type: () => ID }) fileId: string,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('access', {
      type: () => FileAccessLevel,
      defaultValue: FileAccessLevel.PUBLIC,
    })
    access: FileAccessLevel,
    @CurrentUser() principal: Principal,
  ): Promise<FileAttachmentModel> {
    return FileAttachmentModel.from(await this.files.attachToCatalogItem(principal, fileId, 'NEED', needId, access));
  }

  @Mutation(() => FileAttachmentModel, {
    description:
      'Shares one of your uploads in a deal room you take part in (a system message announces it); only its participants, its broker and administrators can download it.',
  })
  async shareFileInConversation(
    @Args('fileId', { type: () => ID }) fileId: string,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @CurrentUser() principal: Principal,
  ): Promise<FileAttachmentModel> {
    return FileAttachmentModel.from(await this.files.shareInConversation(principal, fileId, conversationId));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a file: its uploader, the owning organization of its result or need, or an administrator.',
  })
  async removeFile(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<boolean> {
    return this.files.remove(principal, id);
  }
}

@Resolver(() => ResearchResultModel)
export class ResultAttachmentsResolver {
  constructor(private readonly files: FilesService) {}

  @ResolveField(() => [FileAttachmentModel], {
    description: 'Attached files the caller may see: PUBLIC ones, and DETAILS_ONLY ones with the details.',
  })
  async attachments(@Parent() result: ResearchResultModel, @Context() ctx: GraphQLContext): Promise<FileAttachmentModel[]> {
    return catalogAttachments(this.files, ctx, 'RESULT', result);
  }
}

@Resolver(() => TechNeedModel)
export class NeedAttachmentsResolver {
  constructor(private readonly files: FilesService) {}

  @ResolveField(() => [FileAttachmentModel], {
    description: 'Attached files the caller may see: PUBLIC ones, and DETAILS_ONLY ones with the details.',
  })
  async attachments(@Parent() need: TechNeedModel, @Context() ctx: GraphQLContext): Promise<FileAttachmentModel[]> {
    return catalogAttachments(this.files, ctx, 'NEED', need);
  }
}

@Resolver(() => ConversationModel)
export class ConversationAttachmentsResolver {
  constructor(private readonly files: FilesService) {}

  @ResolveField(() => [FileAttachmentModel], {
    description: 'Files shared in this deal room, oldest first.',
  })
  async attachments(@Parent() conversation: ConversationModel, @Context() ctx: GraphQLContext): Promise<FileAttachmentModel[]> {
    return (await attachments(this.files, ctx, 'CONVERSATION', conversation.id)).map((row) => FileAttachmentModel.from(row));
  }
}
