import theme from '../../components/theme.css?inline';
import card from '../../components/ClaimCard.css?inline';
import notes from './notes/notes-ui.css?inline';

/**
 * The CSS of the card and the notes UI, bundled as text into the full script and given to each
 * shadow root. WXT's own way (`cssInjectionMode: 'ui'`) fetches the content script's CSS file, which
 * would have to be web-accessible; the full script is not a manifest content script, so it carries
 * its styles instead. `:root` becomes `:host`, as WXT does, so the theme's variables apply inside.
 */
export const UI_CSS = [theme, card, notes].join('\n').replaceAll(':root', ':host');
