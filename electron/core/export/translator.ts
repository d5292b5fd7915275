import { createTranslator, type Language, type Translate } from '../../../shared/i18n';

/**
 * A translator for one export, its answers kept: at 1,000 actions the report and the sheets ask
 * for the same labels (a category, a kind of cost, a heading) thousands of times, and i18next
 * resolves each call from scratch. Made per export, so the kept answers go with it.
 */
export function exportTranslator(language: Language): Translate {
  const translate = createTranslator(language);
  const answers = new Map<string, string>();
  return (key, params) => {
    const id = params === undefined ? key : `${key}\u0000${JSON.stringify(params)}`;
    let answer = answers.get(id);
    if (answer === undefined) {
      answer = translate(key, params);
      answers.set(id, answer);
    }
    return answer;
  };
}
