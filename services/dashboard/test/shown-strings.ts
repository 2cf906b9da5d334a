import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A text the dashboard can show, where it is written. */
export interface Shown {
  file: string;
  line: number;
  text: string;
}

/** JSX attributes whose value a person reads or hears; every other attribute is code (className, id, href, role …). */
const shownAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'summary', 'submitLabel', 'text', 'what', 'problem', 'hint', 'lead', 'done']);

/** Object keys whose value is code, never shown: a header, a scope, a MIME type. */
const codeKeys = new Set([
  'authorization',
  'accept',
  'scope',
  'response_type',
  'type',
  'timeZone',
  'hashAlgorithm',
  'uri',
  'include',
  // Operation names read again after a change.
  'refetchQueries',
  // A FHIR coding's display is the code system's own term, part of the code (the exported file, not a page).
  'display',
]);

/** Calls whose string arguments are code or logs, never shown. */
const codeCalls =
  /^(console\.\w+|graphql|require|querySelector(All)?|getElementById|addEventListener|removeEventListener|createElement|setAttribute|getAttribute|fetch|URL|Error|TypeError|RegExp|Intl\.\w+|toLocale\w*String|localeCompare|match|replace|test|split|startsWith|endsWith|includes|padStart|join|slice)$/;

/** Whether a literal's text reads as words for a person: a phrase, a Swedish word, or one capitalised word. */
const readsAsWords = (text: string) => /\p{L}\s+\p{L}/u.test(text) || /[åäöÅÄÖ]/.test(text) || /^\s*[A-ZÅÄÖ][a-zåäö]+[.:!?]?\s*$/.test(text);

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e))
    return ts.isIdentifier(e.expression) && ['console', 'Intl', 'document'].includes(e.expression.text) && e.name.text !== 'getElementById' ? `${e.expression.text}.${e.name.text}` : e.name.text;
  return '';
}

/** Whether the literal stands where code stands: an import, a key, a type, a comparison, a code call's argument, a code attribute. */
function isCode(node: ts.Node): boolean {
  for (let n: ts.Node = node, parent = n.parent; parent; n = parent, parent = n.parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isImportTypeNode(parent)) return true;
    if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === n) return true;
    if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && codeKeys.has(parent.name.text)) return true;
    if (ts.isPropertyAssignment(parent) && ts.isStringLiteral(parent.name) && codeKeys.has(parent.name.text)) return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === n) return true;
    if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.InKeyword].includes(parent.operatorToken.kind)) return true;
    if (ts.isCaseClause(parent) && parent.expression === n) return true;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== n && codeCalls.test(calleeName(parent))) return true;
    if (ts.isTaggedTemplateExpression(parent)) return true;
    if (ts.isJsxAttribute(parent)) return !shownAttributes.has(parent.name.getText());
    // A literal inside a text (JSX) or a statement is judged by what it is part of up to there.
    if (ts.isJsxElement(parent) || ts.isJsxFragment(parent) || ts.isBlock(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

/** The texts of one source file that can reach the screen: JSX text, and string literals and templates (a `${…}` read as X) outside code. */
export function shownStringsOfSource(file: string, source: string): Shown[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Shown[] = [];
  const add = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean && readsAsWords(clean)) found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: clean });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (node.text.trim()) found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text.replace(/\s+/g, ' ').trim() });
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isCode(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node) && !isCode(node)) add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' X '));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Every text the dashboard's sources can show (src, but not the generated src/gql). */
export function shownStrings(root: string): Shown[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return entry === 'gql' ? [] : files(path);
      return /\.tsx?$/.test(entry) ? [path] : [];
    });
  return files(root).flatMap((path) => shownStringsOfSource(relative(root, path), readFileSync(path, 'utf8')));
}

/** The graph's refusals (badInput, forbidden) in a subgraph's sources, a `${…}` read as X: what the dashboard is sent to show. */
export function serverMessages(root: string): Shown[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(entry) ? [path] : [];
    });
  return files(root).flatMap((path) => {
    const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: Shown[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['badInput', 'forbidden', 'notFound', 'conflict'].includes(node.expression.text)) {
        const [first] = node.arguments;
        const text = !first
          ? null
          : ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)
            ? first.text
            : ts.isTemplateExpression(first)
              ? // A number where the message says what was given or where (children[1]): as the graph fills it in.
                [first.head.text, ...first.templateSpans.map((s) => s.literal.text)].join('1')
              : null;
        if (text) found.push({ file: relative(root, path), line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return found;
  });
}
