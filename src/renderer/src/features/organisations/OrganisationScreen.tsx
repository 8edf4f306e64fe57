import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPTS } from '../../../../shared/domain/records';
import { errorNode, SelectField, TextArea, TextInput } from '../../components/forms/Fields';
import { errorAt, hasErrorUnder } from '../../components/forms/form-errors';
import { FormActions } from '../../components/forms/FormActions';
import { RecordPicker } from '../../components/forms/RecordPicker';
import { FormFailure, LoadState, RecordScreen } from '../../components/forms/RecordScreen';
import { DraftRestoredNotice } from '../../components/forms/DraftRestoredNotice';
import { removeRow, Rows, updateRow } from '../../components/forms/Rows';
import { useUnsavedChanges } from '../../components/forms/UnsavedChangesGuard';
import { useRecordForm } from '../../components/forms/use-record-form';
import { withCustomFields } from '../../components/custom-fields/with-custom-fields';
import { useKindFields } from '../../components/custom-fields/field-store';
import { CustomFieldsSection } from '../../components/custom-fields/CustomFieldsSection';
import { termLabel, useVocabularies } from '../../components/forms/vocabulary-store';
import { VocabularyPicker } from '../../components/forms/VocabularyPicker';
import { formatFuzzyDate } from '../../../../shared/dates/fuzzy-date';
import { currentLanguage } from '../../i18n';
import { useNavigation, type Route } from '../../navigation/routes';
import { emptyName, guessScript } from '../people/person-form';
import { LinkedRecords } from './LinkedRecords';
import { checkOrganisation, emptyMember, emptyOrganisation, organisationFromRecord, organisationToData, type OrganisationForm } from './organisation-form';

const NAME_KINDS = ['name', 'transliteration', 'alias'] as const;

/** An organisation: its names in every script, what it is, its people, and the incidents it took part in. */
export function OrganisationScreen({ route }: { route: Route }) {
  const id = route.name === 'organisation' ? route.id : undefined;
  const caseId = route.name === 'organisation' ? route.caseId : undefined;
  const { t } = useTranslation();
  const navigation = useNavigation();
  const language = currentLanguage();
  const { vocabularies } = useVocabularies();
  const customFields = useKindFields('organisation');
  const editor = useRecordForm(withCustomFields({
    kind: 'organisation',
    id,
    empty: () => emptyOrganisation(caseId),
    fromRecord: organisationFromRecord,
    toData: organisationToData,
    check: checkOrganisation,
  }, customFields.live));
  const { dialog, allowLeave, confirmDiscard } = useUnsavedChanges(editor.dirty, editor.abandonDraft);
  const formRef = useRef<HTMLFormElement>(null);
  const { form, errors } = editor;
  const set = (update: Partial<OrganisationForm>) => editor.setForm((current) => ({ ...current, ...update }));

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

  const title = editor.record ? editor.record.label || t('records.form.untitled') : t('organisations.newTitle');
  const incidentType = vocabularies.find((v) => v.key === 'incident_type');

  return (
    <RecordScreen title={title} testId="screen-organisation" subtitle={editor.record ? t('organisations.kind') : null}>
      <LoadState status={editor.status} failure={editor.loadFailure} />
      {editor.status === 'ready' ? (
        <form ref={formRef} className="record-form stack" noValidate onSubmit={(event) => void submit(event)} onBlur={() => void editor.flushDraft()} data-testid="organisation-form">
          <FormFailure code={editor.failure} onReload={editor.reload} />
          <DraftRestoredNotice restored={editor.restored} saving={editor.saving} onDiscard={editor.discardDraft} />

          <Rows
            id="organisation-names"
            testId="organisation-names"
            legend={t('organisations.names.legend')}
            intro={t('organisations.names.intro')}
            rows={form.names}
            keepOne
            addLabel={t('organisations.names.add')}
            rowName={(i) => t('organisations.names.row', { n: i + 1 })}
            error={errors.names ? errorNode(errors.names) : undefined}
            invalid={(i) => hasErrorUnder(errors, `names.${i}`)}
            onAdd={() => set({ names: [...form.names, emptyName(form.names.length === 0 ? 'name' : 'transliteration')] })}
            onRemove={(i) => set({ names: removeRow(form.names, i) })}
          >
            {(name, i) => (
              <div className="row-card__fields row-card__fields--wide">
                <TextInput
                  id={`organisation-name-${name.key}`}
                  testId={`organisation-name-${i}`}
                  label={t('organisations.names.value')}
                  required
                  lang={name.language.trim() || undefined}
                  value={name.value}
                  error={errorAt(errors, `names.${i}.value`)}
                  onChange={(value) => {
                    const guessed = name.scriptChosen ? undefined : guessScript(value);
                    set({ names: updateRow(form.names, i, { value, ...(guessed ? { script: guessed } : {}) }) });
                  }}
                />
                <SelectField
                  id={`organisation-name-script-${name.key}`}
                  testId={`organisation-name-${i}-script`}
                  label={t('records.person.names.script')}
                  value={name.script}
                  error={errorAt(errors, `names.${i}.script`)}
                  options={SCRIPTS.map((script) => ({ value: script, label: t(`records.enum.script.${script}`) }))}
                  onChange={(script) => script !== '' && set({ names: updateRow(form.names, i, { script, scriptChosen: true }) })}
                />
                <TextInput
                  id={`organisation-name-language-${name.key}`}
                  testId={`organisation-name-${i}-language`}
                  label={t('records.person.names.language')}
                  hint={t('organisations.names.languageHint')}
                  value={name.language}
                  error={errorAt(errors, `names.${i}.language`)}
                  onChange={(value) => set({ names: updateRow(form.names, i, { language: value }) })}
                />
                <SelectField
                  id={`organisation-name-kind-${name.key}`}
                  testId={`organisation-name-${i}-kind`}
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
            <legend>{t('organisations.about')}</legend>
            <div className="form-grid">
              <VocabularyPicker
                id="organisation-type"
                testId="organisation-type"
                vocabulary="organisation_kind"
                label={t('organisations.type')}
                value={form.type}
                error={errorNode(errors.type)}
                onChange={(type) => set({ type })}
              />
              <VocabularyPicker
                id="organisation-place"
                testId="organisation-place"
                vocabulary="place"
                label={t('organisations.place')}
                hint={t('organisations.placeHint')}
                value={form.place}
                error={errorNode(errors.place)}
                onChange={(place) => set({ place })}
              />
              <div className="form-grid__wide">
                <TextArea
                  id="organisation-description"
                  testId="organisation-description"
                  label={t('organisations.description')}
                  rows={5}
                  value={form.description}
                  error={errors.description}
                  onChange={(description) => set({ description })}
                />
              </div>
            </div>
          </fieldset>

          <Rows
            id="organisation-members"
            testId="organisation-members"
            legend={t('organisations.members.legend')}
            intro={t('organisations.members.intro')}
            rows={form.members}
            addLabel={t('organisations.members.add')}
            rowName={(i) => t('organisations.members.row', { n: i + 1 })}
            invalid={(i) => hasErrorUnder(errors, `members.${i}`)}
            onAdd={() => set({ members: [...form.members, emptyMember()] })}
            onRemove={(i) => set({ members: removeRow(form.members, i) })}
          >
            {(row, i) => (
              <div className="row-card__fields">
                <RecordPicker
                  id={`organisation-member-person-${row.key}`}
                  testId={`organisation-member-${i}-person`}
                  kind="person"
                  label={t('organisations.members.person')}
                  required
                  caseId={form.caseIds[0]}
                  value={row.personId}
                  error={errorNode(errorAt(errors, `members.${i}.personId`))}
                  onChange={(personId) => set({ members: updateRow(form.members, i, { personId }) })}
                />
                <VocabularyPicker
                  id={`organisation-member-role-${row.key}`}
                  testId={`organisation-member-${i}-role`}
                  vocabulary="organisation_role"
                  label={t('organisations.members.role')}
                  required
                  value={row.role}
                  error={errorNode(errorAt(errors, `members.${i}.role`))}
                  onChange={(role) => set({ members: updateRow(form.members, i, { role }) })}
                />
              </div>
            )}
          </Rows>

          <CustomFieldsSection kind="organisation" idPrefix="organisation" form={editor.form.custom} errors={editor.errors} onChange={(custom) => editor.setForm((current) => ({ ...current, custom }))} />

          <FormActions saving={editor.saving} dirty={editor.dirty} isNew={!editor.record} onCancel={() => confirmDiscard(navigation.back)} testId="organisation" />
        </form>
      ) : null}
      {editor.record ? (
        <>
          <LinkedRecords
            id={editor.record.id}
            kind="incident"
            heading={t('organisations.incidents.heading')}
            empty={t('organisations.incidents.none')}
            testId="organisation-incidents"
            describe={(incident) =>
              [
                termLabel(incidentType, incident.data.type, language),
                incident.data.date ? formatFuzzyDate(incident.data.date, language) : '',
                incident.data.involved
                  .filter((entry) => entry.organisationId === editor.record?.id)
                  .map((entry) => t(`records.enum.role.${entry.role}`))
                  .join(', '),
              ]
                .filter(Boolean)
                .join(' · ')
            }
          />
          <LinkedRecords id={editor.record.id} kind="source" heading={t('organisations.sources.heading')} empty={t('organisations.sources.none')} testId="organisation-sources" />
        </>
      ) : null}
      {dialog}
    </RecordScreen>
  );
}
