import axios, { type AxiosInstance } from 'axios';
import { undiciAdapter } from './undici-adapter.js';

/** An axios client for an existing system (an agency's, the population register): keep-alive (undici), a timeout, JSON. */
export function createHttpClient(baseURL: string, timeoutMs: number): AxiosInstance {
  // Repeated parameters (student=a&student=b), as SS 12000 and FHIR expect, not student[]=a.
  return axios.create({ baseURL, timeout: timeoutMs, adapter: undiciAdapter, headers: { accept: 'application/json' }, paramsSerializer: { indexes: null } });
}
