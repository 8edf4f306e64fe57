import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_USES, sourceIdentity } from '../../../../shared/domain/records';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { errorNode, DayInput, SelectField, TextArea, TextInput } from '../../components/forms/Fields';
import { apiErrorsToErrors, errorAt, hasErrorUnder, NO_ERRORS, schemaIssuesToErrors, type FieldErrors } from '../../components/forms/form-errors';
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
import { VocabularyPicker } from '../../components/forms/VocabularyPicker';
import { useNavigation, type Route } from '../../navigation/routes';
import { PartnerPicker } from './PartnerPicker';
import { ProtectedIdentity, type IdentityMode } from './ProtectedIdentity';
import {
  CONSENT_HOWS,
  checkSource,
  emptyConsent,
  emptySource,
  EMPTY_IDENTITY,
  identityFrom,
  identityIsEmpty,
  identityToData,
  sourceFromRecord,
  sourceToData,
  type IdentityForm,
  type SourceForm,
} from './source-form';

/**
 * A source: who gave information, cited by pseudonym. Consent is kept per use; the real identity
 * sits in a marked, separately encrypted section, shown only after a stated reason.
 */
export function SourceScreen({ route }: { route: Route }) {
  const id = route.name === 'source' ? route.id : undefined;
  const caseId = route.name === 'source' ? route.caseId : undefined;
  const { t } = useTranslation();
  const navigation = useNavigation();
  // The identity as typed and not saved yet, for the draft (docs/security.md S18): set on each
  // render, and cleared at once when a save takes it, before the screen closes.
  const unsavedIdentity = useRef<IdentityForm | null>(null);
  const customFields = useKindFields('source');
  const editor = useRecordForm(withCustomFields({
    kind: 'source',
    id,
    empty: () => emptySource(caseId),
    fromRecord: sourceFromRecord,
    toData: sourceToData,
    check: checkSource,
    draftIdentity: {
      read: () => unsavedIdentity.current,
      restore: (kept) => {
        // What was typed before a lock comes back as typed; it is saved only with the source.
        setIdentity(kept ? identityFrom(kept) : EMPTY_IDENTITY);
        setIdentityBaseline(EMPTY_IDENTITY);
        setIdentityShown(kept !== null);
        setIdentityErrors(NO_ERRORS);
      },
    },
  }, customFields.live));
  const [identity, setIdentity] = useState<IdentityForm>(EMPTY_IDENTITY);
  const [identityBaseline, setIdentityBaseline] = useState<IdentityForm>(EMPTY_IDENTITY);
  const [identityShown, setIdentityShown] = useState(false);
  const [identityErrors, setIdentityErrors] = useState<FieldErrors>(NO_ERRORS);
  const [identityFailure, setIdentityFailure] = useState<ErrorCode | null>(null);
  const [savingIdentity, setSavingIdentity] = useState(false);
  const identityDirty = JSON.stringify(identity) !== JSON.stringify(identityBaseline);
  unsavedIdentity.current = identityDirty && !identityIsEmpty(identity) ? identity : null;
  const { draftChanged } = editor;
  useEffect(() => draftChanged(), [identity, draftChanged]);
  const { dialog, allowLeave, confirmDiscard } = useUnsavedChanges(editor.dirty || identityDirty, editor.abandonDraft);
  const formRef = useRef<HTMLFormElement>(null);
  const { form, errors, record } = editor;
  const set = (update: Partial<SourceForm>) => editor.setForm((current) => ({ ...current, ...update }));

  const mode: IdentityMode = !record ? 'new' : identityShown ? 'shown' : record.hasIdentity ? 'hidden' : 'none';

  function checkIdentity(): boolean {
    const parsed = sourceIdentity.safeParse(identityToData(identity));
    const found = parsed.success ? NO_ERRORS : schemaIssuesToErrors(parsed.error.issues);
    setIdentityErrors(found);
    return parsed.success;
  }

  function focusFirstProblem(): void {
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setIdentityFailure(null);
    if (!checkIdentity()) return focusFirstProblem();
    if (!record) {
      const stored = await editor.save(identityIsEmpty(identity) ? {} : { identity: identityToData(identity) });
      if (!stored) return focusFirstProblem();
      // Saved with the source: the draft (discarded by the save) must not take it up again.
      unsavedIdentity.current = null;
      allowLeave();
      return navigation.back();
    }
    if (editor.dirty && !(await editor.save())) return focusFirstProblem();
    if (identityDirty) {
      setSavingIdentity(true);
      try {
        await api.call('sources.setIdentity', { id: record.id, identity: identityToData(identity) });
        setIdentityBaseline(identity);
        // Saved on the source: a draft kept meanwhile with the identity goes now.
        unsavedIdentity.current = null;
        await editor.flushDraft();
      } catch (error) {
        const refused = toApiError(error);
        setIdentityFailure(refused.code);
        setIdentityErrors(apiErrorsToErrors(refused, ['identity.']));
        return focusFirstProblem();
      } finally {
        setSavingIdentity(false);
      }
    }
    allowLeave();
    navigation.back();
  }

  const title = record ? (record.pseudonym ?? record.label) || t('records.form.untitled') : t('records.source.newTitle');

  return (
    <RecordScreen title={title} testId="screen-source" subtitle={record ? t('records.source.kind') : null}>
      <LoadState status={editor.status} failure={editor.loadFailure} />
      {editor.status === 'ready' ? (
        <form ref={formRef} className="record-form stack" noValidate onSubmit={(event) => void submit(event)} onBlur={() => void editor.flushDraft()} data-testid="source-form">
          <FormFailure code={editor.failure} onReload={editor.reload} />
          <DraftRestoredNotice restored={editor.restored} saving={editor.saving} onDiscard={editor.discardDraft} />

          <div className="pseudonym" data-testid="source-pseudonym-block">
            <span className="pseudonym__label" id="source-pseudonym-label">
              {t('records.source.pseudonym')}
            </span>
            {record?.pseudonym ? (
              <output className="pseudonym__code" aria-labelledby="source-pseudonym-label" data-testid="source-pseudonym">
                {record.pseudonym}
              </output>
            ) : (
              <span className="pseudonym__pending">{t('records.source.pseudonymPending')}</span>
            )}
            <p className="field__hint">{t('records.source.pseudonymHint')}</p>
          </div>

          <fieldset className="group">
            <legend>{t('records.source.about')}</legend>
            <div className="form-grid">
              <VocabularyPicker
                id="source-connection"
                testId="source-connection"
                vocabulary="source_connection"
                label={t('records.source.connection')}
                hint={t('records.source.connectionHint')}
                value={form.connection}
                error={errorNode(errors.connection)}
                onChange={(connection) => set({ connection })}
              />
              <VocabularyPicker
                id="source-reliability"
                testId="source-reliability"
                vocabulary="reliability"
                label={t('records.source.reliability')}
                value={form.reliability}
                error={errorNode(errors.reliability)}
                onChange={(reliability) => set({ reliability })}
              />
              <RecordPicker
                id="source-organisation"
                testId="source-organisation"
                kind="organisation"
                label={t('records.source.organisation')}
                hint={t('records.source.organisationHint')}
                caseId={form.caseIds[0]}
                value={form.organisationId}
                error={errorNode(errors.organisationId)}
                onChange={(organisationId) => set({ organisationId })}
              />
              <TextInput
                id="source-relation"
                testId="source-relation"
                label={t('records.source.relationToVictim')}
                hint={t('records.source.relationHint')}
                value={form.relationToVictim}
                error={errors.relationToVictim}
                onChange={(relationToVictim) => set({ relationToVictim })}
              />
              <div className="form-grid__wide">
                <TextArea
                  id="source-risk"
                  testId="source-risk"
                  label={t('records.source.riskNotes')}
                  hint={t('records.source.riskHint')}
                  value={form.riskNotes}
                  error={errors.riskNotes}
                  onChange={(riskNotes) => set({ riskNotes })}
                />
              </div>
            </div>
          </fieldset>

          <Rows
            id="source-consents"
            testId="source-consents"
            legend={t('records.source.consents.legend')}
            intro={t('records.source.consents.intro')}
            rows={form.consents}
            addLabel={t('records.source.consents.add')}
            rowName={(i) => t('records.source.consents.row', { n: i + 1 })}
            invalid={(i) => hasErrorUnder(errors, `consents.${i}`)}
            onAdd={() => set({ consents: [...form.consents, emptyConsent(form.consents)] })}
            onRemove={(i) => set({ consents: removeRow(form.consents, i) })}
          >
            {(row, i) => (
              <div className="row-card__fields">
                <SelectField
                  id={`source-consent-use-${row.key}`}
                  testId={`source-consent-${i}-use`}
                  label={t('records.source.consents.use')}
                  value={row.use}
                  options={CONSENT_USES.map((use) => ({ value: use, label: t(`records.enum.consentUse.${use}`) }))}
                  onChange={(use) => use !== '' && set({ consents: updateRow(form.consents, i, { use }) })}
                />
                <SelectField
                  id={`source-consent-granted-${row.key}`}
                  testId={`source-consent-${i}-granted`}
                  label={t('records.source.consents.granted')}
                  value={row.granted}
                  options={[
                    { value: 'yes' as const, label: t('records.source.consents.yes') },
                    { value: 'no' as const, label: t('records.source.consents.no') },
                  ]}
                  onChange={(granted) => granted !== '' && set({ consents: updateRow(form.consents, i, { granted }) })}
                />
                <DayInput
                  id={`source-consent-date-${row.key}`}
                  testId={`source-consent-${i}-date`}
                  label={t('records.source.consents.date')}
                  required
                  value={row.date}
                  error={errorAt(errors, `consents.${i}.date`)}
                  onChange={(date) => set({ consents: updateRow(form.consents, i, { date }) })}
                />
                <SelectField
                  id={`source-consent-how-${row.key}`}
                  testId={`source-consent-${i}-how`}
                  label={t('records.source.consents.how')}
                  value={row.how}
                  options={CONSENT_HOWS.map((how) => ({ value: how, label: t(`records.enum.consentHow.${how}`) }))}
                  onChange={(how) => how !== '' && set({ consents: updateRow(form.consents, i, { how }) })}
                />
                {row.use === 'share_partners' ? (
                  <PartnerPicker
                    id={`source-consent-partners-${row.key}`}
                    testId={`source-consent-${i}-partners`}
                    label={t('records.source.consents.partners')}
                    selected={row.partnerIds}
                    onChange={(partnerIds) => set({ consents: updateRow(form.consents, i, { partnerIds }) })}
                  />
                ) : null}
                <TextInput
                  id={`source-consent-note-${row.key}`}
                  label={t('records.source.consents.note')}
                  value={row.note}
                  error={errorAt(errors, `consents.${i}.note`)}
                  onChange={(note) => set({ consents: updateRow(form.consents, i, { note }) })}
                />
              </div>
            )}
          </Rows>

          <ProtectedIdentity
            sourceId={record?.id}
            mode={mode}
            identity={identity}
            errors={identityErrors}
            failure={identityFailure}
            dirty={identityDirty}
            onChange={(update) => setIdentity((current) => ({ ...current, ...update }))}
            onRevealed={(revealed) => {
              setIdentity(revealed);
              setIdentityBaseline(revealed);
              setIdentityShown(true);
            }}
            onAdd={() => setIdentityShown(true)}
            onHide={() => {
              setIdentity(EMPTY_IDENTITY);
              setIdentityBaseline(EMPTY_IDENTITY);
              setIdentityShown(false);
              setIdentityErrors(NO_ERRORS);
            }}
          />

          <CustomFieldsSection kind="source" idPrefix="source" form={editor.form.custom} errors={editor.errors} onChange={(custom) => editor.setForm((current) => ({ ...current, custom }))} />

          <FormActions
            saving={editor.saving || savingIdentity}
            dirty={editor.dirty || identityDirty}
            isNew={!record}
            onCancel={() => confirmDiscard(navigation.back)}
            testId="source"
          />
        </form>
      ) : null}
      {dialog}
    </RecordScreen>
  );
}
