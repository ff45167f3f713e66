/**
 * Patent numbers are checked in the browser by the server's own rule (one rule, one place), so a
 * typo is caught before the form is sent; the server checks again. The module is pure TypeScript
 * with no imports, so the console's bundle takes it as it is.
 */
export {
  checkPatentNumber,
  cnCheckChar,
  isValidPatentNumber,
  normalisePatentNumber,
  type PatentNumberCheck,
} from '../../../../libs/catalog/src/results/patent-number';

export type PatentNumberProblem = 'format' | 'checkChar';
