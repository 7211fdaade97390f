package digest

import (
	"slices"
	"strings"
)

// nameTable interns the names that incidents are matched and ordered on
// (places, governorates, sides, sources, outlets), so that buckets and sorts
// compare integers and each distinct spelling is folded once however many
// reports repeat it. Id 0 is "" in both spellings and folded names.
type nameTable struct {
	ids       map[string]int32 // spelling → id
	spellings []string         // id → spelling
	foldOf    []int32          // spelling id → folded id
	foldIDs   map[string]int32 // folded name → folded id
	folded    []string         // folded id → folded name
	// arena holds copies of the spellings, side by side: looking a name up
	// compares it with the stored key, which would otherwise be read from
	// wherever its first article put it.
	arena strings.Builder
}

func newNameTable() *nameTable {
	return &nameTable{
		ids: map[string]int32{"": 0}, spellings: []string{""}, foldOf: []int32{0},
		foldIDs: map[string]int32{"": 0}, folded: []string{""},
	}
}

// id is the id of the spelling s.
func (t *nameTable) id(s string) int32 {
	if id, ok := t.ids[s]; ok {
		return id
	}
	s = t.keep(s)
	f := foldName(s)
	fid, ok := t.foldIDs[f]
	if !ok {
		fid = int32(len(t.folded))
		t.foldIDs[f] = fid
		t.folded = append(t.folded, f)
	}
	id := int32(len(t.spellings))
	t.ids[s] = id
	t.spellings = append(t.spellings, s)
	t.foldOf = append(t.foldOf, fid)
	return id
}

// lastName is a name looked up last, with its id.
type lastName struct {
	s  string
	id int32
}

// idAfter is the id of s, looked up only when s differs from last (the
// zero lastName is "", id 0).
func (t *nameTable) idAfter(s string, last *lastName) int32 {
	if s != last.s {
		*last = lastName{s, t.id(s)}
	}
	return last.id
}

// keep copies s into the arena; a full arena is left to the strings cut
// from it, never grown, so they stay valid.
func (t *nameTable) keep(s string) string {
	const chunk = 16 << 10
	if t.arena.Cap()-t.arena.Len() < len(s) {
		t.arena = strings.Builder{}
		t.arena.Grow(max(chunk, len(s)))
	}
	start := t.arena.Len()
	t.arena.WriteString(s)
	return t.arena.String()[start:]
}

// ranks orders the ids by their content, never by first appearance:
// spellingRank[id] and foldedRank[folded id] compare as the strings do.
func (t *nameTable) ranks() (spellingRank, foldedRank []int32) {
	return rankStrings(t.spellings), rankStrings(t.folded)
}

func rankStrings(ss []string) []int32 {
	order := make([]int32, len(ss))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(ss[a], ss[b]) })
	rank := make([]int32, len(ss))
	for r, id := range order {
		rank[id] = int32(r)
	}
	return rank
}
