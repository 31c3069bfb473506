/**
 * FNAVDL projects: the 2021 regional call (86 applications, 46 retained, 18 of them by
 * landlord–association partnerships) and about ten new projects in 2022 (643 320 €).
 * Retained 2021 projects spend each department's envelope exactly (partnerships the
 * « bailleurs–associations » part, the others the « associations » part) and target
 * 1 700 households, of whom 990 accompanied at 31 December 2021.
 */
import { allocateCapped, allocateWithFloor, largestRemainder } from './allocate.ts';
import type { EnveloppeRow } from './fnavdl-enveloppes.ts';
import { ASSOCIATIONS, NAMED_PROJECTS, PUBLICS, type NamedProject } from './fnavdl-catalogue.ts';
import type { Rng } from './random.ts';
import { DEPARTEMENTS, FNAVDL } from './targets.ts';

export interface ProjetRow {
	id: string;
	annee: number;
	nom: string;
	porteur: string;
	type_porteur: 'association' | 'bailleur' | 'partenariat';
	siren_bailleur: string | null;
	code_departement: string;
	siren_epci: string | null;
	public: string | null;
	financement_eur: number | null;
	menages_acces: number | null;
	menages_maintien: number | null;
	menages_accompagnes: number | null;
	date_menages_accompagnes: string | null;
	statut: 'depose' | 'retenu';
}

/** Retained 2021 projects per department: [partnerships, others]. Deposited only: the rest. */
const RETENUS: Record<string, [number, number]> = { '02': [1, 3], '59': [6, 10], '60': [3, 4], '62': [5, 7], '80': [3, 4] };
const NON_RETENUS: Record<string, number> = { '02': 4, '59': 14, '60': 7, '62': 10, '80': 5 };
/** Households to accompany (access + maintenance) per department: Nord ≈ 30 % of its priority stock. */
const MENAGES: Record<string, number> = { '02': 110, '59': 954, '60': 190, '62': 300, '80': 146 };

export interface ProjectContext {
	/** Landlord short name → SIREN; landlords working in each department. */
	sirenOf: (nomCourt: string) => string;
	bailleursOf: (dep: string) => string[];
	/** EPCI name → SIREN; EPCI SIRENs of each department. */
	epciSiren: (nom: string) => string;
	epcisOf: (dep: string) => string[];
}

function drawProject(dep: string, type: ProjetRow['type_porteur'], ctx: ProjectContext, rng: Rng): NamedProject {
	const [pub, action] = PUBLICS[rng.int(0, PUBLICS.length - 1)];
	const association = ASSOCIATIONS[dep][rng.int(0, ASSOCIATIONS[dep].length - 1)];
	const landlords = ctx.bailleursOf(dep);
	const bailleur = type === 'association' ? undefined : landlords[rng.int(0, landlords.length - 1)];
	const porteur = type === 'association' ? association : type === 'bailleur' ? bailleur! : `${bailleur} avec ${association}`;
	return { nom: action, porteur, type_porteur: type, bailleur, dep, public: pub, acces: 0, maintien: 0 };
}

function toRow(p: NamedProject, id: string, annee: number, statut: ProjetRow['statut'], ctx: ProjectContext, rng: Rng): ProjetRow {
	const epcis = ctx.epcisOf(p.dep);
	const epci = p.epci ? ctx.epciSiren(p.epci) : rng.next() < 0.5 ? epcis[rng.int(0, Math.min(epcis.length, 6) - 1)] : null;
	return {
		id, annee, nom: p.nom, porteur: p.porteur, type_porteur: p.type_porteur, siren_bailleur: p.bailleur ? ctx.sirenOf(p.bailleur) : null,
		code_departement: p.dep, siren_epci: epci, public: p.public, financement_eur: null, menages_acces: null, menages_maintien: null,
		menages_accompagnes: null, date_menages_accompagnes: null, statut
	};
}

export function buildProjets(enveloppes: readonly EnveloppeRow[], ctx: ProjectContext, rng: Rng): ProjetRow[] {
	const retained: ProjetRow[] = [];
	const deposited: NamedProject[] = [];
	for (const dep of DEPARTEMENTS) {
		const named = NAMED_PROJECTS.filter((p) => p.dep === dep);
		const [nPart, nOther] = RETENUS[dep];
		const projects = [
			...named,
			...Array.from({ length: nPart - named.length }, () => drawProject(dep, 'partenariat', ctx, rng)),
			...Array.from({ length: nOther }, () => drawProject(dep, rng.next() < 0.75 ? 'association' : 'bailleur', ctx, rng))
		];
		// Households: the named projects keep their facts, the others share the rest.
		const drawn = projects.filter((p) => !named.includes(p));
		const rest = MENAGES[dep] - named.reduce((s, p) => s + p.acces + p.maintien, 0);
		allocateWithFloor(rest, drawn.map(() => rng.uniform(0.5, 1.5)), 8).forEach((n, i) => {
			drawn[i].acces = Math.round(n * rng.uniform(0.72, 0.82));
			drawn[i].maintien = n - drawn[i].acces;
		});
		const env = enveloppes.find((e) => e.annee === 2021 && e.code_departement === dep)!;
		const rows = projects.map((p, i) => ({ ...toRow(p, `AAP2021-${dep}-${String(i + 1).padStart(2, '0')}`, 2021, 'retenu', ctx, rng), menages_acces: p.acces, menages_maintien: p.maintien }));
		for (const [part, budget] of [[true, env.dont_bailleurs_associations_eur], [false, env.dont_associations_eur]] as const) {
			const group = rows.filter((r) => (r.type_porteur === 'partenariat') === part);
			largestRemainder(budget, group.map((r) => (r.menages_acces! + r.menages_maintien!) * rng.uniform(0.8, 1.25))).forEach((eur, i) => (group[i].financement_eur = eur));
		}
		retained.push(...rows);
		deposited.push(...Array.from({ length: NON_RETENUS[dep] }, () => drawProject(dep, (['association', 'association', 'bailleur', 'partenariat'] as const)[rng.int(0, 3)], ctx, rng)));
	}
	// Households accompanied at 31 December 2021: later starters have fewer.
	const targets = retained.map((r) => r.menages_acces! + r.menages_maintien!);
	allocateCapped(FNAVDL.menagesAccompagnesFin2021, targets.map((t) => t * rng.uniform(0.3, 1)), targets).forEach((n, i) => {
		retained[i].menages_accompagnes = n;
		retained[i].date_menages_accompagnes = '2021-12-31';
	});
	const depositedRows = deposited.map((p, i) => toRow(p, `AAP2021-D${String(i + 1).padStart(2, '0')}`, 2021, 'depose', ctx, rng));
	// 2022: about ten applications not retained in 2021 for lack of funds, now financed.
	const reprises = rng.shuffle(deposited.map((_, i) => i)).slice(0, 10).sort((a, b) => a - b);
	const eur2022 = largestRemainder(FNAVDL.nouveauxProjets2022Eur, reprises.map(() => rng.uniform(0.6, 1.4)));
	const rows2022 = reprises.map((k, i) => {
		const n = rng.int(12, 40);
		const acces = Math.round(n * 0.77);
		return { ...depositedRows[k], id: `AAP2022-${String(i + 1).padStart(2, '0')}`, annee: 2022, statut: 'retenu' as const, financement_eur: eur2022[i], menages_acces: acces, menages_maintien: n - acces };
	});
	return [...retained, ...depositedRows, ...rows2022];
}
