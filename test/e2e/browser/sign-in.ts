import type { Page } from 'playwright-core';

/**
 * Signs in the way a person does: the app's "Logga in", the OIDC provider's sign-in page, the
 * user's button there (or the user name typed, for one the page does not list), and back to the
 * app at /inloggad and on. No token is handed to the browser any other way.
 */
export async function signIn(page: Page, origin: string, username: string, onSignInPage?: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('heading', { name: 'Logga in på Lotsen' }).waitFor();
  await onSignInPage?.(page);
  const listed = page.getByRole('button', { name: `(${username})` });
  if ((await listed.count()) === 1) await listed.click();
  else {
    await page.getByLabel('Användarnamn').fill(username);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  }
  await page.waitForURL((url) => url.origin === origin && url.pathname !== '/inloggad');
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}
