/* The Aid page: donors coloured by their aid to Ukraine as a share of 2021 GDP, Europe and the
   United States as stacked areas month by month, the year-by-year split as a table, and heavy
   weapons delivered by donor and category. The months shown are kept in the address. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showNotes, showProblem,
  startChart, writeState,
} from './dashboard.js';
import { geo, viewPicker, worldMap } from './world.js';

masthead();
viewPicker();

const SHARE_BANDS = [
  { lt: 0.1, label: 'under 0.1%', color: '#fde0c5' },
  { gte: 0.1, lt: 0.5, label: '0.1–0.5%', color: '#facba6' },
  { gte: 0.5, lt: 1, label: '0.5–1%', color: '#f59e72' },
  { gte: 1, lt: 2, label: '1–2%', color: '#e8684a' },
  { gte: 2, label: '2% and over', color: '#b3363a' },
];
const REGIONS = [
  ['european_states_eur_bn', 'European states', '#1d4e89'],
  ['eu_institutions_eur_bn', 'EU institutions', '#4a90c2'],
  ['united_states_eur_bn', 'United States', '#b3363a'],
  ['other_donors_eur_bn', 'Other donors', '#9aa5b1'],
];

const state = readState({ from: '', to: '', view: 'europe' });
const map = startChart(document.getElementById('chart-map'));
const months = startChart(document.getElementById('chart-months'));
const weapons = startChart(document.getElementById('chart-weapons'));
let request = 0;

function span() {
  return [state.from || 'the first month', state.to || 'the last month'].join(' to ');
}

function drawDonors(answer) {
  const rows = answer.rows;
  document.getElementById('map-caption').textContent =
      'Aid to Ukraine allocated, % of the donor\'s 2021 GDP, ' + answer.query.from + ' to '
      + answer.query.to;
  map.draw({
    tooltip: {
      trigger: 'item',
      formatter: (item) => (item.data
        ? item.data.country + ': ' + number(2)(item.data.value) + '% of GDP, EUR '
          + number(1)(item.data.total) + ' bn'
        : 'no aid recorded'),
    },
    visualMap: {
      type: 'piecewise', pieces: SHARE_BANDS, left: 8, bottom: 8, itemWidth: 14, itemHeight: 10,
      textStyle: { fontSize: 11 }, backgroundColor: 'rgba(255,255,255,0.85)', padding: 6,
    },
    geo: geo(state.view),
    series: [{
      type: 'map', geoIndex: 0, name: 'share of GDP',
      data: rows.filter((row) => row.pct_gdp !== null).map((row) => ({
        name: row.iso3, value: row.pct_gdp, country: row.country, total: row.total_eur_bn,
      })),
    }],
  });
  fillTable('donors', [
    column('rank', 'Rank'), column('country', 'Donor'), column('iso3', 'ISO3'),
    column('total_eur_bn', 'Aid, EUR bn', number(2), true),
    column('military_eur_bn', 'Military', number(2), true),
    column('financial_eur_bn', 'Financial', number(2), true),
    column('humanitarian_eur_bn', 'Humanitarian', number(2), true),
    column('pct_gdp', '% of 2021 GDP', number(3), true),
  ], rows.slice(0, 15));
  showNotes('donors', answer.notes.concat(answer.sources));
  offerDownloads('map', 'aid-donors-' + answer.query.from + '-' + answer.query.to, rows);
}

function drawMonths(answer) {
  const rows = answer.rows;
  document.getElementById('months-caption').textContent =
      'Aid allocated each month by Europe, the United States and other donors, EUR bn, '
      + answer.query.from + ' to ' + answer.query.to;
  months.draw({
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 36, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: number(2) },
    xAxis: { type: 'category', boundaryGap: false, data: rows.map((row) => row.month) },
    yAxis: { type: 'value', name: 'EUR bn' },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    series: REGIONS.map(([key, name, color]) => ({
      type: 'line', stack: 'aid', name, id: key, areaStyle: {}, symbol: 'none',
      lineStyle: { width: 0.8 }, itemStyle: { color }, data: rows.map((row) => row[key]),
    })),
  });
  offerDownloads('months', 'aid-months-' + answer.query.from + '-' + answer.query.to, rows);
}

function drawRegions(answer) {
  const rows = answer.rows.filter((row) => ['europe', 'eu_institutions', 'united_states',
    'other_donors'].includes(row.region));
  fillTable('regions', [
    column('period', 'Period'), column('region', 'Region'),
    column('total_eur_bn', 'Aid, EUR bn', number(2), true),
    column('military_eur_bn', 'Military, EUR bn', number(2), true),
    column('share_of_total_pct', '% of all aid', number(1), true),
    column('share_of_military_pct', '% of military aid', number(1), true),
  ], rows);
  showNotes('regions', answer.notes);
}

function drawWeapons(answer) {
  const rows = answer.rows;
  const donors = [...new Set(rows.map((row) => row.country))];
  const categories = [...new Set(rows.map((row) => row.category))].sort();
  weapons.draw({
    legend: { top: 0 },
    grid: { left: 110, right: 24, top: 36, bottom: 28 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: number(0) },
    xAxis: { type: 'value', name: 'units' },
    yAxis: { type: 'category', inverse: true, data: donors },
    series: categories.map((category) => ({
      type: 'bar', stack: 'weapons', name: category, id: category,
      data: donors.map((donor) => {
        const row = rows.find((r) => r.country === donor && r.category === category);
        return row ? row.units : 0;
      }),
    })),
  });
  offerDownloads('weapons', 'aid-weapons', rows);
}

/** Shows the months asked for; answers that arrive after a newer request are dropped. */
async function show() {
  const mine = ++request;
  const asked = { from: state.from, to: state.to };
  try {
    const [donors, monthly, regions] = await Promise.all([
      api('/api/aid', { by: 'donor', ...asked }),
      api('/api/aid', { by: 'month', ...asked }),
      api('/api/aid', { by: 'region', ...asked })]);
    if (mine === request) {
      showProblem(null);
      document.getElementById('release').textContent = 'Release in use: ' + donors.sources[0]
        + '. Months shown: ' + span() + '.';
      drawDonors(donors);
      drawMonths(monthly);
      drawRegions(regions);
    }
  } catch (error) {
    if (mine === request) {
      showProblem(error);
    }
  }
}

async function start() {
  try {
    await worldMap();
    drawWeapons(await api('/api/aid', { by: 'weapons' }));
  } catch (error) {
    showProblem(error);
    return;
  }
  for (const id of ['from', 'to', 'view']) {
    const control = document.getElementById(id);
    control.value = state[id];
    control.addEventListener('change', () => {
      state[id] = control.value;
      writeState(state);
      show();
    });
  }
  writeState(state);
  show();
}

document.querySelector('form').addEventListener('submit', (event) => event.preventDefault());
start();
