// Tableau de bord: the bilan of an académie (or national) for a civil or school year, its figures and charts updated
// live from the bilan's Server-Sent Events, the comparison with the previous year, and its exports.
import { api, query } from '../api.js';
import { subscribe } from '../sse.js';
import { html, render, nothing, format, announce, problemAlert, table, field } from '../ui.js';
import { academieName, academieOptions, BILAN_LINES } from '../labels.js';
import { chart, barOption, stackedOption } from '../charts.js';

const CHOICE = 'ipe.console.bilan';

export async function mount(root, { user }) {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const saved = JSON.parse(localStorage.getItem(CHOICE) || '{}');
  const rectorat = user.has('RECTORAT') && user.academie;
  const state = {
    period: params.get('periode') || saved.period || String(new Date().getFullYear()),
    academie: params.has('academie') ? params.get('academie') : (saved.academie ?? (rectorat ? user.academie : '')),
    bilan: null, comparison: null, error: null, live: 'connecting', updatedAt: null,
  };
  if (rectorat && state.academie && state.academie !== user.academie) {
    state.academie = user.academie;
  }
  let stream = { close() {} };
  let themes;
  let genders;
  let comparisonTimer;

  const scopeOptions = rectorat
    ? [[user.academie, `Mon académie (${academieName(user.academie)})`], ['', 'National']]
    : academieOptions('National');

  function draw() {
    const bilan = state.bilan;
    render(html`
      <h1>Tableau de bord</h1>
      <p class="lead" data-bilan-scope>Bilan ${state.academie ? `de l'académie de ${academieName(state.academie)}` : 'national'},
        ${periodLabel(state.period)}</p>
      <form class="filters" aria-label="Choix du bilan" @submit=${choose}>
        <div class="grid grid--3">
          ${field({ name: 'kind', label: 'Type de période', value: state.period.includes('-') ? 'school' : 'civil',
            options: [['civil', 'Année civile'], ['school', 'Année scolaire']] })}
          ${field({ name: 'year', label: 'Année', hint: 'Année civile, ou année de la rentrée scolaire',
            value: state.period.slice(0, 4), type: 'number', attrs: { min: 1990, step: 1, inputmode: 'numeric' } })}
          ${field({ name: 'academie', label: 'Périmètre', value: state.academie, options: scopeOptions })}
        </div>
        <div class="btn-group"><button class="btn" type="submit">Afficher le bilan</button></div>
      </form>
      ${problemAlert(state.error)}
      <div class="btn-group">
        <p class="live ${state.live === 'open' ? 'live--on' : state.live === 'failed' ? 'live--off' : ''}" data-live=${state.live}>
          ${liveLabel()}</p>
      </div>
      <div class="btn-group" role="group" aria-label="Téléchargements">
        <button class="btn btn--secondary btn--sm" type="button" @click=${() => download('csv')}>Télécharger le CSV</button>
        <button class="btn btn--secondary btn--sm" type="button" @click=${() => download('pdf')}>Télécharger le PDF</button>
        <button class="btn btn--secondary btn--sm" type="button" @click=${() => download('png')}>Télécharger le graphique (PNG)</button>
      </div>
      ${bilan ? figures(bilan) : html`<p class="loading">Chargement du bilan…</p>`}
      <h2>Graphiques</h2>
      <div class="charts">
        <figure class="chart-card">
          <figcaption id="titre-themes">Actions validées par thème</figcaption>
          <div class="chart" id="graphique-themes" role="img"></div>
        </figure>
        <figure class="chart-card">
          <figcaption id="titre-genres">Jeunes et personnels touchés</figcaption>
          <div class="chart" id="graphique-genres" role="img"></div>
        </figure>
      </div>
      ${bilan ? html`<details><summary>Données du graphique « Actions validées par thème »</summary>
        ${table('Actions validées par thème', ['Thème', { label: 'Actions', num: true }],
          bilan.actionsByTheme.map(line => html`<tr><td>${line.label}</td><td class="num">${format.int(line.actions)}</td></tr>`))}
      </details>` : nothing}
      <h2>Comparaison avec l'année précédente</h2>
      ${state.comparison ? comparisonTable(state.comparison) : html`<p class="loading">Chargement…</p>`}
      ${!state.academie && bilan ? academies(bilan) : nothing}
    `, root);
  }

  function figures(bilan) {
    const items = [
      ['actions', 'Actions validées', format.int(bilan.actions),
        bilan.nationalActions ? `dont ${format.int(bilan.nationalActions)} au niveau national` : null],
      ['ipe', 'IPE (équivalent temps plein)', format.dec(bilan.ipeFullTimeEquivalent),
        `${format.int(bilan.ipeHeadcount)} IPE en activité`],
      ['months', 'Mois d\'activité IPE', format.dec(bilan.monthsOfActivity), null],
      ['etablissements', 'Établissements', format.int(bilan.etablissements),
        `${format.int(bilan.etablissementsIdentified)} identifiés par leur UAI`],
      ['youngPeople', 'Jeunes', format.int(bilan.youngPeople),
        `${format.int(bilan.girls)} filles, ${format.int(bilan.boys)} garçons`],
      ['staff', 'Enseignants et personnels', format.int(bilan.staff),
        `${format.int(bilan.staffWomen)} femmes, ${format.int(bilan.staffMen)} hommes`],
      ['companies', 'Entreprises', format.int(bilan.companies), null],
      ['professionalOrganisations', 'Organisations professionnelles', format.int(bilan.professionalOrganisations), null],
    ];
    return html`<h2 class="sr-only">Chiffres clés</h2>
      <ul class="figures" aria-label="Chiffres clés du bilan">
      ${items.map(([key, label, value, detail]) => html`<li class="figure" data-figure=${key}>
        <span class="figure__label">${label}</span>
        <span class="figure__value" data-figure-value=${key}>${value}</span>
        ${detail ? html`<span class="figure__detail">${detail}</span>` : nothing}
      </li>`)}
    </ul>`;
  }

  function comparisonTable(comparison) {
    return table(`${periodLabel(comparison.previousPeriod)} et ${periodLabel(comparison.period)}`,
      ['Ligne', { label: comparison.previousPeriod, num: true }, { label: comparison.period, num: true },
        { label: 'Évolution', num: true }],
      comparison.lines.map(line => html`<tr>
        <th scope="row">${BILAN_LINES[line.line] || line.line}</th>
        <td class="num">${decimalOrInt(line.line, line.previous)}</td>
        <td class="num" data-comparison=${line.line}>${decimalOrInt(line.line, line.current)}</td>
        <td class="num">${line.changePercent === null ? 'n. s.' : format.percent(line.changePercent)}</td></tr>`));
  }

  function academies(bilan) {
    const reported = bilan.academiesReported || [];
    return html`<h2>Académies</h2>
      <p>${reported.length === 0 ? 'Aucune académie n\'a encore d\'action validée sur la période.'
        : `${reported.length} académie(s) ont des actions validées sur la période :`}</p>
      <ul class="btn-group">${reported.map(slug => html`<li>
        <a class="btn btn--tertiary btn--sm" href=${`#/bilan?periode=${state.period}&academie=${slug}`}>
          ${academieName(slug)}</a></li>`)}</ul>`;
  }

  function liveLabel() {
    switch (state.live) {
      case 'open': return `En direct — mis à jour ${state.updatedAt ? 'à ' + state.updatedAt.toLocaleTimeString('fr-FR') : ''}`;
      case 'reconnecting': return 'Connexion au direct perdue, reconnexion…';
      case 'failed': return 'Mises à jour en direct indisponibles';
      default: return 'Connexion au direct…';
    }
  }

  function choose(event) {
    event.preventDefault();
    const form = event.target;
    const year = Number(form.elements.year.value);
    if (!Number.isInteger(year) || year < 1990 || year > 2199) {
      state.error = { message: 'L\'année doit être un nombre entre 1990 et 2199.' };
      draw();
      form.elements.year.focus();
      return;
    }
    state.period = form.elements.kind.value === 'school' ? `${year}-${year + 1}` : String(year);
    state.academie = form.elements.academie.value;
    localStorage.setItem(CHOICE, JSON.stringify({ period: state.period, academie: state.academie }));
    history.replaceState(null, '', `#/bilan?periode=${state.period}${state.academie ? '&academie=' + state.academie : ''}`);
    open();
  }

  function scopeQuery() {
    return query({ academie: state.academie });
  }

  /** (Re)subscribes to the chosen bilan: the stream's first event is the current state. */
  function open() {
    stream.close();
    state.bilan = null;
    state.comparison = null;
    state.error = null;
    state.live = 'connecting';
    draw();
    let first = true;
    stream = subscribe(`/api/reports/bilans/${state.period}/live${scopeQuery()}`, {
      onEvent: (event) => {
        if (event.type !== 'bilan') {
          return;
        }
        const bilan = JSON.parse(event.data);
        const changed = changedFigures(state.bilan, bilan);
        state.bilan = bilan;
        state.updatedAt = new Date();
        state.error = null;
        draw();
        drawCharts();
        flash(changed);
        if (!first && changed.length > 0) {
          announce(`Bilan mis à jour : ${format.int(bilan.actions)} actions validées, ${format.int(bilan.youngPeople)} jeunes.`);
        }
        first = false;
        refreshComparison();
      },
      onState: (live, problem) => {
        state.live = live;
        if (problem) {
          state.error = { message: problem.detail || problem.title };
        }
        draw();
      },
    });
  }

  function drawCharts() {
    const bilan = state.bilan;
    const themesElement = root.querySelector('#graphique-themes');
    const gendersElement = root.querySelector('#graphique-genres');
    if (!bilan || !themesElement) {
      return;
    }
    themes = themes || chart(themesElement, () => `Graphique des actions validées par thème : ${state.bilan.actionsByTheme
      .filter(line => line.actions > 0).map(line => `${line.label} ${line.actions}`).join(', ') || 'aucune'}.`);
    genders = genders || chart(gendersElement, () => `Graphique des jeunes : ${state.bilan.girls} filles et `
      + `${state.bilan.boys} garçons ; personnels : ${state.bilan.staffWomen} femmes et ${state.bilan.staffMen} hommes.`);
    const lines = bilan.actionsByTheme;
    themes.update(barOption(lines.map(line => line.label), lines.map(line => line.actions), 'Actions'));
    genders.update(stackedOption(['Jeunes', 'Personnels'], [
      { name: 'Filles / femmes', values: [bilan.girls, bilan.staffWomen] },
      { name: 'Garçons / hommes', values: [bilan.boys, bilan.staffMen] }]));
  }

  function refreshComparison() {
    clearTimeout(comparisonTimer);
    comparisonTimer = setTimeout(async () => {
      try {
        state.comparison = await api.get(`/api/reports/bilans/${state.period}/comparison${scopeQuery()}`);
      } catch (failure) {
        state.error = failure;
      }
      draw();
    }, 250);
  }

  async function download(kind) {
    const scope = state.academie || 'national';
    const paths = { csv: 'csv', pdf: 'pdf', png: 'comparison/chart' };
    try {
      await api.download(`/api/reports/bilans/${state.period}/${paths[kind]}${scopeQuery()}`,
        `bilan-${state.period}-${scope}.${kind}`);
      announce(`Téléchargement du fichier ${kind.toUpperCase()} lancé.`);
    } catch (failure) {
      state.error = failure;
      draw();
    }
  }

  function flash(keys) {
    for (const key of keys) {
      const element = root.querySelector(`[data-figure="${key}"]`);
      if (element) {
        element.classList.remove('figure--changed');
        void element.offsetWidth;
        element.classList.add('figure--changed');
      }
    }
  }

  open();
  return () => {
    stream.close();
    clearTimeout(comparisonTimer);
    themes?.dispose();
    genders?.dispose();
  };
}

const FIGURE_KEYS = { actions: 'actions', ipe: 'ipeFullTimeEquivalent', months: 'monthsOfActivity',
  etablissements: 'etablissements', youngPeople: 'youngPeople', staff: 'staff', companies: 'companies',
  professionalOrganisations: 'professionalOrganisations' };

function changedFigures(before, after) {
  if (!before) {
    return [];
  }
  return Object.entries(FIGURE_KEYS).filter(([, key]) => String(before[key]) !== String(after[key])).map(([name]) => name);
}

function periodLabel(period) {
  return period.includes('-') ? `année scolaire ${period}` : `année civile ${period}`;
}

function decimalOrInt(line, value) {
  return line === 'ipeFullTimeEquivalent' || line === 'monthsOfActivity' ? format.dec(value) : format.int(value);
}
