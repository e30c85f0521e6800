import { CurrentPasswordField as CurrentPasswordField_949ab8096a895dd10edb027e26f75f9c } from '../../../collections/Users/components/current-password-field'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ArticleIssues as ArticleIssues_a49d00790e9761184d7db54127506403 } from '../../../collections/Articles/components/article-issues'
import { PublishViaWorkflow as PublishViaWorkflow_861a945dc43279b77ad84d3c79936b63 } from '../../../collections/shared/components/publish-via-workflow'
import { ArticleStatus as ArticleStatus_18161ecf1c7ae1782e3451812337e070 } from '../../../collections/Articles/components/article-status'
import { WorkflowPanel as WorkflowPanel_86fecec26ab4a2c50aac0bffa4c01ce9 } from '../../../collections/Issues/components/workflow-panel'
import { DistributionPanel as DistributionPanel_e0fe31f8a1661e4b46c6ae63b21832e1 } from '../../../collections/Issues/components/distribution-panel'
import { SignoffRowLabel as SignoffRowLabel_43804ef84fc75e180cb24c4a373acea4 } from '../../../collections/Issues/components/signoff-row-label'
import { ImportLink as ImportLink_2119f47e4166c48bc528ee1ebac593a8 } from '../../../collections/Issues/components/import-link'
import { StageStatus as StageStatus_c0d38e270ca9d0d5e08870faa6ea761e } from '../../../collections/Issues/components/stage-status'
import { SubscriberCsvButtons as SubscriberCsvButtons_2c83daf6dc3f320dc26e99c6e9577d48 } from '../../../collections/Subscribers/components/subscriber-csv-buttons'
import { BoardLink as BoardLink_7696e0ee29c87e07a3088b439391135a } from '../../../collections/Issues/components/board-link'
import { MyQueue as MyQueue_38f8bad2950ba48ee37703a7e53709b6 } from '../../../collections/Issues/components/my-queue'
import { WatchSummary as WatchSummary_46ed1e00b46812882816af0387142e60 } from '../../../collections/Leads/components/watch-summary'
import { WatchNav as WatchNav_db556c6e058d55867f824b45a4294b82 } from '../../../collections/Leads/components/watch-nav'
import { ImportView as ImportView_a738f6237932aa904184ab8d84e4747b } from '../../../collections/Issues/components/import-view'
import { BoardView as BoardView_d8e170f96415398ab01c7deb436415d2 } from '../../../collections/Issues/components/board-view'
import { InboxView as InboxView_4e253eba2a13045ee5c28685de21347f } from '../../../collections/Leads/components/inbox-view'
import { FeedHealthView as FeedHealthView_652fe7384f2bac372474dff6b7b5fd8c } from '../../../collections/Feeds/components/feed-health-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/Users/components/current-password-field#CurrentPasswordField": CurrentPasswordField_949ab8096a895dd10edb027e26f75f9c,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/Articles/components/article-issues#ArticleIssues": ArticleIssues_a49d00790e9761184d7db54127506403,
  "/collections/shared/components/publish-via-workflow#PublishViaWorkflow": PublishViaWorkflow_861a945dc43279b77ad84d3c79936b63,
  "/collections/Articles/components/article-status#ArticleStatus": ArticleStatus_18161ecf1c7ae1782e3451812337e070,
  "/collections/Issues/components/workflow-panel#WorkflowPanel": WorkflowPanel_86fecec26ab4a2c50aac0bffa4c01ce9,
  "/collections/Issues/components/distribution-panel#DistributionPanel": DistributionPanel_e0fe31f8a1661e4b46c6ae63b21832e1,
  "/collections/Issues/components/signoff-row-label#SignoffRowLabel": SignoffRowLabel_43804ef84fc75e180cb24c4a373acea4,
  "/collections/Issues/components/import-link#ImportLink": ImportLink_2119f47e4166c48bc528ee1ebac593a8,
  "/collections/Issues/components/stage-status#StageStatus": StageStatus_c0d38e270ca9d0d5e08870faa6ea761e,
  "/collections/Subscribers/components/subscriber-csv-buttons#SubscriberCsvButtons": SubscriberCsvButtons_2c83daf6dc3f320dc26e99c6e9577d48,
  "/collections/Issues/components/board-link#BoardLink": BoardLink_7696e0ee29c87e07a3088b439391135a,
  "/collections/Issues/components/my-queue#MyQueue": MyQueue_38f8bad2950ba48ee37703a7e53709b6,
  "/collections/Leads/components/watch-summary#WatchSummary": WatchSummary_46ed1e00b46812882816af0387142e60,
  "/collections/Leads/components/watch-nav#WatchNav": WatchNav_db556c6e058d55867f824b45a4294b82,
  "/collections/Issues/components/import-view#ImportView": ImportView_a738f6237932aa904184ab8d84e4747b,
  "/collections/Issues/components/board-view#BoardView": BoardView_d8e170f96415398ab01c7deb436415d2,
  "/collections/Leads/components/inbox-view#InboxView": InboxView_4e253eba2a13045ee5c28685de21347f,
  "/collections/Feeds/components/feed-health-view#FeedHealthView": FeedHealthView_652fe7384f2bac372474dff6b7b5fd8c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
