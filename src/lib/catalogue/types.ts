/** Shapes of the project catalogue (data/catalogue/projets.json, see its README). */

/** One project as the file stores it: every value taken from its source document, null when the document gives none. */
export interface ProjetSaisi {
	id: string;
	nom: string;
	/** Key of `appels`. */
	appel: string;
	/** Year of the call or of the project's start, as the document gives it; null if none. */
	annee: number | null;
	/** Region code (INSEE): '32' Hauts-de-France, '93' PACA. */
	region: string;
	/** Department codes (INSEE); empty when the document does not place the project. */
	departements: string[];
	localisation: string | null;
	/** Carrier when it is not the landlord (an association, a department). */
	porteur: string | null;
	/** Landlord, as the document writes it. */
	bailleur: string | null;
	/** SIREN of the landlord in the demonstration data (synthetic), null when absent there. */
	siren: string | null;
	partenaires: string[];
	/** Filter tags drawn from `public`. */
	publics: string[];
	public: string | null;
	/** Households targeted, when the document gives one number. */
	menages: number | null;
	menagesTexte: string | null;
	/** Total cost in euros, when the document gives one. */
	budgetEur: number | null;
	budgetTexte: string | null;
	/** Jury's ranking or opinion (« Avis très favorable (1/8) », « P2 »). */
	classement: string | null;
	/** Jury's remarks. */
	avis: string | null;
	/** File name of the source document (key of `sources`). */
	source: string;
}

export interface FichierCatalogue {
	description: string;
	appels: Record<string, string>;
	regions: Record<string, string>;
	departements: Record<string, string>;
	sources: Record<string, string>;
	projets: ProjetSaisi[];
}

/** A project with its labels resolved, as pages receive it. */
export interface Projet extends ProjetSaisi {
	appelLibelle: string;
	regionNom: string;
	/** « Nord (59) » for each department. */
	departementsNoms: string[];
	sourceTitre: string;
}

/** The projects of one region, and the others grouped by region. */
export interface CatalogueRegion {
	region: string;
	regionNom: string;
	projets: Projet[];
	autresRegions: { region: string; regionNom: string; projets: Projet[] }[];
}
