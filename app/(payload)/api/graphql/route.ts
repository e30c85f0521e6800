import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlRefusals } from '../../../../collections/shared/graphql-refusals'

export const POST = graphqlRefusals(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
