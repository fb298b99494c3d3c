// The demo page's embed script: registers <tickets-ticket>, <tickets-list>, <tickets-status-settings> and the playgrounds
// of the configured ticket types, all in one bundle (one React on the page).
import { registerPlaygrounds } from '@tickets/widgets/embed';
import { playground as anonymization } from '@tickets/plugin-anonymization/widget';
import { playground as bugReport } from '@tickets/plugin-bug-report/widget';
import { playground as claimWcaId } from '@tickets/plugin-claim-wca-id/widget';
import { playground as editPerson } from '@tickets/plugin-edit-person/widget';

registerPlaygrounds(editPerson, anonymization, claimWcaId, bugReport);
