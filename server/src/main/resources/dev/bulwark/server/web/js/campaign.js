/* The Campaign page: starts a Monte Carlo run of the campaign model as a job, shows its
   progress, cancels it, and draws the distributions (hours to each objective, the chance the
   defence holds by day), the reinforcements in time and the sensitivity table. A run's link
   (?job=ID) reopens it, also after the server restarts. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showJobBox,
  showProblem, startChart, writeState,
} from './dashboard.js';

masthead();

const POLL_MS = 300;
/** How each objective of the model reads on the chart. */
const OBJECTIVES = { tallinn: 'Tallinn', riga: 'Riga', first: 'first capital' };
const FIELDS = ['posture', 'scenario', 'runs', 'seed', 'horizon'];
const state = readState({
  posture: 'baltic-2016', scenario: '', runs: '2000', seed: '1253', horizon: '30', tornado: '',
  job: '',
});
const objectives = startChart(document.getElementById('chart-objectives'));
const holds = startChart(document.getElementById('chart-holds'));
const tornado = startChart(document.getElementById('chart-tornado'));
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

/** Draws the median hours with each parameter at its low and high, widest swing on top. */
function drawTornado(rows) {
  const swing = (row) => Math.abs(row.median_hours_at_high - row.median_hours_at_low);
  const sorted = [...rows].sort((a, b) => swing(b) - swing(a));
  const postures = new Set(rows.map((row) => row.posture));
  tornado.draw({
    legend: { top: 0 },
    grid: { left: 200, right: 24, top: 32, bottom: 36 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: hours },
    xAxis: { type: 'value', name: 'median hours', nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', inverse: true, axisLabel: { fontSize: 11 },
      data: sorted.map((row) => row.parameter.replaceAll('_', ' ')
        + (postures.size > 1 ? ' (' + row.posture + ')' : '')) },
    series: [
      { type: 'bar', name: 'at low', data: sorted.map((row) => row.median_hours_at_low),
        itemStyle: { color: '#e07b39' } },
      { type: 'bar', name: 'at high', data: sorted.map((row) => row.median_hours_at_high),
        itemStyle: { color: '#1d4e89' } },
    ],
  });
  fillTable('tornado', [
    column('posture', 'Posture'),
    column('parameter', 'Parameter'),
    column('low', 'Low', number(2), true),
    column('high', 'High', number(2), true),
    column('unit', 'Unit'),
    column('median_hours_at_low', 'Median hours at low', number(1), true),
    column('median_hours_at_high', 'Median hours at high', number(1), true),
    column('holds_pct_at_low', 'Holds % at low', number(1), true),
    column('holds_pct_at_high', 'Holds % at high', number(1), true),
  ], sorted);
  offerDownloads('tornado', 'campaign-tornado-' + state.job, rows);
}

/** Shows a finished run: the distributions, or the sensitivity when the run was a tornado. */
function showResult(result) {
  document.getElementById('results').hidden = false;
  const distributions = Boolean(result.objectives);
  document.getElementById('distributions').hidden = !distributions;
  document.getElementById('reinforcements').hidden = !distributions;
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
        posture: state.posture, scenario: state.scenario || null,
        runs: Number(state.runs), seed: Number(state.seed), horizon: Number(state.horizon),
        show: state.tornado === 'true' ? 'tornado' : 'objectives',
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
      posture: request.posture, scenario: request.scenario || '', runs: String(request.runs),
      seed: String(request.seed), horizon: String(request.horizon ?? request.horizon_days),
      tornado: tornadoRun ? 'true' : '',
    });
    for (const field of FIELDS) {
      document.getElementById(field).value = state[field];
    }
    document.getElementById('tornado').checked = tornadoRun;
    writeState(state);
    follow(id);
  } catch (error) {
    showProblem(error);
  }
}

async function fillChoices() {
  const [postures, scenarios] = await Promise.all([
    api('/api/campaign/postures'), api('/api/scenarios')]);
  const posture = document.getElementById('posture');
  posture.replaceChildren(...postures.rows.map((row) => new Option(row.name, row.id)));
  const scenario = document.getElementById('scenario');
  scenario.append(...scenarios.rows.map((row) => new Option(row.name, row.id)));
}

async function start() {
  try {
    await fillChoices();
  } catch (error) {
    showProblem(error);
  }
  for (const field of FIELDS) {
    document.getElementById(field).value = state[field];
  }
  document.getElementById('tornado').checked = state.tornado === 'true';
  writeState(state);
  document.getElementById('campaign-controls').addEventListener('submit', startRun);
  document.getElementById('cancel').addEventListener('click', cancelRun);
  if (state.job) {
    reopen(state.job);
  }
  listRuns();
}

start();
