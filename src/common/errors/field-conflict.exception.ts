import { ConflictException } from '@nestjs/common';

/** A unique value, such as an email, that another record of the same brand already has. */
export class FieldConflictException extends ConflictException {
  readonly fields: Record<string, string[]>;

  constructor(field: string, message: string) {
    super(message);
    this.fields = { [field]: [message] };
  }
}
