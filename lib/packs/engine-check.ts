import type { Language } from '../lang/types';
import { compilePack } from '../match/compile-pack';
import type { Pack } from '../pack/schema';

/**
 * What the store's `verify` runs on a valid pack before it is kept: the matcher must read one of its
 * languages, and compile it. A pack the engine cannot use is refused at import, not found out on a page.
 */
export function checkWithEngine(languages: readonly Language[]): (pack: Pack) => void {
  return (pack) => {
    if (!languages.some((l) => pack.languages.includes(l.id))) {
      throw new Error(`it reads ${languages.map((l) => l.id).join(', ')}, and this pack's languages are ${pack.languages.join(', ')}`);
    }
    compilePack(pack, languages);
  };
}
