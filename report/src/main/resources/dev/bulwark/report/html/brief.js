/* Draws every chart of a Bulwark brief from the option JSON that follows it, on a canvas, and
   marks the chart's element data-rendered="true" once ECharts reports that drawing finished. */
(() => {
  'use strict';

  /* Custom series' renderers, named by the option's renderItem. 'interval': a horizontal bar
     from 0 to the value with a whisker from low to high; an item is [category, value, low,
     high, offset of the bar from the band's centre, bar height], the last two as shares of the
     category's band. */
  const RENDERERS = {
    interval: (params, api) => {
      const category = api.value(0);
      const band = api.size([0, 1])[1];
      const zero = api.coord([0, category]);
      const y = zero[1] + api.value(4) * band;
      const height = api.value(5) * band;
      const end = api.coord([api.value(1), category])[0];
      const low = api.coord([api.value(2), category])[0];
      const high = api.coord([api.value(3), category])[0];
      const whisker = { stroke: '#1f2933', lineWidth: 1.2 };
      return {
        type: 'group',
        children: [
          { type: 'rect', style: { fill: api.visual('color') },
            shape: { x: Math.min(zero[0], end), y: y - height / 2,
              width: Math.abs(end - zero[0]), height } },
          { type: 'line', style: whisker, shape: { x1: low, y1: y, x2: high, y2: y } },
          { type: 'line', style: whisker,
            shape: { x1: low, y1: y - height / 4, x2: low, y2: y + height / 4 } },
          { type: 'line', style: whisker,
            shape: { x1: high, y1: y - height / 4, x2: high, y2: y + height / 4 } },
        ],
      };
    },
  };

  const charts = [];
  for (const element of document.querySelectorAll('[data-chart]')) {
    const source = document.querySelector(
        'script[data-option-for="' + CSS.escape(element.id) + '"]');
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.on('finished', () => element.setAttribute('data-rendered', 'true'));
    const option = JSON.parse(source.textContent);
    for (const series of option.series || []) {
      if (typeof series.renderItem === 'string') {
        series.renderItem = RENDERERS[series.renderItem];
      }
    }
    chart.setOption(option);
    charts.push(chart);
  }
  const resize = () => charts.forEach((chart) => chart.resize());
  window.addEventListener('resize', resize);
  window.matchMedia('print').addEventListener('change', resize);
})();
