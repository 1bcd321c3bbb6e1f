import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

export const MINIMUM_AGE = 18;

/** Whole years between a YYYY-MM-DD birthday and today, in UTC. */
export function ageOn(birthday: string, today = new Date()): number {
  const [year, month, day] = birthday.split('-').map(Number);
  let age = today.getUTCFullYear() - year;
  const beforeBirthday =
    today.getUTCMonth() + 1 < month ||
    (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  if (beforeBirthday) {
    age -= 1;
  }
  return age;
}

/** Accepts a real calendar date on which the player is at least 18 today. */
@ValidatorConstraint({ name: 'adultBirthday' })
export class AdultBirthday implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return false;
    }
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      return false;
    }
    const age = ageOn(value);
    return age >= MINIMUM_AGE && age < 130;
  }

  defaultMessage(): string {
    return `birthday must be a YYYY-MM-DD date on which the player is at least ${MINIMUM_AGE} years old`;
  }
}
