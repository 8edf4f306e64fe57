/** A person's sex as the i18next context of the words that agree with it; none when it is not known. */
export type SexContext = 'male' | 'female';

export function sexContext(sex: string | undefined): SexContext | undefined {
  return sex === 'male' || sex === 'female' ? sex : undefined;
}
