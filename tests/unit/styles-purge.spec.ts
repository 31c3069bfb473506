import { describe, expect, it } from 'vitest';
import { dsfrScriptClasses, variablesUsed, withReferencedVariables } from '../../scripts/styles/purge-dsfr';

describe('DSFR stylesheet purge', () => {
	it('keeps the classes the DSFR script adds at run time', () => {
		const script = "const C=api.internals.ns.selector('collapsing');const M=ns('equisized');ns.attr('js');x.selector('tooltip--shown')";
		expect(dsfrScriptClasses(script)).toEqual(['fr-collapsing', 'fr-equisized']);
	});
	it('keeps the custom properties our components read, and those their definitions read in turn', () => {
		const used = variablesUsed(['.etape { background: var(--background-alt-blue-france); }', 'color: var(--text-mention-grey, #666)']);
		expect(used).toEqual(['--background-alt-blue-france', '--text-mention-grey']);
		const core = ':root{--background-alt-blue-france:var(--blue-france-975-75);--blue-france-975-75:#f5f5fe;--text-mention-grey:var(--grey-425-625);--grey-425-625:#666;--unused:red}';
		expect(withReferencedVariables(used, core).sort()).toEqual(['--background-alt-blue-france', '--blue-france-975-75', '--grey-425-625', '--text-mention-grey']);
	});
});
