/** Synthetic SIREN codes for the demonstration landlords: 9 digits, Luhn-valid. */
import { createRandom } from './random.ts';

/** True when a 9-digit code passes the Luhn check (as INSEE SIREN codes do). */
export function isLuhnValid(code: string): boolean {
	if (!/^\d+$/.test(code)) return false;
	let sum = 0;
	for (let i = 0; i < code.length; i++) {
		let digit = Number(code[code.length - 1 - i]);
		if (i % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

/** A Luhn-valid 9-digit code derived from a name (the same name always gives the same code). */
export function syntheticSiren(name: string): string {
	const random = createRandom(`siren/${name}`);
	const body = String(random.int(3, 8)) + Array.from({ length: 7 }, () => random.int(0, 9)).join('');
	for (let check = 0; check <= 9; check++) {
		if (isLuhnValid(body + check)) return body + check;
	}
	throw new Error(`SIREN impossible pour ${name}`);
}
