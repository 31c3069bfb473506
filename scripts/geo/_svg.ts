import { writeFileSync, readFileSync } from 'node:fs';
import { loadCog } from '../lib/cog.ts';
import { buildContours } from './build.ts';
import { FUSIONS_HORS_COG } from './fusions-hors-cog.ts';
import { readGeoSources } from './sources.ts';
import { feature, mesh } from 'topojson-client';
import { geoPath, geoConicConformal } from 'd3';
const src = readGeoSources();
const out: string[] = [];
for (const retain of [0.25, 0.5, 1]) {
  const r = buildContours({ ...src, cog: loadCog(), fusions: FUSIONS_HORS_COG, hautsDeFrance: { retain, quantization: 1e5, minRingArea: 1e-7 }, france: { retain: 0.2, quantization: 1e4, minRingArea: 1e-5 } });
  const t = JSON.parse(r.files['hauts-de-france.topo.json']);
  const epci = feature(t, t.objects.epci) as any;
  const full = geoConicConformal().parallels([44,49]).rotate([-3,0]).fitSize([600,600], epci);
  const zoom = geoConicConformal().parallels([44,49]).rotate([-3,0]).fitSize([600,600], epci.features.find((f:any)=>f.properties.siren==='200093201') ?? epci.features[0]);
  for (const p of [full, zoom]) {
    const path = geoPath(p);
    out.push(`<svg width="600" height="600" style="border:1px solid #ccc"><text x="5" y="15">${retain}</text>${epci.features.map((f:any,i:number)=>`<path d="${path(f)}" fill="hsl(${i*37%360},60%,80%)" stroke="#333" stroke-width="0.5"/>`).join('')}</svg>`);
  }
}
writeFileSync('/tmp/h3/maps.html', `<html><body style="margin:0">${out.join('')}</body></html>`);
