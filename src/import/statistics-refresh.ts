/** The first refresh once a bulk import has written enough for the statistics to mean something. */
export const FIRST_REFRESH_AFTER = 50
/** Then one per this many imported issues, so the planner keeps up with an archive that grows by thousands. */
export const REFRESH_EVERY = 1000

/**
 * Whether an import run that has just imported its `imported`-th issue refreshes the database's
 * planner statistics now (the run refreshes them once more at its end).
 */
export const refreshStatisticsAfter = (imported: number): boolean =>
  imported === FIRST_REFRESH_AFTER || (imported > 0 && imported % REFRESH_EVERY === 0)

/** Whether a run that ended with `imported` issues refreshes them once more: a bulk run that did not just do so. */
export const refreshStatisticsAtEnd = (imported: number): boolean => imported >= FIRST_REFRESH_AFTER && !refreshStatisticsAfter(imported)
