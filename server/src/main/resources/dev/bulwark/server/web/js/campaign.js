/* The Campaign page: picks a theatre and a posture, starts a Monte Carlo run of the theatre's
   campaign model as a job, shows its progress, cancels it, and draws the answer: in a land theatre
   (the Baltic) the distributions (hours to each objective, the chance the defence holds by day)
   and the reinforcements in time; in the Taiwan Strait the chance of each outcome and the losses;
   in either the sensitivity table. A run's link (?job=ID) reopens it, also after the server
   restarts; the address keeps the theatre. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showJobBox,
  showProblem, startChart, writeState,
} from './dashboard.js';

masthead();

const POLL_MS = 300;
/** How each objective of the model reads on the chart. */
const OBJECTIVES = { tallinn: 'Tallinn', riga: 'Riga', first: 'first capital' };
/** How each theatre reads in the picker; a theatre not named here shows its id. */
const THEATRES = { baltic: 'The Baltic', taiwan: 'The Taiwan Strait' };
/** How each outcome of the strait model reads, in the model's order, with its colour. */
const OUTCOMES = [
  ['invasion_defeated', 'invasion defeated', '#1d4e89'],
  ['stalemate', 'stalemate', '#9aa5b1'],
  ['capital_taken', 'capital taken', '#c0392b'],
];
const FIELDS = ['theatre', 'posture', 'scenario', 'runs', 'seed', 'horizon'];
const state = readState({
  theatre: 'baltic', posture: '', scenario: '', runs: '2000', seed: '1253', horizon: '30',
  tornado: '', job: '',
});
/** Every posture the server knows ({id, name, theatre}), filled once. */
let postures = [];
const objectives = startChart(document.getElementById('chart-objectives'));
const holds = startChart(document.getElementById('chart-holds'));
const tornado = startChart(document.getElementById('chart-tornado'));
const outcomes = startChart(document.getElementById('chart-outcomes'));
const losses = startChart(document.getElementById('chart-losses'));
let polling = null;

function hours(value) {
  return value === null || value === undefined ? 'not reached' : number(0)(value) + ' h';
}

function drawObjectives(rows) {
  const postures = new Set(rows.map((row) => row.posture));
  const labels = rows.map((row) => OBJECTIVES[row.objective] || row.objective)
      .map((label, index) => (postures.size > 1 ? label + '\n' + rows[index].posture : label));
  objectives.draw({
    grid: { left: 64, right: 24, top: 32, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (item) => {
        const row = rows[item.dataIndex];
        return row.objective + ', ' + row.posture + '<br>median ' + hours(row.hours_median)
          + ' (80% between ' + hours(row.hours_p10) + ' and ' + hours(row.hours_p90) + ')<br>'
          + 'reached in ' + number(1)(row.reached_pct) + '% of runs';
      },
    },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', name: 'hours', nameGap: 12 },
    series: [{
      type: 'boxplot', name: 'hours to objective', itemStyle: { color: '#dbe7f3', borderColor: '#1d4e89' },
      data: rows.map((row) => [row.hours_p10, row.hours_p25, row.hours_median, row.hours_p75,
        row.hours_p90]),
    }],
  });
  offerDownloads('objectives', 'campaign-objectives-' + state.job, rows);
}

function drawHolds(rows) {
  const postures = [...new Set(rows.map((row) => row.posture))];
  holds.draw({
    legend: { top: 0, right: 24 },
    grid: { left: 56, right: 24, top: 40, bottom: 40 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => number(1)(value) + '%' },
    xAxis: { type: 'value', name: 'day', nameLocation: 'middle', nameGap: 26, min: 0 },
    yAxis: { type: 'value', name: '% of runs', min: 0, max: 100 },
    series: postures.map((posture) => ({
      type: 'line', name: posture, symbolSize: 7,
      data: rows.filter((row) => row.posture === posture).map((row) => [row.day, row.holds_pct]),
    })),
  });
  offerDownloads('holds', 'campaign-holds-' + state.job, rows);
}

/** Draws the chance of each outcome by posture, as stacked bars that add up to 100%. */
function drawOutcomes(rows) {
  const names = [...new Set(rows.map((row) => row.posture))];
  const share = (posture, outcome) => 100 * rows.find((row) => row.posture === posture
    && row.outcome === outcome).probability;
  outcomes.draw({
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 56 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      valueFormatter: (value) => number(1)(value) + '%' },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', name: '% of runs', min: 0, max: 100 },
    series: OUTCOMES.map(([id, label, color]) => ({
      type: 'bar', stack: 'outcome', name: label, id, itemStyle: { color }, barMaxWidth: 96,
      data: names.map((posture) => share(posture, id)),
    })),
  });
  offerDownloads('outcomes', 'campaign-outcomes-' + state.job, rows);
}

/** Draws the ships each side loses, one bar per posture, and lists every loss in the table. */
function drawLosses(rows) {
  const names = [...new Set(rows.map((row) => row.posture))];
  const ships = [...new Set(rows.filter((row) => row.unit === 'ships').map((row) => row.loss))];
  losses.draw({
    legend: { top: 0 },
    grid: { left: 160, right: 24, top: 40, bottom: 36 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: number(1) },
    xAxis: { type: 'value', name: 'ships', nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', inverse: true, axisLabel: { fontSize: 11 },
      data: ships.map((loss) => loss.replaceAll('_', ' ')) },
    series: names.map((posture) => ({
      type: 'bar', name: posture,
      data: ships.map((loss) => rows.find((row) => row.posture === posture
        && row.loss === loss).mean),
    })),
  });
  fillTable('losses', [
    column('posture', 'Posture'),
    column('side', 'Side'),
    column('description', 'Loss'),
    column('mean', 'Mean', number(1), true),
    column('unit', 'Unit'),
  ], rows);
  offerDownloads('losses', 'campaign-losses-' + state.job, rows);
}

/**
 * How a tornado reads in each kind of theatre: the figure at each end of a bar, its axis and
 * caption, and the table's columns. A land theatre's bars are the median hours to the first
 * objective; the strait model's, the chance the invasion is defeated.
 */
const TORNADO = {
  land: {
    low: (row) => row.median_hours_at_low,
    high: (row) => row.median_hours_at_high,
    axis: 'median hours',
    format: hours,
    caption: 'Median hours to the first capital with each parameter at its low and its high,'
      + ' the others drawn as usual',
    columns: [
      column('median_hours_at_low', 'Median hours at low', number(1), true),
      column('median_hours_at_high', 'Median hours at high', number(1), true),
      column('holds_pct_at_low', 'Holds % at low', number(1), true),
      column('holds_pct_at_high', 'Holds % at high', number(1), true),
    ],
  },
  strait: {
    low: (row) => 100 * row.defeated_at_low,
    high: (row) => 100 * row.defeated_at_high,
    axis: '% of runs defeated',
    format: (value) => number(1)(value) + '%',
    caption: 'Chance the invasion is defeated with each parameter at its low and its high, the'
      + ' others drawn as usual',
    columns: [
      column('defeated_at_low', 'Defeated % at low', (v) => number(1)(100 * v), true),
      column('defeated_at_high', 'Defeated % at high', (v) => number(1)(100 * v), true),
      column('capital_at_low', 'Capital taken % at low', (v) => number(1)(100 * v), true),
      column('capital_at_high', 'Capital taken % at high', (v) => number(1)(100 * v), true),
    ],
  },
};

/** Draws each parameter's figure at its low and high, widest swing on top. */
function drawTornado(rows) {
  const kind = rows.length && 'defeated_at_low' in rows[0] ? TORNADO.strait : TORNADO.land;
  const swing = (row) => Math.abs(kind.high(row) - kind.low(row));
  const sorted = [...rows].sort((a, b) => swing(b) - swing(a));
  const names = new Set(rows.map((row) => row.posture));
  document.getElementById('tornado-caption').textContent = kind.caption;
  tornado.draw({
    legend: { top: 0 },
    grid: { left: 200, right: 24, top: 32, bottom: 36 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: kind.format },
    xAxis: { type: 'value', name: kind.axis, nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', inverse: true, axisLabel: { fontSize: 11 },
      data: sorted.map((row) => row.parameter.replaceAll('_', ' ')
        + (names.size > 1 ? ' (' + row.posture + ')' : '')) },
    series: [
      { type: 'bar', name: 'at low', data: sorted.map(kind.low),
        itemStyle: { color: '#e07b39' } },
      { type: 'bar', name: 'at high', data: sorted.map(kind.high),
        itemStyle: { color: '#1d4e89' } },
    ],
  });
  fillTable('tornado', [
    column('posture', 'Posture'),
    column('parameter', 'Parameter'),
    column('low', 'Low', number(2), true),
    column('high', 'High', number(2), true),
    column('unit', 'Unit'),
    ...kind.columns,
  ], sorted);
  offerDownloads('tornado', 'campaign-tornado-' + state.job, rows);
}

/** Shows a finished run: the distributions, or the sensitivity when the run was a tornado. */
function showResult(result) {
  document.getElementById('results').hidden = false;
  const distributions = Boolean(result.objectives);
  document.getElementById('distributions').hidden = !distributions;
  document.getElementById('reinforcements').hidden = !distributions;
  document.getElementById('strait').hidden = !result.outcomes;
  document.getElementById('sensitivity').hidden = !result.tornado;
  if (distributions) {
    drawObjectives(result.objectives);
    drawHolds(result.holds);
    fillTable('reinforcements', [
      column('posture', 'Posture'),
      column('name', 'Reinforcement'),
      column('scheduled_day', 'Scheduled day', number(1), true),
      column('in_time_pct', 'Arrives in time, % of runs', number(1), true),
    ], result.reinforcements);
    offerDownloads('reinforcements', 'campaign-reinforcements-' + state.job,
      result.reinforcements);
  }
  if (result.outcomes) {
    drawOutcomes(result.outcomes);
    drawLosses(result.losses);
  }
  if (result.tornado) {
    drawTornado(result.tornado);
  }
}

function showJob(job) {
  const done = job.progress ? number(0)(job.progress.done) + ' of ' + number(0)(job.progress.total)
      + ' runs' : '';
  const run = job.result ? ', seed ' + job.result.seed + (job.result.model_version
    ? ', model ' + job.result.model_version : '') : '';
  const active = showJobBox(job, done + run, (finished) => showResult(finished.result));
  document.getElementById('start').disabled = active;
  return active;
}

/** Follows the job until it finishes or is cancelled. */
async function follow(id) {
  clearTimeout(polling);
  try {
    const job = await api('/api/campaigns/' + encodeURIComponent(id));
    if (id !== state.job) {
      return;
    }
    if (showJob(job)) {
      polling = setTimeout(() => follow(id), POLL_MS);
    } else {
      listRuns();
    }
  } catch (error) {
    showProblem(error);
  }
}

async function startRun(event) {
  event.preventDefault();
  for (const field of FIELDS) {
    state[field] = document.getElementById(field).value.trim();
  }
  state.tornado = document.getElementById('tornado').checked ? 'true' : '';
  document.getElementById('results').hidden = true;
  try {
    const job = await api('/api/campaigns', {}, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        theatre: state.theatre, posture: state.posture, scenario: state.scenario || null,
        runs: Number(state.runs), seed: Number(state.seed), horizon: Number(state.horizon),
        // Without a tornado the theatre's own default answer: objectives, or the strait's outcomes.
        show: state.tornado === 'true' ? 'tornado' : null,
      }),
    });
    showProblem(null);
    state.job = job.id;
    writeState(state);
    showJob(job);
    follow(job.id);
  } catch (error) {
    showProblem(error);
  }
}

async function cancelRun() {
  try {
    clearTimeout(polling);
    showJob(await api('/api/campaigns/' + encodeURIComponent(state.job), {}, { method: 'DELETE' }));
    listRuns();
  } catch (error) {
    showProblem(error);
    follow(state.job);
  }
}

async function listRuns() {
  try {
    const runs = (await api('/api/campaigns')).rows;
    fillTable('runs', [
      column('id', 'Run', (id) => {
        const link = document.createElement('a');
        link.href = '/campaign.html?job=' + encodeURIComponent(id);
        link.textContent = id.slice(0, 8);
        return link;
      }),
      column('status', 'Status'),
      column('request', 'Theatre', (request) => request.theatre || 'baltic'),
      column('request', 'Posture', (request) => request.posture),
      column('request', 'Scenario', (request) => request.scenario || '—'),
      column('request', 'Runs', (request) => number(0)(request.runs), true),
      column('request', 'Seed', (request) => String(request.seed), true),
      column('created', 'Started', (created) => created.slice(0, 16).replace('T', ' ') + ' UTC'),
    ], runs);
  } catch (error) {
    showProblem(error);
  }
}

/** Puts a linked run's request back into the form, then follows the run. */
async function reopen(id) {
  try {
    const job = await api('/api/campaigns/' + encodeURIComponent(id));
    const request = job.request;
    // Runs saved before the body took the campaign question's names carry horizon_days and tornado.
    const tornadoRun = request.show === 'tornado' || request.tornado === true;
    Object.assign(state, {
      theatre: request.theatre || 'baltic', posture: request.posture, scenario: request.scenario || '', runs: String(request.runs),
      seed: String(request.seed), horizon: String(request.horizon ?? request.horizon_days),
      tornado: tornadoRun ? 'true' : '',
    });
    showForm();
    document.getElementById('tornado').checked = tornadoRun;
    writeState(state);
    follow(id);
  } catch (error) {
    showProblem(error);
  }
}

/** Lists the theatre's postures in the posture picker, choosing `wanted` or the first. */
function showPostures(theatre, wanted) {
  const picker = document.getElementById('posture');
  picker.replaceChildren(...postures.filter((row) => row.theatre === theatre)
    .map((row) => new Option(row.name, row.id)));
  picker.value = wanted;
  if (picker.selectedIndex < 0 && picker.options.length) {
    picker.selectedIndex = 0;
  }
  return picker.value;
}

/** Puts the state into the form: the theatre first, so that its postures are listed. */
function showForm() {
  for (const field of FIELDS) {
    document.getElementById(field).value = state[field];
  }
  state.posture = showPostures(state.theatre, state.posture);
}

async function fillChoices() {
  const [listed, scenarios] = await Promise.all([
    api('/api/campaign/postures'), api('/api/scenarios')]);
  postures = listed.rows;
  const theatres = [...new Set(postures.map((row) => row.theatre))];
  document.getElementById('theatre').replaceChildren(...theatres
    .map((id) => new Option(THEATRES[id] || id, id)));
  const scenario = document.getElementById('scenario');
  scenario.append(...scenarios.rows.map((row) => new Option(row.name, row.id)));
}

/** A new theatre lists its postures, its first (the calibration case) chosen. */
function changeTheatre() {
  state.theatre = document.getElementById('theatre').value;
  state.posture = showPostures(state.theatre, '');
  writeState(state);
}

async function start() {
  try {
    await fillChoices();
  } catch (error) {
    showProblem(error);
  }
  showForm();
  document.getElementById('tornado').checked = state.tornado === 'true';
  writeState(state);
  document.getElementById('campaign-controls').addEventListener('submit', startRun);
  document.getElementById('cancel').addEventListener('click', cancelRun);
  document.getElementById('theatre').addEventListener('change', changeTheatre);
  if (state.job) {
    reopen(state.job);
  }
  listRuns();
}

start();
