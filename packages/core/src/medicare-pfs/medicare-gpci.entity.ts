import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

const GPCI = { type: 'decimal', precision: 12, scale: 4 } as const;

/** The GPCIs of one Medicare locality (MAC + locality number) in an imported GPCI file. */
@Entity({ tableName: 'medicare_gpci' })
@Unique({ name: 'medicare_gpci_unique', properties: ['releaseId', 'mac', 'locality'] })
export class MedicareGpci {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The {@link MedicarePfsRelease} (kind `gpci`) this row came from. */
  @Property({ type: 'uuid', fieldName: 'release_id' })
  releaseId!: string;

  /** MAC contractor number, five digits (`10112`, `02102`). */
  @Property({ type: 'text' })
  mac!: string;

  /** Locality number within the MAC, two digits (`00`, `18`). */
  @Property({ type: 'text' })
  locality!: string;

  @Property({ type: 'text' })
  state!: string;

  @Property({ type: 'text', fieldName: 'locality_name' })
  localityName!: string;

  @Property({ ...GPCI, fieldName: 'work_gpci' })
  workGpci!: string;

  @Property({ ...GPCI, fieldName: 'pe_gpci' })
  peGpci!: string;

  @Property({ ...GPCI, fieldName: 'mp_gpci' })
  mpGpci!: string;
}
