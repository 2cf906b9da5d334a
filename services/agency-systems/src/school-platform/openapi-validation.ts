import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { CORE_SCHEMA, load } from 'js-yaml';

// ajv-formats is CommonJS: its default export is the function under NodeNext resolution's `.default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string };
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

/** What a request is checked on: its query as sent and its JSON body, if any. */
export interface CheckedRequest {
  query: URLSearchParams;
  body?: unknown;
  /** The query continues an earlier one by its pageToken: filters the spec requires were given then, not now. */
  continuing?: boolean;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/**
 * An OpenAPI 3.0 document's operations as validators: a request's query parameters and JSON body,
 * and an answer's JSON body by its status, each checked with Ajv against the schemas the document
 * gives (its formats, uuid and date among them, enforced). A validator is compiled when its
 * operation is first asked, so a simulator starts without compiling the whole standard.
 * Each check answers null, or what is wrong in one line for an error answer's message.
 */
export class OpenApiValidation {
  private readonly doc: Document;
  private readonly id: string;
  /** Query strings are text: they are coerced to the parameter's type ("20" to 20); a JSON body or answer never is. */
  private readonly queries = new Ajv({ strict: false, validateSchema: false, allErrors: true, coerceTypes: true });
  private readonly exact = new Ajv({ strict: false, validateSchema: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(file: URL | string, id: string) {
    // CORE_SCHEMA: the examples' dates stay text, as in JSON.
    this.doc = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as Document;
    this.id = id;
    for (const ajv of [this.queries, this.exact]) {
      addFormats(ajv);
      ajv.addSchema({ ...this.doc, $id: id });
    }
  }

  /** Whether the document defines the operation (`GET`, `/aggregatedAttendance`). */
  has(method: string, path: string): boolean {
    return this.operation(method, path) !== undefined;
  }

  checkRequest(method: string, path: string, request: CheckedRequest): string | null {
    const operation = this.require(method, path);
    const base = pointer('paths', path, method.toLowerCase());
    const parameters = (operation.parameters ?? []).map((p, i) => ({ ...p, at: `${base}/parameters/${i}/schema` })).filter((p) => p.in === 'query');
    const known = new Set(parameters.map((p) => p.name));
    const unknown = [...new Set(request.query.keys())].filter((name) => !known.has(name));
    if (unknown.length > 0) return `unknown query parameter ${unknown.join(', ')}`;

    const query: Record<string, unknown> = {};
    for (const p of parameters) {
      if (!request.query.has(p.name)) continue;
      query[p.name] = p.schema?.type === 'array' ? request.query.getAll(p.name) : request.query.get(p.name);
    }
    const required = request.continuing ? [] : parameters.filter((p) => p.required).map((p) => p.name);
    const queryCheck = this.validator(this.queries, `query ${base} ${required.join(',')}`, () => ({
      type: 'object',
      properties: Object.fromEntries(parameters.map((p) => [p.name, { $ref: `${this.id}#/${p.at}` }])),
      required,
    }));
    if (!queryCheck(query)) return this.text(queryCheck.errors, 'query');

    const json = operation.requestBody?.content?.['application/json'];
    if (!json) return request.body === undefined ? null : 'this operation takes no body';
    if (request.body === undefined) return operation.requestBody?.required ? 'a JSON body is required' : null;
    const bodyCheck = this.validator(this.exact, `body ${base}`, () => ({ $ref: `${this.id}#/${base}/requestBody/content/${pointer('application/json')}/schema` }));
    return bodyCheck(request.body) ? null : this.text(bodyCheck.errors, 'body');
  }

  checkResponse(method: string, path: string, status: number, body: unknown): string | null {
    const operation = this.require(method, path);
    const key = String(status) in operation.responses ? String(status) : 'default';
    if (!operation.responses[key]) return `status ${status} is not among the operation's answers`;
    // An answer may be described in place or by a $ref to components/responses.
    let at = pointer('paths', path, method.toLowerCase(), 'responses', key);
    const ref = operation.responses[key].$ref;
    if (ref) at = ref.slice(2);
    if (!this.at<{ content?: Record<string, unknown> }>(at)?.content?.['application/json']) return `status ${status} has no JSON body in the spec`;
    const schema = `${at}/content/${pointer('application/json')}/schema`;
    const check = this.validator(this.exact, `answer ${schema}`, () => ({ $ref: `${this.id}#/${schema}` }));
    return check(body) ? null : this.text(check.errors, 'answer');
  }

  /** The part of the document at a JSON pointer (without its leading `#/`). */
  private at<T>(at: string): T | undefined {
    let node: unknown = this.doc;
    for (const part of at.split('/')) node = (node as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    return node as T | undefined;
  }

  private operation(method: string, path: string): Operation | undefined {
    return this.doc.paths[path]?.[method.toLowerCase()];
  }

  private require(method: string, path: string): Operation {
    const operation = this.operation(method, path);
    if (!operation) throw new Error(`${method} ${path} is not in ${this.id}`);
    return operation;
  }

  private validator(ajv: Ajv, key: string, schema: () => object): ValidateFunction {
    let check = this.compiled.get(key);
    if (!check) {
      check = ajv.compile(schema());
      this.compiled.set(key, check);
    }
    return check;
  }

  /** Ajv's errors as one line; the first few are enough to find what is wrong. */
  private text(errors: ErrorObject[] | null | undefined, dataVar: string): string {
    return this.exact.errorsText(errors?.slice(0, 5), { dataVar });
  }
}
