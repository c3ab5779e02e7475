// Charts drawn with Apache ECharts (its WebJar, loaded as window.echarts), in French, with ECharts' accessibility
// module on: the chart's container gets a description of its data for screen readers; each chart also has its data
// as a table beside it.
const PALETTE = ['#000091', '#e1000f', '#6a6af4', '#b34000', '#18753c', '#666666'];

/** Creates a chart in {@code element}, sized as its container. Returns {update(option), dispose()}. */
export function chart(element, description) {
  const instance = window.echarts.init(element, null, { renderer: 'svg', locale: 'FR' });
  // follows its container's size (a window resized, a phone turned, the grid's columns changing)
  const observer = new ResizeObserver(() => instance.resize());
  observer.observe(element);
  return {
    instance,
    update(option) {
      instance.setOption({
        color: PALETTE,
        aria: { enabled: true, label: { enabled: true, description: description(option) } },
        textStyle: { fontFamily: 'Marianne, Arial, sans-serif', color: '#161616' },
        animationDuration: 300,
        ...option,
      }, { notMerge: true });
    },
    dispose() {
      observer.disconnect();
      instance.dispose();
    },
  };
}

/** A horizontal bar chart of labelled values. */
export function barOption(labels, values, name) {
  return {
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true,
      axisLabel: { width: 150, overflow: 'truncate', color: '#3a3a3a' } },
    series: [{ name, type: 'bar', data: values, label: { show: true, position: 'right', color: '#161616' } }],
  };
}

/** Stacked horizontal bars: one bar per category, one stack per series. */
export function stackedOption(categories, series) {
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: '#161616' } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: categories, axisLabel: { color: '#3a3a3a' } },
    series: series.map(s => ({ name: s.name, type: 'bar', stack: 'total', data: s.values,
      label: { show: true, color: '#ffffff', formatter: p => (p.value ? p.value.toLocaleString('fr-FR') : '') } })),
  };
}
