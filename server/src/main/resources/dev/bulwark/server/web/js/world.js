/* The world map of every page: Natural Earth's 1:50m borders from the vendored world-atlas,
   turned into GeoJSON by the vendored topojson-client, each country named by its ISO 3166-1
   alpha-3 code (the key the API uses) through the server's country table, and registered with
   ECharts as the map "world". */
import { api } from './dashboard.js';

/** Where the map opens: Europe, the whole North Atlantic area with North America, or the world. */
export const VIEWS = {
  europe: [[-25, 71.5], [45, 34]],
  atlantic: [[-130, 72], [50, 20]],
  world: [[-180, 84], [180, -58]],
};
const VIEW_NAMES = { europe: 'Europe', atlantic: 'North Atlantic', world: 'World' };

/** Fills the page's map picker (the select with id "view") with the views. */
export function viewPicker() {
  const select = document.getElementById('view');
  select.replaceChildren(...Object.keys(VIEWS).map((view) => new Option(VIEW_NAMES[view], view)));
  return select;
}

const ANTARCTICA = 10;
let loaded = null;

/**
 * Loads and registers the map once per page; resolves to the country names by ISO3 code
 * ({"DEU": "Germany", ...}).
 */
export function worldMap() {
  if (!loaded) {
    loaded = Promise.all([
      fetch('/vendor/world-atlas/countries-50m.json').then((response) => response.json()),
      api('/api/countries'),
    ]).then(([atlas, countries]) => {
      const byNumeric = new Map();
      const names = {};
      for (const row of countries.rows) {
        names[row.iso3] = row.name;
        if (row.iso_numeric > 0 && /^[A-Z]{3}$/.test(row.iso3)) {
          byNumeric.set(Number(row.iso_numeric), row.iso3);
        }
      }
      const borders = topojson.feature(atlas, atlas.objects.countries);
      borders.features = borders.features.filter((feature) => Number(feature.id) !== ANTARCTICA);
      for (const feature of borders.features) {
        const iso3 = byNumeric.get(Number(feature.id));
        feature.properties.name = iso3 || feature.properties.name;
        unwrapAntimeridian(feature.geometry);
      }
      echarts.registerMap('world', borders);
      return names;
    });
  }
  return loaded;
}

/**
 * Keeps rings that cross the 180th meridian (Russia's Chukotka, Fiji) in one piece on a flat
 * map: their western longitudes continue past 180 instead of jumping back to -180, which would
 * draw a band across the whole map.
 */
function unwrapAntimeridian(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
      if (crosses) {
        for (const point of ring) {
          point[0] = point[0] < 0 ? point[0] + 360 : point[0];
        }
      }
    }
  }
}

/** The geo component of a map chart that opens on the view and lets the user zoom and pan. */
export function geo(view, regions = []) {
  return {
    map: 'world',
    roam: true,
    boundingCoords: VIEWS[view] || VIEWS.europe,
    scaleLimit: { min: 0.7, max: 12 },
    itemStyle: { areaColor: '#eceff2', borderColor: '#9aa5b1', borderWidth: 0.4 },
    emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd166' } },
    select: { disabled: true },
    label: { show: false },
    regions,
  };
}
