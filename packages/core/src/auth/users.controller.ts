import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type RequestContext } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Ctx } from '../http/request-context.decorator';
import { UserService } from '../identity/user.service';
import { Allow, ANY_ROLE } from './route-policy';

const roles = z.array(z.enum(ROLES)).min(1);
class InviteDto extends createZodDto(z.object({ email: z.email(), displayName: z.string().trim().min(1).max(200), roles })) {}
class RolesDto extends createZodDto(z.object({ roles })) {}

@ApiTags('users')
@Controller('organizations/:organizationId/users')
export class UsersController {
  constructor(private readonly users: UserService) {}

  @Get()
  @Allow('admin', 'manager')
  list(@Ctx() context: RequestContext) {
    return this.users.list(context);
  }

  /** Active members one may assign work to: id, name and roles only (every role assigns work items). */
  @Get('assignable')
  @Allow(...ANY_ROLE)
  async assignable(@Ctx() context: RequestContext) {
    return (await this.users.list(context)).filter((member) => member.active).map((member) => ({ userId: member.userId, displayName: member.displayName, roles: member.roles }));
  }

  /** Adds a member; a new user's one-time password is in the answer, once. */
  @Post()
  @Allow('admin')
  invite(@Ctx() context: RequestContext, @Body() body: InviteDto) {
    return this.users.invite(context, body);
  }

  @Put(':userId/roles')
  @Allow('admin')
  setRoles(@Ctx() context: RequestContext, @Param('userId', new ParseUUIDPipe()) userId: string, @Body() body: RolesDto) {
    return this.users.setRoles(context, userId, body.roles);
  }

  @Post(':userId/deactivate')
  @Allow('admin')
  deactivate(@Ctx() context: RequestContext, @Param('userId', new ParseUUIDPipe()) userId: string) {
    return this.users.deactivate(context, userId);
  }

  @Post(':userId/reset-mfa')
  @Allow('admin')
  resetMfa(@Ctx() context: RequestContext, @Param('userId', new ParseUUIDPipe()) userId: string) {
    return this.users.resetMfa(context, userId);
  }
}
