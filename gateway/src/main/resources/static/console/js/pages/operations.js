// Exploitation (OPS): rebuilding report views with their live progress bar, the dead letters (redrive or discard with
// a reason) and the snapshots of the views as of an instant.
import { api, query } from '../api.js';
import { subscribe } from '../sse.js';
import { html, render, nothing, format, field, apiForm, table, badge, problemAlert, successAlert, announce,
  openDialog } from '../ui.js';
import { statusOf } from '../labels.js';

const TOPICS = ['ipe.conventions.v1', 'ipe.missions.v1', 'ipe.actions.v1', 'ipe.stages.v1'];

export async function mount(root) {
  const state = { views: {}, rebuilds: [], snapshots: [], topic: TOPICS[0], deadLetters: null, error: null,
    notice: null, running: null };
  let stream = { close() {} };
  // the forms are made once: the progress redraws the page twice a second and must not reset what is being typed
  let rebuildHost = nothing;
  let snapshotHost = nothing;

  function draw() {
    render(html`
      <h1>Exploitation</h1>
      <p class="lead">Reconstruire les vues des rapports sans interruption, traiter les messages en erreur et figer des
        instantanés pour les audits.</p>
      ${successAlert(state.notice)}
      ${problemAlert(state.error)}
      <h2>Reconstruire des vues</h2>
      ${rebuildHost}
      ${state.running ? progressPanel(state.running) : nothing}
      ${table('Reconstructions', ['Début', 'Vues', 'Événements lus', 'État', 'Opérations'],
        state.rebuilds.map(r => html`<tr><td>${format.time(r.startedAt)}</td><td>${r.views.join(', ')}</td>
          <td class="num">${format.int(r.eventsRead)}</td><td>${statusBadge(r.state)}</td>
          <td>${r.state === 'RUNNING' ? html`<button class="btn btn--secondary btn--sm" type="button"
              @click=${() => cancel(r)}>Arrêter</button>` : nothing}
            ${r.state === 'DONE' && r.keepPrevious && Object.keys(r.previousGenerations || {}).length
              ? html`<button class="btn btn--tertiary btn--sm" type="button" @click=${() => dropPrevious(r)}>
                Supprimer la génération précédente</button>` : nothing}</td></tr>`),
        { empty: 'Aucune reconstruction depuis le démarrage du service.' })}
      <h2>Messages en erreur</h2>
      <form class="filters" aria-label="Sujet des messages en erreur" @submit=${chooseTopic}>
        <div class="grid grid--3">${field({ name: 'topic', label: 'Sujet', value: state.topic, options: TOPICS.map(t => [t, t]) })}</div>
        <div class="btn-group"><button class="btn" type="submit">Afficher</button>
          ${state.deadLetters?.pending ? html`<button class="btn btn--secondary" type="button" @click=${redriveAll}>
            Renvoyer tous les messages en attente</button>` : nothing}</div>
      </form>
      ${state.deadLetters ? table(`${format.int(state.deadLetters.pending)} message(s) en attente sur ${state.topic}`,
        ['Message', 'Mis de côté', 'Erreur', 'Opérations'],
        state.deadLetters.items.map(letter => html`<tr>
          <td>${letter.id}<br><span class="mention">${letter.cloudEvent?.type || letter.key || ''}</span></td>
          <td>${format.time(letter.parkedAt)}</td>
          <td>${letter.error?.message || letter.error?.class || ''}</td>
          <td>${letter.handled ? badge(letter.handled) : html`<div class="btn-group btn-group--tight">
            <button class="btn btn--sm" type="button" @click=${() => redrive(letter)}>Renvoyer</button>
            <button class="btn btn--secondary btn--sm" type="button" @click=${() => discard(letter)}>Écarter</button></div>`}</td>
        </tr>`), { empty: 'Aucun message en erreur.' }) : nothing}
      <h2>Instantanés</h2>
      ${snapshotHost}
      ${table('Instantanés', ['Demandé', 'Vues', 'Date', 'État'], state.snapshots.map(s => html`<tr>
        <td>${format.time(s.startedAt)}</td><td>${s.views.join(', ')}</td><td>${s.asOf ? format.time(s.asOf) : 'position'}</td>
        <td>${statusBadge(s.state)}<br><span class="mention">${s.id}</span></td></tr>`),
        { empty: 'Aucun instantané.' })}
    `, root);
  }

  function rebuildForm() {
    const views = Object.keys(state.views);
    return apiForm({
      label: 'Reconstruction', submitLabel: 'Lancer la reconstruction',
      fields: (error) => html`<fieldset><legend>Vues à reconstruire</legend>
        <p class="hint">Aucune cochée : toutes les vues.</p>
        <div class="radio-group">${views.map(view => html`<label><input type="checkbox" name="view" value=${view}> ${view}</label>`)}</div>
      </fieldset>
      <div class="radio-group field"><label><input type="checkbox" name="keepPrevious"> Garder la génération remplacée
        (point de retour)</label></div>
`,
      submit: (values, form) => api.post('/api/reports/operations/rebuilds', {
        views: [...form.querySelectorAll('input[name="view"]:checked')].map(box => box.value),
        keepPrevious: form.elements.keepPrevious.checked }),
      done: (started) => follow(started),
    });
  }

  function progressPanel(progress) {
    const percent = percentOf(progress);
    return html`<div class="panel" data-rebuild=${progress.id}>
      <h3 id="titre-progression">Reconstruction de ${progress.views.join(', ')}</h3>
      <progress class="progress" max="100" .value=${percent} aria-labelledby="titre-progression"
        aria-valuetext=${`${percent} %`}></progress>
      <p><span class="progress-label" data-progress=${percent}>${percent} %</span> —
        ${format.int(progress.eventsRead)} événements lus, ${format.int(Math.round(progress.eventsPerSecond))} événements/s,
        retard ${format.int(progress.lag)}${progress.secondsLeft !== null ? `, encore ${progress.secondsLeft} s` : ''} —
        ${statusBadge(progress.state)}</p>
      ${progress.error ? html`<p class="field-error">${progress.error}</p>` : nothing}
    </div>`;
  }

  function follow(started) {
    stream.close();
    state.running = started;
    state.error = null;
    draw();
    stream = subscribe(`/api/reports/operations/rebuilds/${started.id}/progress`, {
      onEvent: (event) => {
        state.running = JSON.parse(event.data);
        draw();
        if (['DONE', 'FAILED', 'CANCELLED'].includes(state.running.state)) {
          announce(`Reconstruction ${statusOf(state.running.state)[0].toLowerCase()} : ${percentOf(state.running)} %.`);
          loadRebuilds();
        }
      },
      until: (event) => ['DONE', 'FAILED', 'CANCELLED'].includes(JSON.parse(event.data).state),
    });
    announce('Reconstruction lancée.');
  }

  async function cancel(rebuild) {
    await act(() => api.delete(`/api/reports/operations/rebuilds/${rebuild.id}`), 'Reconstruction arrêtée.');
  }

  async function dropPrevious(rebuild) {
    await act(() => api.delete(`/api/reports/operations/rebuilds/${rebuild.id}/previous-generation`),
      'Génération précédente supprimée.');
  }

  async function chooseTopic(event) {
    event.preventDefault();
    state.topic = event.target.elements.topic.value;
    await loadDeadLetters();
  }

  async function redrive(letter) {
    await act(() => api.post(`/api/reports/operations/dead-letters/${encodeURIComponent(letter.id)}/redrive${query({ topic: state.topic })}`),
      'Message renvoyé sur son sujet.');
  }

  async function redriveAll() {
    await act(() => api.post(`/api/reports/operations/dead-letters/redrive-all${query({ topic: state.topic })}`),
      'Messages renvoyés.');
  }

  async function discard(letter) {
    await openDialog(`Écarter le message ${letter.id}`, (close) => apiForm({
      label: 'Écarter le message', submitLabel: 'Écarter',
      fields: (error) => field({ name: 'reason', label: 'Motif (conservé dans l\'audit)', type: 'textarea', required: true, error }),
      submit: (values) => api.post(`/api/reports/operations/dead-letters/${encodeURIComponent(letter.id)}/discard${query({ topic: state.topic })}`, values),
      done: async () => {
        close();
        state.notice = 'Message écarté.';
        await loadDeadLetters();
      },
    }));
  }

  function snapshotForm() {
    return apiForm({
      label: 'Instantané', submitLabel: 'Créer l\'instantané',
      fields: (error) => html`<div class="grid grid--2">
        ${field({ name: 'at', label: 'Date et heure (UTC)', type: 'datetime-local', required: true, error,
          hint: 'Les vues telles qu\'elles étaient à cet instant' })}
        ${field({ name: 'views', label: 'Vues', error, hint: `Séparées par des virgules ; vide : toutes (${Object.keys(state.views).join(', ')})` })}
      </div>`,
      submit: (values) => api.post('/api/reports/snapshots', {
        at: values.at ? new Date(values.at + 'Z').toISOString() : undefined,
        views: values.views ? values.views.split(',').map(v => v.trim()).filter(Boolean) : [] }),
      done: async () => {
        state.notice = 'Instantané demandé.';
        announce(state.notice);
        await loadSnapshots();
      },
    });
  }

  async function act(call, message) {
    try {
      await call();
      state.notice = message;
      state.error = null;
      announce(message);
    } catch (failure) {
      state.error = failure;
    }
    await Promise.all([loadRebuilds(), loadDeadLetters()]);
  }

  async function loadRebuilds() {
    try {
      const answer = await api.get('/api/reports/operations/rebuilds');
      state.views = answer.views;
      state.rebuilds = answer.rebuilds;
    } catch (failure) {
      state.error = failure;
    }
    draw();
  }

  async function loadDeadLetters() {
    try {
      state.deadLetters = await api.get(`/api/reports/operations/dead-letters${query({ topic: state.topic })}`);
    } catch (failure) {
      state.error = failure;
    }
    draw();
  }

  async function loadSnapshots() {
    try {
      state.snapshots = await api.get('/api/reports/snapshots');
    } catch (failure) {
      state.error = failure;
    }
    draw();
  }

  draw();
  await Promise.all([loadRebuilds(), loadDeadLetters(), loadSnapshots()]);
  rebuildHost = rebuildForm();
  snapshotHost = snapshotForm();
  draw();
  return () => stream.close();
}

function percentOf(progress) {
  if (progress.state === 'DONE') {
    return 100;
  }
  const total = progress.eventsRead + progress.lag;
  return total === 0 ? 0 : Math.min(99, Math.floor(progress.eventsRead * 100 / total));
}

function statusBadge(code) {
  const [label, kind] = statusOf(code);
  return badge(label, kind);
}
