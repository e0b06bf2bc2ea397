/** Registers `<mail-account-list>` (and the wizard and provider form it opens). Import this module for its side effect. */
import { MailAccountList } from '../elements/mail-account-list/mail-account-list.js';

MailAccountList.define();

export { MailAccountList };
