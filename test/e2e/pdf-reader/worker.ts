/// <reference lib="webworker" />
import { readTimed } from './read'

self.onmessage = async (e: MessageEvent<Uint8Array>) => {
  self.postMessage(await readTimed(e.data))
}
