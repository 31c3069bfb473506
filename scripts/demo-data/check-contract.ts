/**
 * Structural check of the generated tables against the input contract: header, unique keys,
 * sub-counts, hors QPV + QPV = attributions, codes known to the COG and to bailleurs.csv,
 * objective value only with statut « fixe ».
 */
import { INPUT_TABLES } from '../../src/lib/contract/inputs.ts';
import type { Cog } from '../lib/cog.ts';
import type { Tables } from './tables.ts';

export function checkContract(files: ReadonlyMap<string, string>, tables: Tables, cog: Cog): void {
	const fail = (message: string) => {
		throw new Error(`Données de démonstration non conformes au contrat : ${message}`);
	};
	const sirens = new Set(tables.bailleurs.map((b) => b.siren));
	const epcis = new Set(cog.epcis.map((e) => e.siren));
	for (const spec of INPUT_TABLES) {
		const text = files.get(`${spec.name}.csv`);
		if (!text) fail(`fichier ${spec.name}.csv absent`);
		const header = text!.slice(0, text!.indexOf('\n'));
		if (header !== spec.columns.map((c) => c.name).join(';')) fail(`en-tête de ${spec.name}.csv : ${header}`);
		const keys = new Set<string>();
		for (const row of tables[spec.name]) {
			const key = spec.key.map((k) => row[k]).join('|');
			if (keys.has(key)) fail(`clé en double dans ${spec.name} : ${key}`);
			keys.add(key);
			for (const c of spec.columns) {
				const v = row[c.name];
				if (c.required && v === '') fail(`${spec.name}.${c.name} vide (${key})`);
				if (v !== '' && c.type === 'count' && !/^\d+$/.test(v)) fail(`${spec.name}.${c.name} non entier : ${v}`);
				if (v !== '' && c.type === 'euros' && !/^\d+(\.\d{1,2})?$/.test(v)) fail(`${spec.name}.${c.name} montant (au plus deux décimales) : ${v}`);
				if (v !== '' && c.type === 'enum' && !c.values!.includes(v)) fail(`${spec.name}.${c.name} hors liste : ${v}`);
				if (v !== '' && c.type === 'bool' && v !== 'oui' && v !== 'non') fail(`${spec.name}.${c.name} booléen : ${v}`);
				if (v !== '' && c.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) fail(`${spec.name}.${c.name} date : ${v}`);
				if (v !== '' && c.name.startsWith('siren_bailleur') && !sirens.has(v)) fail(`${spec.name} : bailleur inconnu ${v}`);
				if (v !== '' && c.name === 'siren_epci' && !epcis.has(v)) fail(`${spec.name} : EPCI inconnu ${v}`);
			}
			for (const rule of spec.subCounts ?? []) {
				if (Number(row[rule.part]) > Number(row[rule.whole])) fail(`${spec.name} : ${rule.part} > ${rule.whole} (${key})`);
			}
		}
	}
	for (const r of tables.attributions) {
		if (!cog.communes.has(r.code_commune)) fail(`commune inconnue du COG : ${r.code_commune}`);
		if (Number(r.hors_qpv) + Number(r.qpv) !== Number(r.attributions)) fail(`hors_qpv + qpv ≠ attributions (${r.mois} ${r.code_commune})`);
	}
	for (const o of tables.objectifs) {
		if ((o.valeur !== '') !== (o.statut === 'fixe')) fail(`objectif ${o.annee} ${o.indicateur} ${o.code_territoire} : valeur et statut incohérents`);
		if (o.niveau === 'region') fail('objectif de niveau région (la région est la somme des départements)');
	}
	if (tables.reforme.length !== cog.epcis.length) fail(`réforme : ${tables.reforme.length} lignes pour ${cog.epcis.length} EPCI`);
}
