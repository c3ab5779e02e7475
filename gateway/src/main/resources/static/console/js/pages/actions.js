// Actions partenariales: the list with filters (status, theme, period), recording an action (plan, then its figures),
// and the rectorat's validation, correction with a reason, and cancellation. Each form shows the API's problem next to
// the field it names.
import { api, query } from '../api.js';
import { html, render, nothing, format, today, field, apiForm, openDialog, table, badge, problemAlert, successAlert,
  announce } from '../ui.js';
import { academieName, academieOptions, ACTION_STATUS, FIGURES, statusOf } from '../labels.js';

const PAGE = 50;

export async function mount(root, { user }) {
  const rectorat = user.has('RECTORAT', 'IPE') && user.academie;
  const state = { status: '', theme: '', period: '', academie: rectorat ? user.academie : '', items: [], next: null,
    error: null, notice: null, loading: true, themeSets: [], ipes: [] };
  const canRecord = user.has('RECTORAT', 'IPE', 'NATIONAL');
  const canValidate = user.has('RECTORAT', 'NATIONAL');

  try {
    state.themeSets = await api.get('/api/actions/themes');
  } catch (failure) {
    state.error = failure;
  }
  const themeLabel = (code) => state.themeSets.flatMap(set => set.themes).find(t => t.code === code)?.label || code;
  const themeOptions = () => state.themeSets.map(set => [set.id, set]).flatMap(([id, set]) =>
    set.themes.map(theme => [theme.code, `${theme.label} (${id === '2007' ? 'thèmes du bilan 2007' : 'axes 2023'})`]));

  function draw() {
    const shown = state.items.filter(matchesFilters);
    render(html`
      <h1>Actions partenariales</h1>
      <p class="lead">${rectorat ? `Actions de l'académie de ${academieName(user.academie)}` : 'Actions des académies et du niveau national'} :
        prévoir, saisir le bilan, valider, corriger ou annuler.</p>
      ${canRecord ? html`<div class="btn-group"><button class="btn" type="button" @click=${record}>Enregistrer une action</button></div>` : nothing}
      ${successAlert(state.notice)}
      ${problemAlert(state.error)}
      <form class="filters" aria-label="Filtres des actions" @submit=${filter}>
        <div class="grid grid--4">
          ${field({ name: 'status', label: 'Statut', value: state.status,
            options: [['', 'Tous'], ...Object.entries(ACTION_STATUS).map(([code, [label]]) => [code, label])] })}
          ${field({ name: 'theme', label: 'Thème', value: state.theme, options: [['', 'Tous'], ...themeOptions()] })}
          ${field({ name: 'period', label: 'Période', value: state.period, hint: 'Année civile (2007) ou scolaire (2007-2008)',
            attrs: { pattern: '[0-9]{4}(-[0-9]{4})?' } })}
          ${rectorat ? nothing : field({ name: 'academie', label: 'Périmètre', value: state.academie,
            options: [['', 'Toutes'], ['national', 'National seulement'], ...academieOptions()] })}
        </div>
        <div class="btn-group"><button class="btn" type="submit">Filtrer</button></div>
      </form>
      ${table(`${shown.length} action(s) affichée(s)`, ['Action', 'Thème', 'Période', 'Académie', 'Statut', 'Gérer'],
        shown.map(action => html`<tr data-action-id=${action.actionId}>
          <td>${action.action.title}</td>
          <td>${themeLabel(action.action.theme)}</td>
          <td class="nowrap">${format.date(action.action.firstDay)} – ${format.date(action.action.lastDay)}</td>
          <td>${academieName(action.academie)}</td>
          <td>${statusBadge(action.status)}</td>
          <td><button class="btn btn--secondary btn--sm" type="button" @click=${() => manage(action.actionId)}
            aria-label=${`Gérer l'action ${action.action.title}`}>Gérer</button></td>
        </tr>`), { empty: state.loading ? 'Chargement…' : 'Aucune action ne correspond aux filtres.' })}
      ${state.next ? html`<div class="btn-group"><button class="btn btn--secondary" type="button" @click=${more}>
        Afficher les actions suivantes</button></div>` : nothing}
    `, root);
  }

  function matchesFilters(action) {
    if (state.theme && action.action.theme !== state.theme) {
      return false;
    }
    if (state.period) {
      // an action counts in the civil and the school year of its last day
      const last = action.action.lastDay;
      const year = Number(last.slice(0, 4));
      const schoolStart = Number(last.slice(5, 7)) >= 9 ? year : year - 1;
      return state.period === String(year) || state.period === `${schoolStart}-${schoolStart + 1}`;
    }
    return true;
  }

  function listQuery(after) {
    const national = state.academie === 'national';
    return query({ academie: national ? '' : state.academie, national: national ? 'true' : '', status: state.status,
      after, limit: PAGE });
  }

  async function load() {
    state.loading = true;
    try {
      const page = await api.get('/api/actions' + listQuery());
      state.items = page.items;
      state.next = page.next;
      state.error = null;
    } catch (failure) {
      state.error = failure;
      state.items = [];
    }
    state.loading = false;
    draw();
  }

  async function more() {
    try {
      const page = await api.get('/api/actions' + listQuery(state.next));
      state.items = [...state.items, ...page.items];
      state.next = page.next;
    } catch (failure) {
      state.error = failure;
    }
    draw();
  }

  function filter(event) {
    event.preventDefault();
    const form = event.target.elements;
    state.status = form.status.value;
    state.theme = form.theme.value;
    state.period = form.period.value.trim();
    state.academie = rectorat ? user.academie : form.academie.value;
    load();
  }

  async function loadIpes(academie) {
    try {
      const missions = await api.get('/api/missions' + query(academie ? { academie, limit: 200 } : { national: 'true', limit: 200 }));
      return [...new Map((missions.items || []).map(m => [m.ipeId, m])).values()];
    } catch (unavailable) {
      return [];
    }
  }

  async function record() {
    const academie = rectorat ? user.academie : '';
    const ipes = await loadIpes(academie);
    await openDialog('Enregistrer une action', (close) => apiForm({
      label: 'Nouvelle action',
      submitLabel: 'Enregistrer l\'action',
      fields: (error) => html`
        ${rectorat ? html`<p>Académie : <strong>${academieName(user.academie)}</strong></p>`
          : field({ name: 'academie', label: 'Académie', options: academieOptions('National (DGESCO)'), error })}
        ${field({ name: 'title', label: 'Intitulé', required: true, error })}
        ${field({ name: 'theme', label: 'Thème', required: true, options: themeOptions(), error,
          hint: 'Le thème doit appartenir à l\'ensemble en vigueur le premier jour de l\'action' })}
        <div class="grid grid--3">
          ${field({ name: 'firstDay', label: 'Premier jour', type: 'date', required: true, error })}
          ${field({ name: 'lastDay', label: 'Dernier jour', type: 'date', required: true, error,
            hint: 'Au plus 400 jours après le premier' })}
          ${field({ name: 'plannedOn', label: 'Date de programmation', type: 'date', value: today(), required: true, error })}
        </div>
        ${ipes.length > 0
          ? field({ name: 'ipeIds', label: 'IPE chargé de l\'action', required: true, error,
            options: ipes.map(m => [m.ipeId, m.ipeName || m.ipe?.name || m.ipeId]) })
          : field({ name: 'ipeIds', label: 'Identifiants des IPE', required: true, error,
            hint: 'Séparés par des virgules', attrs: { id: 'champ-ipeIds' } })}
        ${field({ name: 'partners.etablissementUais', label: 'Établissements partenaires (UAI)', error,
          hint: 'Codes UAI séparés par des virgules, par exemple 0690001B' })}
        ${field({ name: 'partners.companySirets', label: 'Entreprises partenaires (SIRET)', error,
          hint: 'Numéros SIRET à 14 chiffres, séparés par des virgules' })}
        ${field({ name: 'partners.professionalOrganisations', label: 'Organisations professionnelles', error,
          hint: 'Noms séparés par des virgules' })}
      `,
      submit: (values) => {
        const body = { ...values, ipeIds: [].concat(values.ipeIds || []).flatMap(v => String(v).split(',')).map(v => v.trim()).filter(Boolean) };
        if (rectorat) {
          body.academie = user.academie;
        }
        return api.post('/api/actions', withLists(body));
      },
      done: async (created) => {
        close();
        state.notice = `Action « ${created.action?.title || created.actionId} » enregistrée.`;
        announce(state.notice);
        await load();
        manage(created.actionId);
      },
    }));
  }

  async function manage(actionId) {
    let action;
    let error = null;
    let notice = null;
    try {
      action = await api.get(`/api/actions/${actionId}`);
    } catch (failure) {
      state.error = failure;
      draw();
      return;
    }
    await openDialog(action.action.title, (close, redraw) => {
      const refresh = async (message) => {
        action = await api.get(`/api/actions/${actionId}`);
        notice = message;
        announce(message);
        redraw();
        load();
      };
      const status = action.status;
      const a = action.action;
      return html`
        ${successAlert(notice)}
        ${problemAlert(error)}
        <dl class="facts">
          <dt>Statut</dt><dd data-action-status=${status}>${statusBadge(status)}</dd>
          <dt>Thème</dt><dd>${themeLabel(a.theme)}</dd>
          <dt>Période</dt><dd>${format.date(a.firstDay)} – ${format.date(a.lastDay)}</dd>
          <dt>Académie</dt><dd>${academieName(action.academie)}</dd>
          <dt>IPE</dt><dd>${(a.ipeIds || []).join(', ')}</dd>
          ${action.validatedOn ? html`<dt>Validée le</dt><dd>${format.date(action.validatedOn)}</dd>` : nothing}
          ${(action.corrections || []).map(c => html`<dt>Corrigée le ${format.date(c.correctedOn)}</dt><dd>${c.reason}</dd>`)}
          ${action.cancellation ? html`<dt>Annulée le ${format.date(action.cancellation.cancelledOn)}</dt>
            <dd>${action.cancellation.reason}</dd>` : nothing}
        </dl>
        ${a.figures ? table('Chiffres déclarés', ['Chiffre', { label: 'Valeur', num: true }],
          FIGURES.map(([key, label]) => html`<tr><td>${label}</td><td class="num">${format.int(a.figures[key])}</td></tr>`)) : nothing}
        ${operations(action, refresh)}
      `;
    });
  }

  function operations(action, refresh) {
    const status = action.status;
    const version = { 'If-Match': `"${action.version}"` };
    const path = `/api/actions/${action.actionId}`;
    const parts = [];
    if (status === 'PLANNED' && canRecord) {
      parts.push(html`<h3>Saisir le bilan de l'action</h3>${apiForm({
        label: 'Bilan de l\'action', submitLabel: 'Enregistrer le bilan',
        fields: (error) => html`
          ${field({ name: 'reportedOn', label: 'Date du bilan', type: 'date', value: today(), required: true, error,
            hint: 'Pas avant le dernier jour de l\'action' })}
          ${figureFields(error, {})}`,
        submit: (values) => api.post(path + '/report', values, version),
        done: () => refresh('Bilan de l\'action enregistré : il attend la validation du rectorat.'),
      })}`);
    }
    if ((status === 'CARRIED_OUT' || status === 'CORRECTED') && canValidate) {
      parts.push(html`<h3>Valider</h3>${apiForm({
        label: 'Validation', submitLabel: 'Valider l\'action',
        fields: (error) => field({ name: 'validatedOn', label: 'Date de validation', type: 'date', value: today(),
          required: true, error }),
        submit: (values) => api.post(path + '/validation', values, version),
        done: () => refresh('Action validée : elle compte désormais dans le bilan.'),
      })}`);
    }
    if (['CARRIED_OUT', 'VALIDATED', 'CORRECTED'].includes(status) && canRecord) {
      const a = action.action;
      parts.push(html`<details><summary>Corriger l'action</summary>${apiForm({
        label: 'Correction', submitLabel: 'Enregistrer la correction',
        fields: (error) => html`
          ${field({ name: 'theme', label: 'Thème', value: a.theme, required: true, error,
            options: state.themeSets.flatMap(set => set.themes.map(t => [t.code, t.label])) })}
          <div class="grid grid--3">
            ${field({ name: 'firstDay', label: 'Premier jour', type: 'date', value: a.firstDay, required: true, error })}
            ${field({ name: 'lastDay', label: 'Dernier jour', type: 'date', value: a.lastDay, required: true, error })}
            ${field({ name: 'correctedOn', label: 'Date de la correction', type: 'date', value: today(), required: true, error })}
          </div>
          ${figureFields(error, a.figures || {})}
          ${field({ name: 'reason', label: 'Motif de la correction', type: 'textarea', required: true, error })}`,
        submit: (values) => api.post(path + '/corrections', { ...values, partners: a.partners }, version),
        done: () => refresh('Correction enregistrée : elle comptera une fois validée.'),
      })}</details>`);
    }
    if (status !== 'CANCELLED' && canRecord) {
      parts.push(html`<details><summary>Annuler l'action</summary>${apiForm({
        label: 'Annulation', submitLabel: 'Annuler l\'action',
        fields: (error) => html`
          ${field({ name: 'reason', label: 'Motif de l\'annulation', type: 'textarea', required: true, error })}
          ${field({ name: 'cancelledOn', label: 'Date de l\'annulation', type: 'date', value: today(), required: true, error })}`,
        submit: (values) => api.post(path + '/cancellation', values, version),
        done: () => refresh('Action annulée : elle ne compte plus dans aucun bilan.'),
      })}</details>`);
    }
    return parts.length ? parts : html`<p class="mention">Aucune opération possible sur cette action.</p>`;
  }

  draw();
  await load();
}

function figureFields(error, figures) {
  return html`<fieldset><legend>Chiffres</legend><div class="grid grid--3">
    ${FIGURES.map(([key, label]) => field({ name: 'figures.' + key, label, type: 'number', value: figures[key] ?? 0,
      required: true, error, attrs: { min: 0, step: 1, inputmode: 'numeric' } }))}
  </div></fieldset>`;
}

function statusBadge(code) {
  const [label, kind] = statusOf(code, ACTION_STATUS);
  return badge(label, kind);
}

/** Partner fields are typed as comma-separated text: the API wants lists. */
function withLists(body) {
  if (body.partners) {
    for (const key of Object.keys(body.partners)) {
      body.partners[key] = String(body.partners[key]).split(/[,;\n]/).map(v => v.trim()).filter(Boolean);
    }
  }
  return body;
}
