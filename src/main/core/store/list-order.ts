/** Sort keys of the contract mapped to the columns that hold them. */
export function labelColumn(sort: 'updated' | 'created' | 'label'): 'updated_at' | 'created_at' | 'label' {
  return sort === 'updated' ? 'updated_at' : sort === 'created' ? 'created_at' : 'label';
}
