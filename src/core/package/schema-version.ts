/**
 * The version of the stored shape of a draft record and of a data package. Records written before
 * versions existed carry none and count as 1. Raise it whenever a stored field changes meaning or a
 * required field is added, and add the step to `migrate.ts`; optional fields need no new version, as
 * every schema keeps fields it does not know.
 */
export const SCHEMA_VERSION = 2

/** Said by a tab whose code is older than the record it would overwrite. */
export const OLDER_PAGE_MESSAGE = '本页面版本较旧，请刷新'
