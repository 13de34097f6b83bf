import type { ContactQuery } from '../src/shared/contacts'

// The renderer's own code cannot be imported here (a separate TypeScript project), so its one
// request is restated: keep in step with pageSize in features/contacts/page-cache.ts and pageQuery
// with defaultFilter in features/contacts/contact-filter.ts.

/** Rows per page the contact table asks for. */
export const tablePageSize = 200

/** The contact table's first page for a search text, as the renderer asks for it. */
export const firstTablePage = (search = ''): ContactQuery => ({
  search: search.trim(),
  sort: 'name',
  direction: 'asc',
  offset: 0,
  limit: tablePageSize,
})
