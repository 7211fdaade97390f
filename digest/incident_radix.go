package digest

import (
	"cmp"
	"slices"
)

// radixSort holds the scratch space of radix sorts, reused from one sort to
// the next.
type radixSort struct {
	pairs, tmp []keyIndex
}

// order returns the indices 0..n-1 ordered by keys[0][i], then keys[1][i],
// and so on, stably (ties keep index order). It is a
// least-significant-digit radix sort over the bytes in which the keys
// differ, so its work grows linearly with n where a comparison sort's would
// not, and it reads the keys in passes rather than chasing them.
func (r *radixSort) order(n int, keys ...[]uint32) []int32 {
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	if n < 2 {
		return order
	}
	// Sort (key, index) pairs, gathered once per key, so that each pass
	// reads sequentially and only its writes scatter.
	if cap(r.pairs) < n {
		r.pairs, r.tmp = make([]keyIndex, n), make([]keyIndex, n)
	}
	pairs, tmp := r.pairs[:n], r.tmp[:n]
	var count [4][256]int
	for c := len(keys) - 1; c >= 0; c-- {
		k := keys[c]
		count = [4][256]int{}
		for p, i := range order {
			v := k[i]
			pairs[p] = keyIndex{v, i}
			count[0][v&0xff]++
			count[1][v>>8&0xff]++
			count[2][v>>16&0xff]++
			count[3][v>>24]++
		}
		sorted := false
		for b := range 4 {
			cnt := &count[b]
			if cnt[pairs[0].key>>(8*b)&0xff] == n {
				continue // every key has the same byte here
			}
			sum := 0
			for d, c := range cnt {
				cnt[d], sum = sum, sum+c
			}
			shift := 8 * b
			for _, p := range pairs {
				d := p.key >> shift & 0xff
				tmp[cnt[d]] = p
				cnt[d]++
			}
			pairs, tmp = tmp, pairs
			sorted = true
		}
		if sorted {
			for p := range pairs {
				order[p] = pairs[p].index
			}
		}
	}
	return order
}

type keyIndex struct {
	key   uint32
	index int32
}

// denseRanks maps each value to its rank among the distinct values, which
// are few (days, dates): a map finds them without sorting all values.
func denseRanks[T cmp.Ordered](vals []T) []uint32 {
	ids := map[T]uint32{}
	var distinct []T
	for _, v := range vals {
		if _, ok := ids[v]; !ok {
			ids[v] = 0
			distinct = append(distinct, v)
		}
	}
	slices.Sort(distinct)
	for r, v := range distinct {
		ids[v] = uint32(r)
	}
	out := make([]uint32, len(vals))
	for i, v := range vals {
		out[i] = ids[v]
	}
	return out
}
