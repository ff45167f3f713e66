import { contractProblems, ContractTerms } from './contract.rules';
import { ContractType } from './contract-type.enum';

const NOW = new Date('2025-06-02T10:00:00Z');
const valid: ContractTerms = { type: ContractType.LICENSE, amount: '1250000.00', signedAt: new Date('2025-06-01T09:00:00Z'), contractNo: '2025-QD/0042' };

describe('contract rules', () => {
  it('accepts a well-formed contract, with or without a number', () => {
    expect(contractProblems(valid, NOW)).toEqual({});
    expect(contractProblems({ ...valid, contractNo: null }, NOW)).toEqual({});
    expect(contractProblems({ ...valid, contractNo: undefined, signedAt: NOW }, NOW)).toEqual({});
  });

  it.each(['0', '0.00', '-5.00', 'abc', '1.234', '', '1e6'])('refuses the amount %p', (amount) => {
    expect(Object.keys(contractProblems({ ...valid, amount }, NOW))).toEqual(['input.amount']);
  });

  it('refuses a signing date in the future but tolerates a little clock skew', () => {
    expect(Object.keys(contractProblems({ ...valid, signedAt: new Date(NOW.getTime() + 86400000) }, NOW))).toEqual(['input.signedAt']);
    expect(contractProblems({ ...valid, signedAt: new Date(NOW.getTime() + 60000) }, NOW)).toEqual({});
    expect(Object.keys(contractProblems({ ...valid, signedAt: new Date('nonsense') }, NOW))).toEqual(['input.signedAt']);
  });

  it.each(['', 'A'.repeat(41), 'QD 2025', '合同-1', 'QD_1'])('refuses the contract number %p', (contractNo) => {
    expect(Object.keys(contractProblems({ ...valid, contractNo }, NOW))).toEqual(['input.contractNo']);
  });

  it('accepts numbers of 1 and 40 characters', () => {
    expect(contractProblems({ ...valid, contractNo: 'A' }, NOW)).toEqual({});
    expect(contractProblems({ ...valid, contractNo: 'A-/9'.repeat(10) }, NOW)).toEqual({});
  });

  it('refuses an unknown type and reports every problem at once', () => {
    const problems = contractProblems({ type: 'EQUITY' as ContractType, amount: '-1', signedAt: new Date(NOW.getTime() + 86400000), contractNo: '' }, NOW);
    expect(Object.keys(problems).sort()).toEqual(['input.amount', 'input.contractNo', 'input.signedAt', 'input.type']);
  });
});
