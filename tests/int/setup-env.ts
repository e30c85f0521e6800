import { inject } from 'vitest'

process.env.DATABASE_URI = inject('databaseUri')
process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
process.env.MEDIA_DIR ||= 'data/test-media'
process.env.NEXT_TELEMETRY_DISABLED = '1'
