import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Principal } from '../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../common/auth/scopes.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { Scope } from '../common/scopes';
import { CreateUserDto } from './dto/create-user.dto';
import { IdentityDto } from './dto/identity.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

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
  @Scopes(Scope.UsersWrite)
  @ApiOperation({ summary: "Create an active player in the back-office client's brand" })
  @ApiConflictResponse({
    description: 'Email, nickname or mobile number already used in the brand',
    type: ApiErrorDto,
  })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateUserDto,
  ): Promise<IdentityDto> {
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
