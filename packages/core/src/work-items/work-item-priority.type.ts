import { Type } from '@mikro-orm/core';
import { WORK_ITEM_PRIORITIES, type WorkItemPriority } from './work-item.types';

/** A priority stored as its rank (1 low … 4 urgent), so ordering by the column orders by urgency. */
export class WorkItemPriorityType extends Type<WorkItemPriority, number> {
  override convertToDatabaseValue(value: WorkItemPriority | number): number {
    if (typeof value === 'number') return value;
    const rank = WORK_ITEM_PRIORITIES.indexOf(value);
    if (rank < 0) throw new Error(`unknown work item priority '${String(value)}'`);
    return rank + 1;
  }

  override convertToJSValue(value: number | WorkItemPriority): WorkItemPriority {
    if (typeof value === 'string') return value;
    const priority = WORK_ITEM_PRIORITIES[Number(value) - 1];
    if (!priority) throw new Error(`unknown work item priority rank ${String(value)}`);
    return priority;
  }

  override compareAsType(): string {
    return 'string';
  }

  override getColumnType(): string {
    return 'smallint';
  }
}
