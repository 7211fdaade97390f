package digest

import "iter"

// wordTable is a fixed set of short strings, each with an entry, as an
// open-addressing hash table: the tokenizer looks up every word of every
// article in the lexicon, and findPlaces every name's start in the
// gazetteer's prefixes; a cheap hash and mostly one probe cost half a Go
// map lookup.
type wordTable struct {
	slots []lexEntry // by hash; an empty word marks a free slot
	mask  uint64
}

func newWordTable(words map[string]lexEntry) *wordTable {
	size := 1
	for size < 4*len(words) {
		size <<= 1
	}
	t := &wordTable{slots: make([]lexEntry, size), mask: uint64(size - 1)}
	for w, e := range words {
		i := hashWord(w) & t.mask
		for t.slots[i].word != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = e
	}
	return t
}

// lookup returns the entry of word (a string or the bytes of one) and
// whether the table has it.
func lookup[W string | []byte](t *wordTable, word W) (lexEntry, bool) {
	for i := hashWord(word) & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.word == "" {
			return lexEntry{}, false
		}
		if len(e.word) == len(word) && e.word == string(word) {
			return *e, true
		}
	}
}

// hashWord is FNV-1a: short words, one multiply a byte.
func hashWord[W string | []byte](w W) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// contains reports whether the table holds word.
func contains[W string | []byte](t *wordTable, word W) bool {
	_, ok := lookup(t, word)
	return ok
}

// all yields the table's entries.
func (t *wordTable) all() iter.Seq[lexEntry] {
	return func(yield func(lexEntry) bool) {
		for _, e := range t.slots {
			if e.word != "" && !yield(e) {
				return
			}
		}
	}
}

// newStringSet returns the table of the keys, with empty entries.
func newStringSet(keys map[string]bool) *wordTable {
	m := make(map[string]lexEntry, len(keys))
	for k := range keys {
		m[k] = lexEntry{word: k}
	}
	return newWordTable(m)
}
