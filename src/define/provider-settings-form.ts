/** Registers `<provider-settings-form>`. Import this module for its side effect. */
import { ProviderSettingsForm } from '../elements/provider-settings-form/provider-settings-form.js';

ProviderSettingsForm.define();

export { ProviderSettingsForm };
