import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Header, Param, ParseUUIDPipe, Query, Res, UseFilters } from '@nestjs/common';
import { CurrentUser, DomainError, Principal, PublicErrorCode } from '@techbridge/platform';
import type { Response } from 'express';

import { AgendaService } from './agenda.service';

export const agendaPath = (eventId: string): string => `/events/${eventId}/agenda.ics`;

const HTTP_STATUS: Record<PublicErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** Domain errors on this plain HTTP route become their HTTP status with the public code, as GraphQL's do. */
@Catch(DomainError)
export class AgendaErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message });
  }
}

/** The agenda download: a calendar app or browser fetches it with the caller's Bearer token. */
@Controller('events')
@UseFilters(AgendaErrorFilter)
export class AgendaController {
  constructor(private readonly agendas: AgendaService) {}

  @Get(':id/agenda.ics')
  @Header('Cache-Control', 'private, no-store')
  async agenda(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() principal: Principal,
    @Res() response: Response,
    @Query('organizationId') organizationId?: string,
  ): Promise<void> {
    const file = await this.agendas.agenda(id, principal, organizationId);
    response.status(200).type('text/calendar; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`).send(file.body);
  }
}
