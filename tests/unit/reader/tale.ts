import type { ClaimView, StoryView } from '../../../lib/pack/view';

/** A made-up story with two accounts, for tests of what the reader sees (no real pack's words). */
export const TALE: StoryView = {
  pack: 'tale',
  title: 'Envoys meet at the lake',
  date: '2030-01-02',
  summary: 'Two envoys met at a lake; the accounts differ on how often.',
  accounts: [
    { id: 'north', name: 'North Wire', about: 'A wire service.' },
    { id: 'south', name: 'South TV', about: 'A channel, known through a relay.' },
  ],
  sources: {
    'north-site': { id: 'north-site', outlet: 'North Wire', title: 'Envoys meet', url: 'https://north.example/envoys', published: '2030-01-02', carries: [{ account: 'north', via: 'first-hand' }] },
    relay: { id: 'relay', outlet: 'Relay Daily', title: 'TV says twice', url: 'https://relay.example/a_(b)', published: '2030-01-03', carries: [{ account: 'south', via: 'relay' }] },
  },
};

const claim = (id: string, question: string, versions: ClaimView['versions']): ClaimView => ({
  id,
  pack: 'tale',
  question,
  summary: '',
  positions: [],
  compatible: [],
  versions,
  otherVoices: [],
});

export const CLAIMS: Record<string, ClaimView> = {
  'tale/venue': claim('venue', 'Where did the envoys meet?', [
    { account: 'north', position: 'lake', says: 'North: at the lake.', quote: 'met at the lake', source: 'north-site', time: '2030-01-02' },
  ]),
  'tale/count': claim('count', 'How many times did they meet?', [
    { account: 'north', position: 'once', says: 'North: once.', quote: 'a single meeting', source: 'north-site', time: '2030-01-02' },
    { account: 'south', position: 'once', says: 'South first said once.', quote: 'one meeting', source: 'relay', time: '2030-01-02, first report' },
    { account: 'south', position: 'twice', says: 'South later said twice.', quote: 'they met *twice*', source: 'relay', time: '2030-01-03, later' },
  ]),
  'tale/date': claim('date', 'On what day did they meet?', [
    { account: 'south', position: 'monday', says: 'South: on Monday.', quote: 'on Monday', source: 'relay', time: '2030-01-03' },
  ]),
};
export const STORIES: Record<string, StoryView> = { tale: TALE };
