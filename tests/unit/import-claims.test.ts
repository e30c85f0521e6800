import { describe, expect, it } from 'vitest'

import { ImportClaims } from '../../src/import/import-claims'

describe('what files of one import written at once claim', () => {
  it('blocks a later file that needs what an earlier file writes', () => {
    const claims = new ImportClaims()
    expect(claims.claim(1, [{ key: 'source:https://example.org/a', mode: 'write' }])).toEqual({ granted: true, wound: [] })
    expect(claims.claim(2, [{ key: 'source:https://example.org/a', mode: 'write' }])).toEqual({ granted: false, blockedBy: 1 })
    expect(claims.claim(3, [{ key: 'registry', mode: 'read' }])).toEqual({ granted: true, wound: [] })
    claims.claim(1, [{ key: 'registry', mode: 'write' }])
    expect(claims.claim(4, [{ key: 'registry', mode: 'read' }])).toEqual({ granted: false, blockedBy: 1 })
  })

  it('has a later file that holds what an earlier file writes give way, and leaves an earlier reader alone', () => {
    const claims = new ImportClaims()
    claims.claim(2, [{ key: 'registry', mode: 'read' }])
    claims.claim(3, [{ key: 'registry', mode: 'read' }])
    claims.claim(0, [{ key: 'registry', mode: 'read' }])
    // File 1 adds a think tank: the later files matched names against the registry without it.
    expect(claims.claim(1, [{ key: 'registry', mode: 'write' }])).toEqual({ granted: true, wound: [2, 3] })
    // File 2 writing after file 0 read: in file order file 0 came first and saw no such write.
    const other = new ImportClaims()
    other.claim(0, [{ key: 'registry', mode: 'read' }])
    expect(other.claim(2, [{ key: 'registry', mode: 'write' }])).toEqual({ granted: true, wound: [] })
  })

  it('grants all the claims of one request or none', () => {
    const claims = new ImportClaims()
    claims.claim(1, [{ key: 'b', mode: 'write' }])
    expect(claims.claim(2, [{ key: 'a', mode: 'write' }, { key: 'b', mode: 'write' }]).granted).toBe(false)
    expect(claims.claim(3, [{ key: 'a', mode: 'write' }])).toEqual({ granted: true, wound: [] })
  })

  it('forgets a file’s claims when it is done', () => {
    const claims = new ImportClaims()
    claims.claim(1, [{ key: 'a', mode: 'write' }])
    claims.number(1, '海外智库观察', null, 7)
    claims.release(1)
    expect(claims.claim(2, [{ key: 'a', mode: 'write' }])).toEqual({ granted: true, wound: [] })
    expect(claims.number(2, '海外智库观察', null, 8)).toEqual({ granted: true, number: 8, wound: [] })
  })
})

describe('issue numbers handed out to files written at once', () => {
  it('gives each file without a number the next after those of the earlier files in flight', () => {
    const claims = new ImportClaims()
    expect(claims.number(0, '海外智库观察', null, 58)).toEqual({ granted: true, number: 58, wound: [] })
    expect(claims.number(1, '海外智库观察', null, 58)).toEqual({ granted: true, number: 59, wound: [] })
    expect(claims.number(2, '海外智库观察', 70, 58)).toEqual({ granted: true, number: 70, wound: [] })
    expect(claims.number(3, '海外智库观察', null, 58)).toEqual({ granted: true, number: 71, wound: [] })
    // Another newsletter counts on its own.
    expect(claims.number(4, 'Imported issues', null, 1)).toEqual({ granted: true, number: 1, wound: [] })
  })

  it('blocks a later file stating a number an earlier file in flight takes', () => {
    const claims = new ImportClaims()
    claims.number(0, '海外智库观察', null, 58)
    expect(claims.number(1, '海外智库观察', 58, 58)).toEqual({ granted: false, blockedBy: 0 })
  })

  it('has later files give way when an earlier one takes a number that changes theirs', () => {
    const claims = new ImportClaims()
    claims.number(2, '海外智库观察', null, 58)
    claims.number(3, '海外智库观察', 90, 58)
    claims.number(4, '海外智库观察', null, 58)
    // File 1 states 91: file 4, numbered "next after the highest", would have been 92.
    expect(claims.number(1, '海外智库观察', 91, 58)).toEqual({ granted: true, number: 91, wound: [2, 4] })
    // File 0 takes 90 by sequence: file 3 states 90 too.
    const other = new ImportClaims()
    other.number(3, '海外智库观察', 90, 89)
    expect(other.number(0, '海外智库观察', null, 90)).toEqual({ granted: true, number: 90, wound: [3] })
  })
})
