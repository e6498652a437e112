/* The Replacement page: what replacing US forces costs Europe year by year with its Monte Carlo
   band, Europe's extra spending on a path beside it, the share replaced, the tornado, and the
   study's published totals beside Bulwark's. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showNotes, showProblem,
  startChart, throttle, writeState,
} from './dashboard.js';

masthead();

const state = readState({
  scenario: 'iiss-2025', 'path-target': '3.5', by: '2035', runs: '2000', seed: '1253',
});
const cost = startChart(document.getElementById('chart-cost'));
const share = startChart(document.getElementById('chart-share'));
const tornado = startChart(document.getElementById('chart-tornado'));
let request = 0;

/** The answer's columns in the scenario's currency: usd or eur. */
function currency(answer) {
  return answer.columns.some((c) => c.name.endsWith('_eur_bn')) ? 'eur' : 'usd';
}

function drawCost(answer) {
  const cur = currency(answer);
  const rows = answer.rows;
  const years = rows.map((row) => String(row.year));
  const unit = (cur === 'eur' ? 'EUR' : 'US$') + ' bn, 2024 prices';
  document.getElementById('cost-caption').textContent = 'Cumulative cost of ' + state.scenario
    + ' (5–95% band) and Europe\'s cumulative extra spending on the path to '
    + state['path-target'] + '% of GDP by ' + state.by + ', ' + unit;
  cost.draw({
    legend: { top: 0 },
    grid: { left: 72, right: 24, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: number(1) },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: unit, nameGap: 12 },
    series: [
      { type: 'bar', name: 'annual cost', data: rows.map((row) => row['annual_cost_' + cur + '_bn']),
        itemStyle: { color: '#c6dbef' } },
      { type: 'line', name: 'cumulative cost', id: 'cumulative',
        data: rows.map((row) => row['cumulative_cost_' + cur + '_bn']), itemStyle: { color: '#1d4e89' } },
      { type: 'line', name: '5th percentile', lineStyle: { type: 'dashed' }, symbol: 'none',
        data: rows.map((row) => row['cumulative_cost_p5_' + cur + '_bn']), itemStyle: { color: '#4a90c2' } },
      { type: 'line', name: '95th percentile', lineStyle: { type: 'dashed' }, symbol: 'none',
        data: rows.map((row) => row['cumulative_cost_p95_' + cur + '_bn']), itemStyle: { color: '#4a90c2' } },
      { type: 'line', name: 'extra spending on the path', id: 'path',
        data: rows.map((row) => row['cumulative_path_extra_' + cur + '_bn']), itemStyle: { color: '#e07b39' } },
    ],
  });
  share.draw({
    legend: { top: 0 },
    grid: { left: 72, right: 24, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: number(1) },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: '% of the US contribution', nameGap: 12, max: 100 },
    series: [
      { type: 'line', name: 'replaced as the ramps allow', id: 'share',
        data: rows.map((row) => row.share_replaced_pct), itemStyle: { color: '#1d4e89' } },
      { type: 'line', name: '5th percentile', lineStyle: { type: 'dashed' }, symbol: 'none',
        data: rows.map((row) => row.share_replaced_p5_pct), itemStyle: { color: '#4a90c2' } },
      { type: 'line', name: 'funded by the path', id: 'funded',
        data: rows.map((row) => row.funded_share_pct), itemStyle: { color: '#e07b39' } },
    ],
  });
  document.getElementById('chart-cost').dataset.target = state['path-target'];
  showNotes('cost', answer.notes);
  offerDownloads('cost', 'replace-' + state.scenario + '-' + state['path-target'] + '-'
    + state.by + '-years', rows);
}

function drawTornado(answer) {
  const cur = currency(answer);
  const rows = answer.rows.slice(0, 15);
  tornado.draw({
    legend: { top: 0 },
    grid: { left: 220, right: 24, top: 32, bottom: 36 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: number(1) },
    xAxis: { type: 'value', name: (cur === 'eur' ? 'EUR' : 'US$') + ' bn over the horizon',
      nameLocation: 'middle', nameGap: 24, scale: true },
    yAxis: { type: 'category', inverse: true, axisLabel: { fontSize: 11 },
      data: rows.map((row) => row.figure.replaceAll('_', ' ')) },
    series: [
      { type: 'bar', name: 'at low', id: 'low', data: rows.map((row) => row['total_at_low_' + cur + '_bn']),
        itemStyle: { color: '#e07b39' } },
      { type: 'bar', name: 'at high', id: 'high', data: rows.map((row) => row['total_at_high_' + cur + '_bn']),
        itemStyle: { color: '#1d4e89' } },
    ],
  });
  showNotes('tornado', answer.notes);
  offerDownloads('tornado', 'replace-' + state.scenario + '-tornado', answer.rows);
}

function drawHeadlines(answer) {
  fillTable('headlines', [
    column('headline', 'Published total'),
    column('unit', 'Unit'),
    column('published', 'Published', number(2), true),
    column('reproduced', 'Bulwark', number(2), true),
    column('difference_pct', 'Difference %', number(1), true),
    column('within', 'Within 10%'),
    column('verified', 'Read in the study'),
    column('source', 'Source'),
  ], answer.rows);
  showNotes('headlines', answer.notes);
  offerDownloads('headlines', 'replace-' + state.scenario + '-headlines', answer.rows);
}

/** Asks for the three tables; answers that arrive after a newer request are dropped. */
async function show() {
  const mine = ++request;
  const asked = { scenario: state.scenario, 'path-target': state['path-target'], by: state.by,
    runs: state.runs, seed: state.seed };
  try {
    const [years, bars, headlines] = await Promise.all([
      api('/api/replace', { ...asked, show: 'years' }),
      api('/api/replace', { ...asked, show: 'tornado' }),
      api('/api/replace', { ...asked, show: 'headlines' })]);
    if (mine === request) {
      showProblem(null);
      drawCost(years);
      drawTornado(bars);
      drawHeadlines(headlines);
    }
  } catch (error) {
    if (mine === request) {
      showProblem(error);
    }
  }
}

function start() {
  const again = throttle(show, 200);
  document.getElementById('target-shown').value = state['path-target'];
  for (const id of ['scenario', 'path-target', 'by', 'runs', 'seed']) {
    const control = document.getElementById(id);
    control.value = state[id];
    control.addEventListener(id === 'path-target' ? 'input' : 'change', () => {
      state[id] = control.value;
      document.getElementById('target-shown').value = state['path-target'];
      writeState(state);
      again();
    });
  }
  writeState(state);
  show();
}

document.querySelector('form').addEventListener('submit', (event) => event.preventDefault());
start();
