/**
 * FNAVDL projects with their carrier, bailleur, department and EPCI names: the list of
 * retained projects seen from a territory or a bailleur, and one project by its id.
 */
import { query, type Query } from './query';

export interface FnavdlProjetRow {
	id: string;
	/** Year of the call for projects. */
	annee: number;
	nom: string;
	porteur: string;
	type_porteur: 'association' | 'bailleur' | 'partenariat';
	/** Bailleur involved: SIREN and short name; null for an association alone. */
	siren_bailleur: string | null;
	bailleur: string | null;
	code_departement: string;
	departement: string;
	/** EPCI where the project is localised; null when it covers the department. */
	siren_epci: string | null;
	epci: string | null;
	public: string | null;
	/** FNAVDL funding, euros with cents; null when unknown. */
	financement_eur: number | null;
	menages_acces: number | null;
	menages_maintien: number | null;
	menages_accompagnes: number | null;
	date_menages_accompagnes: string | null;
	statut: 'depose' | 'retenu';
}

const SELECT = `SELECT p.id, p.annee::INTEGER AS annee, p.nom, p.porteur, p.type_porteur, p.siren_bailleur, b.nom_court AS bailleur,
  p.code_departement, d.nom AS departement, p.siren_epci, e.nom AS epci, p.public, p.financement_eur::DOUBLE AS financement_eur,
  p.menages_acces::INTEGER AS menages_acces, p.menages_maintien::INTEGER AS menages_maintien,
  p.menages_accompagnes::INTEGER AS menages_accompagnes, strftime(p.date_menages_accompagnes, '%Y-%m-%d') AS date_menages_accompagnes, p.statut
FROM fnavdl_projets p
LEFT JOIN bailleurs b ON b.siren = p.siren_bailleur
LEFT JOIN territoires d ON d.niveau = 'departement' AND d.code = p.code_departement
LEFT JOIN territoires e ON e.niveau = 'epci' AND e.code = p.siren_epci`;

/**
 * Retained projects of every year, by id.
 * @param territoire '32' (all), a department code or an EPCI SIREN
 * @param bailleur a bailleur SIREN, or '' for all
 */
export function fnavdlProjets(territoire: string, bailleur: string): Query<FnavdlProjetRow> {
	return query<FnavdlProjetRow>(
		'fnavdl-projets',
		`${SELECT}
WHERE p.statut = 'retenu' AND ($1 = '32' OR p.code_departement = $1 OR p.siren_epci = $1) AND ($2 = '' OR p.siren_bailleur = $2)
ORDER BY p.id`,
		[territoire, bailleur]
	);
}

/** Every project, retained or only submitted, by id (the project sheets). */
export function fnavdlTousProjets(): Query<FnavdlProjetRow> {
	return query<FnavdlProjetRow>('fnavdl-tous-projets', `${SELECT}\nORDER BY p.id`);
}
