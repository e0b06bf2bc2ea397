/**
 * Vue template types (`mail-provider-elements/vue`): declares the three elements
 * as global components, so `vue-tsc` checks their props, the props' types, the
 * events' names and the handlers' types. Types only; at runtime Vue must still
 * treat the tags as custom elements (`isCustomElement`, see docs/guide.md).
 *
 * ```ts
 * // env.d.ts (or "types": ["mail-provider-elements/vue"] in tsconfig.json)
 * import 'mail-provider-elements/vue';
 * ```
 *
 * Unknown props and events are errors only with `vueCompilerOptions.strictTemplates`
 * (or `checkUnknownProps` and `checkUnknownEvents`) in tsconfig.json.
 */
import type { DefineComponent } from 'vue';
import type { MailElementEvents, MailElementProps } from './jsx.js';

/** `mail-provider-saved` → `MailProviderSaved`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** Vue's name for a listener prop: `@mail-provider-saved` is the prop `onMailProviderSaved`. */
export type VueEventProps<Events> = {
  [K in keyof Events & string as `on${Pascal<K>}`]?: (event: Events[K]) => void;
};

/** The element's properties (camelCase; Vue maps `provider-id="…"` and `:provider-id` to them). */
type VueProps<Tag extends keyof MailElementProps> = {
  [K in keyof MailElementProps[Tag] as K extends `${string}-${string}` ? never : K]: MailElementProps[Tag][K];
};

/** The three elements as Vue components, for `GlobalComponents`. */
export type MailElementsVue = {
  [Tag in keyof MailElementProps]: DefineComponent<VueProps<Tag> & VueEventProps<MailElementEvents[Tag]>>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface merges into Vue's; a type alias cannot
  interface GlobalComponents extends MailElementsVue {}
}
