import type { EntityManager } from '@mikro-orm/postgresql';
import type { ControlNumberKind, ControlNumberSequence } from '@openrcm/x12';

/** ISA13 and GS06 have nine digits; ST02 is kept to nine too. After the largest, numbering starts again at 1. */
const LARGEST = 999_999_999;

/**
 * An organization's X12 control numbers, reserved atomically in the database (`x12_control_number`), so any number of
 * processes send unique ISA13/GS06/ST02 values for the same sender.
 */
export class DatabaseControlNumberSequence implements ControlNumberSequence {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
  ) {}

  async next(kind: ControlNumberKind, count = 1): Promise<number> {
    const [row] = await this.em.execute<{ last_value: string }[]>(
      `insert into x12_control_number (organization_id, kind, last_value) values (?, ?, ?)
       on conflict (organization_id, kind) do update
         set last_value = case when x12_control_number.last_value + ? > ? then ? else x12_control_number.last_value + ? end
       returning last_value`,
      [this.organizationId, kind, count, count, LARGEST, count, count],
    );
    return Number(row?.last_value) - count + 1;
  }
}
