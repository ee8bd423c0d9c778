import type { Claim, Frame } from '../../pack/schema';
import type { SentenceView } from '../sentence-view';
import { agenda } from './agenda';
import { count } from './count';
import { date, place } from './place-and-date';
import { presence } from './presence';
import { relation } from './relation';
import type { FrameContext, Hit } from './types';

/** Reads one frame of a claim in a sentence: the engine's only switch over frame kinds. */
export function readFrame(s: SentenceView, frame: Frame, claim: Claim, ctx: FrameContext): Hit[] {
  switch (frame.type) {
    case 'presence':
      return presence(s, frame, claim, ctx);
    case 'count':
      return count(s, frame, claim, ctx);
    case 'date':
      return date(s, frame, claim, ctx);
    case 'place':
      return place(s, frame, claim, ctx);
    case 'agenda':
      return agenda(s, frame, claim, ctx);
    case 'relation':
      return relation(s, frame, claim, ctx);
  }
}
