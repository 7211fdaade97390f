package digest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of a sentence.
// Tokens are many — a megabyte of text makes some 200,000 — so a token is
// kept small: the text as written is sliced from the cleaned text on demand.
type token struct {
	low        string // folded (see fold); a punctuation mark as written
	start, end int32  // byte offsets in the cleaned text
	val        int32  // the value of a number, when num
	num        bool   // a whole number written in digits
	upper      bool   // starts with an upper-case letter
	punct      bool
	paraStart  bool // the first token after a line break
	flags      lexFlag
}

// sentence is a run of tokens with its place in the cleaned text.
type sentence struct {
	text   string
	start  int
	para   int // paragraph index
	index  int // sentence index in the article
	toks   []token
	counts []int   // token index of every head count, casualty or not
	flags  lexFlag // its tokens' flags together: a sentence with no word of a class skips its checks
}

// maxDigits bounds a number so that a megabyte of digits stays one cheap token.
const maxDigits = 9

// tokenize appends the tokens of text to toks. Digits may be ASCII or
// Arabic-Indic; "1,200" is one number.
func tokenize(toks []token, text string) []token {
	lex := lexicon()
	var scratch [64]byte // a capitalised word folded for its lookup
	if need := len(text)/5 + 1; cap(toks)-len(toks) < need {
		toks = slices.Grow(toks, need)
	}

	newline := false
	i := 0
	for i < len(text) {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == '\n':
			newline = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
			continue
		case digitValue(r) >= 0:
			j, val, ok := scanNumber(text, i)
			toks = append(toks, token{low: text[i:j], start: int32(i), end: int32(j), num: ok, val: int32(val)})
			i = j
		case isASCIILetter(c) || c >= utf8.RuneSelf && unicode.IsLetter(r):
			j := wordEnd(text, i+size)
			e := lookupWord(lex, scratch[:0], text[i:j])
			toks = append(toks, token{low: e.word, start: int32(i), end: int32(j), upper: unicode.IsUpper(r), flags: e.flags})
			i = j
		default:
			toks = append(toks, token{low: text[i : i+size], start: int32(i), end: int32(i + size), punct: true})
			i += size
		}
		if newline {
			toks[len(toks)-1].paraStart = true
			newline = false
		}
	}
	return toks
}

// lookupWord folds word and looks it up: a known word, however written,
// costs one map lookup and no allocation.
func lookupWord(lex *wordTable, scratch []byte, word string) lexEntry {
	if isPlainLower(word) {
		e, _ := lookup(lex, word)
		e.word = word
		return e
	}
	if b, ok := appendFoldASCII(scratch, word); ok {
		if e, found := lookup(lex, b); found {
			return e
		}
		return lexEntry{word: string(b)}
	}
	low := fold(word)
	e, _ := lookup(lex, low)
	e.word = low
	return e
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// wordEnd returns where the word that continues at text[j:] ends: letters,
// marks and ASCII digits, and an apostrophe inside a word (Ma'arrat, Qur'an)
// but not the possessive "Aleppo's".
func wordEnd(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if isASCIILetter(c) || c >= '0' && c <= '9' {
			j++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '`' {
			return j
		}
		r2, s2 := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
			j += s2
			continue
		}
		if isApostrophe(r2) && j+s2 < len(text) && !possessive(text[j+s2:]) {
			if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); unicode.IsLetter(r3) {
				j += s2
				continue
			}
		}
		return j
	}
	return j
}

// possessive reports whether rest, after an apostrophe, is a lone "s".
func possessive(rest string) bool {
	if rest == "" || rest[0] != 's' {
		return false
	}
	if len(rest) == 1 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return !unicode.IsLetter(r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʿ' || r == 'ʾ'
}

// digitValue returns the value of an ASCII, Arabic-Indic or Eastern
// Arabic-Indic digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}

// scanNumber reads digits from text[i:], with thousands separators ("1,200",
// "1.200" is not one: a dot makes a decimal, which is no head count). It
// returns the end offset, the value and whether it is a whole number that fits.
func scanNumber(text string, i int) (end, val int, ok bool) {
	ok = true
	digits := 0
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if d := digitValue(r); d >= 0 {
			digits++
			if digits > maxDigits {
				ok = false
			} else {
				val = val*10 + d
			}
			j += size
			continue
		}
		// a thousands separator is followed by exactly three digits
		if (r == ',' || r == '٬') && digits > 0 && groupOfThree(text, j+size) {
			j += size
			continue
		}
		if (r == '.' || r == '٫') && j+size < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[j+size:]); digitValue(r2) >= 0 {
				ok = false // a decimal
				j += size
				continue
			}
		}
		break
	}
	return j, val, ok
}

func groupOfThree(text string, j int) bool {
	n := 0
	for k := j; k < len(text); {
		r, size := utf8.DecodeRuneInString(text[k:])
		if digitValue(r) < 0 {
			break
		}
		n++
		k += size
	}
	return n == 3
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "brig": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "u": true,
	"s": true, "n": true, "a": true, "m": true, "p": true, "e": true, "i": true, "jr": true, "sr": true,
	"gov": true, "sen": true, "rep": true, "prof": true, "inc": true, "co": true, "corp": true,
}

// sentences splits the cleaned text into paragraphs (lines) and sentences.
// The text is tokenized once, into b.toks, and each sentence's tokens are a
// window on that one slice; the sentences are kept in b.sents.
func sentences(text string, b *buffers) []sentence {
	toks := tokenize(b.toks[:0], text)
	b.toks = toks
	out := b.sents[:0]
	if want := strings.Count(text, ". ") + strings.Count(text, "\n") + 1; cap(out) < want {
		out = make([]sentence, 0, want)
	}
	defer func() { b.sents = out }()
	para, start := 0, 0
	var fl lexFlag // the sentence's words' flags together
	for i := range toks {
		if toks[i].paraStart && i > start {
			out = appendSentence(out, text, toks[start:i:i], para, fl)
			start, fl = i, 0
		}
		if toks[i].paraStart {
			para++
		}
		fl |= toks[i].flags
		if endsSentence(toks, i) {
			out = appendSentence(out, text, toks[start:i+1:i+1], para, fl)
			start, fl = i+1, 0
		}
	}
	if start < len(toks) {
		out = appendSentence(out, text, toks[start:], para, fl)
	}
	return out
}

func appendSentence(out []sentence, text string, toks []token, para int, fl lexFlag) []sentence {
	s, e := int(toks[0].start), int(toks[len(toks)-1].end)
	return append(out, sentence{text: text[s:e], start: s, para: para, index: len(out), toks: toks, flags: fl})
}

func endsSentence(toks []token, i int) bool {
	t := &toks[i]
	if t.punct && (t.low == "\"" || t.low == "”") && i > 0 && toks[i-1].end == t.start && i+1 < len(toks) &&
		(toks[i-1].low == "." || toks[i-1].low == "!" || toks[i-1].low == "?") {
		// the quote that closes a sentence ends it: `… already dead." Also
		// on Sunday …`
		next := &toks[i+1]
		return next.start > t.end && (next.upper || next.num)
	}
	if !t.punct || (t.low != "." && t.low != "!" && t.low != "?") {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1]
	// a closing quote right after the dot stays with the sentence; after a
	// space, a straight quote opens the next one
	if next.punct && (next.low == "\"" || next.low == "”" || next.low == "’" || next.low == ")") && next.start == t.end {
		return false
	}
	if t.low == "." && i > 0 && !toks[i-1].punct && abbreviations[toks[i-1].low] && toks[i-1].end == t.start {
		return false
	}
	if next.end-next.start > 0 && next.start == t.end {
		return false // "U.N.", "3.5" and URLs have no space after the dot
	}
	return next.upper || next.num || next.punct
}
