/* The Division page: the division of labour as a job. Each change of a control starts a new run
   (cancelling the one still running), shows its progress, and draws the two-theatre frontier
   (one point per share of the US pool moved, the Pareto-efficient ones joined), both chances
   against the share moved, and the named answers as quotable statements, with their notes,
   sources and downloads. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showJobBox,
  showNotes, showProblem, startChart, throttle, writeState,
} from './dashboard.js';

masthead();

const POLL_MS = 300;
/** The controls, each named as the parameter of the division question it sets. */
const FIELDS = ['year', 'europe-target', 'by', 'steps', 'runs', 'seed', 'require-baltic',
  'require-taiwan'];
/** The controls that recompute as they move (the others when they are changed). */
const SLIDERS = new Set(['year', 'europe-target']);
const state = readState({
  year: '2030', 'europe-target': '3.5', by: '2035', steps: '20', runs: '5000', seed: '1253',
  'require-baltic': '0.75', 'require-taiwan': '0.95',
});
const frontier = startChart(document.getElementById('chart-frontier'));
const shares = startChart(document.getElementById('chart-shares'));
/** The job whose answer the page waits for; answers of any other job are dropped. */
let current = null;
/** How many runs the page has asked for; a run asked for before the last is cancelled. */
let asked = 0;
let polling = null;

const percent = (value) => (value === null || value === undefined ? '—'
  : number(1)(100 * value) + '%');
const shareLabel = (share) => number(0)(100 * share) + '%';

/** The frontier's column of the Baltic chance, named after the model's hold day. */
function balticColumn(answer) {
  return answer.columns.map((c) => c.name).find((name) => name.startsWith('baltic_holds_'));
}

/** The downloads' file name: the page state that made the answer, e.g. division-2030-3.5-2035. */
function fileStem(request) {
  return 'division-' + request.year + '-' + request['europe-target'] + '-' + request.by;
}

function drawFrontier(answer, request) {
  const baltic = balticColumn(answer);
  const days = baltic.replace('baltic_holds_', '').replace('d', '');
  const rows = answer.rows;
  const point = (row) => ({
    name: shareLabel(row.moved_to_indopacom_share),
    value: [row[baltic], row.taiwan_invasion_defeated, row.moved_to_indopacom_share],
    itemStyle: { color: row.on_frontier === 'yes' ? '#1d4e89' : '#9aa5b1' },
  });
  const efficient = rows.filter((row) => row.on_frontier === 'yes')
    .sort((a, b) => a[baltic] - b[baltic]);
  document.getElementById('frontier-caption').textContent = 'The two-theatre frontier in '
    + request.year + ', Europe on the path to ' + request['europe-target'] + '% of GDP by '
    + request.by + ': each point a share of the US pool moved to the Indo-Pacific';
  frontier.draw({
    legend: { top: 0, right: 0 },
    grid: { left: 72, right: 40, top: 48, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (item) => {
        const row = rows.find((r) => r.moved_to_indopacom_share === item.value[2]);
        return shareLabel(row.moved_to_indopacom_share) + ' of the pool moved ('
          + number(0)(row.moved_personnel) + ' personnel)<br>Baltic holds ' + days + ' days: '
          + percent(row[baltic]) + '<br>Taiwan invasion defeated: '
          + percent(row.taiwan_invasion_defeated) + '<br>European brigades in the Baltic: '
          + number(2)(row.european_brigades_in_baltic);
      },
    },
    xAxis: { type: 'value', scale: true, name: 'chance the Baltic holds ' + days + ' days',
      nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: percent } },
    yAxis: { type: 'value', scale: true, name: 'chance the Taiwan invasion is defeated',
      nameLocation: 'middle', nameGap: 52, axisLabel: { formatter: percent } },
    series: [
      { type: 'scatter', name: 'share moved', id: 'shares', symbolSize: 11, z: 3,
        itemStyle: { color: '#9aa5b1' },
        label: { show: true, position: 'right', fontSize: 11, formatter: (item) => item.name },
        data: rows.map(point) },
      { type: 'line', name: 'on the frontier', id: 'frontier', showSymbol: false,
        itemStyle: { color: '#1d4e89' }, lineStyle: { width: 2 }, tooltip: { show: false },
        label: { show: false }, data: efficient.map(point),
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#e07b39' },
          label: { fontSize: 11, position: 'insideEndTop' },
          data: [{ xAxis: request['require-baltic'], label: { formatter: 'Baltic required' } },
            { yAxis: request['require-taiwan'], label: { formatter: 'Taiwan required' } }] } },
    ],
  });
  const element = document.getElementById('chart-frontier');
  element.dataset.year = String(request.year);
  element.dataset.target = String(request['europe-target']);
  shares.draw({
    legend: { top: 0 },
    grid: { left: 64, right: 24, top: 40, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: percent },
    xAxis: { type: 'value', min: 0, max: 1, name: 'share of the US pool moved to the Indo-Pacific',
      nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: shareLabel } },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: percent } },
    series: [
      { type: 'line', name: 'Baltic holds ' + days + ' days', id: 'baltic',
        itemStyle: { color: '#1d4e89' },
        data: rows.map((row) => [row.moved_to_indopacom_share, row[baltic]]) },
      { type: 'line', name: 'Taiwan invasion defeated', id: 'taiwan', itemStyle: { color: '#e07b39' },
        data: rows.map((row) => [row.moved_to_indopacom_share, row.taiwan_invasion_defeated]) },
    ],
  });
  fillTable('frontier', [
    column('moved_to_indopacom_share', 'Share moved', shareLabel, true),
    column('moved_personnel', 'Personnel moved', number(0), true),
    column('units_moved', 'Units moved'),
    column('european_brigades_in_baltic', 'European brigades in the Baltic', number(2), true),
    column(baltic, 'Baltic holds ' + days + ' days', percent, true),
    column('taiwan_invasion_defeated', 'Taiwan invasion defeated', percent, true),
    column('on_frontier', 'On the frontier'),
  ], rows);
  showNotes('frontier', answer.notes);
  offerDownloads('frontier', fileStem(request) + '-frontier', rows);
}

function drawAnswers(answer, request) {
  const list = document.getElementById('answers');
  list.replaceChildren(...answer.rows.map((row) => {
    const item = document.createElement('li');
    item.dataset.answer = row.answer;
    const quote = document.createElement('q');
    quote.textContent = row.statement;
    item.append(quote);
    return item;
  }));
  fillTable('answers', [
    column('answer', 'Answer'),
    column('baltic_before', 'Baltic before', percent, true),
    column('baltic_after', 'Baltic after', percent, true),
    column('taiwan_before', 'Taiwan before', percent, true),
    column('taiwan_after', 'Taiwan after', percent, true),
  ], answer.rows);
  showNotes('answers', answer.notes);
  offerDownloads('answers', fileStem(request) + '-answers', answer.rows);
}

function showResult(job) {
  const { frontier: table, answers } = job.result;
  document.getElementById('results').hidden = false;
  drawFrontier(table, job.request);
  drawAnswers(answers, job.request);
  showNotes('sources', [...new Set(table.sources.concat(answers.sources))]);
}

/** Shows the job's status and progress; returns whether it is still queued or running. */
function showJob(job) {
  return showJobBox(job, job.progress ? number(0)(job.progress.done) + ' of '
    + number(0)(job.progress.total) + ' runs (one pass a theatre; the frontier is read from the answers\' runs)'
    + (job.result ? ', seed ' + job.result.seed + ', ' + number(0)(job.result.runs)
      + ' runs per posture' : '') : '', showResult);
}

/** Follows the job until it finishes or is cancelled, unless a newer one replaced it. */
async function follow(id) {
  clearTimeout(polling);
  try {
    const job = await api('/api/campaigns/' + encodeURIComponent(id));
    if (id === current && showJob(job)) {
      polling = setTimeout(() => follow(id), POLL_MS);
    }
  } catch (error) {
    if (id === current) {
      showProblem(error);
    }
  }
}

/** Cancels the job if it is still running; one that has just finished is left as it is. */
async function cancel(id) {
  try {
    return await api('/api/campaigns/' + encodeURIComponent(id), {}, { method: 'DELETE' });
  } catch (error) {
    return null;
  }
}

/** The request body: every control as the number the division question reads. */
function body() {
  return Object.fromEntries(FIELDS.map((field) => [field, Number(state[field])]));
}

/** Starts a run for the current state, cancelling the previous one. */
async function recompute() {
  const mine = ++asked;
  const status = document.getElementById('job').dataset.status;
  const stale = status === 'queued' || status === 'running' ? current : null;
  current = null;
  clearTimeout(polling);
  try {
    if (stale) {
      await cancel(stale);
    }
    const job = await api('/api/division/jobs', {}, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body()),
    });
    if (mine !== asked) {
      cancel(job.id);
      return;
    }
    current = job.id;
    showProblem(null);
    showJob(job);
    follow(job.id);
  } catch (error) {
    if (mine === asked) {
      showProblem(error);
    }
  }
}

async function cancelCurrent() {
  const id = current;
  clearTimeout(polling);
  const job = await cancel(id);
  if (job && id === current) {
    showJob(job);
  } else if (id === current) {
    follow(id);
  }
}

function showSliders() {
  document.getElementById('year-shown').value = state.year;
  document.getElementById('target-shown').value = Number(state['europe-target']).toFixed(2);
}

function start() {
  const again = throttle(recompute, 400);
  for (const field of FIELDS) {
    const control = document.getElementById(field);
    control.value = state[field];
    control.addEventListener(SLIDERS.has(field) ? 'input' : 'change', () => {
      state[field] = control.value.trim();
      showSliders();
      writeState(state);
      again();
    });
  }
  showSliders();
  writeState(state);
  document.getElementById('cancel').addEventListener('click', cancelCurrent);
  recompute();
}

document.querySelector('form').addEventListener('submit', (event) => event.preventDefault());
start();
