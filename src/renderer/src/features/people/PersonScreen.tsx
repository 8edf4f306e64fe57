import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_STATUSES, SCRIPTS } from '../../../../shared/domain/records';
import { NAME_LANGUAGES } from '../../../../shared/language-names';
import { errorNode, SelectField, TextArea, TextInput } from '../../components/forms/Fields';
import { errorAt, hasErrorUnder } from '../../components/forms/form-errors';
import { FormActions } from '../../components/forms/FormActions';
import { FuzzyDateField } from '../../components/forms/FuzzyDateField';
import { languageOptions } from '../../components/forms/language-options';
import { RecordPicker } from '../../components/forms/RecordPicker';
import { FormFailure, LoadState, RecordScreen } from '../../components/forms/RecordScreen';
import { DraftRestoredNotice } from '../../components/forms/DraftRestoredNotice';
import { removeRow, Rows, updateRow } from '../../components/forms/Rows';
import { useUnsavedChanges } from '../../components/forms/UnsavedChangesGuard';
import { useRecordForm, rowKey } from '../../components/forms/use-record-form';
import { withCustomFields } from '../../components/custom-fields/with-custom-fields';
import { useKindFields } from '../../components/custom-fields/field-store';
import { CustomFieldsSection } from '../../components/custom-fields/CustomFieldsSection';
import { VocabularyPicker } from '../../components/forms/VocabularyPicker';
import { currentLanguage } from '../../i18n';
import { sexContext } from '../../i18n/person-sex';
import { useNavigation, type Route } from '../../navigation/routes';
import { PersonOrganisations } from '../organisations/PersonOrganisations';
import { addedName, checkPerson, emptyPerson, emptyStatus, NAME_KINDS, personFromRecord, personToData, typedName, type PersonForm, type Sex } from './person-form';

const SEXES: readonly Sex[] = ['female', 'male', 'other', 'unknown'];

/** A person: names in every script they are written in, and what is known about them. */
export function PersonScreen({ route }: { route: Route }) {
  const id = route.name === 'person' ? route.id : undefined;
  const caseId = route.name === 'person' ? route.caseId : undefined;
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigation = useNavigation();
  const customFields = useKindFields('person');
  const editor = useRecordForm(withCustomFields({
    kind: 'person',
    id,
    empty: () => emptyPerson(caseId, currentLanguage()),
    fromRecord: personFromRecord,
    toData: personToData,
    check: checkPerson,
  }, customFields.live));
  const { dialog, allowLeave, confirmDiscard } = useUnsavedChanges(editor.dirty, editor.abandonDraft);
  const formRef = useRef<HTMLFormElement>(null);
  const { form, errors } = editor;
  const set = (update: Partial<PersonForm>) => editor.setForm((current) => ({ ...current, ...update }));

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const stored = await editor.save();
    if (stored) {
      allowLeave();
      navigation.back();
    } else {
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
    }
  }

  const title = editor.record ? editor.record.label || t('records.form.untitled') : t('records.person.newTitle');

  return (
    <RecordScreen title={title} testId="screen-person" subtitle={editor.record ? t('records.person.kind') : null}>
      <LoadState status={editor.status} failure={editor.loadFailure} />
      {editor.status === 'ready' ? (
        <form ref={formRef} className="record-form stack" noValidate onSubmit={(event) => void submit(event)} onBlur={() => void editor.flushDraft()} data-testid="person-form">
          <FormFailure code={editor.failure} onReload={editor.reload} />
          <DraftRestoredNotice restored={editor.restored} saving={editor.saving} onDiscard={editor.discardDraft} />

          <Rows
            id="person-names"
            testId="person-names"
            legend={t('records.person.names.legend')}
            intro={t('records.person.names.intro')}
            rows={form.names}
            keepOne
            addLabel={t('records.person.names.add')}
            rowName={(i) => t('records.person.names.row', { n: i + 1 })}
            error={errors.names ? errorNode(errors.names) : undefined}
            invalid={(i) => hasErrorUnder(errors, `names.${i}`)}
            onAdd={() => set({ names: [...form.names, addedName(form.names, language)] })}
            onRemove={(i) => set({ names: removeRow(form.names, i) })}
          >
            {(name, i) => (
              <div className="row-card__fields row-card__fields--wide">
                <TextInput
                  id={`person-name-${name.key}`}
                  testId={`person-name-${i}`}
                  label={t('records.person.names.value')}
                  required
                  lang={name.language.trim() || undefined}
                  value={name.value}
                  error={errorAt(errors, `names.${i}.value`)}
                  onChange={(value) => set({ names: updateRow(form.names, i, typedName(name, value, i, language)) })}
                />
                <SelectField
                  id={`person-name-script-${name.key}`}
                  testId={`person-name-${i}-script`}
                  label={t('records.person.names.script')}
                  value={name.script}
                  error={errorAt(errors, `names.${i}.script`)}
                  options={SCRIPTS.map((script) => ({ value: script, label: t(`records.enum.script.${script}`) }))}
                  onChange={(script) => script !== '' && set({ names: updateRow(form.names, i, { script, scriptChosen: true }) })}
                />
                <SelectField
                  id={`person-name-language-${name.key}`}
                  testId={`person-name-${i}-language`}
                  label={t('records.person.names.language')}
                  value={name.language}
                  emptyLabel={t('records.common.notStated')}
                  error={errorAt(errors, `names.${i}.language`)}
                  options={languageOptions(NAME_LANGUAGES, name.language, language)}
                  onChange={(value) => set({ names: updateRow(form.names, i, { language: value, languageChosen: true }) })}
                />
                <SelectField
                  id={`person-name-kind-${name.key}`}
                  testId={`person-name-${i}-kind`}
                  label={t('records.person.names.kind')}
                  value={name.kind}
                  error={errorAt(errors, `names.${i}.kind`)}
                  options={NAME_KINDS.map((kind) => ({ value: kind, label: t(`records.enum.nameKind.${kind}`) }))}
                  onChange={(kind) => kind !== '' && set({ names: updateRow(form.names, i, { kind }) })}
                />
              </div>
            )}
          </Rows>

          <fieldset className="group">
            <legend>{t('records.person.about')}</legend>
            <div className="form-grid">
              <SelectField
                id="person-sex"
                testId="person-sex"
                label={t('records.person.sex')}
                value={form.sex}
                emptyLabel={t('records.common.notStated')}
                error={errors.sex}
                options={SEXES.map((sex) => ({ value: sex, label: t(`records.enum.sex.${sex}`) }))}
                onChange={(sex) => set({ sex })}
              />
              <FuzzyDateField
                id="person-birth-date"
                testId="person-birth-date"
                label={t('records.person.birthDate')}
                value={form.birthDate}
                error={errorNode(errors.birthDate)}
                onChange={(birthDate, state) => set({ birthDate, birthDateUnparsed: state.unparsed })}
              />
              <VocabularyPicker
                id="person-ethnicity"
                testId="person-ethnicity"
                vocabulary="ethnicity"
                label={t('records.person.ethnicity')}
                value={form.ethnicity}
                error={errorNode(errors.ethnicity)}
                onChange={(ethnicity) => set({ ethnicity })}
              />
              <TextInput
                id="person-citizenship"
                testId="person-citizenship"
                label={t('records.person.citizenship')}
                hint={t('records.common.listHint')}
                value={form.citizenship}
                error={errorAt(errors, 'citizenship', true)}
                onChange={(citizenship) => set({ citizenship })}
              />
              <TextInput
                id="person-hometown"
                testId="person-hometown"
                label={t('records.person.hometown')}
                hint={t('records.person.hometownHint')}
                value={form.hometown}
                error={errors.hometown}
                onChange={(hometown) => set({ hometown })}
              />
              <VocabularyPicker
                id="person-hometown-place"
                testId="person-hometown-place"
                vocabulary="place"
                label={t('records.person.hometownPlace')}
                value={form.hometownPlace}
                error={errorNode(errors.hometownPlace)}
                onChange={(hometownPlace) => set({ hometownPlace })}
              />
              <TextInput
                id="person-occupation"
                testId="person-occupation"
                label={t('records.person.occupation')}
                value={form.occupation}
                error={errors.occupation}
                onChange={(occupation) => set({ occupation })}
              />
            </div>
          </fieldset>

          <Rows
            id="person-ids"
            testId="person-ids"
            legend={t('records.person.ids.legend')}
            rows={form.idNumbers}
            addLabel={t('records.person.ids.add')}
            rowName={(i) => t('records.person.ids.row', { n: i + 1 })}
            invalid={(i) => hasErrorUnder(errors, `idNumbers.${i}`)}
            onAdd={() => set({ idNumbers: [...form.idNumbers, { key: rowKey(), type: '', value: '' }] })}
            onRemove={(i) => set({ idNumbers: removeRow(form.idNumbers, i) })}
          >
            {(row, i) => (
              <div className="row-card__fields">
                <TextInput
                  id={`person-id-type-${row.key}`}
                  label={t('records.person.ids.type')}
                  hint={t('records.person.ids.typeHint')}
                  required
                  value={row.type}
                  error={errorAt(errors, `idNumbers.${i}.type`)}
                  onChange={(type) => set({ idNumbers: updateRow(form.idNumbers, i, { type }) })}
                />
                <TextInput
                  id={`person-id-value-${row.key}`}
                  label={t('records.person.ids.value')}
                  required
                  mono
                  value={row.value}
                  error={errorAt(errors, `idNumbers.${i}.value`)}
                  onChange={(value) => set({ idNumbers: updateRow(form.idNumbers, i, { value }) })}
                />
              </div>
            )}
          </Rows>

          <Rows
            id="person-statuses"
            testId="person-statuses"
            legend={t('records.person.statuses.legend')}
            intro={t('records.person.statuses.intro')}
            rows={form.statusHistory}
            addLabel={t('records.person.statuses.add')}
            rowName={(i) => t('records.person.statuses.row', { n: i + 1 })}
            invalid={(i) => hasErrorUnder(errors, `statusHistory.${i}`)}
            onAdd={() => set({ statusHistory: [...form.statusHistory, emptyStatus()] })}
            onRemove={(i) => set({ statusHistory: removeRow(form.statusHistory, i) })}
          >
            {(row, i) => (
              <div className="row-card__fields">
                <SelectField
                  id={`person-status-${row.key}`}
                  testId={`person-status-${i}`}
                  label={t('records.person.statuses.status')}
                  value={row.status}
                  options={PERSON_STATUSES.map((status) => ({ value: status, label: t(`records.enum.personStatus.${status}`, { context: sexContext(form.sex) }) }))}
                  onChange={(status) => status !== '' && set({ statusHistory: updateRow(form.statusHistory, i, { status }) })}
                />
                <FuzzyDateField
                  id={`person-status-date-${row.key}`}
                  testId={`person-status-${i}-date`}
                  label={t('records.person.statuses.date')}
                  value={row.date}
                  error={errorNode(errorAt(errors, `statusHistory.${i}.date`, true))}
                  onChange={(date, state) => set({ statusHistory: updateRow(form.statusHistory, i, { date, dateUnparsed: state.unparsed }) })}
                />
                <TextInput
                  id={`person-status-note-${row.key}`}
                  label={t('records.person.statuses.note')}
                  value={row.note}
                  error={errorAt(errors, `statusHistory.${i}.note`)}
                  onChange={(note) => set({ statusHistory: updateRow(form.statusHistory, i, { note }) })}
                />
              </div>
            )}
          </Rows>

          <Rows
            id="person-relations"
            testId="person-relations"
            legend={t('records.person.relations.legend')}
            intro={t('records.person.relations.intro')}
            rows={form.relations}
            addLabel={t('records.person.relations.add')}
            rowName={(i) => t('records.person.relations.row', { n: i + 1 })}
            invalid={(i) => hasErrorUnder(errors, `relations.${i}`)}
            onAdd={() => set({ relations: [...form.relations, { key: rowKey(), personId: undefined, relationship: undefined }] })}
            onRemove={(i) => set({ relations: removeRow(form.relations, i) })}
          >
            {(row, i) => (
              <div className="row-card__fields">
                <RecordPicker
                  id={`person-relation-person-${row.key}`}
                  testId={`person-relation-${i}-person`}
                  kind="person"
                  label={t('records.person.relations.person')}
                  required
                  caseId={form.caseIds[0]}
                  excludeIds={id ? [id] : []}
                  value={row.personId}
                  error={errorNode(errorAt(errors, `relations.${i}.personId`))}
                  onChange={(personId) => set({ relations: updateRow(form.relations, i, { personId }) })}
                />
                <VocabularyPicker
                  id={`person-relation-kind-${row.key}`}
                  testId={`person-relation-${i}-relationship`}
                  vocabulary="relationship"
                  label={t('records.person.relations.relationship')}
                  hint={t('records.person.relations.relationshipHint')}
                  required
                  value={row.relationship}
                  error={errorNode(errorAt(errors, `relations.${i}.relationship`))}
                  onChange={(relationship) => set({ relations: updateRow(form.relations, i, { relationship }) })}
                />
              </div>
            )}
          </Rows>

          <TextArea
            id="person-notes"
            testId="person-notes"
            label={t('records.person.notes')}
            rows={5}
            value={form.notes}
            error={errors.notes}
            onChange={(notes) => set({ notes })}
          />

          <CustomFieldsSection kind="person" idPrefix="person" form={editor.form.custom} errors={editor.errors} onChange={(custom) => editor.setForm((current) => ({ ...current, custom }))} />

          <FormActions saving={editor.saving} dirty={editor.dirty} isNew={!editor.record} onCancel={() => confirmDiscard(navigation.back)} testId="person" />
        </form>
      ) : null}
      {editor.record ? <PersonOrganisations personId={editor.record.id} /> : null}
      {dialog}
    </RecordScreen>
  );
}
