import type { Client } from 'urql';
import { IndustryFieldsDocument } from './useIndustryFields';
import { ResultDocument } from './result.documents';

/**
 * A result's page and the field names, asked for at route match (see search/prefetch.ts): the
 * client holds a signed-in person's request until the boot-time refresh has brought the token.
 */
export function prefetchResult(client: Client, id: string): void {
  void client.query(ResultDocument, { id }).toPromise();
  void client.query(IndustryFieldsDocument, {}, { requestPolicy: 'cache-first' }).toPromise();
}
