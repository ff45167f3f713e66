import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FileUploadLimits', {
  description: 'What `POST /files` accepts, so a form can say so before the upload (the server checks again).',
})
export class FileUploadLimitsModel {
  @Field(() => Int, { description: 'Largest upload in bytes (FILES_MAX_BYTES).' })
  maxBytes: number;

  @Field(() => [String], { description: 'Content types a research result takes (sniffed from the bytes).' })
  resultTypes: string[];

  @Field(() => [String], { description: 'Content types a technical need takes.' })
  needTypes: string[];

  @Field(() => [String], { description: 'Content types a deal room takes.' })
  conversationTypes: string[];
}
