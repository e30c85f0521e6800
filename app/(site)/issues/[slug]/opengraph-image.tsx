import { ImageResponse } from 'next/og'

import { site } from '../../_data/cached'
import { READER } from '../../_data/viewer'

export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const alt = 'Zhiku think-tank watch issue'

/*
 * The share card of an issue. The Chinese title travels as og:title text; the image itself uses only
 * Latin text (issue number, think tanks, date), because drawing Chinese would need a CJK font of
 * about 10 MB bundled with the app.
 */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const detail = await site.getIssue(READER, (await params).slug)
  const thinkTanks = [...new Set((detail?.content.sections ?? []).map(({ thinkTank }) => thinkTank?.acronym || thinkTank?.nameEn).filter(Boolean))]
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#fbf7f2', color: '#1d1d1f', borderTop: '24px solid #8b1a1a' }}>
        <div style={{ display: 'flex', fontSize: 40, color: '#8b1a1a', letterSpacing: 4 }}>ZHIKU · THINK-TANK WATCH</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 120, fontWeight: 700 }}>{detail ? `No. ${detail.content.issue.number}` : 'Zhiku'}</div>
          <div style={{ display: 'flex', fontSize: 44, marginTop: 16 }}>{thinkTanks.join(' · ')}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 32, color: '#5f6368' }}>{detail?.summary.publishedOn.slice(0, 10) ?? ''}</div>
      </div>
    ),
    size,
  )
}
