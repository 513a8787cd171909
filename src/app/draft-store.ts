import { createDraftStore } from '../features/drafts/draft-store'
import { FORMATS } from '../../templates'

/** The one IndexedDB draft store of the app, over the formats it knows. */
export const draftStore = createDraftStore(FORMATS)
