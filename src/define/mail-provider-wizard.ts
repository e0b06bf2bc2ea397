/** Registers `<mail-provider-wizard>` (and the `<provider-settings-form>` it embeds). Import this module for its side effect. */
import { MailProviderWizard } from '../elements/mail-provider-wizard/mail-provider-wizard.js';

MailProviderWizard.define();

export { MailProviderWizard };
