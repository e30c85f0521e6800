/**
 * Generates varied issues in the shape of 海外智库观察 for tests and benchmarks: 1–6 sections, each
 * heading layout (two lines, `A / B` on one line, Chinese name only), known and unknown think tanks,
 * one to three body paragraphs, one to three intro paragraphs, every reference and credit style.
 * Deterministic for a given seed number.
 */
import { THINK_TANK_REGISTRY } from '../../src/registry/think-tank-registry'

export type GeneratedIssue = { text: string; filename: string; sections: { name: string; nameEn: string | null; headline: string }[]; date: string; number: number }

const UNKNOWN = [
  { name: '北海政策研究中心', nameEn: 'North Sea Policy Centre', domain: 'northsea-policy.example' },
  { name: '蓝山战略研究所', nameEn: 'Blue Mountain Strategy Institute', domain: 'bluemountain.example' },
  { name: '远景治理研究院', nameEn: 'Vista Governance Institute', domain: 'vista-gov.example' },
]
const TOPICS = ['人工智能治理', '半导体出口管制', '能源转型', '数字贸易规则', '供应链韧性', '气候融资', '网络安全标准', '太空治理']
const LAYOUTS = ['two-lines', 'one-line', 'acronym', 'chinese-only'] as const
const REFERENCE_STYLES = [(n: number, url: string) => `${n}.${url}`, (n: number, url: string) => `[${n}] ${url}`, (n: number, url: string) => `${n}、${url}`]
const COLONS = [':', '：']

function random(seed: number) {
  let state = seed * 2654435761 + 1
  return (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % max
  }
}

const paragraph = (topic: string, variant: number) =>
  `报告围绕${topic}展开系统分析，指出相关国家在制度设计、标准制定与国际协调方面存在明显差异（第${variant}段）。作者认为，未来政策走向取决于多边平台中的议题设置能力与盟友之间的协调程度，并建议决策者在开放与安全之间保持平衡。`

export function generateIssue(seed: number): GeneratedIssue {
  const pick = random(seed)
  const sectionCount = 1 + (seed % 6)
  const number = 1 + pick(300)
  const year = 2019 + pick(7)
  const month = 1 + pick(12)
  const day = 1 + pick(28)
  const lines: string[] = ['海外智库观察']
  const introParagraphs = 1 + pick(3)
  for (let i = 0; i < introParagraphs; i += 1) lines.push(`本期聚焦${TOPICS[(seed + i) % TOPICS.length]}议题，汇总海外智库近期发布的${sectionCount}篇研究成果（导语第${i + 1}段，编号${seed}）。各篇报告从不同角度讨论了政策选择与国际合作的前景。`)
  const sections: GeneratedIssue['sections'] = []
  const urls: string[] = []
  for (let s = 0; s < sectionCount; s += 1) {
    const unknown = pick(5) === 0
    const entry = THINK_TANK_REGISTRY[pick(THINK_TANK_REGISTRY.length)]!
    const tank = unknown ? UNKNOWN[pick(UNKNOWN.length)]! : { name: entry.name, nameEn: entry.nameEn, acronym: entry.acronym, domain: entry.domains[0]! }
    const layout = LAYOUTS[(seed + s) % LAYOUTS.length]!
    const english = 'acronym' in tank && tank.acronym && layout === 'acronym' ? tank.acronym : tank.nameEn
    // A Chinese name alone is only recognisable for a think tank the registry knows.
    const effective = layout === 'chinese-only' && unknown ? 'two-lines' : layout
    const topic = TOPICS[pick(TOPICS.length)]!
    const headline = `${topic}：${['新变局', '制度竞争', '合作前景', '风险评估'][pick(4)]}与“${['标准外交', '规则输出', '治理赤字'][pick(3)]}”`
    if (effective === 'one-line') lines.push(`${tank.name} / ${english}`)
    else if (effective === 'chinese-only') lines.push(tank.name)
    else lines.push(tank.name, english)
    lines.push(headline)
    const bodyParagraphs = 1 + pick(3)
    lines.push(`${year}年${month}月，${tank.name}发布题为《${topic}的未来》的研究报告。${paragraph(topic, 1)}`)
    for (let p = 1; p < bodyParagraphs; p += 1) lines.push(paragraph(topic, p + 1))
    sections.push({ name: tank.name, nameEn: effective === 'chinese-only' ? null : english, headline })
    urls.push(`https://www.${tank.domain}/research/${year}/${String(month).padStart(2, '0')}/report-${seed}-${s + 1}`)
  }
  const referenceStyle = REFERENCE_STYLES[seed % REFERENCE_STYLES.length]!
  urls.forEach((url, index) => lines.push(referenceStyle(index + 1, url)))
  const colon = COLONS[seed % 2]!
  lines.push(`审核${colon}赵杨博`, `排版${colon}李森(北京工商大学)`, `终审${colon}梁正、鲁俊群`)
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { text: `${lines.join('\n')}\n`, filename: `${date}-issue-${seed}.txt`, sections, date, number }
}
