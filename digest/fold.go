package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold reduces a name or word to the form the gazetteer and the lexicons
// compare: lower case, no diacritics, no apostrophes or ayn/hamza marks, and
// hyphens as spaces, so that "Ma'arrat al-Nu'man" and "Maarrat al Numan" meet.
func fold(s string) string {
	if isPlainLower(s) {
		return s
	}
	var scratch [64]byte
	if f, ok := appendFoldASCII(scratch[:0], s); ok {
		return string(f)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʿ' || r == 'ʾ' || r == 'ʼ' || r == '´':
			continue
		case r == '-' || r == '_' || r == '‐' || r == '–' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(foldLetter(r)))
	}
	return b.String()
}

// appendFoldASCII appends the folded form of a word of ASCII letters, digits
// and apostrophes to b without the Unicode machinery: the tokenizer's
// common case. It reports false for any other word.
func appendFoldASCII(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		case c == '\'' || c == '`':
		default:
			return b, false
		}
	}
	return b, true
}

// isPlainLower spots the common case (ASCII lower-case letters and digits)
// that folding leaves unchanged, so the tokenizer's hot path allocates nothing.
func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// foldLetter maps letters that NFD does not decompose to their plain Latin kin.
func foldLetter(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	switch r {
	case 'ı':
		return 'i'
	case 'ł', 'Ł':
		return 'l'
	case 'ø', 'Ø':
		return 'o'
	case 'đ', 'Đ':
		return 'd'
	}
	return r
}

// squash drops the spaces of a folded name: "deir ez zor" and "deir ezzor"
// share "deirezzor".
func squash(s string) string {
	return strings.ReplaceAll(s, " ", "")
}

// skeletonArticles are the article's sun-letter spellings, all read as "al".
var skeletonArticles = map[string]bool{"el": true, "ar": true, "as": true, "ad": true, "at": true, "ash": true, "az": true, "an": true, "es": true, "esh": true, "ed": true, "et": true}

// skeleton reduces a folded name further, to meet transliterations that
// differ in vowels, doubled letters, a final h or the article's sun letter:
// "jesr al shughur" and "jisr ash shughur", "al suwaidaa" and "al suwaida".
func skeleton(folded string) string {
	if !strings.Contains(folded, " ") {
		return skeletonWord(folded)
	}
	words := strings.Fields(folded)
	for i, w := range words {
		if skeletonArticles[w] && i+1 < len(words) {
			words[i] = "al"
			continue
		}
		words[i] = skeletonWord(w)
	}
	return strings.Join(words, " ")
}

// skeletonWord is skeleton for one word.
func skeletonWord(w string) string {
	return string(appendSkeleton(make([]byte, 0, len(w)), w))
}

// appendSkeleton appends the skeleton of one word to dst.
func appendSkeleton(dst []byte, w string) []byte {
	start := len(dst)
	var prev byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'e':
			c = 'i'
		case 'o':
			c = 'u'
		case 't', 'd':
			// one Arabic letter (ذ) is written dh, th or z: Dhiban, Thiban
			if i+1 < len(w) && w[i+1] == 'h' {
				c = 'd'
				i++
			}
		}
		if c != prev {
			dst = append(dst, c)
		}
		prev = c
	}
	if len(dst)-start > 4 && dst[len(dst)-1] == 'h' {
		dst = dst[:len(dst)-1]
	}
	return dst
}
