import { agenda } from './agenda';
import { attendance } from './attendance';
import { context } from './context';
import { delegations } from './delegations';
import { i24Extras } from './i24-extras';
import { meetingCount } from './meeting-count';
import { date, place } from './place-and-date';
import type { Rule } from './types';

/** Every claim family, in the order their passages are listed for a sentence. */
export const RULES: readonly Rule[] = [place, date, attendance, meetingCount, agenda, delegations, i24Extras, context];
