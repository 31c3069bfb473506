/**
 * A map from whole numbers (0 ≤ key < 2^53) to line numbers, in typed arrays with open
 * addressing: a million keys cost two flat arrays instead of a million heap entries,
 * which a `Map` with non-small-integer keys would allocate (and the GC would walk).
 */
export class NumberIndex {
	private keys = new Float64Array(1024).fill(-1);
	private values = new Int32Array(1024);
	private size = 0;

	private slot(key: number, keys: Float64Array): number {
		const mask = keys.length - 1;
		const low = key >>> 0;
		const high = Math.floor(key / 4294967296);
		let slot = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) & mask;
		while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
		return slot;
	}

	/** The value stored for `key`, or undefined. */
	get(key: number): number | undefined {
		const slot = this.slot(key, this.keys);
		return this.keys[slot] === key ? this.values[slot] : undefined;
	}

	/** Stores `value` (a line number, < 2^31) for a key not yet present. */
	set(key: number, value: number): void {
		if ((this.size + 1) * 2 > this.keys.length) this.grow();
		const slot = this.slot(key, this.keys);
		if (this.keys[slot] !== key) this.size++;
		this.keys[slot] = key;
		this.values[slot] = value;
	}

	private grow(): void {
		const oldKeys = this.keys;
		const oldValues = this.values;
		this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
		this.values = new Int32Array(oldKeys.length * 2);
		for (let i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] === -1) continue;
			const slot = this.slot(oldKeys[i], this.keys);
			this.keys[slot] = oldKeys[i];
			this.values[slot] = oldValues[i];
		}
	}
}
