import { centsOf, COMMISSION_RATES_PATTERN, fromCents, toCents } from '@techbridge/platform';

import { ContractType } from './contract-type.enum';

/** Commission rates as basis points (1 % = 100 bp) per contract type. */
export type CommissionRates = Readonly<Record<ContractType, number>>;

/** The defaults: development 3 %, transfer and licence 5 %, consulting and service 8 %. */
export const DEFAULT_COMMISSION_RATES = 'DEVELOPMENT:3,TRANSFER:5,LICENSE:5,CONSULTING:8,SERVICE:8';

/**
 * Reads `COMMISSION_RATES` (e.g. `DEVELOPMENT:3,TRANSFER:5.5`). Types left out keep their
 * default; unknown types and rates above 100 % are refused.
 */
export function parseCommissionRates(text: string): CommissionRates {
  const rates = {} as Record<ContractType, number>;
  const apply = (source: string): void => {
    if (!COMMISSION_RATES_PATTERN.test(source)) throw new Error('COMMISSION_RATES must look like DEVELOPMENT:3,TRANSFER:5');
    for (const pair of source.split(',')) {
      const [name, percent] = pair.split(':').map((part) => part.trim());
      if (!(Object.values(ContractType) as string[]).includes(name)) throw new Error(`COMMISSION_RATES names an unknown contract type: ${name}`);
      // A percent with two decimals counts in hundredths exactly as money counts in cents: basis points.
      const basisPoints = Number(centsOf(percent));
      if (basisPoints > 10000) throw new Error(`COMMISSION_RATES: the rate for ${name} is above 100 %`);
      rates[name as ContractType] = basisPoints;
    }
  };
  apply(DEFAULT_COMMISSION_RATES);
  if (text.trim() !== '') apply(text);
  return rates;
}

/**
 * Commission on a contract amount: amount × rate, exact, rounded half-up to the cent.
 * `amount` is a Money string; the result is one too.
 */
export function commissionFor(amount: string, type: ContractType, rates: CommissionRates): { rateBasisPoints: number; commission: string } {
  const cents = toCents(amount);
  if (cents === null || cents < 0n) throw new Error('The amount must be a non-negative Money value');
  const rateBasisPoints = rates[type];
  // cents × bp / 10 000, half-up: add half the divisor before the integer division (all values ≥ 0).
  const commission = (cents * BigInt(rateBasisPoints) + 5000n) / 10000n;
  return { rateBasisPoints, commission: fromCents(commission) };
}

/** "5.00" from 500 basis points, for display and the ledger's numeric(5,2) column. */
export function basisPointsToPercent(basisPoints: number): string {
  return fromCents(BigInt(basisPoints));
}
