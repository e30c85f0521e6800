import { describe, expect, it } from 'vitest'

import { consentChangeRefusal } from '../../src/distribution/consent'

const confirmed = { email: 'a@x.org', status: 'confirmed', consent: { at: '2026-01-01T00:00:00.000Z', form: 'api', ipHash: 'h', confirmedAt: '2026-01-02T00:00:00.000Z' } }

describe('consentChangeRefusal', () => {
  it('refuses creating or making a subscriber confirmed by hand', () => {
    expect(consentChangeRefusal({ operation: 'create', before: null, language: 'en', after: { email: 'b@x.org', status: 'confirmed' } })).toMatch(/confirmation link/)
    expect(consentChangeRefusal({ operation: 'update', before: { ...confirmed, status: 'pending' }, language: 'en', after: { status: 'confirmed' } })).toMatch(/confirmation link/)
  })

  it('refuses writing the consent record or moving a confirmed subscriber to another address', () => {
    expect(consentChangeRefusal({ operation: 'create', before: null, language: 'en', after: { email: 'b@x.org', status: 'pending', consent: { form: 'forged' } } })).toMatch(/consent\.form/)
    expect(consentChangeRefusal({ operation: 'update', before: confirmed, language: 'en', after: { consent: { ...confirmed.consent, evidence: 'made up' } } })).toMatch(/consent\.evidence/)
    expect(consentChangeRefusal({ operation: 'update', before: confirmed, language: 'en', after: { email: 'other@x.org' } })).toMatch(/cannot be changed/)
    // A Chinese request reads the same refusal in Chinese only.
    expect(consentChangeRefusal({ operation: 'update', before: confirmed, after: { email: 'other@x.org' } })).toBe('已确认订阅者的邮箱不能修改，新地址需自行订阅并确认。')
  })

  it('lets through saves that keep what is there (the admin form sends every field) and other changes', () => {
    const resent = { ...confirmed, email: 'A@x.org', consent: { ...confirmed.consent, at: '2026-01-01T00:00:00Z', evidence: null } }
    expect(consentChangeRefusal({ operation: 'update', before: confirmed, after: resent })).toBeNull()
    expect(consentChangeRefusal({ operation: 'update', before: confirmed, after: { status: 'unsubscribed' } })).toBeNull()
    expect(consentChangeRefusal({ operation: 'create', before: null, after: { email: 'b@x.org', status: 'pending', consent: {} } })).toBeNull()
  })
})
