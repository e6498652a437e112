/* What every dashboard page shares: calls to the JSON API, problems shown where the user looks,
   the page state kept in the address (the permalink), charts that say when they are drawn, tables,
   and downloads of the data behind each chart. */

/** The dashboard's pages, in the order of the masthead. */
const PAGES = [
  ['spending', 'Spending'], ['aid', 'Aid to Ukraine'], ['posture', 'Posture'],
  ['guarantees', 'Guarantees'], ['campaign', 'Campaign'], ['replace', 'Replacement'],
  ['division', 'Division of labour'],
  ['sensitivity', 'Sensitivity'],
];

/** Fills the page's masthead with the name and the links to every page, marking this one. */
export function masthead() {
  const header = document.querySelector('header.masthead');
  const brand = document.createElement('a');
  brand.className = 'brand';
  brand.href = '/';
  brand.textContent = 'Bulwark';
  const nav = document.createElement('nav');
  for (const [page, label] of PAGES) {
    const link = document.createElement('a');
    link.href = '/' + page + '.html';
    link.textContent = label;
    if (header.dataset.page === page) {
      link.setAttribute('aria-current', 'page');
    }
    nav.append(link);
  }
  header.replaceChildren(brand, nav);
}

/** An answer of the API that was not 2xx: carries the problem object the server sent. */
export class ApiProblem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'request failed');
    this.problem = problem;
  }
}

/** Returns the URL of an API path with the given query parameters (empty values left out). */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? path + '?' + text : path;
}

/** Calls the API and returns its JSON; a problem answer is thrown as an ApiProblem. */
export async function api(path, params = {}, init = {}) {
  const response = await fetch(apiUrl(path, params), init);
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : { detail: await response.text() };
  if (!response.ok) {
    throw new ApiProblem({ status: response.status, ...body });
  }
  return body;
}

/** Shows what went wrong in the page's problem box, or hides the box when error is null. */
export function showProblem(error) {
  const box = document.getElementById('problem');
  if (!error) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  const problem = error.problem || {};
  const suggestions = problem.suggestions && problem.suggestions.length
    ? ' (try ' + problem.suggestions.join(', ') + ')' : '';
  const field = problem.field ? problem.field + ': ' : '';
  box.textContent = field + error.message + suggestions;
  box.hidden = false;
}

/** Returns the page state from the address, each key falling back to its default. */
export function readState(defaults) {
  const query = new URLSearchParams(window.location.search);
  const state = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    state[key] = query.has(key) ? query.get(key) : fallback;
  }
  return state;
}

/**
 * Puts the state into the address without reloading, so that the address (and the page's
 * permalink) reproduces what the user sees.
 */
export function writeState(state) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, String(value));
    }
  }
  const address = window.location.pathname + (query.toString() ? '?' + query : '');
  window.history.replaceState(null, '', address);
  const link = document.getElementById('permalink');
  if (link) {
    link.href = address;
  }
}

/**
 * Starts an ECharts chart on the element and marks it data-rendered="true" each time ECharts
 * reports that drawing finished ("false" while a new option is being drawn).
 */
export function startChart(element) {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.on('finished', () => element.setAttribute('data-rendered', 'true'));
  window.addEventListener('resize', () => chart.resize());
  return {
    chart,
    draw(option, replace = true) {
      element.setAttribute('data-rendered', 'false');
      chart.setOption(option, replace);
    },
  };
}

/**
 * Shows a job of the server's job queue (GET /api/campaigns/{id}) in the page's job box: its
 * progress bar, status, the given detail and whether Cancel can be pressed; a finished job is
 * handed to `done`, a failed one's problem shown. Returns whether the job is still queued or
 * running.
 */
export function showJobBox(job, detail, done) {
  const box = document.getElementById('job');
  box.hidden = false;
  box.dataset.status = job.status;
  box.dataset.job = job.id;
  document.getElementById('progress').value = job.progress ? job.progress.fraction : 0;
  document.getElementById('status').textContent = job.status;
  document.getElementById('job-detail').textContent = detail;
  const active = job.status === 'queued' || job.status === 'running';
  document.getElementById('cancel').disabled = !active;
  if (job.status === 'done') {
    done(job);
  } else if (job.status === 'failed' && job.error) {
    showProblem({ message: job.error.detail || job.error.title, problem: job.error });
  }
  return active;
}

/** Returns the rows as CSV text (RFC 4180), columns in the order of the first row's keys. */
export function toCsv(rows) {
  if (!rows.length) {
    return '';
  }
  const columns = Object.keys(rows[0]);
  const cell = (value) => {
    if (value === null || value === undefined) {
      return '';
    }
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
  };
  const lines = [columns.join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => cell(row[column])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * Points the CSV and JSON links in the element with id `downloads-NAME` at the rows the chart
 * NAME shows, with file names that carry the page state (e.g. spending-2024-auto.csv).
 */
export function offerDownloads(name, fileStem, rows) {
  const box = document.getElementById('downloads-' + name);
  const links = {
    csv: new Blob([toCsv(rows)], { type: 'text/csv' }),
    json: new Blob([JSON.stringify(rows, null, 1)], { type: 'application/json' }),
  };
  box.replaceChildren(document.createTextNode('Data behind this chart:'));
  for (const [format, blob] of Object.entries(links)) {
    const link = document.createElement('a');
    const previous = box.dataset[format];
    if (previous) {
      URL.revokeObjectURL(previous);
    }
    link.href = URL.createObjectURL(blob);
    box.dataset[format] = link.href;
    link.download = fileStem + '.' + format;
    link.textContent = format.toUpperCase();
    link.className = 'download-' + format;
    box.append(link);
  }
}

/** How a column is written in a table: its heading and how a value reads. */
export function column(key, heading, format = (value) => value ?? '—', numeric = false) {
  return { key, heading, format, numeric };
}

/** A number with thousands separators and the given decimals; missing figures as a dash. */
export function number(decimals = 0) {
  return (value) => (value === null || value === undefined ? '—'
    : Number(value).toLocaleString('en-GB', {
      minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
}

/** Fills the table with id `table-NAME` with one row per entry of rows. */
export function fillTable(name, columns, rows) {
  const table = document.getElementById('table-' + name);
  const head = document.createElement('tr');
  for (const { heading, numeric } of columns) {
    const th = document.createElement('th');
    th.textContent = heading;
    th.className = numeric ? 'num' : '';
    head.append(th);
  }
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (const { key, format, numeric } of columns) {
      const td = document.createElement('td');
      const shown = format(row[key], row);
      if (shown instanceof Node) {
        td.append(shown);
      } else {
        td.textContent = shown;
      }
      td.className = numeric ? 'num' : (key === 'reason' ? 'reason' : '');
      tr.append(td);
    }
    body.append(tr);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  table.replaceChildren(thead, body);
}

/** Writes the API's footnotes as a list in the element with id `notes-NAME`. */
export function showNotes(name, notes = []) {
  const list = document.getElementById('notes-' + name);
  list.replaceChildren(...notes.map((note) => {
    const item = document.createElement('li');
    item.textContent = note;
    return item;
  }));
}

/**
 * Calls work at most once per `wait` milliseconds while the user keeps moving a control, and
 * once more with the last value when they stop, so a slider recomputes as it moves.
 */
export function throttle(work, wait = 120) {
  let timer = null;
  let pending = null;
  return (...args) => {
    pending = args;
    if (timer === null) {
      work(...pending);
      pending = null;
      timer = setTimeout(function release() {
        if (pending) {
          work(...pending);
          pending = null;
          timer = setTimeout(release, wait);
        } else {
          timer = null;
        }
      }, wait);
    }
  };
}
