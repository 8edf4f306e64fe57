import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INVOLVEMENT_ROLES, VERIFICATION_STATUSES } from '../../../../shared/domain/records';
import { errorNode, SelectField, TextArea, TextInput } from '../../components/forms/Fields';
import { errorAt, hasErrorUnder } from '../../components/forms/form-errors';
import { FormActions } from '../../components/forms/FormActions';
import { FuzzyDateField } from '../../components/forms/FuzzyDateField';
import { RecordPicker } from '../../components/forms/RecordPicker';
import { FormFailure, LoadState, RecordScreen } from '../../components/forms/RecordScreen';
import { DraftRestoredNotice } from '../../components/forms/DraftRestoredNotice';
import { removeRow, Rows, updateRow } from '../../components/forms/Rows';
import { useUnsavedChanges } from '../../components/forms/UnsavedChangesGuard';
import { rowKey, useRecordForm } from '../../components/forms/use-record-form';
import { withCustomFields } from '../../components/custom-fields/with-custom-fields';
import { useKindFields } from '../../components/custom-fields/field-store';
import { CustomFieldsSection } from '../../components/custom-fields/CustomFieldsSection';
import { VocabularyPicker } from '../../components/forms/VocabularyPicker';
import { useNavigation, type Route } from '../../navigation/routes';
import { checkIncident, emptyIncident, emptyInvolved, incidentFromRecord, incidentToData, type IncidentForm, type Involvee, type Stance } from './incident-form';
import { FollowsLink } from './FollowsLink';

const STANCES: readonly Stance[] = ['supports', 'contradicts'];
const INVOLVEES: readonly Involvee[] = ['person', 'organisation'];

/** An incident: what happened, when and where as far as known, to whom, by whom, and who says so. */
export function IncidentScreen({ route }: { route: Route }) {
  const id = route.name === 'incident' ? route.id : undefined;
  const caseId = route.name === 'incident' ? route.caseId : undefined;
  const { t } = useTranslation();
  const navigation = useNavigation();
  const customFields = useKindFields('incident');
  const editor = useRecordForm(withCustomFields({
    kind: 'incident',
    id,
    empty: () => emptyIncident(caseId),
    fromRecord: incidentFromRecord,
    toData: incidentToData,
    check: checkIncident,
  }, customFields.live));
  const { dialog, allowLeave, confirmDiscard } = useUnsavedChanges(editor.dirty, editor.abandonDraft);
  const formRef = useRef<HTMLFormElement>(null);
  const { form, errors } = editor;
  const set = (update: Partial<IncidentForm>) => editor.setForm((current) => ({ ...current, ...update }));
  const linkedCase = form.caseIds[0] ?? caseId;

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

  const title = editor.record ? editor.record.label || t('records.form.untitled') : t('records.incident.newTitle');

  return (
    <RecordScreen title={title} testId="screen-incident" subtitle={editor.record ? t('records.incident.kind') : null}>
      <LoadState status={editor.status} failure={editor.loadFailure} />
      {editor.status === 'ready' ? (
        <form ref={formRef} className="record-form stack" noValidate onSubmit={(event) => void submit(event)} onBlur={() => void editor.flushDraft()} data-testid="incident-form">
          <FormFailure code={editor.failure} onReload={editor.reload} />
          <DraftRestoredNotice restored={editor.restored} saving={editor.saving} onDiscard={editor.discardDraft} />

          <fieldset className="group">
            <legend>{t('records.incident.what')}</legend>
            <div className="form-grid">
              <div className="form-grid__wide">
                <TextInput
                  id="incident-title"
                  testId="incident-title"
                  label={t('records.incident.title')}
                  hint={t('records.incident.titleHint')}
                  required
                  value={form.title}
                  error={errors.title}
                  onChange={(title) => set({ title })}
                />
              </div>
              <VocabularyPicker
                id="incident-type"
                testId="incident-type"
                vocabulary="incident_type"
                label={t('records.incident.type')}
                hint={t('records.incident.typeHint')}
                required
                value={form.type}
                error={errorNode(errors.type)}
                onChange={(type) => set({ type })}
              />
              <FuzzyDateField
                id="incident-date"
                testId="incident-date"
                label={t('records.incident.date')}
                value={form.date}
                error={errorNode(errorAt(errors, 'date', true))}
                onChange={(date, state) => set({ date, dateUnparsed: state.unparsed })}
              />
              <SelectField
                id="incident-verification"
                testId="incident-verification"
                label={t('records.incident.verification')}
                hint={t('records.incident.verificationHint')}
                value={form.verification}
                options={VERIFICATION_STATUSES.map((value) => ({ value, label: t(`records.enum.verification.${value}`) }))}
                onChange={(verification) => verification !== '' && set({ verification })}
              />
              <VocabularyPicker
                id="incident-agency"
                testId="incident-agency"
                vocabulary="agency"
                label={t('records.incident.agency')}
                value={form.agency}
                error={errorNode(errors.agency)}
                onChange={(agency) => set({ agency })}
              />
              <div>
                <RecordPicker
                  id="incident-follows"
                  testId="incident-follows"
                  kind="incident"
                  label={t('records.incident.follows')}
                  hint={t('records.incident.followsHint')}
                  caseId={linkedCase}
                  excludeIds={id ? [id] : []}
                  value={form.follows}
                  error={errorNode(errorAt(errors, 'follows'))}
                  onChange={(follows) => set({ follows })}
                />
                {form.follows && editor.record?.data.follows === form.follows ? <FollowsLink id={form.follows} caseId={linkedCase} /> : null}
              </div>
              <div className="form-grid__wide">
                <TextArea
                  id="incident-description"
                  testId="incident-description"
                  label={t('records.incident.description')}
                  rows={6}
                  value={form.description}
                  error={errors.description}
                  onChange={(description) => set({ description })}
                />
              </div>
            </div>
          </fieldset>

          <fieldset className="group">
            <legend>{t('records.incident.where')}</legend>
            <div className="form-grid">
              <VocabularyPicker
                id="incident-place"
                testId="incident-place"
                vocabulary="place"
                label={t('records.incident.place')}
                hint={t('records.incident.placeHint')}
                value={form.place}
                error={errorNode(errors.place)}
                onChange={(place) => set({ place })}
              />
              <TextInput
                id="incident-place-text"
                testId="incident-place-text"
                label={t('records.incident.placeText')}
                hint={t('records.incident.placeTextHint')}
                value={form.placeText}
                error={errors.placeText}
                onChange={(placeText) => set({ placeText })}
              />
              <VocabularyPicker
                id="incident-facility-kind"
                testId="incident-facility-kind"
                vocabulary="facility_kind"
                label={t('records.incident.facilityKind')}
                value={form.facilityKind}
                error={errorNode(errors.facilityKind)}
                onChange={(facilityKind) => set({ facilityKind })}
              />
              <TextInput
                id="incident-facility-name"
                testId="incident-facility-name"
                label={t('records.incident.facilityName')}
                value={form.facilityName}
                error={errors.facilityName}
                onChange={(facilityName) => set({ facilityName })}
              />
            </div>
          </fieldset>

          <Rows
            id="incident-involved"
            testId="incident-involved"
            legend={t('records.incident.involved.legend')}
            intro={t('records.incident.involved.intro')}
            rows={form.involved}
            addLabel={t('records.incident.involved.add')}
            rowName={(i) => t('records.incident.involved.row', { n: i + 1 })}
            invalid={(i) => hasErrorUnder(errors, `involved.${i}`)}
            onAdd={() => set({ involved: [...form.involved, emptyInvolved()] })}
            onRemove={(i) => set({ involved: removeRow(form.involved, i) })}
          >
            {(row, i) => (
              <div className="row-card__fields">
                <SelectField
                  id={`incident-involvee-${row.key}`}
                  testId={`incident-involved-${i}-who`}
                  label={t('records.incident.involved.who')}
                  value={row.who}
                  options={INVOLVEES.map((who) => ({ value: who, label: t(who === 'person' ? 'records.incident.involved.whoPerson' : 'records.incident.involved.whoOrganisation') }))}
                  onChange={(who) => who !== '' && set({ involved: updateRow(form.involved, i, { who }) })}
                />
                {row.who === 'organisation' ? (
                  <RecordPicker
                    id={`incident-organisation-${row.key}`}
                    testId={`incident-involved-${i}-organisation`}
                    kind="organisation"
                    label={t('records.incident.involved.organisation')}
                    required
                    caseId={linkedCase}
                    value={row.organisationId}
                    error={errorNode(errorAt(errors, `involved.${i}.organisationId`))}
                    onChange={(organisationId) => set({ involved: updateRow(form.involved, i, { organisationId }) })}
                  />
                ) : (
                  <RecordPicker
                    id={`incident-person-${row.key}`}
                    testId={`incident-involved-${i}-person`}
                    kind="person"
                    label={t('records.incident.involved.person')}
                    required
                    caseId={linkedCase}
                    excludeIds={form.involved.filter((other) => other.key !== row.key && other.role === row.role).flatMap((other) => (other.personId ? [other.personId] : []))}
                    value={row.personId}
                    error={errorNode(errorAt(errors, `involved.${i}.personId`))}
                    onChange={(personId) => set({ involved: updateRow(form.involved, i, { personId }) })}
                  />
                )}
                <SelectField
                  id={`incident-role-${row.key}`}
                  testId={`incident-involved-${i}-role`}
                  label={t('records.incident.involved.role')}
                  value={row.role}
                  options={INVOLVEMENT_ROLES.map((role) => ({ value: role, label: t(`records.enum.role.${role}`) }))}
                  onChange={(role) => role !== '' && set({ involved: updateRow(form.involved, i, { role }) })}
                />
              </div>
            )}
          </Rows>

          <Rows
            id="incident-evidence"
            testId="incident-evidence"
            legend={t('records.incident.evidence.legend')}
            intro={t('records.incident.evidence.intro')}
            rows={form.evidence}
            addLabel={t('records.incident.evidence.add')}
            rowName={(i) => t('records.incident.evidence.row', { n: i + 1 })}
            invalid={(i) => hasErrorUnder(errors, `evidence.${i}`)}
            onAdd={() => set({ evidence: [...form.evidence, { key: rowKey(), kind: 'testimony', id: undefined, stance: 'supports', note: '' }] })}
            onRemove={(i) => set({ evidence: removeRow(form.evidence, i) })}
          >
            {(row, i) => (
              <div className="row-card__fields">
                {row.kind === 'testimony' ? (
                  <RecordPicker
                    id={`incident-evidence-${row.key}`}
                    testId={`incident-evidence-${i}-testimony`}
                    kind="testimony"
                    label={t('records.incident.evidence.testimony')}
                    required
                    caseId={linkedCase}
                    excludeIds={form.evidence.filter((other) => other.key !== row.key).flatMap((other) => (other.id ? [other.id] : []))}
                    value={row.id}
                    error={errorNode(errorAt(errors, `evidence.${i}.id`))}
                    onChange={(testimonyId) => set({ evidence: updateRow(form.evidence, i, { id: testimonyId }) })}
                  />
                ) : (
                  <p className="field">
                    <span className="field__label">{t('records.incident.evidence.document')}</span>
                    <code>{row.id}</code>
                  </p>
                )}
                <SelectField
                  id={`incident-stance-${row.key}`}
                  testId={`incident-evidence-${i}-stance`}
                  label={t('records.incident.evidence.stance')}
                  value={row.stance}
                  options={STANCES.map((stance) => ({ value: stance, label: t(`records.enum.stance.${stance}`) }))}
                  onChange={(stance) => stance !== '' && set({ evidence: updateRow(form.evidence, i, { stance }) })}
                />
                <TextInput
                  id={`incident-evidence-note-${row.key}`}
                  label={t('records.incident.evidence.note')}
                  value={row.note}
                  error={errorAt(errors, `evidence.${i}.note`)}
                  onChange={(note) => set({ evidence: updateRow(form.evidence, i, { note }) })}
                />
              </div>
            )}
          </Rows>

          <CustomFieldsSection kind="incident" idPrefix="incident" form={editor.form.custom} errors={editor.errors} onChange={(custom) => editor.setForm((current) => ({ ...current, custom }))} />

          <FormActions saving={editor.saving} dirty={editor.dirty} isNew={!editor.record} onCancel={() => confirmDiscard(navigation.back)} testId="incident" />
        </form>
      ) : null}
      {dialog}
    </RecordScreen>
  );
}
