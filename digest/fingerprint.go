package digest

import (
	"math/bits"
	"strings"
	"unicode"
)

// shingleWords is how many consecutive words make one SimHash feature:
// three keeps word order without making one changed word flip many features.
const shingleWords = 3

// edgeShingles is how many shingles at each end of a text weigh less (the
// first and last weigh 1, rising to edgeShingles): that is where copies of a
// wire story differ, in headline and trailing boilerplate.
const edgeShingles = 24

// nearDuplicateBits is the largest Hamming distance between the fingerprints
// of two copies of one story. Measured on the corpus's articles, a new
// headline plus a 40-word disclaimer moves a fingerprint by 0–10 bits for
// nine copies in ten; different articles on the same war sat 17 or more bits
// apart (unrelated texts: 32 on average, standard deviation 4).
const nearDuplicateBits = 10

// Fingerprint is a 64-bit SimHash of text over its word shingles, weighted
// down at the text's two ends: texts that share most of their wording get
// fingerprints a few bits apart. Case and punctuation are ignored. It is 0 for
// text without words.
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
		w := min(i+1, n-i, edgeShingles)
		for b := range 64 {
			if h&(1<<b) != 0 {
				weights[b] += w
			} else {
				weights[b] -= w
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
