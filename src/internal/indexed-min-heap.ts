/**
 * A binary min-heap of node ids `0..n-1` keyed by a Float64Array, with decrease-key, on
 * typed arrays. Used by the Dijkstra steps of the min-cost-flow solver.
 *
 * Complexity: push, decrease and pop in O(log n); clear in O(size).
 * References: Cormen, Leiserson, Rivest & Stein, Introduction to Algorithms, ch. 6.
 */

/**
 * State: `heap[0..size-1]` holds node ids with `key[heap[i]] >= key[heap[(i-1) >> 1]]`;
 * `position[v]` is v's index in `heap`, or -1 when v is not in it.
 */
export interface IndexedMinHeap {
  readonly key: Float64Array;
  readonly heap: Int32Array;
  readonly position: Int32Array;
  size: number;
}

export function createHeap(n: number): IndexedMinHeap {
  return { key: new Float64Array(n), heap: new Int32Array(n), position: new Int32Array(n).fill(-1), size: 0 };
}

/** Empties the heap, forgetting every node still in it. */
export function clearHeap(q: IndexedMinHeap): void {
  for (let i = 0; i < q.size; i++) q.position[q.heap[i]!] = -1;
  q.size = 0;
}

/** Inserts v with key k, or lowers v's key to k if v is in the heap with a larger key. */
export function pushOrDecrease(q: IndexedMinHeap, v: number, k: number): void {
  let i = q.position[v]!;
  if (i === -1) {
    i = q.size++;
  } else if (k >= q.key[v]!) {
    return;
  }
  q.key[v] = k;
  const { heap, position, key } = q;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const u = heap[parent]!;
    if (key[u]! <= k) break;
    heap[i] = u;
    position[u] = i;
    i = parent;
  }
  heap[i] = v;
  position[v] = i;
}

/** Removes and returns the node with the smallest key (the heap must not be empty). */
export function popMin(q: IndexedMinHeap): number {
  const { heap, position, key } = q;
  const top = heap[0]!;
  position[top] = -1;
  const last = heap[--q.size]!;
  if (q.size === 0) return top;
  const k = key[last]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= q.size) break;
    const right = child + 1;
    if (right < q.size && key[heap[right]!]! < key[heap[child]!]!) child = right;
    const c = heap[child]!;
    if (key[c]! >= k) break;
    heap[i] = c;
    position[c] = i;
    i = child;
  }
  heap[i] = last;
  position[last] = i;
  return top;
}
