import { defineTicketType, invalidWords } from '@tickets/plugin-kit';
import { anonymizationActions } from './actions.js';
import { AnonymizationRequest } from './anonymization-request.js';
import { AnonymizationStored } from './anonymization-stored.js';
import { SCOPE_LABELS } from './constants.js';
import { INVALID } from './invalid.js';
import { ANONYMIZATION_LIFECYCLE, ANONYMIZATION_TRANSITIONS, TEAM } from './lifecycle.js';

export const anonymizationType = defineTicketType({
  type: 'anonymization',
  title: 'Anonymize an account',
  description: 'A person asks to be forgotten: their account only, or their account and competitor profile.',
  metadata: AnonymizationRequest,
  storedMetadata: AnonymizationStored,
  lifecycle: ANONYMIZATION_LIFECYCLE,
  transitions: ANONYMIZATION_TRANSITIONS,
  // The results team is assigned to every request; the requester is added by the core.
  startingStakeholders: () => [{ principal: { group: TEAM }, connection: 'assigned', role: 'actioner' }],
  actions: anonymizationActions,
  // The English of what its actions' checks (actions.ts) say only WRT may do, of what the log says
  // they did (server/effects), of the rules its server checks (server/filing.ts, server/preview.ts,
  // server/effects/anonymize.ts) and of what its schemas say of a field (invalid.ts); the server
  // half's `words` hold the other languages, every key. Ids are given as text ("user #12345").
  words: {
    ...invalidWords(INVALID),
    // Filing: `account` is 'own' when the requester asks for their own account.
    'refusal.notYourAccount':
      'You can only ask to anonymize your own account; only members of WRT and site admins can file a request for somebody else. Leave out userId.',
    'refusal.unknownUser': 'There is no user #{userId} in the directory.',
    'refusal.noProfile':
      "{account, select, own {Your account is} other {The account of user #{userId} is}} not linked to a competitor profile; choose 'account' to anonymize the account only.",
    'refusal.nothingToDo': 'User #{userId} is already anonymized in this scope; there is nothing left to anonymize.',
    // refreshPreview and anonymize: the user is gone.
    'refusal.userMissing': 'User #{userId} is no longer in the directory; there is nothing to anonymize, so reject this request.',
    // anonymize: `now` and `was` are a person's id, or 'none'.
    'refusal.profileLinkChanged':
      "The account of user #{userId} is now linked to {now, select, none {no competitor profile} other {person #{now}}}, but the preview was taken when it was linked to {was, select, none {no competitor profile} other {person #{was}}}; run 'Refresh the preview', check it, then anonymize.",
    'doing.anonymize': 'anonymize an account',
    'change.preview': 'preview',
    'doing.refreshPreview': 'refresh the preview of an anonymization',
    'doing.reject': 'reject an anonymization request',
    'scope.account': SCOPE_LABELS.account,
    'scope.account_and_profile': SCOPE_LABELS.account_and_profile,
    // anonymize (anonymization-summary.ts): what it replaced and what was already anonymized.
    'summary.anonymizedAccount':
      'Anonymized the account of user #{userId}.{profile, select, unlinked { User #{userId} is not linked to a competitor profile, so no profile was anonymized.} other {}}',
    'summary.accountAlreadyAnonymized':
      'Nothing changed: the account of user #{userId} was already anonymized.{profile, select, unlinked { User #{userId} is not linked to a competitor profile, so no profile was anonymized.} other {}}',
    'summary.anonymizedAccountAndProfile':
      'Anonymized the account of user #{userId} and the competitor profile of person #{personId}{history, plural, =0 {} one { (deleting its {history} history entry)} other { (deleting its {history} history entries)}}.',
    'summary.anonymizedAccountProfileAlready': 'Anonymized the account of user #{userId}. The competitor profile of person #{personId} was already anonymized.',
    'summary.anonymizedProfileAccountAlready':
      'Anonymized the competitor profile of person #{personId}{history, plural, =0 {} one { (deleting its {history} history entry)} other { (deleting its {history} history entries)}}. The account of user #{userId} was already anonymized.',
    'summary.accountAndProfileAlreadyAnonymized': 'Nothing changed: the account of user #{userId} and the competitor profile of person #{personId} were already anonymized.',
    // refreshPreview: whether the preview changed; `fields` is describePreviewFields's list of records and fields.
    'summary.previewUnchanged':
      'Read the directory again; the preview is unchanged.{profile, select, unlinked { User #{userId} is no longer linked to a competitor profile, so anonymizing will replace the account only.} other {}}',
    'summary.previewChanged':
      'Read the directory again; the preview changed, and now lists: {fields}.{profile, select, unlinked { User #{userId} is no longer linked to a competitor profile, so anonymizing will replace the account only.} other {}}',
    'summary.previewEmptied':
      'Read the directory again; the preview changed, and now lists: nothing left to anonymize.{profile, select, unlinked { User #{userId} is no longer linked to a competitor profile, so anonymizing will replace the account only.} other {}}',
    'summary.rejected': 'Rejected the request to anonymize user #{userId} ({scope}).',
  },
});
