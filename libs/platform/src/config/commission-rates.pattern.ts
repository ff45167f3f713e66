/**
 * `COMMISSION_RATES`: `TYPE:percent` pairs, comma-separated, percent with at most two decimals.
 * Here, beside the config that validates it at boot; brokerage parses the same text with it.
 */
export const COMMISSION_RATES_PATTERN = /^\s*[A-Z]+\s*:\s*\d{1,3}(\.\d{1,2})?\s*(,\s*[A-Z]+\s*:\s*\d{1,3}(\.\d{1,2})?\s*)*$/;
