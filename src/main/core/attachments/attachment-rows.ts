import type { AttachmentInfo } from '../../../shared/domain/views';

export interface AttachmentRow {
  id: string;
  owner_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  working_sha256: string | null;
  metadata_removed: string;
  created_at: string;
  deleted_at: string | null;
}

export function toInfo(row: AttachmentRow): AttachmentInfo {
  return {
    id: row.id,
    ownerId: row.owner_id,
    name: row.name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    workingSha256: row.working_sha256,
    metadataRemoved: JSON.parse(row.metadata_removed) as string[],
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  };
}
