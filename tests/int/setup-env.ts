import { inject } from 'vitest'

process.env.DATABASE_URI = inject('databaseUri')
process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
process.env.MEDIA_DIR ||= 'data/test-media'
process.env.NEXT_TELEMETRY_DISABLED = '1'
// Expected 4xx refusals are logged as errors by Payload; keep the test output to the results.
process.env.PAYLOAD_LOG_LEVEL ||= 'fatal'
