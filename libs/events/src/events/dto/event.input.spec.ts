import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { EventInput } from './event.input';
import { EventRegistrationInput } from './event-registration.input';

const errorsOf = (input: object) => validateSync(input).flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));

const valid = {
  title: '  新材料专场 ',
  fieldCodes: ['JL.SSB'],
  startsAt: '2026-03-18T01:00:00Z',
  endsAt: '2026-03-18T05:00:00Z',
  venue: '科技大厦',
  slotMinutes: 20,
  tables: 12,
};

describe('EventInput', () => {
  it('accepts a sound event and trims the title', () => {
    const input = plainToInstance(EventInput, valid);
    expect(errorsOf(input)).toEqual([]);
    expect(input.title).toBe('新材料专场');
    expect(input.startsAt).toEqual(new Date('2026-03-18T01:00:00Z'));
  });

  it('refuses an event shorter than one slot, or ending before it starts', () => {
    expect(errorsOf(plainToInstance(EventInput, { ...valid, endsAt: '2026-03-18T01:10:00Z' }))).toEqual([
      'endsAt: endsAt must be at least one slot (slotMinutes) after startsAt',
    ]);
    expect(errorsOf(plainToInstance(EventInput, { ...valid, endsAt: '2026-03-17T01:00:00Z' }))).toHaveLength(1);
  });

  it('refuses bad slot lengths, table counts and titles', () => {
    const errors = errorsOf(plainToInstance(EventInput, { ...valid, slotMinutes: 0, tables: 0, title: 'x' }));
    expect(errors.map((e) => e.split(':')[0]).sort()).toEqual(['slotMinutes', 'tables', 'title']);
  });
});

describe('EventRegistrationInput', () => {
  it('takes UUID lists, either one optional', () => {
    expect(errorsOf(plainToInstance(EventRegistrationInput, { resultIds: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'] }))).toEqual([]);
    expect(errorsOf(plainToInstance(EventRegistrationInput, {}))).toEqual([]);
  });

  it('refuses non-UUIDs and duplicates', () => {
    expect(errorsOf(plainToInstance(EventRegistrationInput, { needIds: ['nope'] }))).toEqual(['needIds: needIds must be UUIDs']);
    const id = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    expect(errorsOf(plainToInstance(EventRegistrationInput, { resultIds: [id, id] }))).toHaveLength(1);
  });
});
