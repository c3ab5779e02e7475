// Banque de stages: the académie's offers and needs, a need's proposals with their reasons, reserving places (the
// offer refuses more than its free places with a 409 problem, shown as it comes), confirming or cancelling a
// reservation, and the établissements' CSV import with its per-line errors.
import { api, query, ApiProblem } from '../api.js';
import { html, render, nothing, format, field, apiForm, openDialog, table, badge, problemAlert, successAlert, tabs,
  announce } from '../ui.js';
import { academieName, academieOptions, LEVELS, PRIORITIES, statusOf } from '../labels.js';

const TABS = [['besoins', 'Besoins'], ['offres', 'Offres'], ['reservations', 'Réservations'],
  ['etablissements', 'Établissements']];

export async function mount(root, { user }) {
  const rectorat = user.has('RECTORAT') && user.academie;
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const state = { tab: TABS.some(([id]) => id === params.get('onglet')) ? params.get('onglet') : 'besoins',
    academie: rectorat ? user.academie : (params.get('academie') || 'aix-marseille'),
    offers: [], needs: [], placements: [], etablissements: [], error: null, notice: null, loading: true };
  const manages = user.has('RECTORAT');
  const entersOffers = user.has('RECTORAT', 'ASSOCIATION');

  function draw() {
    render(html`
      <h1>Banque de stages</h1>
      <p class="lead">Offres des entreprises et besoins des établissements ${rectorat ? `de l'académie de ${academieName(state.academie)}`
        : html`de l'académie choisie`} : propositions, réservations et import des établissements.</p>
      ${rectorat ? nothing : html`<form class="filters" aria-label="Choix de l'académie" @submit=${chooseAcademie}>
        <div class="grid grid--3">${field({ name: 'academie', label: 'Académie', value: state.academie, options: academieOptions() })}</div>
        <div class="btn-group"><button class="btn" type="submit">Afficher</button></div></form>`}
      ${successAlert(state.notice)}
      ${problemAlert(state.error)}
      ${tabs('Sections de la banque de stages', TABS, state.tab, selectTab, panel())}
    `, root);
  }

  function panel() {
    if (state.loading) {
      return html`<p class="loading" role="status">Chargement…</p>`;
    }
    switch (state.tab) {
      case 'offres': return offersPanel();
      case 'reservations': return placementsPanel();
      case 'etablissements': return etablissementsPanel();
      default: return needsPanel();
    }
  }

  function needsPanel() {
    return html`
      ${manages ? html`<div class="btn-group"><button class="btn" type="button" @click=${stateNeed}>Déclarer un besoin</button></div>` : nothing}
      ${table('Besoins des établissements', ['Établissement', 'Niveau', 'Élèves', 'Placés', 'Semaines', 'Statut', 'Propositions'],
        state.needs.map(need => html`<tr data-need-id=${need.needId}>
          <td>${need.uai}${need.priorities?.length ? html`<br><span class="mention">${need.priorities.map(p => PRIORITIES[p] || p).join(', ')}</span>` : nothing}</td>
          <td>${LEVELS[need.level] || need.level}${need.speciality ? html`<br><span class="mention">${need.speciality}</span>` : nothing}</td>
          <td class="num">${format.int(need.pupils)}</td>
          <td class="num">${format.int(need.placed)}</td>
          <td>${need.weeks.join(', ')}</td>
          <td>${statusBadge(need.status)}</td>
          <td><button class="btn btn--secondary btn--sm" type="button" @click=${() => proposals(need)}
            aria-label=${`Propositions pour le besoin de ${need.uai}`}>Voir les propositions</button></td>
        </tr>`), { empty: 'Aucun besoin déclaré.' })}`;
  }

  function offersPanel() {
    return html`
      ${entersOffers ? html`<div class="btn-group"><button class="btn" type="button" @click=${publishOffer}>Publier une offre</button></div>` : nothing}
      ${table('Offres des entreprises', ['Entreprise', 'Métier', 'Bassin', 'Niveaux', 'Places libres par semaine', 'Statut', 'Réserver'],
        state.offers.map(offer => html`<tr data-offer-id=${offer.offerId}>
          <td>${offer.companyName}<br><span class="mention">SIRET ${offer.companySiret}</span></td>
          <td>${offer.trade}<br><span class="mention">${offer.sector}</span></td>
          <td>${offer.bassin}</td>
          <td>${offer.levels.map(l => LEVELS[l] || l).join(', ')}</td>
          <td>${offer.weeks.map(w => html`<span class="nowrap">${w.week} : ${w.free}/${w.places}</span> `)}</td>
          <td>${statusBadge(offer.status)}</td>
          <td>${manages && offer.status === 'PUBLISHED' ? html`<button class="btn btn--secondary btn--sm" type="button"
            @click=${() => reserve(offer)} aria-label=${`Réserver des places chez ${offer.companyName}`}>Réserver</button>` : nothing}</td>
        </tr>`), { empty: 'Aucune offre.' })}`;
  }

  function placementsPanel() {
    return table('Réservations', ['Établissement', 'Niveau', 'Places', 'Semaines', 'Statut', 'Opérations'],
      state.placements.map(placement => html`<tr data-placement-id=${placement.placementId}>
        <td>${placement.uai}${placement.priorityEtablissement ? html`<br>${badge('prioritaire', 'info')}` : nothing}</td>
        <td>${LEVELS[placement.level] || placement.level}</td>
        <td class="num">${format.int(placement.places)}</td>
        <td>${placement.weeks.join(', ')}</td>
        <td>${statusBadge(placement.status)}</td>
        <td>${manages && placement.status === 'RESERVED' ? html`<div class="btn-group btn-group--tight">
          <button class="btn btn--sm" type="button" @click=${() => confirmPlacement(placement)}>Confirmer</button>
          <button class="btn btn--secondary btn--sm" type="button" @click=${() => cancelPlacement(placement)}>Annuler</button>
        </div>` : nothing}</td>
      </tr>`), { empty: 'Aucune réservation.' });
  }

  function etablissementsPanel() {
    return html`
      ${manages ? html`<div class="panel"><h2>Importer les établissements (CSV)</h2>
        <p>En-tête <code>uai,bassin,kind,name,priorities</code> ; priorités séparées par <code>|</code>
          (${Object.keys(PRIORITIES).join(', ')}). Un fichier dont une ligne est fausse est refusé en entier, avec
          l'erreur de chaque ligne.</p>
        ${importForm()}</div>` : nothing}
      ${table('Établissements', ['UAI', 'Nom', 'Bassin', 'Type', 'Priorités'],
        state.etablissements.map(e => html`<tr><td>${e.uai}</td><td>${e.name}</td><td>${e.bassin}</td>
          <td>${e.kind}</td><td>${(e.priorities || []).map(p => PRIORITIES[p] || p).join(', ')}</td></tr>`),
        { empty: 'Aucun établissement importé.' })}`;
  }

  function importForm() {
    const host = document.createElement('div');
    let error = null;
    let result = null;
    const drawForm = () => render(html`<form aria-label="Import des établissements" @submit=${send}>
      ${result ? successAlert(`${format.int(result.imported ?? result.rows ?? result.registered ?? 0)} ligne(s) importée(s).`) : nothing}
      ${error ? importErrors(error) : nothing}
      ${field({ name: 'file', label: 'Fichier CSV', type: 'file', hint: 'Ou collez son contenu ci-dessous' })}
      ${field({ name: 'csv', label: 'Contenu du fichier', type: 'textarea' })}
      <div class="btn-group"><button class="btn" type="submit">Importer</button></div>
    </form>`, host);
    async function send(event) {
      event.preventDefault();
      const form = event.target;
      const file = form.elements.file.files[0];
      const csv = file ? await file.text() : form.elements.csv.value;
      try {
        result = await api.postCsv(`/api/stage-bank/academies/${state.academie}/etablissements`, csv);
        error = null;
        announce('Établissements importés.');
        await loadTab();
      } catch (failure) {
        error = failure;
        result = null;
      }
      drawForm();
      host.querySelector('.alert')?.focus();
    }
    drawForm();
    return host;
  }

  function importErrors(error) {
    const rows = error instanceof ApiProblem && Array.isArray(error.problem.errors) ? error.problem.errors : [];
    if (rows.length === 0) {
      return problemAlert(error);
    }
    return html`<div class="alert alert--error" role="alert" tabindex="-1">
      <p class="alert__title">${error.problem.title} : fichier refusé</p>
      <p>${error.problem.detail}</p>
      ${table('Erreurs par ligne', ['Ligne', 'Colonne', 'Erreur'], rows.map(row => html`<tr data-import-error>
        <td class="num">${row.line ?? '—'}</td><td>${row.field}</td><td>${row.message}</td></tr>`))}
    </div>`;
  }

  async function proposals(need) {
    let answer;
    try {
      answer = await api.get(`/api/stage-bank/needs/${need.needId}/proposals`);
    } catch (failure) {
      state.error = failure;
      draw();
      return;
    }
    await openDialog(`Propositions pour ${need.uai} (${LEVELS[need.level] || need.level})`, (close) => html`
      <p>${format.int(answer.unmet)} élève(s) encore sans stage.</p>
      ${answer.proposals.length === 0 ? html`<p class="empty">Aucune offre ne correspond pour l'instant.</p>` : nothing}
      ${answer.proposals.map((proposal, index) => {
        const offer = state.offers.find(o => o.offerId === proposal.offerId);
        return html`<div class="panel" data-proposal=${proposal.offerId}>
          <h3>${index + 1}. ${offer ? `${offer.companyName} — ${offer.trade}` : proposal.offerId}</h3>
          <p>${format.int(proposal.places)} place(s) proposée(s), semaines ${proposal.weeks.join(', ')}.</p>
          <h4>Pourquoi cette proposition</h4>
          <ul>${proposal.reasons.map(reason => html`<li>${reason}</li>`)}</ul>
          ${manages ? reservationForm(proposal.offerId, need.needId, proposal.places, proposal.weeks, close) : nothing}
        </div>`;
      })}`);
  }

  function reservationForm(offerId, needId, places, weeks, close, needs) {
    return apiForm({
      label: 'Réservation', submitLabel: 'Réserver ces places',
      fields: (error) => html`<div class="grid grid--3">
        ${needs ? field({ name: 'needId', label: 'Besoin', required: true, error,
          options: needs.map(n => [n.needId, `${n.uai} — ${LEVELS[n.level] || n.level} (${n.pupils - n.placed} élèves)`]) }) : nothing}
        ${field({ name: 'places', label: 'Places', type: 'number', value: places, required: true, error, attrs: { min: 1 } })}
        ${field({ name: 'weeks', label: 'Semaines', value: weeks.join(', '), required: true, error,
          hint: 'Semaines ISO séparées par des virgules, par exemple 2009-W46' })}
      </div>`,
      submit: (values) => api.post(`/api/stage-bank/offers/${offerId}/placements`,
        { needId: values.needId || needId, places: values.places, weeks: splitList(values.weeks) }),
      done: async () => {
        close();
        state.notice = 'Places réservées.';
        announce(state.notice);
        await loadAll();
      },
    });
  }

  async function reserve(offer) {
    const open = state.needs.filter(n => n.status === 'OPEN' && n.placed < n.pupils);
    await openDialog(`Réserver chez ${offer.companyName}`, (close) => html`
      <p>Places libres : ${offer.weeks.map(w => `${w.week} : ${w.free}`).join(', ')}.</p>
      ${open.length === 0 ? html`<p class="empty">Aucun besoin ouvert dans l'académie.</p>`
        : reservationForm(offer.offerId, null, 1, offer.weeks.map(w => w.week), close, open)}`);
  }

  async function confirmPlacement(placement) {
    try {
      await api.post(`/api/stage-bank/placements/${placement.placementId}/confirmation`, {});
      state.notice = 'Réservation confirmée.';
      announce(state.notice);
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    await loadAll();
  }

  async function cancelPlacement(placement) {
    await openDialog('Annuler la réservation', (close) => apiForm({
      label: 'Annulation de la réservation', submitLabel: 'Annuler la réservation',
      fields: (error) => field({ name: 'reason', label: 'Motif', type: 'textarea', required: true, error }),
      submit: (values) => api.post(`/api/stage-bank/placements/${placement.placementId}/cancellation`, values),
      done: async () => {
        close();
        state.notice = 'Réservation annulée : les places reviennent à l\'offre.';
        announce(state.notice);
        await loadAll();
      },
    }));
  }

  async function stateNeed() {
    await openDialog('Déclarer un besoin', (close) => apiForm({
      label: 'Nouveau besoin', submitLabel: 'Déclarer le besoin',
      fields: (error) => html`
        <div class="grid grid--2">
          ${field({ name: 'uai', label: 'Établissement (UAI)', required: true, error, hint: '7 chiffres et une lettre' })}
          ${field({ name: 'level', label: 'Niveau', required: true, error, options: Object.entries(LEVELS) })}
          ${field({ name: 'speciality', label: 'Spécialité', error })}
          ${field({ name: 'pupils', label: 'Élèves', type: 'number', value: 1, required: true, error, attrs: { min: 1 } })}
        </div>
        ${field({ name: 'weeks', label: 'Semaines', required: true, error, hint: 'Semaines ISO séparées par des virgules, par exemple 2009-W46, 2009-W47' })}
        ${field({ name: 'objectives', label: 'Objectifs', type: 'textarea', error })}`,
      submit: (values) => api.post('/api/stage-bank/needs', { ...values, weeks: splitList(values.weeks) }),
      done: async () => {
        close();
        state.notice = 'Besoin déclaré.';
        announce(state.notice);
        await loadAll();
      },
    }));
  }

  async function publishOffer() {
    await openDialog('Publier une offre', (close) => apiForm({
      label: 'Nouvelle offre', submitLabel: 'Publier l\'offre',
      fields: (error) => html`
        <div class="grid grid--2">
          ${field({ name: 'companyName', label: 'Entreprise', required: true, error })}
          ${field({ name: 'companySiret', label: 'SIRET', required: true, error, hint: '14 chiffres' })}
          ${field({ name: 'sector', label: 'Secteur', required: true, error })}
          ${field({ name: 'trade', label: 'Métier', required: true, error })}
          ${field({ name: 'bassin', label: 'Bassin', required: true, error })}
          ${field({ name: 'placesPerWeek', label: 'Places par semaine', type: 'number', value: 1, required: true, error, attrs: { min: 1 } })}
        </div>
        ${field({ name: 'levels', label: 'Niveaux', required: true, error, hint: `Codes séparés par des virgules : ${Object.keys(LEVELS).join(', ')}` })}
        ${field({ name: 'weeks', label: 'Semaines', required: true, error, hint: 'Semaines ISO séparées par des virgules' })}
        ${field({ name: 'conditions', label: 'Conditions d\'accueil', type: 'textarea', error })}`,
      submit: (values) => api.post('/api/stage-bank/offers', { ...values, academie: state.academie,
        levels: splitList(values.levels), weeks: splitList(values.weeks) }),
      done: async () => {
        close();
        state.notice = 'Offre publiée.';
        announce(state.notice);
        await loadAll();
      },
    }));
  }

  function selectTab(id) {
    state.tab = id;
    history.replaceState(null, '', `#/stages?onglet=${id}`);
    draw();
  }

  function chooseAcademie(event) {
    event.preventDefault();
    state.academie = event.target.elements.academie.value;
    loadAll();
  }

  async function loadTab() {
    const scope = query({ academie: state.academie, limit: 200 });
    const [offers, needs, placements, etablissements] = await Promise.all([
      api.get('/api/stage-bank/offers' + scope), api.get('/api/stage-bank/needs' + scope),
      user.has('RECTORAT', 'NATIONAL') ? api.get('/api/stage-bank/placements' + scope) : { items: [] },
      api.get('/api/stage-bank/etablissements' + scope).catch(() => ({ items: [] }))]);
    state.offers = offers.items;
    state.needs = needs.items;
    state.placements = placements.items;
    state.etablissements = etablissements.items;
  }

  async function loadAll() {
    try {
      await loadTab();
    } catch (failure) {
      state.error = failure;
    }
    state.loading = false;
    draw();
  }

  draw();
  await loadAll();
}

function splitList(text) {
  return String(text || '').split(/[,;\s]+/).map(v => v.trim()).filter(Boolean);
}

function statusBadge(code) {
  const [label, kind] = statusOf(code);
  return badge(label, kind);
}
