/**
 * FNAVDL tables: department envelopes 2021–2022 (the deck's values) and the projects of the
 * 2021 regional call (86 submitted, 46 retained, 18 partnerships) and of 2022 (ten new ones).
 * Retained 2021 amounts add up to each department's envelope parts; households to
 * accompany to 1 725 (Nord ≈ 30 % of its priority households waiting), 1 003 accompanied
 * (the deck's rounded « 1 700 » and « 1 000 », 58 %). Amounts in euros with cents.
 */
import { allocateCapped, largestRemainder } from './allocate.ts';
import { bailleurByNomCourt, BAILLEURS } from './bailleurs.ts';
import { ENVELOPPES, MENAGES_RETENUS_2021, PLAN_PROJETS } from './fnavdl-data.ts';
import { ASSOCIATIONS, PROJETS_CONNUS, THEMES, type ProjetConnu } from './fnavdl-catalogue.ts';
import type { Random } from './random.ts';
import { DEPARTEMENTS, TARGETS } from './targets.ts';
import type { Territory } from './territory.ts';

export { ENVELOPPES };

export interface ProjetRow {
	id: string;
	annee: string;
	nom: string;
	porteur: string;
	type_porteur: 'association' | 'bailleur' | 'partenariat';
	siren_bailleur: string | null;
	code_departement: string;
	siren_epci: string | null;
	public: string;
	financement_eur: number;
	menages_acces: number;
	menages_maintien: number;
	menages_accompagnes: number | null;
	date_menages_accompagnes: string | null;
	statut: 'depose' | 'retenu';
}

/** Generated projects completing the known ones up to the plan of each department. */
interface Context {
	territory: Territory;
	nomCommune: (code: string) => string;
	random: Random;
	/** Names already given to generated projects (each name once). */
	usedNames: Set<string>;
}

function generated(dep: string, appel: ProjetConnu['appel'], count: number, partenariats: number, { territory, nomCommune, random, usedNames }: Context): ProjetConnu[] {
	const epcis = territory.epcis.filter((e) => e.codeDepartement === dep).sort((a, b) => b.poids - a.poids).slice(0, 8);
	const bailleurs = BAILLEURS.filter((b) => territory.cells.some((c) => c.bailleur.siren === b.siren && c.codeDepartement === dep));
	return Array.from({ length: count }, (_, k) => {
		let theme = THEMES[0];
		let epci = epcis[0];
		let lieu = '';
		do {
			theme = THEMES[random.int(0, THEMES.length - 1)];
			epci = epcis[Math.min(epcis.length - 1, Math.floor(Math.pow(random.next(), 1.6) * epcis.length))];
			lieu = nomCommune(territory.cells.find((c) => c.epci.siren === epci.siren && c.rangCommune === 0)!.codeCommune);
		} while (usedNames.has(theme.nom.replace('{lieu}', lieu)));
		usedNames.add(theme.nom.replace('{lieu}', lieu));
		const association = ASSOCIATIONS[dep][random.int(0, ASSOCIATIONS[dep].length - 1)];
		const bailleur = bailleurs[random.int(0, bailleurs.length - 1)];
		const type = k < partenariats ? 'partenariat' : appel !== 'retenu2021' && random.next() < 0.2 ? 'bailleur' : 'association';
		return {
			nom: theme.nom.replace('{lieu}', lieu),
			porteur: type === 'partenariat' ? `${association} (avec ${bailleur.nom})` : type === 'bailleur' ? bailleur.nom : association,
			typePorteur: type,
			bailleur: type === 'association' ? undefined : bailleur.nomCourt,
			departement: dep,
			epci: epci.siren,
			public: theme.public,
			appel
		};
	});
}

function households(p: ProjetConnu, total: number, random: Random): [number, number] {
	if (p.acces !== undefined && p.maintien !== undefined) return [p.acces, p.maintien];
	const maintienFirst = /expulsion|maintien/i.test(p.public);
	const acces = Math.round(total * (maintienFirst ? random.uniform(0.1, 0.3) : random.uniform(0.7, 0.92)));
	return [acces, total - acces];
}

export function buildProjets(territory: Territory, nomCommune: (code: string) => string, random: Random): ProjetRow[] {
	const context: Context = { territory, nomCommune, random, usedNames: new Set() };
	const rows: ProjetRow[] = [];
	const known = (dep: string, appel: ProjetConnu['appel']) => PROJETS_CONNUS.filter((p) => p.departement === dep && p.appel === appel);
	const nouveaux: ProjetConnu[] = [];
	for (const dep of DEPARTEMENTS) {
		const plan = PLAN_PROJETS[dep];
		const retenusConnus = known(dep, 'retenu2021');
		const partenariatsConnus = retenusConnus.filter((p) => p.typePorteur === 'partenariat').length;
		const retenus = [...retenusConnus, ...generated(dep, 'retenu2021', plan.retenus - retenusConnus.length, plan.partenariats - partenariatsConnus, context)];
		const deposes = [...known(dep, 'depose2021'), ...generated(dep, 'depose2021', plan.deposes - known(dep, 'depose2021').length, 0, context)];
		// 2022: new projects, including 2021 applications taken up again (deck).
		nouveaux.push(...known(dep, 'nouveau2022'), ...known(dep, 'depose2021').map((p) => ({ ...p, appel: 'nouveau2022' as const })),
			...generated(dep, 'nouveau2022', 1, 0, context));
		// Households of retained projects: the department total, fixed values kept.
		const fixed = retenus.map((p) => (p.acces ?? 0) + (p.maintien ?? 0));
		const free = retenus.map((p) => (p.acces === undefined ? 1 : 0));
		const rest = largestRemainder(MENAGES_RETENUS_2021[dep] - fixed.reduce((s, v) => s + v, 0) - 10 * free.filter(Boolean).length, free.map((f) => f * random.noise(0.45)));
		const env = ENVELOPPES.find((e) => e.annee === '2021' && e.code_departement === dep)!;
		const sizes = retenus.map((p, k) => (free[k] ? rest[k] + 10 : fixed[k]));
		const isPart = retenus.map((p) => p.typePorteur === 'partenariat');
		// Shared out in cents, so the projects add up exactly to the envelope parts.
		const money = (part: boolean, amount: number) => largestRemainder(Math.round(amount * 100), retenus.map((_, k) => (isPart[k] === part ? sizes[k] * random.noise(0.25) : 0)))
			.map((cents) => cents / 100);
		const [moneyPart, moneyAssoc] = [money(true, env.dont_bailleurs_associations_eur), money(false, env.dont_associations_eur)];
		retenus.forEach((p, k) => rows.push(toRow(p, `2021-${dep}-${String(k + 1).padStart(2, '0')}`, '2021', 'retenu', households(p, sizes[k], random), isPart[k] ? moneyPart[k] : moneyAssoc[k])));
		deposes.forEach((p, k) => {
			const size = random.int(12, 70);
			rows.push(toRow(p, `2021-${dep}-${String(retenus.length + k + 1).padStart(2, '0')}`, '2021', 'depose', households(p, size, random), Math.round((size * random.uniform(1300, 2700)) / 100) * 100));
		});
	}
	const newSizes = nouveaux.map(() => random.int(15, 45));
	const newMoney = largestRemainder(TARGETS.fnavdl.nouveaux2022Eur, newSizes.map((s) => s * random.noise(0.2)));
	nouveaux.forEach((p, k) => rows.push(toRow(p, `2022-${p.departement}-${String(k + 1).padStart(2, '0')}`, '2022', 'retenu', households(p, newSizes[k], random), newMoney[k])));
	setAccompagnes(rows.filter((r) => r.annee === '2021' && r.statut === 'retenu'), random);
	return rows.sort((a, b) => a.id.localeCompare(b.id));
}

function toRow(p: ProjetConnu, id: string, annee: string, statut: ProjetRow['statut'], [acces, maintien]: [number, number], financement: number): ProjetRow {
	return {
		id: `FNAVDL-${id}`, annee, nom: p.nom, porteur: p.porteur, type_porteur: p.typePorteur,
		siren_bailleur: p.bailleur ? bailleurByNomCourt(p.bailleur).siren : null, code_departement: p.departement, siren_epci: p.epci ?? null,
		public: p.public, financement_eur: financement, menages_acces: acces, menages_maintien: maintien,
		menages_accompagnes: (PROJETS_CONNUS.find((k) => k.nom === p.nom && annee === '2021' && statut === 'retenu')?.accompagnes) ?? null,
		date_menages_accompagnes: null, statut
	};
}

/** Households accompanied at 31 December 2021: 1 003 over the retained 2021 projects. */
function setAccompagnes(retenus: ProjetRow[], random: Random): void {
	const fixed = retenus.reduce((s, r) => s + (r.menages_accompagnes ?? 0), 0);
	const open = retenus.filter((r) => r.menages_accompagnes === null);
	const parts = allocateCapped(TARGETS.fnavdl.accompagnes20211231 - fixed, open.map((r) => (r.menages_acces + r.menages_maintien) * random.noise(0.25)),
		open.map((r) => r.menages_acces + r.menages_maintien));
	open.forEach((r, k) => (r.menages_accompagnes = parts[k]));
	for (const r of retenus) r.date_menages_accompagnes = '2021-12-31';
}
