/* The Sensitivity page: Sobol' first-order and total-effect indices of a model's answer, each
   with its 95% bootstrap interval, for the Baltic or Taiwan Strait campaign model of a posture
   or for the replacement's cost; the table and its downloads. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showNotes, showProblem,
  startChart, writeState,
} from './dashboard.js';

masthead();

const state = readState({
  theatre: 'baltic', posture: '', output: 'hours', day: '14', scenario: 'iiss-2025',
  samples: '4096', seed: '1253',
});
const sobol = startChart(document.getElementById('chart-sobol'));
/** Pixels per parameter, and around the plot, of the chart's height. */
const ROW_HEIGHT = 30;
const MARGINS = 110;
let postures = [];
let request = 0;

/** Shows the controls that fit the model: posture and answer in a theatre, study otherwise. */
function fitControls() {
  const replace = state.theatre === 'replace';
  document.getElementById('posture-field').hidden = replace;
  document.getElementById('scenario-field').hidden = !replace;
  document.getElementById('output-field').hidden = state.theatre !== 'baltic';
  document.getElementById('day-field').hidden = replace
    || (state.theatre === 'baltic' && state.output === 'hours');
  const posture = document.getElementById('posture');
  const mine = postures.filter((row) => row.theatre === state.theatre);
  posture.replaceChildren(...mine.map((row) => new Option(row.name, row.id)));
  if (!replace && !mine.some((row) => row.id === state.posture)) {
    state.posture = mine.length ? mine[0].id : '';
  }
  posture.value = state.posture;
}

/** The request the page's state makes: only the parameters that fit its model. */
function asked() {
  const params = { theatre: state.theatre, samples: state.samples, seed: state.seed };
  if (state.theatre === 'replace') {
    params.scenario = state.scenario;
  } else {
    params.posture = state.posture;
    if (state.theatre === 'baltic') {
      params.output = state.output;
    }
    if (!document.getElementById('day-field').hidden) {
      params.day = state.day;
    }
  }
  return params;
}

/* A horizontal bar from 0 to the value with a whisker from low to high; an item is [row,
   value, low, high, offset of the bar from the band's centre, bar height], the last two as
   shares of the row's band. */
function renderInterval(params, api) {
  const row = api.value(0);
  const band = api.size([0, 1])[1];
  const zero = api.coord([0, row]);
  const y = zero[1] + api.value(4) * band;
  const height = api.value(5) * band;
  const end = api.coord([api.value(1), row])[0];
  const low = api.coord([api.value(2), row])[0];
  const high = api.coord([api.value(3), row])[0];
  const whisker = { stroke: '#1f2933', lineWidth: 1.2 };
  return {
    type: 'group',
    children: [
      { type: 'rect', style: { fill: api.visual('color') },
        shape: { x: Math.min(zero[0], end), y: y - height / 2, width: Math.abs(end - zero[0]),
          height } },
      { type: 'line', style: whisker, shape: { x1: low, y1: y, x2: high, y2: y } },
      { type: 'line', style: whisker, shape: { x1: low, y1: y - height / 4, x2: low,
        y2: y + height / 4 } },
      { type: 'line', style: whisker, shape: { x1: high, y1: y - height / 4, x2: high,
        y2: y + height / 4 } },
    ],
  };
}

function intervals(name, rows, key, offset, colour) {
  return {
    type: 'custom', name, id: key, renderItem: renderInterval, itemStyle: { color: colour },
    encode: { x: [1, 2, 3], y: 0 },
    data: rows.map((row, index) => [index, row[key] ?? 0, row[key + '_low'] ?? 0,
      row[key + '_high'] ?? 0, offset, 0.35]),
  };
}

function draw(answer) {
  const rows = answer.rows;
  const element = document.getElementById('chart-sobol');
  element.style.height = (rows.length * ROW_HEIGHT + MARGINS) + 'px';
  sobol.chart.resize();
  const subject = state.theatre === 'replace' ? state.scenario : state.posture;
  document.getElementById('sobol-caption').textContent = 'Sobol\' indices of ' + subject + ', '
    + answer.query.output + ', ' + state.samples + ' base rows, seed ' + state.seed
    + ': bars the estimates, whiskers their 95% bootstrap intervals';
  sobol.draw({
    legend: { top: 0 },
    grid: { left: 190, right: 32, top: 36, bottom: 44 },
    tooltip: { trigger: 'item' },
    yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0, fontSize: 11 },
      data: rows.map((row) => row.parameter.replaceAll('_', ' ')) },
    xAxis: { type: 'value', name: 'share of the variance', nameLocation: 'middle', nameGap: 26 },
    series: [
      intervals('first order', rows, 'first_order', -0.175, '#4a90c2'),
      intervals('total effect', rows, 'total_effect', 0.175, '#1d4e89'),
    ],
  });
  fillTable('sobol', [
    column('parameter', 'Parameter'),
    column('symbol', 'Symbol'),
    column('first_order', 'First order', number(3), true),
    column('first_order_low', '95% low', number(3), true),
    column('first_order_high', '95% high', number(3), true),
    column('total_effect', 'Total effect', number(3), true),
    column('total_effect_low', '95% low', number(3), true),
    column('total_effect_high', '95% high', number(3), true),
  ], rows);
  showNotes('sobol', answer.notes);
  offerDownloads('sobol', 'sensitivity-' + state.theatre + '-' + subject + '-'
    + answer.query.output + '-' + state.samples + '-' + state.seed, rows);
}

/** Asks for the indices; an answer that arrives after a newer request is dropped. */
async function show() {
  const mine = ++request;
  try {
    const answer = await api('/api/sensitivity', asked());
    if (mine === request) {
      showProblem(null);
      draw(answer);
    }
  } catch (error) {
    if (mine === request) {
      showProblem(error);
    }
  }
}

async function start() {
  try {
    postures = (await api('/api/campaign/postures')).rows;
  } catch (error) {
    showProblem(error);
  }
  const fields = ['theatre', 'posture', 'output', 'day', 'scenario', 'samples', 'seed'];
  for (const id of fields) {
    document.getElementById(id).value = state[id];
  }
  fitControls();
  for (const id of fields) {
    const control = document.getElementById(id);
    control.addEventListener('change', () => {
      state[id] = control.value;
      if (id === 'theatre' && state.theatre === 'taiwan') {
        state.day = '30';
        document.getElementById('day').value = state.day;
      }
      fitControls();
      writeState(state);
      show();
    });
  }
  writeState(state);
  show();
}

document.querySelector('form').addEventListener('submit', (event) => event.preventDefault());
start();
