import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

export interface InputFile {
  readonly path: string
  /** what the row shows: the path as given on the command line, or relative to the folder given */
  readonly shown: string
}

export type WalkItem = InputFile | { readonly missing: string }

const HIDDEN = /^(\.|~\$|__MACOSX$|Thumbs\.db$|desktop\.ini$)/i

/**
 * The files under the arguments, folders walked depth first in name order (so runs are repeatable),
 * yielded one at a time: 100,000 files are never listed in memory at once beyond one folder's names.
 */
export async function* walkInputs(args: readonly string[]): AsyncGenerator<WalkItem> {
  for (const arg of args) {
    let info
    try {
      info = await stat(arg)
    } catch {
      yield { missing: arg }
      continue
    }
    if (info.isDirectory()) yield* walkFolder(arg, arg)
    else yield { path: arg, shown: arg }
  }
}

async function* walkFolder(dir: string, shownDir: string): AsyncGenerator<InputFile> {
  const names: { name: string; folder: boolean }[] = []
  // one folder's names at once (one call, not one promise per entry: the walk shares a core with the audit)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (HIDDEN.test(entry.name)) continue
    if (entry.isDirectory()) names.push({ name: entry.name, folder: true })
    else if (entry.isFile()) names.push({ name: entry.name, folder: false })
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const shownPrefix = `${shownDir.replace(/\/+$/, '')}/`
  for (const n of names) {
    const path = join(dir, n.name)
    if (n.folder) yield* walkFolder(path, shownPrefix + n.name)
    else yield { path, shown: shownPrefix + n.name }
  }
}
