/**
 * Rule ids (spec §4) come in two kinds:
 * - ids a template declares with its rules (T3-1, N-1, X-1…): data. A new format revision adds a rule in its
 *   template file, with any id, and no change in src/; code never compares them (it reads the rule's kind).
 * - ids the engine emits itself, for checks written in code (completeness, unreadable cells, the narrative
 *   checks N-5…N-9, a basis of the wrong year) and for the importer's findings: the closed list below.
 *   Code that emits or compares a rule id uses these, so a typo is a type error.
 * A template must not declare an engine id (test/core/rules/rule-ids.test.ts checks the registered formats).
 */
export const ENGINE_RULE_IDS = [
  /** a required part not written */
  'S-1',
  /** a printed table has rows or columns the format does not (importer) */
  'S-2',
  /** the report's year does not fit the format (importer) */
  'S-3',
  /** blank cells: blank is not 0 */
  'S-4',
  /** 机关名称 missing */
  'S-5',
  /** an empty sub-section of part 一, or the government-only content missing */
  'S-6',
  /** a cell's text is not a number of its kind */
  'S-K',
  /** 表三's outcomes and shares as the text states them */
  'N-5',
  /** a listed breakdown that does not add up to its total */
  'N-6',
  /** the text names another kind of agency as itself */
  'N-7',
  /** a year or period that is not the report's */
  'N-8',
  /** text copied from last year's report */
  'N-9',
  /** the attached basis is not the year before */
  'X-0',
] as const

/** A rule id the engine emits: a closed union the compiler checks. */
export type EngineRuleId = (typeof ENGINE_RULE_IDS)[number]

declare const declared: unique symbol
/** A rule id read from a template: any string, marked so an engine literal cannot be mistyped as one. */
export type DeclaredRuleId = string & { readonly [declared]: true }

/** The rule a problem comes from. */
export type RuleId = EngineRuleId | DeclaredRuleId

/** A template's rule id, as problems carry it. */
export function declaredRuleId(id: string): DeclaredRuleId {
  return id as DeclaredRuleId
}

/**
 * Whether a problem comes from one of the engine's own rules. Comparing `p.ruleId === 'S-4'` would compile
 * with a typo too (a string is comparable to any literal); this does not.
 */
export function isRule(problem: { readonly ruleId: string }, id: EngineRuleId): boolean {
  return problem.ruleId === id
}
