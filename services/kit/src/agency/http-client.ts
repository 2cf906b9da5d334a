import http from 'node:http';
import axios, { type AxiosInstance } from 'axios';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** An axios client for an agency system or a sibling service: keep-alive, a timeout, JSON. */
export function createHttpClient(baseURL: string, timeoutMs: number): AxiosInstance {
  // Repeated parameters (student=a&student=b), as SS 12000 and FHIR expect, not student[]=a.
  return axios.create({ baseURL, timeout: timeoutMs, httpAgent: agent, headers: { accept: 'application/json' }, paramsSerializer: { indexes: null } });
}
