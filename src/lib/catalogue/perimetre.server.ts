/** SIREN of the bailleur whose own site is being built (`npm run build -- --bailleur`, scripts/scope/build-cli.ts); null for the full site. */
export function bailleurDuSite(): string | null {
	return process.env.PDALHPD_BAILLEUR?.trim() || null;
}
