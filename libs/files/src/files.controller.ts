import { pipeline } from 'node:stream/promises';

import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Logger, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { AppConfig, CurrentUser, DomainError, Principal, Public, PublicErrorCode } from '@techbridge/platform';
import busboy from 'busboy';
import type { Request, Response } from 'express';

import { cleanFileName, contentDisposition, declaredType } from './content/content-sniffer';
import { filesError } from './files.errors';
import { FilesService, Upload } from './files.service';
import { StoredFileEntity } from './stored-file.entity';

const HTTP_STATUS: Record<PublicErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};
/** Statuses more precise than 400 for the upload refusals HTTP has a word for. */
const REASON_STATUS: Record<string, number> = {
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  CONTENT_TYPE_MISMATCH: 415,
};

/** Domain errors on /files answer `{ "error": { "code", "reason", "message" } }` with the matching HTTP status. */
@Catch(DomainError)
export class FilesErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.status(REASON_STATUS[error.reason] ?? HTTP_STATUS[error.code]).json({
      error: {
        code: error.code,
        reason: error.reason,
        message: error.message,
      },
    });
  }
}

export interface FileJson {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  url: string;
  thumbnailUrl: string | null;
  width: number | null;
  height: number | null;
}

export const fileJson = (file: StoredFileEntity): FileJson => ({
  id: file.id,
  name: file.name,
  contentType: file.contentType,
  size: file.sizeBytes,
  sha256: file.sha256,
  url: `/files/${file.id}`,
  thumbnailUrl: file.thumbnailKey ? `/files/${file.id}/thumbnail` : null,
  width: file.width,
  height: file.height,
});

/**
 * `POST /files` (multipart/form-data, one part named `file`, `Authorization: Bearer`) stores an
 * upload and answers its id; attach it with the GraphQL mutations. `GET /files/:id` and
 * `GET /files/:id/thumbnail` stream it to whoever may see it (the token is optional: public
 * attachments of public items need none).
 */
@Controller('files')
@UseFilters(FilesErrorFilter)
export class FilesController {
  private readonly logger = new Logger('Files');

  constructor(
    private readonly files: FilesService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  async upload(@CurrentUser() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const upload = await this.receive(request);
    const file = await this.files.upload(principal, upload);
    response.status(201).setHeader('Cache-Control', 'no-store').json(fileJson(file));
  }

  @Public()
  @Get(':id')
  async download(@Param('id') id: string, @CurrentUser() principal: Principal | null, @Req() request: Request, @Res() response: Response): Promise<void> {
    const file = await this.files.readable(principal, id);
    await this.send(request, response, file, false);
  }

  @Public()
  @Get(':id/thumbnail')
  async thumbnail(@Param('id') id: string, @CurrentUser() principal: Principal | null, @Req() request: Request, @Res() response: Response): Promise<void> {
    const file = await this.files.readable(principal, id);
    await this.send(request, response, file, true);
  }

  private async send(request: Request, response: Response, file: StoredFileEntity, thumbnail: boolean): Promise<void> {
    const etag = `"${file.sha256}${thumbnail ? '-t' : ''}"`;
    const stream = await this.files.open(file, thumbnail);
    // Images and PDF open in the browser; Office documents download. Never sniffed, never cached by shared caches.
    const inline = thumbnail || file.contentType.startsWith('image/') || file.contentType === 'application/pdf';
    response.setHeader('Content-Type', thumbnail ? 'image/webp' : file.contentType);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', thumbnail ? `${file.name}.webp` : file.name));
    response.setHeader(
      'Cache-Control',
      file.targetType === 'CONVERSATION' || file.access === 'DETAILS_ONLY' || !file.targetType ? 'private, no-store' : 'private, max-age=300',
    );
    response.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox");
    response.setHeader('ETag', etag);
    if (!thumbnail) response.setHeader('Content-Length', String(file.sizeBytes));
    if (request.headers['if-none-match'] === etag) {
      stream.destroy();
      response.status(304).end();
      return;
    }
    response.status(200);
    try {
      await pipeline(stream, response);
    } catch (error) {
      this.logger.warn(`Download of ${file.id} cut short: ${(error as Error).message}`);
      response.destroy();
    }
  }

  /**
   * Reads the one file part of a multipart request into memory, at most FILES_MAX_BYTES + 1
   * bytes: beyond the limit the rest is drained unread and the upload refused.
   */
  private receive(request: Request): Promise<Upload> {
    const limit = this.config.FILES_MAX_BYTES;
    return new Promise<Upload>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: request.headers,
          limits: {
            files: 1,
            fileSize: limit,
            fields: 10,
            parts: 12,
            fieldSize: 1024,
          },
          defParamCharset: 'utf8',
        });
      } catch {
        reject(filesError('INVALID_UPLOAD', 'Send multipart/form-data with one part named "file"'));
        return;
      }
      let upload: Upload | null = null;
      let failure: DomainError | null = null;
      let pending: Promise<void> = Promise.resolve();
      parser.on('file', (field, stream, info) => {
        if (field !== 'file' || upload || failure) {
          stream.resume();
          return;
        }
        const chunks: Buffer[] = [];
        pending = new Promise<void>((done) => {
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('limit', () => {
            failure = this.files.tooLarge();
          });
          stream.on('close', () => done());
          stream.on('end', () => done());
        });
        pending = pending.then(() => {
          if (!failure)
            upload = {
              name: cleanFileName(info.filename),
              declaredType: declaredType(info.mimeType),
              body: Buffer.concat(chunks),
            };
        });
      });
      parser.on('filesLimit', () => {
        failure ??= filesError('INVALID_UPLOAD', 'Send one file per request');
      });
      parser.on('error', () => reject(filesError('INVALID_UPLOAD', 'The multipart body is malformed')));
      parser.on('close', () => {
        void pending.then(() => {
          if (failure) reject(failure);
          else if (!upload) reject(filesError('INVALID_UPLOAD', 'Send multipart/form-data with one part named "file"'));
          else resolve(upload);
        });
      });
      request.pipe(parser);
    });
  }
}
