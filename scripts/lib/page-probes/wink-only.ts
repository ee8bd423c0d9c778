/** Worker-start probe: wink-nlp's code alone, without a model (what stays if the model goes). */
import winkNLP from 'wink-nlp';

export const make = winkNLP;
