import type { Request } from 'express';

/** What the GraphQL layer learns about a request, for its one log line and its metrics. */
export interface RequestRecord {
  requestId: string;
  operation?: string;
  operationType?: string;
  /** The `extensions.code` of each error in the response. */
  errorCodes: string[];
  /** The ids INTERNAL_SERVER_ERROR answers carry, also in the error's own log line. */
  correlationIds: string[];
}

const records = new WeakMap<object, RequestRecord>();

export function startRequestRecord(req: Request, requestId: string): RequestRecord {
  const record: RequestRecord = {
    requestId,
    errorCodes: [],
    correlationIds: [],
  };
  records.set(req, record);
  return record;
}

export function requestRecord(req: object | undefined): RequestRecord | undefined {
  return req ? records.get(req) : undefined;
}
