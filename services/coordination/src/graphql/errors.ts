import { GraphQLError } from 'graphql';

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
export const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

/** The population register did not answer: what rests on custody is not shown, and says why. */
export const registerUnavailable = () =>
  new GraphQLError('Folkbokföringen svarar inte, så vårdnaden kunde inte kontrolleras / the population register did not answer', { extensions: { code: 'UNAVAILABLE' } });
