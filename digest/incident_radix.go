package digest

import (
	"cmp"
	"slices"
)

// radixOrder returns the indices 0..n-1 ordered by keys[0][i], then
// keys[1][i], and so on, stably (ties keep index order). It is a
// least-significant-digit radix sort over the bytes in which the keys
// differ, so its work grows linearly with n where a comparison sort's would
// not, and it reads the keys in passes rather than chasing them.
func radixOrder(n int, keys ...[]uint32) []int32 {
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	if n < 2 {
		return order
	}
	tmp := make([]int32, n)
	var count [256]int
	for c := len(keys) - 1; c >= 0; c-- {
		k := keys[c][:n]
		and, or := ^uint32(0), uint32(0)
		for _, v := range k {
			and, or = and&v, or|v
		}
		for shift := 0; shift < 32; shift += 8 {
			if (and^or)>>shift&0xff == 0 {
				continue // every key has the same byte here
			}
			clear(count[:])
			for _, i := range order {
				count[k[i]>>shift&0xff]++
			}
			sum := 0
			for d, c := range count {
				count[d], sum = sum, sum+c
			}
			for _, i := range order {
				d := k[i] >> shift & 0xff
				tmp[count[d]] = i
				count[d]++
			}
			order, tmp = tmp, order
		}
	}
	return order
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
