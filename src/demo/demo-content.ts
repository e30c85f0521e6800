/**
 * The demo issue: the real issue of 海外智库观察 in tests/fixtures/seed-issue.txt, entered as
 * structured content. Paragraph text is verbatim (lower-cased acronyms included: the editorial
 * checks are meant to find them). Section 2 is headed "卡内基国际和平基金会 / brookings institution"
 * in the original, but it summarises a Carnegie report (its reference is carnegieendowment.org), so
 * it is filed under Carnegie here.
 */
import type { Role } from '../access/roles'
import type { SignoffStage } from '../workflow/stages'

export const DEMO_PASSWORD = 'demo-password'

export type DemoAccount = { email: string; name: string; affiliation?: string; roles: Role[] }

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@example.com', name: '演示管理员', roles: ['admin'] },
  { email: 'editor@example.com', name: '演示编辑', roles: ['editor'] },
  { email: 'reviewer@example.com', name: '演示审核', roles: ['reviewer'] },
  { email: 'layout@example.com', name: '演示排版', roles: ['layout'] },
  { email: 'final1@example.com', name: '演示终审一', roles: ['final-approver'] },
  { email: 'final2@example.com', name: '演示终审二', roles: ['final-approver'] },
]

export const DEMO_NEWSLETTER = {
  slug: 'haiwai-zhiku-guancha',
  title: "海外智库观察",
  description: '追踪海外智库对人工智能、科技与国际治理的最新研究。',
  defaultFinalApproverEmails: ['final1@example.com', 'final2@example.com'],
}

export type DemoThinkTank = {
  slug: string
  name: string
  nameEn: string
  acronym?: string
  country: string
  domains: string[]
}

export const DEMO_THINK_TANKS: readonly DemoThinkTank[] = [
  {
    slug: 'csis',
    name: '美国战略与国际研究中心',
    nameEn: 'Center for Strategic and International Studies',
    acronym: 'CSIS',
    country: 'US',
    domains: ['csis.org'],
  },
  {
    slug: 'carnegie-endowment',
    name: '卡内基国际和平基金会',
    nameEn: 'Carnegie Endowment for International Peace',
    country: 'US',
    domains: ['carnegieendowment.org'],
  },
  {
    slug: 'brookings',
    name: '布鲁金斯学会',
    nameEn: 'Brookings Institution',
    country: 'US',
    domains: ['brookings.edu'],
  },
]

export type DemoSource = {
  slug: string
  thinkTankSlug: string
  title: string
  titleZh: string
  url: string
  authors: string[]
  publishedAt: string
  kind: 'report' | 'analysis'
}

export const DEMO_SOURCES: readonly DemoSource[] = [
  {
    slug: 'csis-legal-authorities-export-controls-ai-semiconductors',
    thinkTankSlug: 'csis',
    title: "Understanding U.S. Allies' Legal Authorities on Export Controls for AI and Semiconductors",
    titleZh: '理解美国及其盟友在ai与半导体出口控制上的法律权限',
    url: "https://www.csis.org/analysis/understanding-us-allies-legal-authorities-export-controls-ai-and-semiconductors",
    authors: ['Emily Benson'],
    publishedAt: '2025-03',
    kind: 'analysis',
  },
  {
    slug: 'carnegie-china-regulating-generative-ai',
    thinkTankSlug: 'carnegie-endowment',
    title: "China's Approach to Regulating Generative AI",
    titleZh: '中国生成式ai监管路径:国家法制与平台治理',
    url: "https://carnegieendowment.org/research/2025/02/chinas-approach-to-regulating-generative-ai",
    authors: ['Oliver Guest', 'Kevin Wei'],
    publishedAt: '2025-02',
    kind: 'report',
  },
]

export type DemoArticle = {
  slug: string
  thinkTankSlug: string
  headline: string
  body: string[]
  sourceSlugs: string[]
  topics: string[]
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    slug: 'us-ai-standards-legal-basis',
    thinkTankSlug: 'csis',
    headline: "美国推动ai标准的法律基础与国际结构战略",
    body: [
    "2025年3月,美国战略与国际研究中心(csis)的研究员emily benson发表了题为《理解美国及其盟友在ai与半导体出口控制上的法律权限》的专题分析文章。这篇报告并不局限于出口控制本身,而是系统性地揭示了美国在ai国际治理中如何通过法律结构、标准输出与盟友协调,建立其治理主导地位。文章中一个核心观点是:“出口管制只是手段,标准主导才是目标。”文章首先回顾了美国国内的ai治理法律基础。benson指出,美国国家标准与技术研究院(nist)在2023年发布的《ai风险管理框架(ai rmf)》为美国各大科技公司、军工承包商与研究机构提供了统一的标准语言,并成为参与国际组织标准谈判时的重要依据。举例来说,该框架中的“模型信任度评估指标”(trust metrics)已被嵌入iso/iec jtc1/sc42工作组所起草的ai系统安全标准草案中,显示出美国国内标准向国际标准的转换路径。",
    "其次,文章分析了美国如何利用其联盟体系在国际标准组织中集体行动。csis研究指出,美方不仅在itu和iso中积极部署代表,还通过与欧盟、加拿大、日本和澳大利亚达成“ai标准协调备忘录”(memoranda of understanding on ai standards),形成所谓“可信标准圈”(trusted standards circle)。例如,在iso/iec dis 42001(人工智能管理系统标准)制定过程中,美日两国代表成功推动引入对“算法透明性”与“模型测试记录”的附加条款,而这些条款正是nist标准中已有的组成部分。文章强调,这种做法大幅提升了美国制度在国际治理平台上的“兼容度与渗透率”。更具战略意图的是,benson指出,美国通过标准制定拉拢盟国共同构建治理生态,意图将中国逐出关键技术评估议题。例如在itu-t fg-ai4a小组会议中,关于“ai伦理审查机制”的草案内容,美方代表联合欧盟对中方提出的“国家主导责任模型”提出反对,认为其缺乏足够的灵活性与透明性。最终,在反复修订后,中国方案未被采纳,反映出美国在国际组织中不仅仅参与讨论,更主动设定议题与规则。",
    "文章最后呼吁,美方需保持技术开放与制度适应能力的平衡,继续推动可解释性、安全性和数据治理的国际标准形成,同时在保持高水平监管一致性的前提下,为ai产业创新保留足够空间。",
  ],
    sourceSlugs: ['csis-legal-authorities-export-controls-ai-semiconductors'],
    topics: ['人工智能治理', '技术标准', '出口管制'],
  },
  {
    slug: 'china-genai-governance-standards-export',
    thinkTankSlug: 'carnegie-endowment',
    headline: "生成式人工智能治理路径与中国标准输出机制",
    body: [
    "2025年2月,卡内基国际和平基金会发布题为《中国生成式ai监管路径:国家法制与平台治理》的研究报告,由oliver guest与kevin wei联合撰写。该文聚焦中国政府如何建立一套系统性的生成式人工智能(genai)监管制度,并尝试将其制度框架推广至国际平台,构建具有中国特色的ai治理标准输出路径。",
    "文章首先概述了中国生成式ai治理的三大核心支柱:一是算法备案制度,即所有在国内运营的大模型必须在网信办进行算法安全评估与技术说明报备;二是平台责任机制,要求企业对生成内容进行前置审核与用户标注,并设置“禁止用户输入敏感词”机制;三是伦理审查制度,强调模型训练数据不得含有违法、歧视或破坏社会主义核心价值观的内容。与西方主张自下而上的行业指引路径不同,文章指出中国选择的是“自上而下”的立法-监管-平台三级治理架构。例如,《生成式人工智能服务管理暂行办法》由国家互联网信息办公室联合多个部委于2023年发布,迅速成为行业准则。这种快速制定与严格实施的模式,使中国政府能在ai治理初期就形成稳定、可控的制度框架。",
    "文章进一步分析了中国将此套制度向国际输出的策略与机制。一方面,中国通过与“一带一路”合作国家签署数字治理备忘录,将ai治理作为“数字丝绸之路”的一部分推广。例如与中东、中亚和非洲国家的合作中,中国企业为当地政府提供包括大模型训练、内容审核、数据主权服务在内的整体方案,将国内治理理念包装为“可复制的数字基础设施服务包”;另一方面,中国积极参与iso/iec与itu的ai治理议题,尝试以“安全优先、可控可解释”为原则争取话语权。报告特别指出,中国在itu-t fg-ai4h中主导的“生成式ai内容可信度评估指标”(g-ai-tri)草案中,强调生成内容的标签机制、涉政过滤系统与平台实时干预能力,这一方案虽未最终通过,但得到了包括埃及、阿联酋与巴基斯坦等多国代表支持。guest与wei认为,这表明中国标准正逐步形成“南南共识区”,并对西方以企业主导为核心的标准模式构成潜在挑战。",
    "值得注意的是,文章也指出了中国标准输出所面临的障碍。一方面,由于缺乏透明公开的第三方审核机制,中国制度常被质疑“难以复制”;另一方面,过于严格的内容管控在某些文化语境中易被理解为言论干预,降低其全球接受度。但作者亦强调,随着生成式ai带来的风险日益扩大,对高风险模型施加更多审查机制已成为全球共识,这也为中国路径的国际化提供了机会窗口。",
    "综上所述,文章认为中国通过法律规范、平台协同与国际组织渗透形成了系统化的治理逻辑,虽尚未成为主流国际标准,但已构成另一极结构性影响力。未来是否能与美国主导的“技术透明-行业主导”路径实现机制协同,仍取决于多边平台中的协调机制与共同议题构建能力。",
  ],
    sourceSlugs: ['carnegie-china-regulating-generative-ai'],
    topics: ['人工智能治理', '生成式人工智能', '技术标准'],
  },
]

export type DemoCredit = { stage: SignoffStage; name: string; affiliation?: string }

export const DEMO_ISSUE = {
  slug: 'ai-governance-standards-competition',
  number: 1,
  title: '中美人工智能治理标准的制度竞争',
  intro: [
    "随着人工智能技术在全球范围的迅猛发展,围绕其治理的国际竞争也愈发激烈。ai治理不再仅仅是技术管理问题,更成为国家软实力输出、规则制定权争夺以及地缘政治博弈的重要组成部分。在这一过程中,中美两国以不同的治理路径和制度逻辑,试图在联合国、国际标准化组织(iso/iec)、国际电信联盟(itu)等多边平台中主导ai规则的形成方向,推动各自偏好的标准体系获得国际承认和采纳。",
    "美国长期以来强调行业自律、跨国企业主导与多利益相关者协商的治理模式,其ai治理结构更注重可解释性、透明性与技术创新自由;而中国则倾向于国家主导、平台责任与风险可控的制度设计,强调对算法、数据和模型的全生命周期监管。这种标准理念上的差异,也在国际组织内部不断显现。例如,在itu人工智能焦点小组(fg-ai4h)中,中方提出“机器学习模型分级监管框架”,而美方代表则更推崇以风险导向为基础的柔性技术标准。",
    "更值得关注的是,2025年以来,随着生成式人工智能(genai)的技术能力突破与商业化推进,治理问题已从传统ai的技术安全与算法公平,延伸至对信息控制、平台责任乃至社会稳定的更深层考量。中美在生成式ai领域分别推动了不同的法规体系:美国在国家标准与技术研究院(nist)基础上制定评估框架,并在iso层面进行标准转化;而中国则通过《生成式人工智能服务管理暂行办法》等法规确立了模型备案、内容审核与用户分级制度。这些国内制度已被各自纳入其“标准外交”路径,开始走向国际输出阶段。",
    "本文以csis与卡内基国际和平基金会2025年的两篇最新研究为基础,探讨中美在ai治理标准制定过程中的关键差异与制度竞争重点,分析国际组织中的政策工具运用与软性影响力策略,并尝试评估未来是否可能出现某种“结构性协同机制”,从而避免ai标准的全球分裂。",
  ],
  articleSlugs: ['us-ai-standards-legal-basis', 'china-genai-governance-standards-export'],
  publishedAt: '2025-04-01T00:00:00.000Z',
  credits: [
    { stage: 'review', name: '赵杨博' },
    { stage: 'layout', name: '李森', affiliation: '北京工商大学' },
    { stage: 'final', name: '梁正' },
    { stage: 'final', name: '鲁俊群' },
  ] satisfies DemoCredit[],
}
