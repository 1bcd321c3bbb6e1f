import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { BearerError } from '../errors/bearer.errors';
import { Principal } from './principal';

export const REQUIRED_SCOPES = 'required_scopes';

/**
 * Lets a request through when its token carries every scope the route requires. Runs after
 * BearerAuthGuard, which sets `request.user`.
 */
@Injectable()
export class ScopesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_SCOPES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (!principal) {
      throw BearerError.missing();
    }
    if (required && !required.every((scope) => principal.scopes.has(scope))) {
      throw BearerError.insufficientScope(required);
    }
    return true;
  }
}
