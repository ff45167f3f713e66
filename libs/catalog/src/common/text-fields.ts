import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, MaxLength } from 'class-validator';

import { DESCRIPTION_MAX, KEYWORD_MAX, KEYWORDS_MAX, SUMMARY_MAX, TITLE_MAX, TITLE_MIN } from './catalog-input.validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value);

/** Decorators for the text fields results and needs share; `optional` for update inputs. */
export const TitleRules = (optional = false) =>
  applyDecorators(
    ...(optional ? [IsOptional()] : []),
    Transform(trim),
    IsString(),
    Length(TITLE_MIN, TITLE_MAX, { message: `title must be ${TITLE_MIN} to ${TITLE_MAX} characters long` }),
  );

export const SummaryRules = (optional = false) =>
  applyDecorators(
    ...(optional ? [IsOptional()] : []),
    Transform(trim),
    IsString(),
    Length(1, SUMMARY_MAX, { message: `summary must be 1 to ${SUMMARY_MAX} characters long` }),
  );

export const DescriptionRules = (optional = false) =>
  applyDecorators(
    ...(optional ? [IsOptional()] : []),
    IsString(),
    MaxLength(DESCRIPTION_MAX, { message: `description must be at most ${DESCRIPTION_MAX} characters long` }),
  );

export const KeywordsRules = (optional = false) =>
  applyDecorators(
    ...(optional ? [IsOptional()] : []),
    Transform(trimEach),
    IsArray(),
    ArrayMaxSize(KEYWORDS_MAX, { message: `keywords takes at most ${KEYWORDS_MAX} entries` }),
    IsString({ each: true }),
    Length(1, KEYWORD_MAX, { each: true, message: `each keyword must be 1 to ${KEYWORD_MAX} characters long` }),
  );

export const FieldCodeRules = (optional = false) => applyDecorators(...(optional ? [IsOptional()] : []), Transform(trim), IsString(), Length(1, 40));
