import { Inject, Injectable } from '@nestjs/common';

import { Grant, GRANTS } from './grant';

/** The grant handlers of the token endpoint, by `grant_type`. */
@Injectable()
export class GrantRegistry {
  private readonly grants: Map<string, Grant>;

  constructor(@Inject(GRANTS) grants: Grant[]) {
    this.grants = new Map(grants.map((grant) => [grant.grantType, grant]));
  }

  find(grantType: string): Grant | undefined {
    return this.grants.get(grantType);
  }

  grantTypes(): string[] {
    return [...this.grants.keys()];
  }
}
