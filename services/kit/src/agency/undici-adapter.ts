import axios, { type AxiosAdapter, AxiosError, AxiosHeaders, type AxiosResponse, CanceledError } from 'axios';
import { Agent, errors } from 'undici';

// Keep-alive connections per origin, shared by every client of the process.
const dispatcher = new Agent({ connections: 64, keepAliveTimeout: 10_000 });

/**
 * Axios's transport on undici's dispatcher: the same requests, configuration and errors as its
 * Node adapter (a timeout is ECONNABORTED, an abort a CanceledError, a status outside
 * `validateStatus` an AxiosError with the response), without follow-redirects, proxy lookup
 * and Node's HTTP client on every agency call. Redirects are not followed.
 */
export const undiciAdapter: AxiosAdapter = async (config) => {
  const url = new URL(axios.getUri(config));
  const timeout = config.timeout ? AbortSignal.timeout(config.timeout) : null;
  const signals = [config.signal as AbortSignal | undefined, timeout].filter((s): s is AbortSignal => !!s);
  let answer: Awaited<ReturnType<Agent['request']>>;
  let data: string;
  try {
    answer = await dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: (config.method ?? 'get').toUpperCase() as 'GET',
      headers: AxiosHeaders.from(config.headers).toJSON(true) as Record<string, string>,
      body: (config.data as string | undefined) ?? null,
      signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
    });
    data = await answer.body.text();
  } catch (error) {
    if (timeout?.aborted) throw new AxiosError(`timeout of ${config.timeout}ms exceeded`, AxiosError.ECONNABORTED, config);
    if (config.signal?.aborted || error instanceof errors.RequestAbortedError) throw new CanceledError(undefined, config);
    throw AxiosError.from(error as Error, (error as { code?: string }).code, config);
  }
  const response: AxiosResponse = {
    data,
    status: answer.statusCode,
    statusText: '',
    headers: AxiosHeaders.from(answer.headers as Record<string, string>),
    config,
    request: {},
  };
  if (config.validateStatus && !config.validateStatus(response.status)) {
    throw new AxiosError(`Request failed with status code ${response.status}`, response.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST, config, {}, response);
  }
  return response;
};
