// Missions: the académie's needs and their candidatures (the association's view of them too), the missions with their
// letters and certifications, and the activity months of a period.
import { api, query } from '../api.js';
import { html, render, nothing, format, today, field, apiForm, openDialog, table, badge, problemAlert, successAlert, tabs,
  announce } from '../ui.js';
import { academieName, academieOptions, statusOf } from '../labels.js';

const TABS = [['besoins', 'Besoins et candidatures'], ['missions', 'Missions'], ['activite', 'Mois d\'activité']];
const CANDIDATURE = { SUBMITTED: ['Proposée', 'info'], PRESELECTED: ['Présélectionnée', 'new'],
  SELECTED: ['Retenue', 'success'], REJECTED: ['Écartée', 'error'] };

export async function mount(root, { user }) {
  const rectorat = user.has('RECTORAT') && user.academie;
  const state = { tab: 'besoins', academie: rectorat ? user.academie : '', needs: [], missions: [], activity: null,
    period: String(new Date().getFullYear()), error: null, notice: null, loading: true };
  const decides = user.has('RECTORAT', 'NATIONAL');
  const association = user.has('ASSOCIATION');
  const seesNeeds = !user.has('FINANCE') || user.has('RECTORAT', 'NATIONAL', 'ASSOCIATION');

  function draw() {
    render(html`
      <h1>Missions des IPE</h1>
      <p class="lead">${rectorat ? `Besoins, candidatures et missions de l'académie de ${academieName(user.academie)}`
        : association ? 'Candidatures des entreprises sur les besoins des académies' : 'Besoins, candidatures et missions'}.</p>
      ${rectorat ? nothing : html`<form class="filters" aria-label="Choix du périmètre" @submit=${choose}>
        <div class="grid grid--3">${field({ name: 'academie', label: 'Périmètre', value: state.academie,
          options: [['', 'Toutes les académies'], ['national', 'National (DGESCO)'], ...academieOptions()] })}</div>
        <div class="btn-group"><button class="btn" type="submit">Afficher</button></div></form>`}
      ${successAlert(state.notice)}
      ${problemAlert(state.error)}
      ${tabs('Sections des missions', TABS, state.tab, selectTab, state.loading ? html`<p class="loading" role="status">Chargement…</p>`
          : state.tab === 'missions' ? missionsPanel() : state.tab === 'activite' ? activityPanel() : needsPanel())}
    `, root);
  }

  function needsPanel() {
    return table('Besoins', ['Besoin', 'Académie', 'Publié le', 'Candidatures', 'Détail'], state.needs.map(need => html`<tr>
      <td>${need.title}</td><td>${academieName(need.academie)}</td><td class="nowrap">${format.date(need.postedOn)}</td>
      <td>${(need.candidatures || []).length === 0 ? html`<span class="mention">aucune</span>`
        : (need.candidatures || []).map(c => html`${candidatureBadge(c.status)} `)}</td>
      <td><button class="btn btn--secondary btn--sm" type="button" @click=${() => needDetail(need.needId)}
        aria-label=${`Détail du besoin ${need.title}`}>Détail</button></td></tr>`), { empty: 'Aucun besoin.' });
  }

  function missionsPanel() {
    return table('Missions', ['IPE', 'Académie', 'Période', 'Lettres de mission', 'Certifications', 'Détail'],
      state.missions.map(mission => html`<tr>
        <td>${mission.ipeId}</td><td>${academieName(mission.activity?.academie)}</td>
        <td class="nowrap">${format.date(mission.activity?.firstDay)} – ${mission.activity?.lastDay ? format.date(mission.activity.lastDay) : 'en cours'}</td>
        <td>${(mission.letters || []).map(l => l.schoolYear).join(', ') || '—'}</td>
        <td>${(mission.certifications || []).map(c => c.schoolYear).join(', ') || '—'}</td>
        <td><button class="btn btn--secondary btn--sm" type="button" @click=${() => missionDetail(mission.missionId)}
          aria-label=${`Détail de la mission de ${mission.ipeId}`}>Détail</button></td></tr>`),
      { empty: 'Aucune mission.' });
  }

  function activityPanel() {
    const report = state.activity;
    return html`<form class="filters" aria-label="Période de l'activité" @submit=${chooseActivity}>
        <div class="grid grid--3">${field({ name: 'period', label: 'Période', value: state.period,
          hint: 'Année civile (2007) ou scolaire (2007-2008)' })}</div>
        <div class="btn-group"><button class="btn" type="submit">Afficher</button></div></form>
      ${report ? table(`Mois d'activité, ${report.period}`, ['Académie', { label: 'IPE', num: true },
        { label: 'Mois', num: true }, { label: 'Équivalent temps plein', num: true }],
        [...(report.academies || []), ...(report.national ? [{ ...report.national, academie: 'national' }] : []),
          ...(report.total ? [{ ...report.total, academie: 'total' }] : [])].map(line => html`<tr>
          <th scope="row">${line.academie === 'total' ? 'Total' : line.academie === 'national' ? 'National (DGESCO)' : academieName(line.academie)}</th>
          <td class="num">${format.int(line.ipe)}</td><td class="num">${format.dec(line.months)}</td>
          <td class="num">${format.dec(line.fullTimeEquivalent)}</td></tr>`)) : nothing}`;
  }

  async function needDetail(needId) {
    let need = await api.get(`/api/missions/needs/${needId}`).catch(failure => { state.error = failure; draw(); });
    if (!need) {
      return;
    }
    let notice = null;
    await openDialog(need.title, (close, redraw) => {
      const refresh = async (message) => {
        need = await api.get(`/api/missions/needs/${needId}`);
        notice = message;
        announce(message);
        redraw();
        load();
      };
      return html`${successAlert(notice)}
        <dl class="facts"><dt>Académie</dt><dd>${academieName(need.academie)}</dd>
          <dt>Profil</dt><dd>${need.profile}</dd><dt>Axes</dt><dd>${(need.axisCodes || []).join(', ')}</dd>
          <dt>Non-substitution</dt><dd>${need.nonSubstitutionJustification || '—'}</dd>
          ${need.specification ? html`<dt>Cahier des charges</dt><dd>${need.specification.objectives}
            (${need.specification.durationMonths} mois)</dd>` : nothing}</dl>
        <h3>Candidatures</h3>
        ${(need.candidatures || []).length === 0 ? html`<p class="empty">Aucune candidature.</p>` : nothing}
        ${(need.candidatures || []).map(c => html`<div class="panel">
          <p><strong>${c.ipeId}</strong> (entreprise ${c.companySiret}) — ${candidatureBadge(c.status)}
            proposée le ${format.date(c.submittedOn)}${c.reason ? html` — motif : ${c.reason}` : nothing}</p>
          ${candidatureOperations(need, c, refresh)}
        </div>`)}
        ${association ? html`<h3>Proposer un candidat</h3>${apiForm({
          label: 'Candidature', submitLabel: 'Proposer la candidature',
          fields: (error) => html`<div class="grid grid--2">
            ${field({ name: 'ipeId', label: 'Identifiant de l\'IPE', required: true, error })}
            ${field({ name: 'submittedOn', label: 'Date', type: 'date', value: today(), required: true, error })}</div>`,
          submit: (values) => api.post(`/api/missions/needs/${needId}/candidatures`, values),
          done: () => refresh('Candidature proposée.'),
        })}` : nothing}`;
    });
  }

  function candidatureOperations(need, candidature, refresh) {
    const path = `/api/missions/needs/${need.needId}/candidatures/${candidature.candidatureId}`;
    const decision = (action, label, message) => apiForm({
      label, submitLabel: label,
      fields: (error) => field({ name: 'on', label: 'Date', type: 'date', value: today(), required: true, error }),
      submit: (values) => api.post(`${path}/${action}`, values),
      done: () => refresh(message),
    });
    const parts = [];
    if (association && candidature.status === 'SUBMITTED') {
      parts.push(decision('preselection', 'Présélectionner', 'Candidature présélectionnée.'));
    }
    if (decides && (candidature.status === 'SUBMITTED' || candidature.status === 'PRESELECTED')) {
      parts.push(decision('selection', 'Retenir ce candidat', 'Candidat retenu.'));
      parts.push(html`<details><summary>Écarter la candidature</summary>${apiForm({
        label: 'Rejet', submitLabel: 'Écarter',
        fields: (error) => html`${field({ name: 'on', label: 'Date', type: 'date', value: today(), required: true, error })}
          ${field({ name: 'reason', label: 'Motif', type: 'textarea', required: true, error })}`,
        submit: (values) => api.post(`${path}/rejection`, values),
        done: () => refresh('Candidature écartée.'),
      })}</details>`);
    }
    return parts;
  }

  async function missionDetail(missionId) {
    let mission = await api.get(`/api/missions/${missionId}`).catch(failure => { state.error = failure; draw(); });
    if (!mission) {
      return;
    }
    let notice = null;
    await openDialog(`Mission de ${mission.ipeId}`, (close, redraw) => {
      const refresh = async (message) => {
        mission = await api.get(`/api/missions/${missionId}`);
        notice = message;
        announce(message);
        redraw();
        load();
      };
      return html`${successAlert(notice)}
        <dl class="facts"><dt>Académie</dt><dd>${academieName(mission.activity?.academie)}</dd>
          <dt>Délégation signée le</dt><dd>${format.date(mission.signedOn)}</dd>
          <dt>Période</dt><dd>${format.date(mission.activity?.firstDay)} – ${format.date(mission.activity?.lastDay)}</dd>
          ${mission.end ? html`<dt>Fin</dt><dd>${format.date(mission.end.endedOn)}${mission.end.reason ? ` (${mission.end.reason})` : ''}</dd>` : nothing}
        </dl>
        ${table('Lettres de mission', ['Année scolaire', 'Révision', 'Axes', 'Émise le'], (mission.letters || []).map(l => html`<tr>
          <td>${l.schoolYear}</td><td>${l.revision}</td><td>${(l.axisCodes || []).join(', ')}</td><td>${format.date(l.issuedOn)}</td></tr>`),
          { empty: 'Aucune lettre.' })}
        ${table('Certifications', ['Année scolaire', 'Période', { label: 'Remboursement dû', num: true }, 'Certifiée le'],
          (mission.certifications || []).map(c => html`<tr><td>${c.schoolYear}</td>
            <td>${format.date(c.periodStart)} – ${format.date(c.periodEnd)}</td>
            <td class="num">${format.euros(c.reimbursementDueCents)}</td><td>${format.date(c.certifiedOn)}</td></tr>`),
          { empty: 'Aucune certification.' })}
        ${decides && !mission.end ? html`
          <details><summary>Émettre une lettre de mission</summary>${apiForm({
            label: 'Lettre de mission', submitLabel: 'Émettre la lettre',
            fields: (error) => html`<div class="grid grid--2">
              ${field({ name: 'schoolYear', label: 'Année scolaire', required: true, error, hint: 'Par exemple 2007-2008' })}
              ${field({ name: 'issuedOn', label: 'Date', type: 'date', value: today(), required: true, error })}</div>
              ${field({ name: 'axisCodes', label: 'Axes', error, hint: 'Codes séparés par des virgules' })}
              ${field({ name: 'objectives', label: 'Objectifs', type: 'textarea', required: true, error })}`,
            submit: (values) => api.post(`/api/missions/${missionId}/letters`, { ...values,
              axisCodes: (values.axisCodes || '').split(',').map(v => v.trim()).filter(Boolean) }),
            done: () => refresh('Lettre de mission émise.'),
          })}</details>
          <details><summary>Certifier une année</summary>${apiForm({
            label: 'Certification', submitLabel: 'Certifier',
            fields: (error) => html`<div class="grid grid--2">
              ${field({ name: 'schoolYear', label: 'Année scolaire', required: true, error })}
              ${field({ name: 'certifiedOn', label: 'Date', type: 'date', value: today(), required: true, error })}</div>`,
            submit: (values) => api.post(`/api/missions/${missionId}/certifications`, values),
            done: () => refresh('Année certifiée.'),
          })}</details>` : nothing}`;
    });
  }

  function scope() {
    return state.academie === 'national' ? { national: 'true' } : { academie: state.academie };
  }

  async function load() {
    try {
      const [needs, missions] = await Promise.all([
        seesNeeds ? api.get('/api/missions/needs' + query({ ...scope(), limit: 200 })) : { items: [] },
        association ? { items: [] } : api.get('/api/missions' + query({ ...scope(), limit: 200 }))]);
      state.needs = needs.items;
      state.missions = missions.items;
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    state.loading = false;
    draw();
  }

  async function loadActivity() {
    try {
      state.activity = await api.get('/api/missions/activity' + query({ period: state.period }));
      if (rectorat) {
        state.activity = { ...state.activity, academies: state.activity.academies.filter(l => l.academie === user.academie),
          national: null, total: null };
      }
    } catch (failure) {
      state.error = failure;
    }
    draw();
  }

  function choose(event) {
    event.preventDefault();
    state.academie = event.target.elements.academie.value;
    load();
  }

  function chooseActivity(event) {
    event.preventDefault();
    state.period = event.target.elements.period.value.trim();
    loadActivity();
  }

  function selectTab(id) {
    state.tab = id;
    draw();
    if (id === 'activite' && !state.activity) {
      loadActivity();
    }
  }

  draw();
  await load();
}

function candidatureBadge(code) {
  const [label, kind] = statusOf(code, CANDIDATURE);
  return badge(label, kind);
}
