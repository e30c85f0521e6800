import { describe, expect, it } from 'vitest'

import { bearerMatches, productionSecretProblem } from '../../src/security/production-secret'

describe('productionSecretProblem', () => {
  it.each([undefined, '', 'secret', 'generate', 'integration-test-secret', 'short-but-random'])('refuses PAYLOAD_SECRET=%j in production, saying how to set it', (secret) => {
    expect(productionSecretProblem({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toMatch(/openssl rand -hex 32/)
  })
  it('accepts a long random secret, and anything outside production', () => {
    expect(productionSecretProblem({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a'.repeat(16) + '0123456789abcdef0123' })).toBeNull()
    expect(productionSecretProblem({ NODE_ENV: 'development' })).toBeNull()
  })
})

describe('bearerMatches', () => {
  it('matches only the configured secret', () => {
    expect(bearerMatches('Bearer s3cret-value', 's3cret-value')).toBe(true)
    expect(bearerMatches('Bearer wrong', 's3cret-value')).toBe(false)
    expect(bearerMatches('Bearer ', undefined)).toBe(false)
    expect(bearerMatches(null, 's3cret-value')).toBe(false)
  })
})
