import type { Access } from 'payload'

import { isWorkflowWrite } from '../../services/payload/workflow-context'
import { isStaff } from '../../src/access/predicates'

/**
 * Any staff member may attempt an update; the stage rules (edit-policy hooks) then decide what that
 * person may change now. The workflow service may always write.
 */
export const staffOrWorkflowAccess: Access = ({ req }) => isWorkflowWrite(req) || isStaff(req.user)
