/** Exhaustiveness guard for closed unions: a new member that is not handled fails `tsc`. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}. Add it to the switch.`)
}
