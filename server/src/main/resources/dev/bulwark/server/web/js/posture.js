/* The Posture page: US active-duty personnel by host on a map with a slider over the reported
   quarters, the totals of each combatant command, and the reconciliation of the February 2025
   claims with the counts. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showNotes, showProblem,
  startChart, throttle, writeState,
} from './dashboard.js';
import { geo, viewPicker, worldMap } from './world.js';

masthead();
viewPicker();

const PERSONNEL_BANDS = [
  { lt: 100, label: 'under 100', color: '#c6dbef' },
  { gte: 100, lt: 1000, label: '100–999', color: '#8fbfe0' },
  { gte: 1000, lt: 10000, label: '1,000–9,999', color: '#4a90c2' },
  { gte: 10000, lt: 30000, label: '10,000–29,999', color: '#1d4e89' },
  { gte: 30000, label: '30,000 and over', color: '#0b2545' },
];
/** Hosts drawn on the map: foreign hosts and US territories, not the fifty states. */
const ON_MAP = new Set(['abroad', 'us_territory']);

const state = readState({ quarter: '', theater: '', view: 'world' });
const map = startChart(document.getElementById('chart-map'));
const theatres = startChart(document.getElementById('chart-theatres'));
let calendar = null;
let request = 0;

function drawMap(answer, quarter) {
  const rows = answer.rows.filter((row) => ON_MAP.has(row.setting) && row.active_duty !== null);
  const command = state.theater || 'every command';
  document.getElementById('map-caption').textContent =
      'US active-duty personnel by host, ' + quarter + ' (' + command + ', foreign hosts and US territories)';
  map.draw({
    tooltip: {
      trigger: 'item',
      formatter: (item) => (item.data
        ? item.data.country + ' (' + item.data.command + '): ' + number(0)(item.data.value)
          + ' active duty<br>' + item.data.source
        : 'no US personnel reported'),
    },
    visualMap: {
      type: 'piecewise', pieces: PERSONNEL_BANDS, left: 8, bottom: 8, itemWidth: 14,
      itemHeight: 10, textStyle: { fontSize: 11 }, backgroundColor: 'rgba(255,255,255,0.85)',
      padding: 6,
    },
    geo: geo(state.view),
    series: [{
      type: 'map', geoIndex: 0, name: 'active duty',
      data: rows.map((row) => ({
        name: row.place, value: row.active_duty, country: row.country, command: row.command,
        source: row.source,
      })),
    }],
  });
  offerDownloads('map', 'posture-hosts-' + quarter + (state.theater ? '-' + state.theater : ''),
    answer.rows);
}

function drawTheatres(answer, quarter) {
  const rows = answer.rows;
  document.getElementById('theatres-caption').textContent =
      'Active duty by combatant command, ' + quarter;
  theatres.draw({
    legend: { top: 0 },
    grid: { left: 90, right: 24, top: 32, bottom: 28 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: number(0) },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.command) },
    series: [
      { type: 'bar', stack: 'theatre', name: 'abroad', data: rows.map((row) => row.abroad_active_duty),
        itemStyle: { color: '#1d4e89' } },
      { type: 'bar', stack: 'theatre', name: 'US territories',
        data: rows.map((row) => row.us_territories_active_duty), itemStyle: { color: '#4a90c2' } },
      { type: 'bar', stack: 'theatre', name: 'Hawaii and Alaska',
        data: rows.map((row) => row.us_states_active_duty), itemStyle: { color: '#9ecae1' } },
    ],
  });
  fillTable('theatres', [
    column('command', 'Command'),
    column('abroad_active_duty', 'Active duty abroad', number(0), true),
    column('us_territories_active_duty', 'In US territories', number(0), true),
    column('us_states_active_duty', 'In Hawaii and Alaska', number(0), true),
    column('in_theatre_active_duty', 'In theatre', number(0), true),
    column('abroad_guard_reserve', 'Guard and reserve abroad', number(0), true),
    column('abroad_civilians', 'Civilians abroad', number(0), true),
    column('hosts', 'Hosts', number(0), true),
  ], rows);
  showNotes('theatres', answer.notes);
  offerDownloads('theatres', 'posture-commands-' + quarter, rows);
}

/** Shows one quarter; answers that arrive after a newer request are dropped. */
async function showQuarter() {
  const mine = ++request;
  const quarter = state.quarter;
  const unreported = calendar.unreported.includes(quarter);
  const notice = document.getElementById('unreported');
  notice.hidden = !unreported;
  notice.textContent = unreported
    ? 'DMDC did not report ' + quarter + ': its counts are missing, not zero. Move the slider to a reported quarter.'
    : '';
  if (unreported) {
    return;
  }
  try {
    const [hosts, commands] = await Promise.all([
      api('/api/posture', { quarter, theater: state.theater || 'all' }),
      api('/api/posture', { quarter })]);
    if (mine === request) {
      showProblem(null);
      drawMap(hosts, quarter);
      drawTheatres(commands, quarter);
    }
  } catch (error) {
    if (mine === request) {
      showProblem(error);
    }
  }
}

async function showReconciliation() {
  try {
    const answer = await api('/api/posture', { reconcile: true });
    fillTable('reconcile', [
      column('claim', 'Claim'),
      column('claim_source', 'Said by'),
      column('claimed', 'Claimed', number(0), true),
      column('supported', 'Counts support', number(0), true),
      column('difference', 'Difference', number(0), true),
      column('unit', 'Unit'),
      column('quarter', 'Quarter'),
      column('reason', 'Why they differ'),
    ], answer.rows);
    showNotes('reconcile', answer.notes);
    offerDownloads('reconcile', 'posture-reconcile', answer.rows);
  } catch (error) {
    showProblem(error);
  }
}

function setQuarter(index) {
  state.quarter = calendar.quarters[index];
  document.getElementById('quarter-shown').value = state.quarter;
  writeState(state);
}

async function start() {
  try {
    calendar = await api('/api/posture/quarters');
    await worldMap();
  } catch (error) {
    showProblem(error);
    return;
  }
  const slider = document.getElementById('quarter');
  const wanted = calendar.quarters.indexOf(state.quarter || calendar.latest);
  slider.max = String(calendar.quarters.length - 1);
  slider.value = String(wanted >= 0 ? wanted : calendar.quarters.indexOf(calendar.latest));
  setQuarter(Number(slider.value));
  const move = throttle(showQuarter, 150);
  slider.addEventListener('input', () => {
    setQuarter(Number(slider.value));
    move();
  });
  for (const id of ['theater', 'view']) {
    const control = document.getElementById(id);
    control.value = state[id];
    control.addEventListener('change', () => {
      state[id] = control.value;
      writeState(state);
      showQuarter();
    });
  }
  showQuarter();
  showReconciliation();
}

document.querySelector('form').addEventListener('submit', (event) => event.preventDefault());
start();
