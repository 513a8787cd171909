import { resolve } from 'node:path'

/** ../shared beside the project (CI clones the repo with shared/ next to it). */
export const SHARED_DIR = resolve(process.cwd(), '..', 'shared')
export const SPEC_FILE = resolve(SHARED_DIR, 'spec', 'report-format.md')
export const SEEDS_DIR = resolve(SHARED_DIR, 'fixtures', 'seeds')
