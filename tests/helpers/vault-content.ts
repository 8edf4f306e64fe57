import type { CasekeepService } from '../../src/main/core/service/service';

/** A case with one small attachment, through the contract: enough for every file kind of a vault. */
export async function addCaseWithAttachment(service: CasekeepService, text = 'attached bytes'): Promise<{ caseId: string; attachmentId: string }> {
  const kase = await service.call('records.create', { kind: 'case', data: { title: 'A case with a file' } });
  const bytes = Buffer.from(text);
  const { uploadId } = await service.call('attachments.begin', { ownerId: kase.id, name: 'note.txt', mime: 'text/plain', size: bytes.length });
  await service.call('attachments.append', { uploadId, chunk: bytes.toString('base64') });
  const info = await service.call('attachments.finish', { uploadId, stripMetadata: false });
  return { caseId: kase.id, attachmentId: info.id };
}
