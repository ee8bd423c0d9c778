import { arabic } from './ar';
import { english } from './en';
import type { Language } from './types';

/** Every language module Crosscheck reads; a pack uses those of its `languages`. */
export const LANGUAGES: readonly Language[] = [english, arabic];
