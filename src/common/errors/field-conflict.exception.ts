import { ConflictException } from '@nestjs/common';

/** A unique value, such as a player's email in a brand or a client_id, that another record has. */
export class FieldConflictException extends ConflictException {
  readonly fields: Record<string, string[]>;

  constructor(field: string, message: string) {
    super(message);
    this.fields = { [field]: [message] };
  }
}
