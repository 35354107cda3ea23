import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A tenant: a clinic, or a billing company's client. Its id is the `organizationId` of every row it owns. */
@Entity({ tableName: 'organization' })
export class Organization {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  /** IANA time zone, for calendar dates such as "today". */
  @Property({ type: 'text', fieldName: 'time_zone' })
  timeZone!: string;

  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  createdAt: Date = new Date();
}
