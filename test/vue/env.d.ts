// How a Vue project turns the element types on: one import in a .d.ts it includes.
import type {} from 'mail-provider-elements/vue';
