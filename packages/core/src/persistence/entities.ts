import { JobRecord } from '../jobs/job-record.entity';
import { Organization } from '../organizations/organization.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { PluginSetting } from '../plugins/plugin-setting.entity';
import { PluginStateEntry } from '../plugins/plugin-state.entity';

/** Every entity core persists. */
export const ENTITIES = [Organization, JobRecord, OutboxEvent, PluginSetting, PluginStateEntry];
