/* The Spending page: the map of allies (or, when asked, of every state SIPRI covers) coloured by
   share of GDP for a year and source, the bar chart against the 2%, 3.5% and 5% lines, and the path explorer whose GDP-growth slider
   recomputes the path as it moves. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showNotes, showProblem,
  startChart, throttle, writeState,
} from './dashboard.js';
import { geo, viewPicker, worldMap } from './world.js';

masthead();
viewPicker();

const TARGETS = [2, 3.5, 5];
const SHARE_BANDS = [
  { lt: 1, label: 'under 1%', color: '#fde0c5' },
  { gte: 1, lt: 1.5, label: '1–1.5%', color: '#f9b384' },
  { gte: 1.5, lt: 2, label: '1.5–2%', color: '#f08a4b' },
  { gte: 2, lt: 2.5, label: '2–2.5%', color: '#9ecae1' },
  { gte: 2.5, lt: 3.5, label: '2.5–3.5%', color: '#4a90c2' },
  { gte: 3.5, lt: 5, label: '3.5–5%', color: '#1d4e89' },
  { gte: 5, label: '5% and over', color: '#0b2545' },
];

const state = readState({
  year: '', source: 'auto', states: 'allies', view: 'europe', target: '3.5', by: '2035',
  growth: '3', countries: 'DEU,FRA,GBR,ITA,POL,ESP,CAN',
});
const controls = ['year', 'source', 'states', 'view', 'target', 'by', 'growth', 'countries'];
/** The most bars drawn when every state is shown: the highest shares. */
const MOST_BARS = 40;
const map = startChart(document.getElementById('chart-map'));
const bars = startChart(document.getElementById('chart-bars'));
const path = startChart(document.getElementById('chart-path'));
let pathRequest = 0;

function percent(value) {
  return value === null || value === undefined ? 'no figure' : value.toFixed(2) + '%';
}

function drawMap(answer, names) {
  const year = answer.query.year;
  document.getElementById('map-caption').textContent =
      'Share of GDP spent on defence, ' + year + ' (' + answer.query.source + ')';
  map.draw({
    tooltip: {
      trigger: 'item',
      formatter: (item) => (item.data
        ? item.data.country + ': ' + percent(item.data.value) + '<br>' + item.data.source
        : (names[item.name] || item.name) + (state.states === 'all'
          ? ': no SIPRI figure in ' : ': not a member with figures in ') + year),
    },
    visualMap: {
      type: 'piecewise', pieces: SHARE_BANDS, left: 8, bottom: 8, itemWidth: 14, itemHeight: 10,
      textStyle: { fontSize: 11 }, backgroundColor: 'rgba(255,255,255,0.85)', padding: 6,
    },
    geo: geo(state.view),
    series: [{
      type: 'map', geoIndex: 0, name: 'share of GDP',
      data: answer.rows.filter((row) => row.share_gdp_pct !== null).map((row) => ({
        name: row.iso3, value: row.share_gdp_pct, country: row.country, source: row.source,
      })),
    }],
  });
  offerDownloads('map', 'spending-' + year + '-' + answer.query.source, answer.rows);
}

function drawBars(answer) {
  const rows = answer.rows.filter((row) => row.share_gdp_pct !== null)
      .sort((a, b) => b.share_gdp_pct - a.share_gdp_pct)
      .slice(0, state.states === 'all' ? MOST_BARS : undefined);
  bars.draw({
    grid: { left: 110, right: 24, top: 28, bottom: 40 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      valueFormatter: (value) => percent(value) },
    xAxis: { type: 'value', name: '% of GDP', nameLocation: 'middle', nameGap: 22, interval: 1,
      max: (extent) => Math.max(6, Math.ceil(extent.max)) },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.country),
      axisLabel: { fontSize: 11, interval: 0 } },
    series: [{
      type: 'bar', name: 'share of GDP', barCategoryGap: '25%',
      data: rows.map((row) => ({
        value: row.share_gdp_pct,
        itemStyle: { color: row.share_gdp_pct >= 2 ? '#1d4e89' : '#e07b39' },
      })),
      markLine: {
        symbol: 'none', silent: true,
        label: { formatter: '{c}%', position: 'start', color: '#b42318' },
        lineStyle: { type: 'dashed', color: '#b42318' },
        data: TARGETS.map((target) => ({ xAxis: target })),
      },
    }],
  });
  offerDownloads('bars', 'spending-' + answer.query.year + '-' + answer.query.source, rows);
}

/** What each edition counts as defence spending, by the sources answer's definition id. */
const DEFINITIONS = {
  nato_total: 'NATO total defence expenditure',
  hague_core: 'core defence expenditure, the Hague 3.5% definition',
  sipri_milex: 'SIPRI military expenditure',
};

/** The editions in use with their definitions, and a comparison with any other one stored. */
async function showEditions() {
  const line = document.getElementById('editions');
  try {
    const answer = await api('/api/sources');
    const inUse = answer.rows.filter((row) => row.in_use === 'true' || row.in_use === true);
    line.textContent = 'Editions in use: ' + inUse.map((row) => row.title + ' ('
      + (DEFINITIONS[row.definition] || 'not a spending series') + ')')
      .join('; ') + '. ';
    for (const used of inUse) {
      for (const other of answer.rows.filter((row) => row.source === used.source
          && row.edition !== used.edition)) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Compare ' + used.source.toUpperCase() + ' ' + used.edition
          + ' with ' + other.edition;
        button.addEventListener('click', () => showRevisions(used, other));
        line.append(button, ' ');
      }
    }
  } catch (error) {
    line.textContent = 'Editions: ' + error.message;
  }
}

async function showRevisions(used, other) {
  const [older, newer] = [used, other].sort((a, b) => a.edition.localeCompare(b.edition));
  try {
    const answer = await api('/api/sources', {
      compare: used.source + '=' + older.edition + ',' + used.source + '=' + newer.edition,
    });
    document.getElementById('revisions').hidden = false;
    document.getElementById('revisions-heading').textContent = used.source.toUpperCase() + ' '
      + newer.edition + ' against ' + older.edition + ': ' + answer.rows.length
      + ' figures differ';
    fillTable('revisions', answer.columns.map((c) => column(c.name, c.name)),
      answer.rows);
    showNotes('revisions', answer.notes);
    offerDownloads('revisions', 'revisions-' + used.source + '-' + older.edition + '-'
      + newer.edition, answer.rows);
  } catch (error) {
    showProblem(error);
  }
}

async function showSpending() {
  try {
    const [answer, names] = await Promise.all([
      api('/api/spending', {
        year: state.year, source: state.source,
        country: state.states === 'all' ? 'all' : undefined,
      }), worldMap()]);
    showProblem(null);
    state.year = String(answer.query.year);
    document.getElementById('year').value = state.year;
    writeState(state);
    drawMap(answer, names);
    drawBars(answer);
    showNotes('spending', answer.notes);
  } catch (error) {
    showProblem(error);
  }
}

function drawPath(answer) {
  document.getElementById('chart-path').dataset.growth = answer.query.growth;
  const years = [...new Set(answer.rows.map((row) => row.year))].sort((a, b) => a - b);
  const byAlly = new Map();
  for (const row of answer.rows) {
    if (!byAlly.has(row.iso3)) {
      byAlly.set(row.iso3, { name: row.country, values: new Map() });
    }
    byAlly.get(row.iso3).values.set(row.year, row.spending_usd_current_m / 1000);
  }
  path.draw({
    legend: { top: 0, type: 'scroll' },
    grid: { left: 64, right: 24, top: 40, bottom: 36 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => number(1)(value) + ' bn US$' },
    xAxis: { type: 'category', data: years, boundaryGap: false },
    yAxis: { type: 'value', name: 'bn US$', nameGap: 12 },
    series: [...byAlly.entries()].map(([iso3, ally]) => ({
      type: 'line', name: ally.name, id: iso3, symbolSize: 5, animation: false,
      data: years.map((year) => ally.values.get(year) ?? null),
    })),
  });
  const extra = answer.allies.reduce((sum, ally) => sum + ally.cumulative_extra_usd_current_m, 0);
  const cards = document.getElementById('path-cards');
  cards.replaceChildren(...[
    ['GDP growth a year', answer.query.growth + '%'],
    ['Target', answer.query.target + '% by ' + answer.query.by],
    ['Extra spending, all shown', number(0)(extra / 1000) + ' bn US$'],
  ].map(([label, value]) => {
    const card = document.createElement('div');
    card.className = 'card';
    card.innerHTML = '<div class="label"></div><div class="value"></div>';
    card.firstChild.textContent = label;
    card.lastChild.textContent = value;
    return card;
  }));
  fillTable('path', [
    column('iso3', 'Ally', (iso3) => byAlly.get(iso3)?.name ?? iso3),
    column('start_share_pct', 'Latest share, % of GDP', number(2), true),
    column('required_growth_pct', 'Spending growth needed, % a year', number(2), true),
    column('cumulative_extra_usd_current_m', 'Extra spending to ' + answer.query.by + ', m US$',
      number(0), true),
  ], answer.allies);
  const stem = 'path-' + answer.query.target + '-by-' + answer.query.by + '-growth-'
      + answer.query.growth;
  offerDownloads('path', stem, answer.rows);
}

/** Asks for the path of the current state; answers that arrive after a newer request are dropped. */
async function showPath() {
  const request = ++pathRequest;
  try {
    const answer = await api('/api/path', {
      target: state.target, by: state.by, growth: state.growth, country: state.countries,
    });
    if (request === pathRequest) {
      showProblem(null);
      drawPath(answer);
    }
  } catch (error) {
    if (request === pathRequest) {
      showProblem(error);
    }
  }
}

function readControl(id) {
  state[id] = document.getElementById(id).value.trim();
  document.getElementById('growth-shown').value = Number(state.growth).toFixed(1) + '%';
  writeState(state);
}

for (const id of controls) {
  document.getElementById(id).value = state[id];
}
readControl('growth');
const movePath = throttle(showPath);
document.getElementById('growth').addEventListener('input', () => {
  readControl('growth');
  movePath();
});
for (const id of ['target', 'by', 'countries']) {
  document.getElementById(id).addEventListener('change', () => {
    readControl(id);
    showPath();
  });
}
for (const id of ['year', 'source', 'states', 'view']) {
  document.getElementById(id).addEventListener('change', () => {
    readControl(id);
    showSpending();
  });
}
for (const form of document.querySelectorAll('form')) {
  form.addEventListener('submit', (event) => event.preventDefault());
}
showSpending();
showPath();
showEditions();
