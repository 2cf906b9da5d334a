import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { loadAppConfig } from './app-config.js';
import { returnPathOf } from './auth/session.js';
import { callbackPath, createUserManager } from './auth/user-manager.js';
import { navigate } from './routing/navigation.js';
import { StartProblem } from './views/start-problem.js';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

async function start() {
  const config = await loadAppConfig().catch(() => null);
  if (!config) {
    root.render(<StartProblem text="Lotsen kunde inte starta: inställningarna för inloggning gick inte att hämta. Kontrollera nätverksanslutningen och ladda om sidan." />);
    return;
  }
  const users = createUserManager(config);
  let problem: string | null = null;
  if (window.location.pathname === callbackPath) {
    try {
      const signedIn = await users.signinRedirectCallback();
      navigate(returnPathOf(signedIn.state), true);
    } catch {
      navigate('/', true);
      problem = 'Inloggningen kunde inte slutföras. Försök logga in igen.';
    }
  }
  let user = await users.getUser();
  if (user?.expired) {
    await users.removeUser();
    user = null;
    problem ??= 'Din inloggning har gått ut. Logga in igen.';
  }
  root.render(
    <StrictMode>
      <App users={users} user={user} problem={problem} />
    </StrictMode>,
  );
}

void start();
