/**
 * The evaluation survey's questions (docs/evaluation.md): fixed and versioned, so that answers
 * given to one wording are never counted as answers to another. A new wording is a new version;
 * every answer keeps the version it was given to.
 */
export const surveyVersion = 1;

export type RespondentKind = 'GUARDIAN' | 'CHILD';
export const supportSteps = ['VERY_BAD', 'BAD', 'OK', 'GOOD', 'VERY_GOOD'] as const;
export type SupportStep = (typeof supportSteps)[number];
export const repeatedSteps = ['MANY_TIMES', 'SOMETIMES', 'NO'] as const;
export type RepeatedStep = (typeof repeatedSteps)[number];

/** The free text's limit: long enough to tell something, short enough to stay a survey answer. */
export const freeTextField = { sv: 'Vill du berätta mer?', en: 'freeText', max: 1000 } as const;

export interface SurveyQuestion {
  id: 'SUPPORT' | 'REPEATED' | 'KNOWS_WHOM' | 'FREE_TEXT';
  text: string;
  options: { value: string; text: string }[];
  required: boolean;
}

const yesNo = [
  { value: 'YES', text: 'Ja' },
  { value: 'NO', text: 'Nej' },
];

/** A guardian's questions, in plain Swedish. */
const guardianQuestions: SurveyQuestion[] = [
  {
    id: 'SUPPORT',
    text: 'Hur har stödet varit?',
    options: [
      { value: 'VERY_BAD', text: 'Mycket dåligt' },
      { value: 'BAD', text: 'Ganska dåligt' },
      { value: 'OK', text: 'Varken bra eller dåligt' },
      { value: 'GOOD', text: 'Ganska bra' },
      { value: 'VERY_GOOD', text: 'Mycket bra' },
    ],
    required: true,
  },
  {
    id: 'REPEATED',
    text: 'Har ni behövt upprepa er historia?',
    options: [
      { value: 'MANY_TIMES', text: 'Ja, många gånger' },
      { value: 'SOMETIMES', text: 'Ja, någon gång' },
      { value: 'NO', text: 'Nej' },
    ],
    required: true,
  },
  { id: 'KNOWS_WHOM', text: 'Vet ni vem ni ska vända er till?', options: yesNo, required: true },
  { id: 'FREE_TEXT', text: 'Vill du berätta mer?', options: [], required: false },
];

/** A child's questions: the same four, worded for a child of 12 or more. */
const childQuestions: SurveyQuestion[] = [
  {
    id: 'SUPPORT',
    text: 'Hur har hjälpen du och din familj fått varit?',
    options: [
      { value: 'VERY_BAD', text: 'Mycket dålig' },
      { value: 'BAD', text: 'Ganska dålig' },
      { value: 'OK', text: 'Varken bra eller dålig' },
      { value: 'GOOD', text: 'Ganska bra' },
      { value: 'VERY_GOOD', text: 'Mycket bra' },
    ],
    required: true,
  },
  {
    id: 'REPEATED',
    text: 'Har du behövt berätta samma sak för flera olika vuxna?',
    options: [
      { value: 'MANY_TIMES', text: 'Ja, många gånger' },
      { value: 'SOMETIMES', text: 'Ja, någon gång' },
      { value: 'NO', text: 'Nej' },
    ],
    required: true,
  },
  { id: 'KNOWS_WHOM', text: 'Vet du vem du kan prata med om du behöver hjälp?', options: yesNo, required: true },
  { id: 'FREE_TEXT', text: 'Vill du berätta mer?', options: [], required: false },
];

export const questionsFor = (kind: RespondentKind): SurveyQuestion[] => (kind === 'CHILD' ? childQuestions : guardianQuestions);
