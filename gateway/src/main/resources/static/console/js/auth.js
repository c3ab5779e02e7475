// Sign-in through Keycloak's own adapter (keycloak-js): authorization code flow with PKCE (S256), the tokens kept in
// this page's memory only, renewed silently with the refresh token before they expire, and sign-out at Keycloak.
const RETURN_TO = 'ipe.console.returnTo';

let keycloak;

/** Signs the user in (redirecting to Keycloak when needed) and resolves with the signed-in user. */
export async function signIn() {
  const config = await (await fetch('/console/config.json', { cache: 'no-cache' })).json();
  const returning = new URLSearchParams(location.search).has('state');
  if (!returning && location.hash.length > 2) {
    // the redirect back lands on /console/: remember the section asked for
    sessionStorage.setItem(RETURN_TO, location.hash);
  }
  keycloak = new window.Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => keycloak.updateToken(-1).catch(() => keycloak.login());
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query',
    redirectUri: location.origin + '/console/',
    checkLoginIframe: false,
    scope: 'openid profile',
  });
  const wanted = sessionStorage.getItem(RETURN_TO);
  if (wanted) {
    sessionStorage.removeItem(RETURN_TO);
    if (location.hash.length <= 2) {
      history.replaceState(null, '', '/console/' + wanted);
    }
  }
  return currentUser();
}

/** A valid access token, renewed first when it expires within 30 seconds. */
export async function accessToken() {
  try {
    await keycloak.updateToken(30);
  } catch (expired) {
    // the session at Keycloak ended: sign in again, then come back here
    sessionStorage.setItem(RETURN_TO, location.hash);
    await keycloak.login({ redirectUri: location.origin + '/console/' });
  }
  return keycloak.token;
}

export function signOut() {
  sessionStorage.removeItem(RETURN_TO);
  return keycloak.logout({ redirectUri: location.origin + '/console/' });
}

const ROLE_LABELS = {
  NATIONAL: 'Ministère (national)', ASSOCIATION: 'Association', FINANCE: 'Finances', RECTORAT: 'Rectorat',
  IPE: 'Ingénieur pour l\'école', OPS: 'Exploitation',
};

function currentUser() {
  const claims = keycloak.tokenParsed;
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  return {
    username: claims.preferred_username,
    name: claims.name || claims.preferred_username,
    roles,
    roleLabels: roles.map(role => ROLE_LABELS[role] || role),
    academie: claims.academie || null,
    has: (...wanted) => wanted.some(role => roles.includes(role)),
  };
}
