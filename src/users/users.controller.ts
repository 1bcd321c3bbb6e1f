import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';

import { Principal } from '../common/auth/principal';
import { ScopesWhenAuthenticated } from '../common/auth/optional-scopes';
import { CurrentPrincipal, Scopes } from '../common/auth/scopes.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { CurrentRequest, RequestContext } from '../common/request-context';
import { Scope } from '../common/scopes';
import { validateBody } from '../common/validation';
import { CreateUserDto } from './dto/create-user.dto';
import { IdentityDto } from './dto/identity.dto';
import { RegisterUserDto } from './dto/register-user.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { RegistrationService } from './registration.service';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly registration: RegistrationService,
  ) {}

  @Get('me')
  @Scopes(Scope.ProfileRead)
  @ApiOperation({ summary: "Read the player's own profile" })
  async me(@CurrentPrincipal() principal: Principal): Promise<IdentityDto> {
    return IdentityDto.from(await this.users.getForPrincipal(principal));
  }

  @Patch('me')
  @Scopes(Scope.ProfileWrite)
  @ApiOperation({ summary: "Change the player's own profile" })
  @ApiConflictResponse({
    description: 'Email, nickname or mobile number already used in the brand',
    type: ApiErrorDto,
  })
  async updateMe(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: UpdateProfileDto,
  ): Promise<IdentityDto> {
    return IdentityDto.from(await this.users.updateProfile(principal, dto));
  }

  @Post()
  @RateLimit('registration')
  @ScopesWhenAuthenticated(Scope.UsersWrite)
  @ApiOperation({
    summary: 'Register a player, or create one from the back office',
    description:
      "Without a bearer token: a player's own registration (RegisterUserDto) in the brand of the public client client_id; the player is pending until the activation_code grant. With a back-office token (users:write): CreateUserDto, and the player is active at once.",
  })
  @ApiExtraModels(CreateUserDto, RegisterUserDto)
  @ApiBody({
    schema: {
      oneOf: [{ $ref: getSchemaPath(RegisterUserDto) }, { $ref: getSchemaPath(CreateUserDto) }],
    },
  })
  @ApiCreatedResponse({ type: IdentityDto })
  @ApiBadRequestResponse({ description: 'Invalid fields', type: ApiErrorDto })
  @ApiConflictResponse({
    description: 'Email, nickname or mobile number already used in the brand',
    type: ApiErrorDto,
  })
  async create(
    @CurrentPrincipal() principal: Principal | undefined,
    @Body() body: unknown,
    @CurrentRequest() context: RequestContext,
  ): Promise<IdentityDto> {
    if (!principal) {
      const dto = await validateBody(RegisterUserDto, body);
      return IdentityDto.from(await this.registration.register(dto, context));
    }
    const dto = await validateBody(CreateUserDto, body);
    return IdentityDto.from(await this.users.createActive(principal, dto));
  }

  @Get(':id')
  @Scopes(Scope.UsersRead)
  @ApiOperation({ summary: 'Read a player of the brand' })
  @ApiNotFoundResponse({ description: 'No such player in this brand', type: ApiErrorDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<IdentityDto> {
    return IdentityDto.from(await this.users.getInBrandOf(principal, id));
  }
}
