// Peer sites of the performance bench (scripts/bench/peers.ts): the map a user
// of Starlight or Observable Framework would write — world-atlas TopoJSON
// fetched in the browser, turned into GeoJSON with topojson-client and drawn
// with d3.geoPath. The same code in both peers; copied into each at build.
import * as d3 from 'd3';
import { feature } from 'topojson-client';

const NEIGHBOURS = ['Turkey', 'Iraq', 'Jordan', 'Israel', 'Lebanon'];

export function drawSyriaMap(container, topology) {
  const countries = feature(topology, topology.objects.countries).features;
  const syria = countries.find((c) => c.properties.name === 'Syria');
  const width = 640;
  const height = 480;
  const projection = d3.geoMercator().fitExtent([[16, 16], [width - 16, height - 16]], syria);
  const path = d3.geoPath(projection);
  const svg = d3
    .select(container)
    .append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', 'Map of Syria and its neighbours')
    .style('width', '100%')
    .style('height', 'auto');
  svg
    .append('g')
    .selectAll('path')
    .data(countries)
    .join('path')
    .attr('d', path)
    .attr('fill', (d) => (d === syria ? '#f2d8a7' : '#e6e6e6'))
    .attr('stroke', '#777')
    .attr('stroke-width', 0.75);
  svg
    .append('g')
    .selectAll('text')
    .data(countries.filter((c) => c === syria || NEIGHBOURS.includes(c.properties.name)))
    .join('text')
    .attr('transform', (d) => `translate(${path.centroid(d)})`)
    .attr('text-anchor', 'middle')
    .attr('font-size', 14)
    .attr('fill', '#222')
    .text((d) => d.properties.name);
}
