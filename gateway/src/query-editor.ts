import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { HttpResponse, Routes } from '@lotsen/kit';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** GraphiQL and React, served from the installed packages: the editor needs no internet access. */
const assets: Record<string, { file: string; type: string }> = {
  'react.production.min.js': { file: join(packageDir('react'), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: join(packageDir('react-dom'), 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.min.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const page = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Lotsen · GraphQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.min.css">
  <style>body { margin: 0; height: 100vh; } #editor { height: 100vh; }</style>
</head>
<body>
  <div id="editor">Laddar frågeverktyget…</div>
  <script src="/graphiql/react.production.min.js"></script>
  <script src="/graphiql/react-dom.production.min.js"></script>
  <script src="/graphiql/graphiql.min.js"></script>
  <script src="/graphiql/start.js"></script>
</body>
</html>`;

// Paste the token from 'npm run token -- koordinator1' into the Headers tab as shown.
const start = `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const defaultHeaders = JSON.stringify({ authorization: 'Bearer <paste: npm run token -- koordinator1>' }, null, 2);
const defaultQuery = \`query Caseload {
  caseload {
    reference
    children {
      givenName
      age
      school { enrolment { __typename ... on SchoolEnrolment { schoolUnit schoolYear } ... on AccessDenied { reason message } } }
    }
  }
}\`;
ReactDOM.createRoot(document.getElementById('editor')).render(
  React.createElement(GraphiQL, { fetcher, defaultHeaders, defaultQuery, headerEditorEnabled: true, shouldPersistHeaders: true })
);`;

let cache: Map<string, Buffer> | undefined;
function asset(name: string): Buffer | undefined {
  cache ??= new Map(Object.entries(assets).map(([n, a]) => [n, readFileSync(a.file)]));
  return cache.get(name);
}

export function queryEditorRoutes(): Routes {
  return {
    'GET /': (): HttpResponse => ({ status: 302, headers: { location: '/graphiql' } }),
    'GET /graphiql': (): HttpResponse => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page }),
    'GET /graphiql/start.js': (): HttpResponse => ({ status: 200, headers: { 'content-type': 'text/javascript' }, body: start }),
    'GET /graphiql/*': (req): HttpResponse => {
      const name = req.path.slice('/graphiql/'.length);
      const body = assets[name] ? asset(name) : undefined;
      if (!body) return { status: 404, body: 'not found' };
      return { status: 200, headers: { 'content-type': (assets[name] as { type: string }).type, 'cache-control': 'public, max-age=3600' }, body };
    },
  };
}
