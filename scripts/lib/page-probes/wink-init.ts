/** Worker-start probe: wink-nlp, its English model and the matcher's pipeline set up (`winkNLP(model, ['sbd'])`). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model, ['sbd']);
