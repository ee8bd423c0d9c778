/** Worker-start probe: the English model's module evaluated (its 3 MB of JSON), not yet read by wink. */
import model from 'wink-eng-lite-web-model';

export { model };
