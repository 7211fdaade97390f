package digest

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestRadixOrder(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n, components int
		spread        uint32 // keys are drawn from [0, spread)
	}{
		{0, 1, 10}, {1, 2, 10}, {50, 1, 3}, {500, 3, 4}, {2000, 2, 1 << 31}, {3000, 4, 300},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("n=%d,keys=%d,spread=%d", tt.n, tt.components, tt.spread), func(t *testing.T) {
			t.Parallel()
			r := rand.New(rand.NewPCG(uint64(tt.n), uint64(tt.spread)))
			keys := make([][]uint32, tt.components)
			for c := range keys {
				keys[c] = make([]uint32, tt.n)
				for i := range keys[c] {
					keys[c][i] = r.Uint32N(tt.spread)
				}
			}
			want := make([]int32, tt.n)
			for i := range want {
				want[i] = int32(i)
			}
			slices.SortStableFunc(want, func(a, b int32) int {
				for _, k := range keys {
					if c := cmp.Compare(k[a], k[b]); c != 0 {
						return c
					}
				}
				return 0
			})
			var rs radixSort
			for range 2 { // the second sort reuses the first's scratch space
				if got := rs.order(tt.n, keys...); !slices.Equal(got, want) {
					t.Errorf("order = %v, want %v", got, want)
				}
			}
		})
	}
}

func TestDenseRanks(t *testing.T) {
	t.Parallel()
	got := denseRanks([]int64{30, -5, 30, 7, -5, 1 << 40})
	if want := []uint32{2, 0, 2, 1, 0, 3}; !slices.Equal(got, want) {
		t.Errorf("denseRanks = %v, want %v", got, want)
	}
}
