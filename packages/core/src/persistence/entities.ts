import { ApiKey } from '../identity/api-key.entity';
import { Membership } from '../identity/membership.entity';
import { RecoveryCode } from '../identity/recovery-code.entity';
import { UserSession } from '../identity/session.entity';
import { User } from '../identity/user.entity';
import { JobRecord } from '../jobs/job-record.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Patient } from '../patients/patient.entity';
import { CodeSetRelease } from '../reference/code-set-release.entity';
import { ReferenceCode } from '../reference/reference-code.entity';
import { Provider } from '../providers/provider.entity';
import { Payer } from '../payers/payer.entity';
import { PayerEnrollment } from '../payers/payer-enrollment.entity';
import { MedicarePfsRelease } from '../medicare-pfs/medicare-pfs-release.entity';
import { MedicareRvu } from '../medicare-pfs/medicare-rvu.entity';
import { MedicareGpci } from '../medicare-pfs/medicare-gpci.entity';
import { FeeSchedule } from '../fee-schedules/fee-schedule.entity';
import { FeeScheduleEntry } from '../fee-schedules/fee-schedule-entry.entity';
import { Organization } from '../organizations/organization.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { PluginSetting } from '../plugins/plugin-setting.entity';
import { PluginStateEntry } from '../plugins/plugin-state.entity';

/** Every entity core persists. */
export const ENTITIES = [Organization, JobRecord, OutboxEvent, PluginSetting, PluginStateEntry, User, Membership, RecoveryCode, UserSession, ApiKey, AuditEvent, Patient, ReferenceCode, CodeSetRelease, Provider, Payer, PayerEnrollment, MedicarePfsRelease, MedicareRvu, MedicareGpci, FeeSchedule, FeeScheduleEntry];
