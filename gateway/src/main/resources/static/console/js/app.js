// The console's shell: signs the user in, shows who they are, draws the menu of the sections their roles may use and
// shows the section the address names (#/bilan, #/actions…). Each section is a module of ./pages.
import { signIn, signOut } from './auth.js';
import { html, render } from './ui.js';
import { academieName } from './labels.js';

const SECTIONS = [
  { path: 'bilan', label: 'Tableau de bord', module: './pages/bilan.js',
    roles: ['RECTORAT', 'NATIONAL', 'ASSOCIATION', 'FINANCE', 'OPS'] },
  { path: 'actions', label: 'Actions', module: './pages/actions.js',
    roles: ['RECTORAT', 'NATIONAL', 'ASSOCIATION', 'OPS', 'IPE'] },
  { path: 'missions', label: 'Missions', module: './pages/missions.js',
    roles: ['RECTORAT', 'NATIONAL', 'ASSOCIATION', 'FINANCE', 'IPE'] },
  { path: 'stages', label: 'Banque de stages', module: './pages/stages.js',
    roles: ['RECTORAT', 'NATIONAL', 'ASSOCIATION'] },
  { path: 'conventions', label: 'Conventions', module: './pages/conventions.js',
    roles: ['RECTORAT', 'NATIONAL', 'ASSOCIATION', 'FINANCE', 'OPS'] },
  { path: 'operations', label: 'Exploitation', module: './pages/operations.js', roles: ['OPS'] },
];

let user;
let leave = () => {};

async function start() {
  try {
    user = await signIn();
  } catch (failure) {
    render(html`<div class="alert alert--error" role="alert"><p class="alert__title">Connexion impossible</p>
      <p>Le service d'authentification ne répond pas. Réessayez dans un instant.</p></div>`,
      document.getElementById('contenu'));
    return;
  }
  drawUser();
  window.addEventListener('hashchange', show);
  // the skip links move the focus without changing the section
  document.querySelectorAll('[data-skip]').forEach(link => link.addEventListener('click', event => {
    event.preventDefault();
    document.querySelector(link.getAttribute('href')).focus();
  }));
  show();
}

function sections() {
  return SECTIONS.filter(section => user.has(...section.roles));
}

function drawUser() {
  const where = user.academie ? `Académie de ${academieName(user.academie)}` : 'National';
  render(html`<p class="who"><strong data-user-name>${user.name}</strong>
      <span data-user-role>${user.roleLabels.join(', ')}</span> — <span data-user-academie>${where}</span></p>
    <button type="button" class="btn btn--secondary btn--sm" @click=${signOut}>Se déconnecter</button>`,
  document.getElementById('utilisateur'));
}

async function show() {
  const available = sections();
  const wanted = location.hash.replace(/^#\/?/, '').split('?')[0];
  const section = available.find(s => s.path === wanted) || available[0];
  render(html`<ul class="nav">${available.map(s => html`<li><a href=${'#/' + s.path}
      aria-current=${s === section ? 'page' : 'false'}>${s.label}</a></li>`)}</ul>`, document.getElementById('menu'));
  leave();
  leave = () => {};
  const main = document.getElementById('contenu');
  if (!section) {
    main.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Console IPE' }),
      Object.assign(document.createElement('p'), { textContent: 'Votre compte n\'a accès à aucune section de la console.' }));
    return;
  }
  document.title = `${section.label} — Console IPE`;
  main.replaceChildren(Object.assign(document.createElement('p'),
    { className: 'loading', textContent: 'Chargement…', role: 'status' }));
  const page = await import(section.module);
  const container = document.createElement('div');
  main.replaceChildren(container);
  leave = (await page.mount(container, { user })) || (() => {});
  // a new section: the focus goes to its title, as a new page's would
  const title = container.querySelector('h1');
  if (title) {
    title.setAttribute('tabindex', '-1');
    title.focus({ preventScroll: false });
  }
}

start();
