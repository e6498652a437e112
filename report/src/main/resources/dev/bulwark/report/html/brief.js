/* Draws every chart of a Bulwark brief from the option JSON that follows it, on a canvas, and
   marks the chart's element data-rendered="true" once ECharts reports that drawing finished. */
(() => {
  'use strict';
  const charts = [];
  for (const element of document.querySelectorAll('[data-chart]')) {
    const source = document.querySelector(
        'script[data-option-for="' + CSS.escape(element.id) + '"]');
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.on('finished', () => element.setAttribute('data-rendered', 'true'));
    chart.setOption(JSON.parse(source.textContent));
    charts.push(chart);
  }
  const resize = () => charts.forEach((chart) => chart.resize());
  window.addEventListener('resize', resize);
  window.matchMedia('print').addEventListener('change', resize);
})();
