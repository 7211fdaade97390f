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
