package digest

// quantity is a head count found in a sentence: "at least 26", "twenty-five",
// "a dozen", "dozens", "10 to 15", "a man".
type quantity struct {
	count, high int // high > count only for ranges
	qual        Qualifier
	first, last int // token span [first, last) including qualifier words
	numAt       int // index of the first token of the number itself
	// person is set for "a man", "one child": the noun is the last token of the span.
	person bool
}

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensNumbers = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// vagueWords are quantities with no exact figure; the value is the lower
// bound a digest may list them at (spec §7: dozens → 24, several → 3).
var vagueWords = map[string]int{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens": 20, "several": 3,
	"numerous": 3, "many": 3,
}

// qualifierPhrases precede a number and say how exact it is (spec §2).
var qualifierPhrases = []struct {
	words []string
	qual  Qualifier
}{
	{[]string{"at", "least"}, AtLeast},
	{[]string{"no", "fewer", "than"}, AtLeast},
	{[]string{"no", "less", "than"}, AtLeast},
	{[]string{"a", "minimum", "of"}, AtLeast},
	{[]string{"more", "than"}, MoreThan},
	{[]string{"over"}, MoreThan},
	{[]string{"above"}, MoreThan}, // "the toll climbed above 270"
	{[]string{"upwards", "of"}, MoreThan},
	{[]string{"in", "excess", "of"}, MoreThan},
	{[]string{"passes"}, MoreThan}, // "the death toll passes 240"
	{[]string{"passed"}, MoreThan},
	{[]string{"surpasses"}, MoreThan},
	{[]string{"surpassed"}, MoreThan},
	{[]string{"exceeds"}, MoreThan},
	{[]string{"exceeded"}, MoreThan},
	{[]string{"tops"}, MoreThan},
	{[]string{"about"}, Approximate},
	{[]string{"around"}, Approximate},
	{[]string{"some"}, Approximate},
	{[]string{"nearly"}, Approximate},
	{[]string{"roughly"}, Approximate},
	{[]string{"up", "to"}, Approximate},
	{[]string{"almost"}, Approximate},
	{[]string{"approximately"}, Approximate},
	{[]string{"an", "estimated"}, Approximate},
	{[]string{"close", "to"}, Approximate},
	{[]string{"as", "many", "as"}, Approximate},
}

// qualifiersByFirst indexes qualifierPhrases by their first word.
var qualifiersByFirst = func() map[string][]int {
	m := map[string][]int{}
	for k, p := range qualifierPhrases {
		m[p.words[0]] = append(m[p.words[0]], k)
	}
	return m
}()

var yearOld = []string{"-", "year", "-", "old"}

// personNouns make "a man", "one child" a count of one.
var personNouns = map[string]bool{
	"adviser": true, "advisor": true, "diplomat": true, "instructor": true, "expert": true,
	"son": true, "daughter": true, "brother": true, "sister": true, "wife": true, "husband": true,
	"mother": true, "father": true, "nephew": true, "niece": true, "cousin": true, "grandson": true,
	"man": true, "woman": true, "child": true, "boy": true, "girl": true, "civilian": true,
	"soldier": true, "fighter": true, "person": true, "resident": true, "citizen": true, "member": true,
	"officer": true, "commander": true, "leader": true, "journalist": true, "reporter": true,
	"photographer": true, "medic": true, "paramedic": true, "doctor": true, "nurse": true, "farmer": true,
	"shepherd": true, "teenager": true, "teen": true, "youth": true, "baby": true, "infant": true, "toddler": true,
	"rebel": true, "militant": true, "gunman": true, "jihadist": true, "volunteer": true, "worker": true,
	"student": true, "teacher": true, "policeman": true, "guard": true, "driver": true, "trooper": true,
	"serviceman": true, "elder": true, "girlchild": true, "defector": true, "activist": true,
	"rescuer": true, "pilot": true, "contractor": true, "colonel": true, "general": true, "major": true,
	"captain": true, "lieutenant": true, "sergeant": true, "brigadier": true, "sheikh": true, "imam": true,
	"pharmacist": true, "lawyer": true, "engineer": true, "mayor": true, "priest": true, "merchant": true,
	"trader": true, "vendor": true, "shopkeeper": true, "fisherman": true, "mukhtar": true, "dentist": true,
	"judge": true, "cleric": true, "preacher": true, "blogger": true, "cameraman": true,
	"schoolteacher": true, "schoolboy": true, "schoolgirl": true, "grandfather": true, "grandmother": true,
	"midwife": true, "surgeon": true, "mechanic": true, "baker": true, "labourer": true, "laborer": true,
	"protester": true, "demonstrator": true, "grocer": true, "butcher": true, "tailor": true,
}

// ParseNumber reads a whole phrase as a head count: digits ("1,200", "٣٥"),
// words ("twenty-five", "a dozen", "two dozen"), with a qualifier ("at least
// 26") or as a range ("10 to 15"). It is the number parser of Extract,
// exposed for tests and fuzzing.
func ParseNumber(s string) (count, high int, q Qualifier, ok bool) {
	toks := tokenize(nil, s)
	qt, ok := parseQuantity(toks, 0)
	if !ok || qt.last != len(toks) {
		return 0, 0, "", false
	}
	return qt.count, qt.high, qt.qual, true
}

// parseQuantity reads a quantity starting at toks[i].
func parseQuantity(toks []token, i int) (quantity, bool) {
	q := quantity{first: i, qual: Exact}
	j := i
	if i < len(toks) {
		for _, k := range qualifiersByFirst[toks[i].low] {
			if p := qualifierPhrases[k]; matchWords(toks, j, p.words) {
				q.qual = p.qual
				j += len(p.words)
				break
			}
		}
	}
	q.numAt = j
	n, next, vague, ok := parseNumberAt(toks, j)
	if !ok {
		return q, false
	}
	q.count, q.last = n, next
	if vague {
		q.qual = Vague
		return q, true
	}
	if q.person {
		return q, true
	}
	if toks[j].low == "one" && j > 0 && (toks[j-1].low == "no" || toks[j-1].low == "not") {
		return q, false // "no one was hurt"
	}
	// "a man", "one child", "an elderly woman", "another child"
	if n == 1 && (toks[j].low == "a" || toks[j].low == "an" || toks[j].low == "one" || toks[j].low == "another") {
		limit := next + 3
		for k := next; k < len(toks) && k <= limit; k++ { // "a senior IS leader"
			if personNouns[toks[k].low] && !(k+1 < len(toks) && orgWords[toks[k+1].low]) { // not "an activist network"
				q.person = true
				q.last = k + 1
				if more, last, ok := familyAfter(toks, k+1); ok {
					// "a woman and her daughter", "a man and his two sons":
					// one count, for the verb they share
					q.count, q.last = 1+more, last
				}
				return q, true
			}
			if toks[k].num && matchWords(toks, k+1, yearOld) {
				k += len(yearOld) // "a 17-year-old boy": an age on the way to the noun
				limit += len(yearOld) + 1
				continue
			}
			if toks[k].punct || toks[k].num {
				break
			}
		}
		if toks[j].low != "one" {
			return q, false // "a" alone is an article, not a count
		}
		if next < len(toks) && toks[next].low == "of" && !peopleAfter(toks, next+1) {
			return q, false // "one of the headquarters"
		}
		if next+1 < len(toks) && toks[next].low == "of" && numberAt(toks, next+1) {
			return q, false // "one of two people killed": the count is the two
		}
	}
	// ranges: "10 to 15", "10-15", "two or three", "between 10 and 15"
	if next+1 < len(toks) {
		sep := toks[next].low
		if sep == "to" || sep == "-" || sep == "–" || sep == "or" || (sep == "and" && i > 0 && toks[i-1].low == "between") {
			if h, after, v, ok := parseNumberAt(toks, next+1); ok && !v && h > n {
				if sep != "-" || (toks[next].start == toks[next-1].end && toks[next].end == toks[next+1].start) {
					q.high, q.last, q.qual = h, after, Range
				}
			}
		}
	}
	return q, true
}

func matchWords(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].low != w {
			return false
		}
	}
	return true
}

// parseNumberAt reads the number itself at toks[i]: digits, number words, a
// dozen, or a vague word. It returns the value, the index after it, and
// whether it is vague.
func parseNumberAt(toks []token, i int) (n, next int, vague, ok bool) {
	if i >= len(toks) {
		return 0, i, false, false
	}
	t := &toks[i]
	if t.num {
		return int(t.val), i + 1, false, true
	}
	if t.punct {
		return 0, i, false, false
	}
	w := t.low
	switch {
	case w == "another":
		return 1, i + 1, false, true // counts only before a person: "another child"
	case w == "a" || w == "an":
		if i+1 < len(toks) && toks[i+1].low == "dozen" {
			return 12, i + 2, false, true
		}
		if matchWords(toks, i+1, []string{"number", "of"}) || matchWords(toks, i+1, []string{"few"}) {
			end := i + 3
			if toks[i+1].low == "few" {
				end = i + 2
			}
			return 2, end, true, true
		}
		if i+1 < len(toks) && (toks[i+1].low == "hundred" || toks[i+1].low == "thousand") {
			return wordsNumber(toks, i+1)
		}
		return 1, i + 1, false, true
	case w == "half" && matchWords(toks, i+1, []string{"a", "dozen"}):
		return 6, i + 3, false, true
	case vagueWords[w] > 0:
		next := i + 1
		if next < len(toks) && toks[next].low == "of" {
			next++
		}
		if w == "tens" && (next == i+1) {
			return 0, i, false, false // "tens" alone is not a head count
		}
		return vagueWords[w], next, true, true
	}
	if _, small := smallNumbers[w]; small || tensNumbers[w] > 0 {
		n, next, _, ok := wordsNumber(toks, i)
		if ok && next < len(toks) && toks[next].low == "dozen" {
			return n * 12, next + 1, false, true
		}
		return n, next, false, ok
	}
	return 0, i, false, false
}

// wordsNumber reads "two hundred and fifty", "twenty-five", "a thousand".
func wordsNumber(toks []token, i int) (n, next int, vague, ok bool) {
	total, cur := 0, 0
	j := i
	seen := false
	for j < len(toks) {
		w := toks[j].low
		switch {
		case smallNumbers[w] > 0 || w == "zero":
			cur += smallNumbers[w]
		case tensNumbers[w] > 0:
			cur += tensNumbers[w]
			// "twenty-five", "twenty five"
			k := j + 1
			if k < len(toks) && toks[k].low == "-" {
				k++
			}
			if k < len(toks) && smallNumbers[toks[k].low] > 0 && smallNumbers[toks[k].low] < 10 {
				cur += smallNumbers[toks[k].low]
				j = k
			}
		case w == "hundred":
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case w == "thousand" || w == "million":
			if cur == 0 {
				cur = 1
			}
			mult := 1000
			if w == "million" {
				mult = 1000000
			}
			total += cur * mult
			cur = 0
		case w == "and" && seen && j+1 < len(toks) && (smallNumbers[toks[j+1].low] > 0 || tensNumbers[toks[j+1].low] > 0) && (toks[j-1].low == "hundred" || toks[j-1].low == "thousand"):
			// "two hundred and fifty"
		default:
			if !seen {
				return 0, i, false, false
			}
			return total + cur, j, false, true
		}
		seen = true
		j++
	}
	return total + cur, j, false, seen
}

// numberAt reports a number, in digits or words, at toks[i].
func numberAt(toks []token, i int) bool {
	_, _, vague, ok := parseNumberAt(toks, i)
	return ok && !vague && toks[i].low != "a" && toks[i].low != "an"
}

// familyAfter reads "and her daughter", "and his two sons" at toks[i]: how
// many more people, and where their words end.
func familyAfter(toks []token, i int) (more, last int, ok bool) {
	if i+2 >= len(toks) || toks[i].low != "and" || toks[i+1].low != "her" && toks[i+1].low != "his" && toks[i+1].low != "their" {
		return 0, 0, false
	}
	k, more := i+2, 1
	if n, next, vague, ok := parseNumberAt(toks, k); ok && !vague && n > 1 && n < 20 {
		k, more = next, n
	}
	if k < len(toks) && (personNouns[toks[k].low] || more > 1 && peopleNoun(&toks[k])) {
		return more, k + 1, true
	}
	return 0, 0, false
}
