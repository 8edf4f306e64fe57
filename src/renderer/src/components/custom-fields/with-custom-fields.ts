import type { FieldDefinition } from '../../../../shared/api/fields';
import type { RecordKind } from '../../../../shared/domain/records';
import type { RecordFormOptions } from '../forms/use-record-form';
import { checkCustom, customFromData, customToData, EMPTY_CUSTOM, type CustomForm } from './custom-form';

export type WithCustom<F> = F & { custom: CustomForm };

/**
 * A record form's options with the kind's custom fields added: the form holds them under
 * `custom`, a record's values are read in and sent back (those of removed fields too, so main
 * keeps them), and the page checks what only it can see before main checks them strictly.
 */
export function withCustomFields<K extends RecordKind, F>(options: RecordFormOptions<K, F>, live: readonly FieldDefinition[]): RecordFormOptions<K, WithCustom<F>> {
  return {
    ...options,
    empty: () => ({ ...options.empty(), custom: EMPTY_CUSTOM }),
    fromRecord: (record) => ({ ...options.fromRecord(record), custom: customFromData((record.data as { custom?: Parameters<typeof customFromData>[0] }).custom) }),
    toData: (form) => ({ ...(options.toData(form) as object), custom: customToData(form.custom) }),
    check: (form) => ({ ...(options.check?.(form) ?? {}), ...checkCustom(form.custom, live) }),
  };
}
