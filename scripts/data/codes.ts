/**
 * Checks the codes of a typed row against the official geography (COG) and the
 * bailleurs table. A commune déléguée or associée is replaced by its current commune
 * (with a warning); the commune's department and EPCI are added to the row.
 */
import type { InputTableName } from '../../src/lib/contract/inputs.ts';
import type { Cog } from '../lib/cog.ts';
import type { Issues, Location } from './messages.ts';
import type { TypedRow } from './parse-line.ts';

type CodeRole = 'siren' | 'commune' | 'departement' | 'epci' | 'bailleur' | 'territoire';

/** Which columns hold which kind of code; other `code` columns are free identifiers. */
const CODE_ROLES: Partial<Record<InputTableName, Record<string, CodeRole>>> = {
	bailleurs: { siren: 'siren' },
	attributions: { code_commune: 'commune', siren_bailleur: 'bailleur' },
	objectifs: { code_territoire: 'territoire', siren_bailleur: 'bailleur' },
	stocks: { code_territoire: 'territoire' },
	fnavdl_enveloppes: { code_departement: 'departement' },
	fnavdl_projets: { siren_bailleur: 'bailleur', code_departement: 'departement', siren_epci: 'epci' },
	reforme: { siren_epci: 'epci' }
};

/** CODE_ROLES as [column, role] pairs per table, computed once (checked on every line). */
const ROLE_ENTRIES = Object.fromEntries(Object.entries(CODE_ROLES).map(([table, roles]) => [table, Object.entries(roles)])) as Partial<
	Record<InputTableName, [string, CodeRole][]>
>;

export interface CodeContext {
	cog: Cog;
	/** e.g. `COG 2026`, named in messages. */
	cogLabel: string;
	/** SIREN of every valid line of the bailleurs table; null when that file is absent (not checked then). */
	bailleurs: ReadonlySet<string> | null;
	/** SIREN cell of each refused line of the bailleurs table → its line (so a citation says why it is missing). */
	refusedBailleurs: ReadonlyMap<string, number>;
	/** File the bailleurs came from, named in messages. */
	bailleursFile: string;
	issues: Issues;
	/** Former commune code → lines where it was met (one warning per code at the end). */
	mappedCommunes: Map<string, { current: string; lines: number[]; count: number; file: string }>;
}

/** A hint when a spreadsheet dropped the leading zero of a code (`2691` for `02691`). */
function lostZeroHint(code: string, exists: (code: string) => boolean): string {
	return /^\d+$/.test(code) && exists(`0${code}`) ? ` Zéro initial perdu par le tableur ? « 0${code} » existe : mettez la colonne au format texte.` : '';
}

function checkCode(role: CodeRole, code: string, row: TypedRow, at: Location, ctx: CodeContext): string | undefined {
	const { cog, cogLabel } = ctx;
	switch (role) {
		case 'siren':
			return /^\d{9}$/.test(code) ? undefined : `« ${code} » n'est pas un SIREN (9 chiffres).`;
		case 'bailleur':
			if (!ctx.bailleurs || ctx.bailleurs.has(code)) return undefined;
			if (ctx.refusedBailleurs.has(code)) return `bailleur « ${code} » refusé dans ${ctx.bailleursFile} (ligne ${ctx.refusedBailleurs.get(code)}) ; corrigez d’abord cette ligne.`;
			return `bailleur « ${code} » absent de ${ctx.bailleursFile}.`;
		case 'departement': {
			const departements = cog.departements.map((d) => d.code);
			if (departements.includes(code)) return undefined;
			return `« ${code} » n'est pas un département de la région ${cog.region.nom} (${departements.join(', ')}).${lostZeroHint(code, (c) => departements.includes(c))}`;
		}
		case 'epci':
			return cog.epcis.some((e) => e.siren === code) ? undefined : `EPCI « ${code} » inconnu du code officiel géographique (${cogLabel}) en ${cog.region.nom}.`;
		case 'territoire':
			if (row.niveau === 'region') return code === cog.region.code ? undefined : `« ${code} » n'est pas le code de la région ${cog.region.nom} (${cog.region.code}).`;
			return checkCode(row.niveau === 'epci' ? 'epci' : 'departement', code, row, at, ctx);
		case 'commune': {
			const current = cog.currentCode(code);
			if (!current) return `commune « ${code} » inconnue du code officiel géographique (${cogLabel}).${lostZeroHint(code, (c) => !!cog.currentCode(c))}`;
			if (current !== code) {
				const seen = ctx.mappedCommunes.get(code) ?? { current, lines: [], count: 0, file: at.file };
				seen.count++;
				if (seen.lines.length < 5) seen.lines.push(at.line ?? 0);
				ctx.mappedCommunes.set(code, seen);
			}
			const commune = cog.communes.get(current)!;
			row.code_commune = current;
			row.code_departement = commune.codeDepartement;
			row.siren_epci = commune.sirenEpci;
			return undefined;
		}
	}
}

/** Checks every code column of the row; false when one is unknown (each is reported). */
export function checkCodes(table: InputTableName, row: TypedRow, file: string, line: number, ctx: CodeContext): boolean {
	let valid = true;
	for (const [column, role] of ROLE_ENTRIES[table] ?? []) {
		const code = row[column];
		if (typeof code !== 'string') continue;
		const at = { file, line, column };
		const refusal = checkCode(role, code, row, at, ctx);
		if (refusal) {
			ctx.issues.error(at, refusal);
			valid = false;
		}
	}
	return valid;
}

/** One warning per former commune code met, naming its current commune and the lines. */
export function warnMappedCommunes(ctx: CodeContext): void {
	for (const [former, { current, lines, count, file }] of ctx.mappedCommunes) {
		const nom = ctx.cog.communes.get(current)?.nom ?? current;
		const shown = lines.join(', ') + (count > lines.length ? ` et ${count - lines.length} autres` : '');
		ctx.issues.warning(
			{ file, line: lines[0], column: 'code_commune' },
			`« ${former} » est une ancienne commune (déléguée ou associée) ; comptée dans « ${current} » (${nom}), ${count} ligne${count > 1 ? 's' : ''} (${shown}).`
		);
	}
}
