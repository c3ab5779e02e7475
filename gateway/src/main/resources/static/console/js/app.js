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
    render(html`<h1>Console IPE</h1><p>Votre compte n'a accès à aucune section de la console.</p>`, main);
    return;
  }
  document.title = `${section.label} — Console IPE`;
  render(html`<p class="loading" role="status">Chargement…</p>`, main);
  const page = await import(section.module);
  const container = document.createElement('div');
  render(html``, main);
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
