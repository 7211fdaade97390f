package digest

import (
	"math/bits"
	"strings"
	"unicode"
)

// shingleWords is how many consecutive words make one SimHash feature:
// three keeps word order without making one changed word flip many features.
const shingleWords = 3

// nearDuplicateBits is the largest Hamming distance between the fingerprints
// of two copies of one story. Copies of a wire story differ in headline and
// trailing boilerplate, which moves a 64-bit SimHash by a few bits (up to about
// 7 when a short story gains a long disclaimer); unrelated stories sit near 32
// bits apart (standard deviation 4), different stories on one topic rarely
// under 16.
const nearDuplicateBits = 7

// Fingerprint is a 64-bit SimHash of text over its word shingles: texts that
// share most of their wording get fingerprints a few bits apart. Case and
// punctuation are ignored. It is 0 for text without words.
func Fingerprint(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return 0
	}
	n := max(len(words)-shingleWords+1, 1)
	var weights [64]int
	for i := range n {
		h := shingleHash(words[i:min(i+shingleWords, len(words))])
		for b := range 64 {
			if h&(1<<b) != 0 {
				weights[b]++
			} else {
				weights[b]--
			}
		}
	}
	var fp uint64
	for b, w := range weights {
		if w > 0 {
			fp |= 1 << b
		}
	}
	return fp
}

// shingleHash is FNV-1a over the words with a separator, finished with a
// 64-bit mixer so that every output bit depends on every input byte; stable
// across runs, since fingerprints are stored.
func shingleHash(words []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, w := range words {
		for i := range len(w) {
			h ^= uint64(w[i])
			h *= prime
		}
		h ^= ' '
		h *= prime
	}
	// splitmix64 finaliser
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// NearDuplicate reports whether two fingerprints are of copies of one text.
// A zero fingerprint (no text) is never a duplicate.
func NearDuplicate(a, b uint64) bool {
	return a != 0 && b != 0 && bits.OnesCount64(a^b) <= nearDuplicateBits
}
