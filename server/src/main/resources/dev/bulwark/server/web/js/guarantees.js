/* The Guarantees page: an attack (attacker, target, kind, place or a click on the map, date,
   intensity) and the states bound to respond lit on the map with their article, strength and
   reason; the military weight of those bound; the umbrella table of who defends whom. */
import {
  api, column, fillTable, masthead, number, offerDownloads, readState, showNotes, showProblem,
  startChart, writeState,
} from './dashboard.js';
import { geo, viewPicker, worldMap } from './world.js';

masthead();
viewPicker();

/** Strength levels of treaties.md §0, strongest first, with the colour each lights up in. */
const LEVELS = [
  { value: '5', label: '5 automatic assistance', color: '#08203d' },
  { value: '4a', label: '4a all the means in their power', color: '#1d4e89' },
  { value: '4b', label: '4b as each deems necessary', color: '#3f88c5' },
  { value: '3', label: '3 constitutional processes', color: '#7fb8e0' },
  { value: '2', label: '2 consultation and support', color: '#a8d5ba' },
  { value: '1', label: '1 consultation', color: '#d9f0c4' },
  { value: '0', label: '0 assurances', color: '#fff3b0' },
];
const FIELDS = ['attacker', 'target', 'kind', 'place', 'date', 'intensity'];
/** The fields of the form: the attack, and the map's view. */
const CONTROLS = [...FIELDS, 'view'];

const state = readState({
  attacker: 'RUS', target: 'EST', kind: 'territory', place: '', date: '', intensity: 'armed_attack',
  view: 'europe', instrument: 'all',
});
const map = startChart(document.getElementById('chart-map'));
let places = [];
let umbrellaRows = [];

/** Returns the rank of a strength level, 0 for the weakest, so the legend lists the strongest first. */
function rank(level) {
  return LEVELS.length - 1 - LEVELS.findIndex((entry) => entry.value === level);
}

function tag(outcome) {
  const span = document.createElement('span');
  span.className = 'tag ' + outcome;
  span.textContent = outcome.replace('_', ' ');
  return span;
}

/** Where the attack falls: the clicked point, or the gazetteer entry the API resolved. */
function attackPoint(query) {
  const point = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(state.place);
  if (point) {
    return [Number(point[2]), Number(point[1])];
  }
  const place = places.find((entry) => entry.id === query.place);
  return place && place.lat !== null ? [place.lon, place.lat] : null;
}

function drawMap(answer, names) {
  const query = answer.query;
  const point = attackPoint(query);
  document.getElementById('map-caption').textContent = 'States bound to respond to '
      + (query.attacker ? names[query.attacker] + "'s " : 'an ') + query.intensity.replace('_', ' ')
      + ' on ' + query.place_name + ' (' + query.kind + '), ' + query.date;
  const regions = [{ name: query.target, itemStyle: { borderColor: '#b42318', borderWidth: 2 } }];
  if (query.attacker) {
    regions.push({ name: query.attacker, itemStyle: { areaColor: '#f4c7c3' } });
  }
  map.draw({
    tooltip: {
      trigger: 'item',
      formatter: (item) => (item.data && item.data.article
        ? item.data.country + ': ' + item.data.instrument + ' Art. ' + item.data.article + ', level '
          + item.data.level + ' (' + item.data.strength.replaceAll('_', ' ') + ')<br>'
          + item.data.reason
        : (names[item.name] || item.name || '') + ': not bound'),
      extraCssText: 'max-width: 28rem; white-space: normal;',
    },
    visualMap: {
      type: 'piecewise', dimension: 0, seriesIndex: 0, left: 8, bottom: 8, itemWidth: 14,
      itemHeight: 10, textStyle: { fontSize: 11 }, backgroundColor: 'rgba(255,255,255,0.85)',
      padding: 6,
      pieces: LEVELS.map((level) => ({ value: rank(level.value), label: level.label, color: level.color })),
    },
    geo: geo(state.view, regions),
    series: [
      {
        type: 'map', geoIndex: 0, name: 'bound',
        data: answer.bound.map((row) => ({
          name: row.iso3, value: rank(row.level), ...row,
        })),
      },
      {
        type: 'scatter', coordinateSystem: 'geo', name: 'attack', symbol: 'pin', symbolSize: 30,
        itemStyle: { color: '#b42318' }, silent: true,
        data: point ? [{ name: query.place_name, value: point }] : [],
      },
    ],
  });
  offerDownloads('map', 'guarantees-' + query.target + '-' + query.date, answer.bound);
}

function showWeight(weight) {
  const cards = [
    ['Bound to defend (level 3+)', String(weight.states ?? 0) + ' of ' + String(weight.bound_any_level ?? 0)],
    ['Their military spending', number(0)(weight.milex_usd_current_m / 1000) + ' bn US$'],
    ['Without the US', number(0)(weight.milex_non_us_usd_current_m / 1000) + ' bn US$'],
    ['US share', weight.us_share_pct === null ? '—' : number(1)(weight.us_share_pct) + '%'],
    ['Personnel', number(0)(weight.personnel_thousand) + ' thousand'],
  ];
  document.getElementById('weight-cards').replaceChildren(...cards.map(([label, value]) => {
    const card = document.createElement('div');
    card.className = 'card';
    card.innerHTML = '<div class="label"></div><div class="value"></div>';
    card.firstChild.textContent = label + (label === 'States bound' ? '' : ' (' + weight.year + ')');
    card.lastChild.textContent = value;
    return card;
  }));
}

async function assess() {
  const params = Object.fromEntries(FIELDS.map((field) => [field, state[field]]));
  try {
    const [result, names] = await Promise.all([api('/api/guarantees/assessment', params), worldMap()]);
    showProblem(null);
    drawMap(result, names);
    showWeight(result.weight);
    fillTable('findings', [
      column('outcome', 'Outcome', tag),
      column('instrument', 'Instrument'),
      column('article', 'Article'),
      column('iso3', 'State'),
      column('strength_level', 'Level'),
      column('confidence', 'Confidence'),
      column('reason', 'Reason'),
    ], result.rows);
    showNotes('findings', result.notes);
    document.getElementById('assess').dataset.assessed = result.query.target + '@' + result.query.date;
  } catch (error) {
    showProblem(error);
  }
}

function showUmbrella() {
  const rows = umbrellaRows.filter((row) => row.instrument === state.instrument);
  fillTable('umbrella', [
    column('country', 'Protected state'),
    column('instrument', 'Instrument'),
    column('article', 'Article'),
    column('strength_level', 'Level'),
    column('guarantors_n', 'Guarantors', number(0), true),
    column('milex_usd_current_m', 'Their spending, m US$', number(0), true),
    column('us_share_pct', 'US share, %', number(1), true),
    column('personnel_thousand', 'Personnel, thousand', number(0), true),
  ], rows);
  offerDownloads('umbrella', 'umbrella-' + state.instrument, rows);
}

async function loadUmbrella() {
  try {
    const result = await api('/api/guarantees/umbrella', { date: state.date });
    umbrellaRows = result.rows;
    const select = document.getElementById('instrument');
    const instruments = [...new Set(umbrellaRows.map((row) => row.instrument))]
        .filter((id) => id !== 'all').sort();
    select.replaceChildren(select.options[0], ...instruments.map((id) => new Option(id, id)));
    select.value = instruments.includes(state.instrument) ? state.instrument : 'all';
    state.instrument = select.value;
    showNotes('umbrella', result.notes);
    showUmbrella();
  } catch (error) {
    showProblem(error);
  }
}

function readForm() {
  for (const field of CONTROLS) {
    state[field] = document.getElementById(field).value.trim();
  }
  writeState(state);
}

async function start() {
  for (const field of CONTROLS) {
    document.getElementById(field).value = state[field];
  }
  writeState(state);
  try {
    places = (await api('/api/guarantees/places')).rows;
  } catch (error) {
    showProblem(error);
  }
  document.getElementById('guarantee-controls').addEventListener('submit', (event) => {
    event.preventDefault();
    const dateChanged = state.date !== document.getElementById('date').value;
    readForm();
    assess();
    if (dateChanged) {
      loadUmbrella();
    }
  });
  map.chart.getZr().on('click', (event) => {
    const at = map.chart.convertFromPixel({ geoIndex: 0 }, [event.offsetX, event.offsetY]);
    if (!at || !Number.isFinite(at[0])) {
      return;
    }
    document.getElementById('place').value = at[1].toFixed(2) + ',' + at[0].toFixed(2);
    readForm();
    assess();
  });
  document.getElementById('view').addEventListener('change', () => {
    readForm();
    assess();
  });
  document.getElementById('instrument').addEventListener('change', (event) => {
    state.instrument = event.target.value;
    writeState(state);
    showUmbrella();
  });
  document.getElementById('umbrella-controls')
      .addEventListener('submit', (event) => event.preventDefault());
  assess();
  loadUmbrella();
}

start();
