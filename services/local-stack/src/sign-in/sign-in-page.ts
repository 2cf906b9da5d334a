import type { User } from '@lotsen/agency-systems';

const roleNames: Record<User['role'], string> = {
  COORDINATOR: 'Koordinatorer',
  TEAM_LEAD: 'Teamledare',
  GUARDIAN: 'Vårdnadshavare',
  AGENCY_STAFF: 'Personal på en verksamhet',
  ANALYST: 'Analytiker',
  FAMILY_REPRESENTATIVE: 'Familjeombud',
  MANAGEMENT_GROUP: 'Ledningsgrupp',
  CATALOGUE_KEEPER: 'Ansvariga för stödkatalogen',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Guardians are many: the page lists the first few, and takes any other user name typed. */
const listedGuardians = 6;

const style = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}
main{max-width:44rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;box-shadow:0 1px 3px #0002}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.5rem}
ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
button{font:inherit;padding:.5rem .9rem;border:1px solid #0b5394;background:#0b5394;color:#fff;border-radius:4px;cursor:pointer}
button.secondary{background:#fff;color:#0b5394}
button .note{color:#e3eefa}
button:focus-visible,input:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
label{display:block;margin:.5rem 0 .25rem}input{font:inherit;padding:.4rem;border:1px solid #555;border-radius:4px}
.note{color:#3d4752;font-size:.95rem}.error{color:#a4000f;font-weight:600}`;

/**
 * The development sign-in page, in Swedish: the seeded users, one button each. It stands where
 * the municipality's identity provider (e.g. with BankID or SITHS) asks for credentials.
 */
export function signInPage(users: readonly User[], action: string, error?: string): string {
  const groups = (Object.keys(roleNames) as User['role'][]).map((role) => {
    const all = users.filter((u) => u.role === role);
    const shown = role === 'GUARDIAN' ? all.slice(0, listedGuardians) : all;
    const buttons = shown.map((u) => `<li><button name="login" value="${escapeHtml(u.username)}">${escapeHtml(u.name)} <span class="note">(${escapeHtml(u.username)})</span></button></li>`).join('');
    const more = all.length > shown.length ? `<p class="note">och ${all.length - shown.length} till: skriv användarnamnet nedan (t.ex. vardnadshavare${listedGuardians + 1}).</p>` : '';
    return all.length === 0 ? '' : `<h2>${roleNames[role]}</h2><ul>${buttons}</ul>${more}`;
  });
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logga in · Lotsen (utvecklingsmiljö)</title><style>${style}</style></head>
<body><main>
<h1>Logga in på Lotsen</h1>
<p class="note">Utvecklingsmiljö med påhittade användare och familjer. I drift loggar du in hos kommunens inloggningstjänst.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
${groups.join('\n')}
<h2>Annan användare</h2>
<label for="login">Användarnamn</label>
<input id="login" name="other" autocomplete="username"> <button class="secondary" name="login" value="">Logga in</button>
</form>
</main></body></html>`;
}
