// @tickets/widgets: React components for Tickets, each usable alone with props (stories, tests,
// React hosts) and, where it helps, connected to the API through TanStack Query.
// The custom elements live in ./embed (the bundle); fixtures in ./fixtures.

// Data: the API's shapes, the client, queries and errors.
export type * from './api/types.js';
export { createTicketsClient, type TicketsClient, type TicketsClientOptions, type TokenSource } from './api/client.js';
export { createTicketsQueryClient, meQuery, statusMigrationsQuery, statusSettingsKeys, statusSettingsQuery, ticketKeys, ticketListQuery, ticketQuery, timelineQuery } from './api/queries.js';
export { CONFLICT_MESSAGE, type ConflictWords, conflictNotice, errorInfo, type ErrorInfo, isConflict, toActionFailure } from './api/errors.js';
export { TicketsProvider, type TicketsProviderProps, useTicketsClient } from './api/context.js';

// Components (props only).
export { StatusIcon, type StatusIconProps, STATUS_ICON_NAMES } from './components/StatusIcon.js';
export { StatusBadge, type StatusBadgeProps, statusLabel } from './components/StatusBadge.js';
export { StatusPicker, type StatusPickerProps, statusGroups } from './components/StatusPicker.js';
export { TicketHeader, type TicketHeaderProps } from './components/TicketHeader.js';
export { ActingAsPicker, type ActingAsPickerProps, actingAsLabel } from './components/ActingAsPicker.js';
export { StakeholderList, type StakeholderListProps } from './components/StakeholderList.js';
export { commentByline, Timeline, type TimelineProps } from './components/Timeline.js';
export { CommentComposer, type CommentComposerProps, MAX_COMMENT_LENGTH } from './components/CommentComposer.js';
export { SafeMarkdown, type SafeMarkdownProps } from './markdown/SafeMarkdown.js';
export { safeUrl } from './markdown/safe-url.js';
export { ImageHostsProvider, type ImageHostsProviderProps } from './markdown/ImageHostsContext.js';
export { imageAllowed, parseImageHosts, type ImageHosts } from './markdown/image-hosts.js';
export { MARKDOWN_LIMITS } from './markdown/limits.js';
export { PlaygroundSlot, type PlaygroundSlotProps, playgroundTicket } from './components/PlaygroundSlot.js';
export { ErrorBoundary, type ErrorBoundaryProps } from './components/ErrorBoundary.js';
export { TicketPage, type TicketPageHandlers, type TicketPageProps } from './components/TicketPage.js';
export { TicketList, type TicketListProps } from './components/TicketList.js';
export { TicketQueue, type TicketQueueProps, type QueueGroupState } from './components/TicketQueue.js';
export { TicketListFilters, type TicketListFiltersProps, type TypeOption } from './components/TicketListFilters.js';
export { ErrorMessage, type ErrorMessageProps, Loading } from './components/States.js';
export { Notice, type NoticeProps } from './components/Notice.js';
export { StatusSettings, type StatusSettingsChanges, type StatusSettingsProps } from './components/StatusSettings.js';
export { StatusForm, type StatusFormProps, type StatusFormValues } from './components/StatusForm.js';
export { RemoveStatusDialog, type RemoveStatusDialogProps } from './components/RemoveStatusDialog.js';
export { mappingWords, MigrationProgress, MigrationProgressError, type MigrationProgressErrorProps, type MigrationProgressProps, migrationSummary } from './components/MigrationProgress.js';
export { statusOrigin } from './components/StatusRow.js';
export { groupByCategory, mappingChoices, successorChoices } from './components/status-settings-model.js';

// Connected to the API (inside a TicketsProvider).
export { ConnectedTicketPage, type ConnectedTicketPageProps } from './connected/ConnectedTicketPage.js';
export { ConnectedTicketList, type ConnectedTicketListProps } from './connected/ConnectedTicketList.js';
export { ConnectedTicketQueue, type ConnectedTicketQueueProps } from './connected/ConnectedTicketQueue.js';
export { ConnectedStatusSettings, type ConnectedStatusSettingsProps } from './connected/ConnectedStatusSettings.js';
export { type TicketChange, useTicketChanges } from './connected/useTicketChanges.js';

// The playground contract, for convenience (defined in @tickets/plugin-kit/widget).
export type { ActionFailure, AnyPlaygroundDefinition, PlaygroundDefinition, PlaygroundProps, PlaygroundTicket } from '@tickets/plugin-kit/widget';
