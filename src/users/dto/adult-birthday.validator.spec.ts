import { AdultBirthday, ageOn } from './adult-birthday.validator';

describe('ageOn', () => {
  const today = new Date('2026-06-15T12:00:00Z');

  it('counts a birthday already passed this year', () => {
    expect(ageOn('2008-06-15', today)).toBe(18);
  });

  it('counts a birthday still to come', () => {
    expect(ageOn('2008-06-16', today)).toBe(17);
  });
});

describe('AdultBirthday', () => {
  const validator = new AdultBirthday();

  it('accepts an adult', () => {
    expect(validator.validate('1990-01-01')).toBe(true);
  });

  it('rejects a minor', () => {
    const year = new Date().getUTCFullYear() - 10;

    expect(validator.validate(`${year}-01-01`)).toBe(false);
  });

  it('rejects an impossible date', () => {
    expect(validator.validate('1990-02-30')).toBe(false);
  });

  it('rejects another format', () => {
    expect(validator.validate('01/01/1990')).toBe(false);
  });
});
