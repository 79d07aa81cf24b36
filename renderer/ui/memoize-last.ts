/**
 * `fn` remembering its last call: the same arguments (each `===` the last ones) give the last
 * result without calling again. For derived data that outlives a component (a view left and
 * opened again while the data it is built from has not changed).
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { readonly args: A; readonly result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
