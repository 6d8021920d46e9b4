// A value made once per key and kept: the caches of pure results the build and the search page keep.

/** What remember keeps values in: a Map, or a WeakMap for values that go with an object. */
interface Kept<K, V> {
	get(key: K): V | undefined;
	set(key: K, value: V): unknown;
}

/** The value kept under `key`, made by `make` the first time it is asked for. */
export function remember<K, V>(kept: Kept<K, V>, key: K, make: () => V): V {
	let value = kept.get(key);
	if (value === undefined) kept.set(key, (value = make()));
	return value;
}
