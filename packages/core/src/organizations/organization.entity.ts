import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A tenant: a clinic, or a billing company's client. Its id is the `organizationId` of every row it owns. */
@Entity({ tableName: 'organization' })
export class Organization {
  [OptionalProps]?: 'id' | 'createdAt' | 'x12SubmitterId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  /** IANA time zone, for calendar dates such as "today". */
  @Property({ type: 'text', fieldName: 'time_zone' })
  timeZone!: string;

  /**
   * The organization's submitter id at its clearinghouse (ISA06 and 1000A NM109 of what it sends), once the
   * clearinghouse has assigned one.
   */
  @Property({ type: 'text', fieldName: 'x12_submitter_id', nullable: true })
  x12SubmitterId: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  createdAt: Date = new Date();
}
