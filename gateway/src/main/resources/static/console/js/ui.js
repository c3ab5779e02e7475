// Shared pieces of the pages: lit-html templates (which escape every value they insert), French formats, form fields
// that show the API's problem next to the field it names, and announcements for screen readers.
import { html, render, nothing } from '/webjars/lit-html/lit-html.js';
import { ApiProblem } from './api.js';

export { html, render, nothing };

const integers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimals = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dates = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const times = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium' });

export const format = {
  int: (value) => value === null || value === undefined ? '—' : integers.format(value),
  dec: (value) => value === null || value === undefined ? '—' : decimals.format(value),
  date: (iso) => iso ? dates.format(new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso)) : '—',
  time: (iso) => iso ? times.format(new Date(iso)) : '—',
  euros: (cents) => cents === null || cents === undefined ? '—'
    : new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100),
  percent: (value) => value === null || value === undefined ? '—'
    : (value > 0 ? '+' : '') + decimals.format(value) + ' %',
};

/** Today as yyyy-MM-dd, in the user's calendar. */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Says {@code message} to screen-reader users (the page's polite status region). */
export function announce(message) {
  const region = document.getElementById('annonces');
  region.textContent = '';
  setTimeout(() => { region.textContent = message; }, 50);
}

/** The error as an alert: its title, its detail, and every field error (for the fields not on the form). */
export function problemAlert(error) {
  if (!error) {
    return nothing;
  }
  const problem = error instanceof ApiProblem ? error.problem : { title: 'Erreur', detail: String(error.message || error) };
  const fields = error instanceof ApiProblem ? error.fieldErrors : [];
  return html`<div class="alert alert--error" role="alert" tabindex="-1" data-problem-status=${problem.status || nothing}>
    <p class="alert__title">${problem.title || 'Erreur'}${problem.status ? html` (${problem.status})` : nothing}</p>
    ${problem.detail ? html`<p data-problem-detail>${problem.detail}</p>` : nothing}
    ${fields.length > 1 ? html`<ul>${fields.map(e => html`<li>${e.field} : ${e.message}</li>`)}</ul>` : nothing}
  </div>`;
}

export function successAlert(message) {
  return message ? html`<div class="alert alert--success" role="status"><p class="alert__title">${message}</p></div>` : nothing;
}

/** The message the API gave for {@code name} (a JSON path such as figures.girls), if any. */
function messageFor(error, name) {
  if (!(error instanceof ApiProblem)) {
    return null;
  }
  const found = error.fieldErrors.find(e => e.field === name || String(e.field).replace(/\[\d+]$/, '') === name);
  return found ? found.message : null;
}

let fieldIds = 0;

/**
 * A labelled form field. {@code name} is the JSON path the API names in its problems; {@code options} makes a select
 * ([value, label] pairs); {@code type} 'textarea' a text area.
 */
export function field({ name, label, type = 'text', value = '', hint, required = false, error, options, attrs = {} }) {
  const id = attrs.id || `champ-${name.replace(/[^a-zA-Z0-9]/g, '-')}-${++fieldIds}`;
  const message = messageFor(error, name);
  const described = [hint ? id + '-aide' : null, message ? id + '-erreur' : null].filter(Boolean).join(' ') || nothing;
  let control;
  if (options) {
    control = html`<select class="input" id=${id} name=${name} ?required=${required} aria-invalid=${message ? 'true' : nothing}
        aria-describedby=${described}>
      ${options.map(([optionValue, optionLabel]) =>
        html`<option value=${optionValue} ?selected=${String(optionValue) === String(value)}>${optionLabel}</option>`)}
    </select>`;
  } else if (type === 'textarea') {
    control = html`<textarea class="input" id=${id} name=${name} ?required=${required} .value=${value ?? ''}
        aria-invalid=${message ? 'true' : nothing} aria-describedby=${described}></textarea>`;
  } else {
    control = html`<input class="input" id=${id} name=${name} type=${type} .value=${value ?? ''} ?required=${required}
        min=${attrs.min ?? nothing} step=${attrs.step ?? nothing} inputmode=${attrs.inputmode ?? nothing}
        autocomplete=${attrs.autocomplete ?? 'off'} pattern=${attrs.pattern ?? nothing}
        data-kind=${type === 'number' ? 'int' : nothing}
        aria-invalid=${message ? 'true' : nothing} aria-describedby=${described}>`;
  }
  return html`<div class="field ${message ? 'field--error' : ''}" data-field=${name}>
    <label for=${id}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}
      ${hint ? html`<span class="hint" id=${id + '-aide'}>${hint}</span>` : nothing}</label>
    ${control}
    ${message ? html`<p class="field-error" id=${id + '-erreur'}>${message}</p>` : nothing}
  </div>`;
}

/**
 * The values of a form as the API's JSON: dotted names make nested objects, data-kind="int" numbers,
 * data-kind="list" comma- or line-separated lists; empty values are left out.
 */
export function formValues(form) {
  const values = {};
  for (const element of form.elements) {
    if (!element.name || element.disabled || (element.type === 'radio' && !element.checked)) {
      continue;
    }
    const kind = element.dataset.kind;
    let value = element.type === 'checkbox' ? element.checked : element.value.trim();
    if (value === '' && kind !== 'list') {
      continue;
    }
    if (kind === 'int') {
      value = /^-?\d+$/.test(value) ? Number(value) : value;
    } else if (kind === 'list') {
      value = value.split(/[,;\n]/).map(item => item.trim()).filter(Boolean);
      if (value.length === 0) {
        continue;
      }
    }
    const path = element.name.split('.');
    let target = values;
    path.slice(0, -1).forEach(key => { target = target[key] = target[key] || {}; });
    target[path[path.length - 1]] = value;
  }
  return values;
}

/** Moves the focus to the first field the API refused, or to the alert. */
export function focusProblem(container) {
  requestAnimationFrame(() => {
    const target = container.querySelector('[aria-invalid="true"]') || container.querySelector('.alert--error');
    if (target) {
      target.focus();
    }
  });
}

export function badge(text, kind = '') {
  return html`<span class="badge ${kind ? 'badge--' + kind : ''}">${text}</span>`;
}

/** A table in a scrollable, keyboard-reachable region. */
export function table(caption, headers, rows, { empty = 'Aucun élément.' } = {}) {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
    <table>
      <caption>${caption}</caption>
      <thead><tr>${headers.map(h => typeof h === 'string' ? html`<th scope="col">${h}</th>`
        : html`<th scope="col" class=${h.num ? 'num' : ''}>${h.label}</th>`)}</tr></thead>
      <tbody>${rows.length === 0 ? html`<tr><td colspan=${headers.length} class="empty">${empty}</td></tr>` : rows}</tbody>
    </table>
  </div>`;
}

/** Opens a modal dialog with {@code content(close)}; resolves when it is closed. Focus returns where it was. */
export function openDialog(title, content) {
  const opener = document.activeElement;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'dialogue-titre');
  document.body.append(dialog);
  const close = () => dialog.close();
  const draw = () => render(html`<div class="dialog__body">
      <button type="button" class="btn btn--tertiary btn--sm dialog__close" @click=${close}>Fermer</button>
      <h2 id="dialogue-titre" tabindex="-1">${title}</h2>
      ${content(close, draw)}
    </div>`, dialog);
  draw();
  dialog.showModal();
  dialog.querySelector('#dialogue-titre').focus();
  return new Promise(resolve => dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener && opener.isConnected) {
      opener.focus();
    }
    resolve();
  }));
}

/**
 * A form that sends {@code submit(values)} and shows the problem next to its fields, or calls {@code done(result)}.
 * {@code fields(error)} draws the fields with the last error.
 */
export function apiForm({ label, fields, submit, done, submitLabel = 'Enregistrer', secondary = nothing }) {
  const host = document.createElement('div');
  let error = null;
  let busy = false;
  const draw = () => render(html`<form novalidate aria-label=${label} @submit=${onSubmit}>
      ${problemAlert(error)}
      ${fields(error)}
      <div class="btn-group">
        <button class="btn" type="submit" ?disabled=${busy}>${busy ? 'Envoi…' : submitLabel}</button>
        ${secondary}
      </div>
    </form>`, host);
  async function onSubmit(event) {
    event.preventDefault();
    busy = true;
    draw();
    try {
      const result = await submit(formValues(event.target), event.target);
      error = null;
      busy = false;
      draw();
      await done(result);
    } catch (failure) {
      error = failure;
      busy = false;
      draw();
      focusProblem(host);
    }
  }
  draw();
  return host;
}

/**
 * Tabs as the ARIA pattern says: one tab stop, arrows, Home and End move between tabs. {@code tabs} are [id, label]
 * pairs; {@code select(id)} shows one; the panel is {@code panel}.
 */
export function tabs(label, tabs, selected, select, panel) {
  const keys = (event) => {
    const index = tabs.findIndex(([id]) => id === selected);
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: tabs.length - 1 - index };
    if (event.key in moves) {
      event.preventDefault();
      const next = tabs[(index + moves[event.key] + tabs.length) % tabs.length][0];
      select(next);
      document.getElementById('onglet-' + next)?.focus();
    }
  };
  return html`<div class="tabs" role="tablist" aria-label=${label} @keydown=${keys}>
      ${tabs.map(([id, text]) => html`<button type="button" role="tab" id=${'onglet-' + id} aria-controls=${'panneau-' + id}
        aria-selected=${selected === id ? 'true' : 'false'} tabindex=${selected === id ? '0' : '-1'}
        @click=${() => select(id)}>${text}</button>`)}
    </div>
    <div class="tabpanel" role="tabpanel" id=${'panneau-' + selected} aria-labelledby=${'onglet-' + selected} tabindex="0">
      ${panel}
    </div>`;
}
