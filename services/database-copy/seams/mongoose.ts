import type { CopySeam } from '../database-seam'

const UNSUPPORTED =
  'Copying, backing up and restoring a MongoDB database are not implemented (MongoDB cannot be run on our machines, so this could not be tested); use mongodump/mongorestore'

/** MongoDB: refused with a clear sentence rather than run untested. */
export const mongooseSeam: CopySeam = {
  readSnapshot() {
    return Promise.reject(new Error(UNSUPPORTED))
  },
  loadAtOnce() {
    return Promise.reject(new Error(UNSUPPORTED))
  },
  insertVersion() {
    return Promise.reject(new Error(UNSUPPORTED))
  },
}
