import { createHash } from 'node:crypto'

import { toLines } from './text-lines'

/**
 * The content fingerprint of an imported text: SHA-256 of its normalised lines, so the same issue
 * saved as .txt, .md or .docx, with other line ends or spacing, is recognised as already imported.
 * Stored on the issue as `importFingerprint` (indexed).
 */
export const importFingerprint = (text: string): string => createHash('sha256').update(toLines(text).join('\n')).digest('hex')
