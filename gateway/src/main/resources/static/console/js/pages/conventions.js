// Conventions: the list (national, secondment, partnership) and a convention's detail (status, signatures, avenants,
// milestones, the association's obligations and their deadlines), with the subsidy ledger for NATIONAL and FINANCE.
import { api, query } from '../api.js';
import { html, render, nothing, format, field, table, badge, problemAlert, openDialog } from '../ui.js';
import { academieName, academieOptions, statusOf } from '../labels.js';

const KINDS = { NATIONAL_MULTI_YEAR: 'Convention pluriannuelle nationale', SECONDMENT_AGREEMENT: 'Convention de mise à disposition',
  PARTNERSHIP: 'Convention de partenariat', FRAMEWORK_AGREEMENT: 'Accord-cadre' };
const PARTIES = { MINISTRY: 'Ministère (DGESCO)', ASSOCIATION: 'Association', RECTORAT: 'Rectorat',
  MEMBER_COMPANY: 'Entreprise membre', ETABLISSEMENT: 'Établissement', ENTREPRISE: 'Entreprise',
  PROFESSIONAL_BODY: 'Organisation professionnelle' };
const CONVENTION_STATUS = { DRAFTED: ['Projet', 'info'], SIGNED: ['Signée', 'success'], IN_FORCE: ['En vigueur', 'success'],
  EVALUATED: ['Évaluée', 'success'], LAPSED: ['Caduque', 'error'], EXPIRED: ['Échue', ''],
  TERMINATED: ['Résiliée', 'error'] };

export async function mount(root, { user }) {
  const rectorat = user.has('RECTORAT') && user.academie;
  const readsLedger = user.has('NATIONAL', 'FINANCE');
  const state = { kind: '', academie: rectorat ? user.academie : '', items: [], next: null, error: null, loading: true };

  function draw() {
    render(html`
      <h1>Conventions</h1>
      <p class="lead">${rectorat ? `Conventions de l'académie de ${academieName(user.academie)} et conventions nationales`
        : 'Conventions nationales, de mise à disposition et de partenariat'} : statut, signatures, avenants et échéances.</p>
      ${problemAlert(state.error)}
      <form class="filters" aria-label="Filtres des conventions" @submit=${filter}>
        <div class="grid grid--3">
          ${field({ name: 'kind', label: 'Type', value: state.kind, options: [['', 'Tous'], ...Object.entries(KINDS)] })}
          ${rectorat ? nothing : field({ name: 'academie', label: 'Académie', value: state.academie,
            options: [['', 'Toutes'], ...academieOptions()] })}
        </div>
        <div class="btn-group"><button class="btn" type="submit">Filtrer</button></div>
      </form>
      ${table('Conventions', ['Intitulé', 'Type', 'Académie', 'Statut', 'Détail'], state.items.map(c => html`<tr>
        <td>${c.title}</td><td>${KINDS[c.kind] || c.kind}</td><td>${academieName(c.academie)}</td>
        <td>${statusBadge(c.status)}</td>
        <td><button class="btn btn--secondary btn--sm" type="button" @click=${() => detail(c.conventionId)}
          aria-label=${`Détail de la convention ${c.title}`}>Détail</button></td></tr>`),
        { empty: state.loading ? 'Chargement…' : 'Aucune convention.' })}
      ${state.next ? html`<div class="btn-group"><button class="btn btn--secondary" type="button" @click=${more}>
        Afficher les conventions suivantes</button></div>` : nothing}
    `, root);
  }

  function listQuery(after) {
    return query({ kind: state.kind, academie: state.academie, after, limit: 50 });
  }

  async function load() {
    try {
      const page = await api.get('/api/conventions' + listQuery());
      state.items = page.items;
      state.next = page.next;
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    state.loading = false;
    draw();
  }

  async function more() {
    const page = await api.get('/api/conventions' + listQuery(state.next)).catch(failure => {
      state.error = failure;
      return { items: [], next: null };
    });
    state.items = [...state.items, ...page.items];
    state.next = page.next;
    draw();
  }

  function filter(event) {
    event.preventDefault();
    state.kind = event.target.elements.kind.value;
    state.academie = rectorat ? user.academie : event.target.elements.academie.value;
    load();
  }

  async function detail(id) {
    let convention;
    let obligations = null;
    let ledger = null;
    try {
      [convention, obligations, ledger] = await Promise.all([api.get(`/api/conventions/${id}`),
        api.get(`/api/conventions/${id}/obligations`).catch(() => null),
        readsLedger ? api.get(`/api/conventions/${id}/subsidy`).catch(() => null) : null]);
    } catch (failure) {
      state.error = failure;
      draw();
      return;
    }
    await openDialog(convention.title, () => html`
      <dl class="facts">
        <dt>Type</dt><dd>${KINDS[convention.kind] || convention.kind}</dd>
        <dt>Statut</dt><dd>${statusBadge(convention.status)}</dd>
        <dt>Académie</dt><dd>${academieName(convention.academie)}</dd>
        <dt>Signée le</dt><dd>${format.date(convention.signedOn)}</dd>
        <dt>En vigueur depuis</dt><dd>${format.date(convention.inForceSince)}</dd>
        ${convention.endedOn ? html`<dt>Terminée le</dt><dd>${format.date(convention.endedOn)}</dd>` : nothing}
        <dt>Objectifs</dt><dd>${convention.objectives}</dd>
      </dl>
      ${table('Parties et signatures', ['Partie', 'Nom', 'Signataire', 'Signée le'], (convention.parties || []).map(party => {
        const signature = (convention.signatures || []).find(s => s.party === party.role);
        return html`<tr><td>${PARTIES[party.role] || party.role}</td><td>${party.name}</td><td>${signature?.signatory || '—'}</td>
          <td>${signature ? format.date(signature.signedOn) : html`<span class="mention">non signée</span>`}</td></tr>`;
      }))}
      ${table('Avenants', ['N°', 'Objet', 'Proposé le', 'Appliqué'], (convention.avenants || []).map(a => html`<tr>
        <td>${a.number}</td><td>${a.purpose}</td><td>${format.date(a.proposedOn)}</td>
        <td>${a.applied ? `le ${format.date(a.appliedOn)}` : 'non'}</td></tr>`), { empty: 'Aucun avenant.' })}
      ${obligations ? obligationsTable(obligations) : nothing}
      ${table('Étapes', ['Date', 'Étape'], (convention.milestones || []).map(m => html`<tr>
        <td class="nowrap">${format.date(m.on)}</td><td>${m.what}</td></tr>`), { empty: 'Aucune étape.' })}
      ${ledger ? ledgerTable(ledger) : nothing}
    `);
  }

  draw();
  await load();
}

const DUTIES = { FINANCIAL_REPORT: 'Compte rendu financier (art. 5)', ANNUAL_ACCOUNTS: 'Comptes annuels (art. 5)',
  AUDITOR_REPORT: 'Rapport du commissaire aux comptes (art. 5)' };

function obligationsTable(obligations) {
  const duties = [...(obligations.documents || []), ...(obligations.finalEvaluation ? [obligations.finalEvaluation] : [])];
  return html`${table(`Obligations de l'association au ${format.date(obligations.asOf)}`,
    ['Document', 'Exercice', 'Échéance', 'Déposé le', 'État'], duties.map(d => html`<tr>
      <td>${d === obligations.finalEvaluation ? 'Évaluation finale (art. 9)' : DUTIES[d.duty] || d.duty}</td>
      <td>${d.fiscalYear || '—'}</td><td>${format.date(d.dueOn)}</td><td>${format.date(d.filedOn)}</td>
      <td>${statusBadge(d.status)}</td></tr>`), { empty: 'Aucune obligation.' })}
    ${obligations.blocksTacitRenewal ? html`<p class="alert alert--error" role="note">Une obligation en retard empêche la
      reconduction tacite (art. 2).</p>` : nothing}`;
}

function ledgerTable(ledger) {
  return html`<h3>Subvention de l'État</h3>
    <dl class="facts">
      <dt>Plafond</dt><dd>${format.euros(ledger.ceilingCents)}</dd>
      <dt>Notifié (net)</dt><dd>${format.euros(ledger.netNotifiedCents)}</dd>
      <dt>Versé</dt><dd>${format.euros(ledger.paidCents)}</dd>
      <dt>Repris</dt><dd>${format.euros(ledger.reclaimedCents)}</dd>
    </dl>
    ${table('Subvention par année', ['Année', { label: 'Notifié', num: true }, { label: 'Réduit', num: true },
      { label: 'Versé', num: true }, { label: 'Repris', num: true }, 'Suspendue'], (ledger.years || []).map(y => html`<tr>
      <td>${y.year}</td><td class="num">${format.euros(y.notifiedCents)}</td>
      <td class="num">${format.euros(y.reducedCents)}</td><td class="num">${format.euros(y.paidCents)}</td>
      <td class="num">${format.euros(y.reclaimedCents)}</td><td>${y.suspended ? 'oui' : 'non'}</td></tr>`))}`;
}

function statusBadge(code) {
  const [label, kind] = statusOf(code, { ...CONVENTION_STATUS, FILED: ['Déposé', 'success'],
    NOT_YET_DUE: ['À venir', ''], OVERDUE: ['En retard', 'error'], FILED_LATE: ['Déposé en retard', 'warning'],
    NO_DEADLINE: ['Sans échéance', ''] });
  return badge(label, kind);
}
