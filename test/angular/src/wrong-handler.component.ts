// A handler for another event: ngc must refuse it (test/node/angular.test.mjs).
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { MailAccountDeletedEvent } from 'mail-provider-elements';

@Component({
  selector: 'app-wrong-handler',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<provider-settings-form (mail-provider-saved)="deleted($event)"></provider-settings-form>`,
})
export class WrongHandlerComponent {
  deleted(event: MailAccountDeletedEvent) {
    console.log(event.detail.accountId);
  }
}
