/// <reference lib="webworker" />
/** The report-reading worker: one request in, one reply out; the page terminates it past a time limit. */
import { readReport } from './read-report-core'
import type { ReadReportRequest } from './read-report-types'

self.onmessage = (e: MessageEvent<ReadReportRequest>) => {
  void readReport(e.data).then((reply) => self.postMessage(reply))
}
