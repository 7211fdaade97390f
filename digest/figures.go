package digest

import (
	"slices"
	"strings"
)

// figure is one casualty count found in a sentence, before merging.
type figure struct {
	kind     Kind
	q        quantity
	sent     int // sentence index
	at       int // token index of the number
	end      int // token index after the count's noun
	label    string
	side     Side
	civilian int // civilian subset ("including three children")
	// sides holds, for a toll of people of unknown side, the largest figure
	// of each known side merged into it (see combine)
	sides [len(knownSides)]int
	// combatants marks a toll of unknown side whose people, but for its
	// civilians, are all fighters: "regime and rebel fighters"
	combatants bool
	// sideGuessed marks "terrorists", "militants": opposition by default,
	// but they may be the IS fighters another figure names
	sideGuessed bool

	subset     bool // part of an earlier figure, never added
	within     bool // a subset of the subset before it: "five civilians, among them a child"
	additive   bool // "19 more", "16 others": adds to the figures before it
	update     bool // a revised toll: replaces older figures of its incident
	superseded bool // "up from 42": the older toll
	background bool // recalled for context, or outside Syria: not news of this report
	abroad     bool // outside Syria
	active     bool // bound by a verb before it: "killed 19 people"
	multiDay   bool // a toll over the last few days: "since Thursday", "in 48 hours"
	dayPart    bool // "over 40 on Tuesday alone": a day inside a longer toll
	gone       bool // merged into another incident while merging
	andNext    bool // bound through the count after it: "5 men and 3 women were killed"
	another    bool // "another three", "a further 12": other people than any counted before
	cumulative bool // war-wide or longer than a week
	casualties bool // bound by "casualties", which SOHR uses for deaths

	place      int32 // gazetteer entry, -1 for none
	placeName  string
	placeLevel int     // specificity of the place
	placeSmall bool    // a town, village, camp or neighbourhood: a day's deaths there are mostly one incident
	district   bool    // a neighbourhood of a city
	lat, lon   float32 // the place's, to tell whose city a district is
	// govs are the governorates its sentence names when it names more
	// than one: "blasts that hit Tartous, Homs and Hasakeh killed 42".
	govs []string
	// nationwide marks a day's toll across the country, which holds the
	// tolls of its towns
	nationwide bool
	// apart marks a figure of a sentence that opens "Separately" or
	// "Elsewhere": another incident than those told before
	apart bool
	// rival marks "a higher toll of 112": another source's toll of the
	// figure before it
	rival bool
	// toll marks a count given as an incident's toll ("put the death toll
	// at 14"): another telling of the figures it sums
	toll bool
	// placeInherited is set when the place comes from an earlier sentence
	// or the article's main place, not the figure's own sentence.
	placeInherited bool
	governorate    string
	date           Date
	dated          bool // the sentence itself dates it
	sources        []string
	evidence       string
	high           int // highest conflicting figure, when sources conflict
}

// figuresIn appends the casualty figures of one sentence to all.
func figuresIn(s *sentence, all []figure) []figure {
	toks := s.toks
	first := len(all)
	out := all
	multiDay, read := false, false
	ageChain := -1 // index after the last number read as an age
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i].flags&(flagQuantity|flagPerson) == 0 && !toks[i].num {
			continue // most words: one bit test
		}
		q, ok := quantityAt(toks, i)
		if !ok {
			continue
		}
		if notACount(toks, q, &ageChain) || q.person && speakerApposition(toks, q.first) {
			i = q.last - 1
			continue
		}
		if q.qual == Vague || toks[q.numAt].num || q.count > 1 {
			s.counts = append(s.counts, q.numAt)
		}
		f, ok := bind(s, q, out[first:])
		if !ok {
			if q.qual != Exact || toks[q.numAt].num {
				i = q.last - 1
			}
			continue
		}
		f.sent, f.at = s.index, q.numAt
		if !read {
			multiDay, read = multiDaySpan(toks), true
		}
		f.multiDay = multiDay
		f.dayPart = dayAlone(toks, max(q.last, f.end)) || dayAloneBefore(toks, q.first)
		out = append(out, f)
		i = q.last - 1
	}
	return out
}

// multiDaySpan reports a toll over the last few days: "over the past three
// days", "since Thursday", "in 48 hours".
func multiDaySpan(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		switch t.low {
		case "since":
			if i+1 < len(toks) {
				if _, ok := weekdays[toks[i+1].low]; ok || launchedOnWeekday(toks, i+1) || partOfWeekday(toks, i+1) {
					return true
				}
			}
		case "in", "within", "over", "during", "past", "last":
			if d, ok := spanDays(toks, i+1); ok && d >= 1 && d <= 7 {
				return true
			}
		}
	}
	return false
}

// speakerApposition reports a person who tells the news, not one it
// counts: "…, said Abu Ali al-Masalmeh, a member of the Central Committee".
func speakerApposition(toks []token, first int) bool {
	k := first - 1
	if k < 1 || toks[k].low != "," {
		return false
	}
	k--
	for k >= 0 && (toks[k].upper || toks[k].low == "-" || toks[k].low == "al") {
		k--
	}
	return k >= 0 && k < first-2 && (toks[k].low == "said" || toks[k].low == "says" || toks[k].low == "told" || toks[k].low == "to")
}

// dayAloneBefore reads "On Sunday alone, a mortar shell … killed four".
func dayAloneBefore(toks []token, first int) bool {
	for k := 1; k < first && k < 4; k++ {
		if _, day := weekdays[toks[k-1].low]; day && toks[k].low == "alone" {
			return true
		}
	}
	return false
}

// partOfWeekday reads "the evening of Sunday", "Sunday night" after
// "since": a start a few days back.
func partOfWeekday(toks []token, i int) bool {
	if i+3 < len(toks) && toks[i].low == "the" && toks[i+2].low == "of" {
		_, ok := weekdays[toks[i+3].low]
		return ok
	}
	return false
}

// dayAlone reports "on Tuesday alone" after a count.
func dayAlone(toks []token, from int) bool {
	from = skipAside(toks, from) // "38 civilians, including nine children, were killed on Wednesday alone"
	for k := from; k < len(toks) && k < from+8; k++ {
		if toks[k].low == "alone" {
			return true
		}
		if toks[k].low == "," || toks[k].low == ";" {
			return false
		}
	}
	return false
}

// quantityAt reads a count at toks[i]; a headline's bare singular person
// ("Journalist killed in Idlib") counts one.
func quantityAt(toks []token, i int) (quantity, bool) {
	if toks[i].flags&flagPerson != 0 {
		if first, ok := barePerson(toks, i); ok {
			return quantity{count: 1, qual: Exact, first: first, last: i + 1, numAt: first, person: true}, true
		}
	}
	if !mayStartQuantity(toks[i]) {
		return quantity{}, false
	}
	return parseQuantity(toks, i)
}

// barePerson reads a singular person named without an article, as
// headlines do: "Journalist killed in Idlib", "… | Regime soldier killed",
// "Pro-regime gunmen kill Syrian teen". It returns where the person's words
// start: after up to two adjectives, at the headline's (or a "|"
// segment's) start before a casualty word, or right after a verb that kills.
func barePerson(toks []token, i int) (first int, ok bool) {
	// the person ends the noun: not "civilian workers"
	// (or a name follows: "assassinated lawyer Dawood al-Shaher")
	if i+1 < len(toks) {
		if next := toks[i+1]; !next.punct && next.flags&(flagNounStop|flagAux|flagKill|flagWound) == 0 && next.low != "and" && !next.upper {
			return 0, false
		}
	}
	first = i
	back := i - 1
	if back >= 4 && toks[back].low == "old" && matchWords(toks, back-4+1, yearOld[:3]) && toks[back-4].num {
		back -= 5 // "his 12-year-old son": past the age
	}
	for k := back; k >= 0 && k >= back-1 && !toks[k].punct && !toks[k].num && toks[k].low != "and" && toks[k].flags&(flagKill|flagWound|flagQuantity) == 0; k-- {
		// "the man killed in the raid" is someone the article names already;
		// "a man and the civilian who drove him", "a man and his son" are more
		if determiners[toks[k].low] && !((toks[k].low == "the" || toks[k].low == "his" || toks[k].low == "her") && k > 0 && toks[k-1].low == "and") {
			return 0, false
		}
		first = k
	}
	if first > 0 && toks[first-1].low == "and" && !(toks[i].upper && i+1 < len(toks) && toks[i+1].upper) {
		// one more person joined to a count: "kills two SDF fighters and
		// civilian", "killing two fighters and the civilian who drove them"
		// — not a name: "between Nawa and Sheikh Saad"
		return first, true
	}
	if first > 0 {
		if kind, active := activeVerbs[toks[first-1].low]; active && kind == Killed && toks[first-1].flags&flagKill != 0 {
			return first, true
		}
	}
	// a headline: the segment starts with the person, in title case
	start := first == 0 || toks[first-1].low == "|" || toks[first-1].low == ":"
	if !start || !toks[first].upper || i+1 >= len(toks) {
		return 0, false
	}
	next := toks[i+1]
	return first, next.flags&(flagKill|flagWound|flagAux) != 0 || prepositions[next.low]
}

func mayStartQuantity(t token) bool {
	return t.num || t.flags&flagQuantity != 0
}

// notACount rules out numbers that are no head count: ages, years, dates,
// distances, durations, money, units, names such as "Brigade 93" (spec §2).
func notACount(toks []token, q quantity, ageChain *int) bool {
	n := q.numAt
	next := q.last
	if q.person {
		return false
	}
	after, afterFlags := "", lexFlag(0)
	if next < len(toks) {
		after, afterFlags = toks[next].low, toks[next].flags
		if toks[next].low == "-" && next+1 < len(toks) {
			after, afterFlags = toks[next+1].low, toks[next+1].flags // "32-year-old"
		}
	}
	before := ""
	if n > 0 {
		before = toks[n-1].low
	}
	switch {
	case afterFlags&flagNotCounted != 0, after == "th" || after == "st" || after == "nd" || after == "rd":
		return true
	case afterFlags&flagDate != 0 && months[after] > 0 || n > 0 && toks[n-1].upper && toks[n-1].flags&flagDate != 0 && months[before] > 0:
		return true
	case n >= 2 && toks[n].num && toks[n].val >= 1900 && toks[n].val <= 2100 && toks[n-1].num && toks[n-1].val <= 31 && toks[n-2].upper && months[toks[n-2].low] > 0:
		return true // "March 24 2012 Syrian troops storm …": the year of a date
	case before == "+" || before == "utc" || before == "gmt": // "1514 UTC+3": a time zone
		return true
	case next+1 < len(toks) && toks[next].low == "-" && toks[next].start == toks[next-1].end && toks[next+1].start == toks[next].end &&
		(toks[next+1].low == "wheel" || toks[next+1].low == "storey" || toks[next+1].low == "story" || toks[next+1].low == "lane" || toks[next+1].low == "bedroom"):
		return true // "a four-wheel drive", "a two-storey house"
	case toks[n].num && next < len(toks) && toks[next].low == "s" && toks[next].start == toks[n].end:
		return true // "a man in his 60s", "the 1980s"
	case before == "url" || n >= 2 && toks[n].num && toks[n-1].num && toks[n-2].low == "url":
		return true // Sputnik's share counters: "Get short URL 0 62"
	case before == "aged" || before == "age" || before == "ages" || before == "$" || before == "£" || before == "€" ||
		before == "no" && toks[n].num || before == "#" || before == "number" && toks[n].num:
		*ageChain = next
		return true
	case (before == "and" || before == "," || before == "to") && *ageChain == n-1:
		*ageChain = next
		return true
	case next < len(toks) && (toks[next].low == ":" || toks[next].low == "/" || toks[next].low == ".") && next+1 < len(toks) && toks[next+1].num && toks[next+1].start == toks[next].end:
		return true // a time, a date or a decimal
	case n > 1 && (toks[n-1].low == ":" || toks[n-1].low == "/") && toks[n-2].num && toks[n].start == toks[n-1].end:
		// "12:30", "3/4" — not "risen to 47: 19 soldiers and 28 fighters"
		return true
	case dashedDate(toks, n):
		return true // "12-11-2015": a date
	}
	if toks[n].num {
		v := int(toks[n].val)
		if v >= 1900 && v <= 2100 && !peopleNounAfter(toks, next) {
			return true // a year
		}
		// "Brigade 93", "Resolution 2254": a name, not a count
		if n > 0 && q.first == n && designators[toks[n-1].low] {
			return true
		}
	}
	return false
}

// dashedDate reports a number inside "12-11-2015", written without spaces.
func dashedDate(toks []token, n int) bool {
	run := func(from int) bool { // num - num - num from toks[from]
		if from < 0 || from+4 >= len(toks) {
			return false
		}
		for k := from; k < from+5; k++ {
			if (k-from)%2 == 0 && !toks[k].num || (k-from)%2 == 1 && toks[k].low != "-" || k > from && toks[k].start != toks[k-1].end {
				return false
			}
		}
		return true
	}
	return toks[n].num && (run(n) || run(n-2) || run(n-4))
}

// peopleNounAfter reports a people noun right after a year-like number:
// "2000 people", not "2014 Islamic State killed".
func peopleNounAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+2; k++ {
		if t := &toks[k]; peopleNoun(t) || t.flags&flagKill != 0 && t.low != "killed" {
			return true
		}
	}
	return false
}

// peopleNoun reports a noun that names people a count can be of.
// peopleNoun reports a word for people, read from its lexicon flags.
func peopleNoun(t *token) bool {
	return t.flags&(flagCivilian|flagGovernment|flagFighter) != 0 || t.low == "people" || t.low == "persons"
}

// designators take a number as a name.
var designators = set("brigade", "division", "regiment", "battalion", "resolution", "route", "highway",
	"base", "unit", "corps", "squadron", "platoon", "article", "paragraph", "section", "chapter", "flight",
	"gate", "sector", "zone", "kilometre", "km", "point", "hill", "building", "block", "district", "phase",
	"round", "level", "grade", "channel", "number", "no", "covid", "s", "f", "su", "mig", "t", "m", "url")

// peopleAfter reports whether a people noun follows within two tokens.
func peopleAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		if t := &toks[k]; peopleNoun(t) || t.flags&(flagKill|flagWound) != 0 {
			return true
		}
	}
	return false
}

// bind ties a quantity to a casualty word after it ("26 fighters were
// killed", "7 martyrs") or before it ("killing eight people", "the death toll
// rose to 51"). prior holds the sentence's figures so far.
func bind(s *sentence, q quantity, prior []figure) (figure, bool) {
	toks := s.toks
	f := figure{q: q, place: -1}
	labelFirst := q.last
	if q.person {
		labelFirst = q.numAt // a headline's bare "Regime soldier"
		if toks[q.numAt].flags&flagQuantity != 0 {
			labelFirst++ // "a Turkish soldier": the words after the article
		}
	}
	fw, ok := bindForward(toks, q.last)
	kind, labelLast := fw.kind, fw.nounLast
	update, active := false, false
	if !ok {
		kind, update, ok = bindBackward(toks, q)
		active = ok
		labelLast = nounEnd(toks, q.last)
	}
	if fw.atLeast && q.qual == Exact {
		f.q.qual = AtLeast
	}
	joined := fw.viaAnd
	// a count with no verb of its own may list a toll's parts: after a
	// dash, after a subset, or on in a subset's list of places ("including
	// 24 in Aleppo, 19 in Deir ez-Zor and 18 in Homs")
	breakdown := !ok && (breaksDownLast(toks, q, prior) || listedAfterSubset(toks, q, prior) ||
		len(prior) > 0 && prior[len(prior)-1].subset && elliptical(toks, q.last) && afterAnd(toks, q.first))
	// (not "… and 61 were military personnel": a count with a verb of its
	// own that is no casualty verb says who some dead were)
	if last := lastWhole(prior); !ok && !breakdown && last != nil && afterAnd(toks, q.first) &&
		!(q.last < len(toks) && toks[q.last].flags&flagAux != 0 && !groupIS(toks, q.last)) &&
		(last.active || elliptical(toks, q.last) && !countBetween(toks, last.end, q.first) || alongWith(toks, q.first)) {
		// "killed 19 people … and another 23": the same verb
		kind, ok, active, joined = last.kind, true, true, true
		labelLast = nounEnd(toks, q.last)
	}
	// "51 of the dead were civilians", "twenty-one of the SNA fighters",
	// "there were 11 children among the dead": a part of the toll before it
	// (not "ambushed a group of militants … killing 14 of them": the
	// group the verb hits, no toll told before)
	themOfGroup := active && len(prior) == 0 && matchWords(toks, q.last, []string{"of", "them"})
	marked := subsetMarked(toks, q.first) || !themOfGroup && (ofTheDeadAt(toks, q.last) || ofTheDeadAt(toks, labelLast)) ||
		!q.person && matchWords(toks, q.last, []string{"of", "the"}) && len(prior) == 0 || // "twenty-one of the SNA fighters"
		len(prior) > 0 && q.first > 0 && toks[q.first-1].low == "where" // "seven in Arbin, where a volunteer was killed"
	subsetOf := marked || breakdown || listedAfterSubset(toks, q, prior)
	if !ok && subsetOf && len(prior) > 0 {
		kind, ok = prior[len(prior)-1].kind, true
		labelLast = nounEnd(toks, q.last)
	}
	if !ok {
		return f, false
	}
	if labelLast > q.last && labelLast <= len(toks) && objectNouns[toks[labelLast-1].low] {
		return f, false // "struck 18 Daesh targets and 27 terrorists were killed": no people
	}
	f.kind = kind
	f.active = active
	f.casualties = fw.casualties
	f.update = update || updateBefore(toks, q.first)
	f.superseded = supersededAt(toks, q)
	f.rival = rivalBefore(toks, q.first)
	f.toll = active && tollWordBefore(toks, q.first)
	f.subset = subsetOf || fw.ofWounded
	f.within = marked && len(prior) > 0 && prior[len(prior)-1].subset && prior[len(prior)-1].q.count >= q.count
	ranks := labelLast
	if ranks < len(toks) && toks[ranks].flags&(flagKill|flagWound) != 0 {
		ranks++
	}
	var wordBuf [12]string // a label is a few words: kept off the heap
	words, fl := labelWords(wordBuf[:0], toks, labelFirst, labelLast)
	f.label = labelText(s, labelFirst, labelLast)
	if matchWords(toks, ranks, ranksOf) {
		// SOHR: "15 casualties in the ranks of the regime forces and gunmen
		// loyal to them and of the organization": whose dead they are
		end := ranks + len(ranksOf)
		for end < len(toks) && end < ranks+20 && !toks[end].punct {
			end++
		}
		words, fl = labelWords(wordBuf[:0], toks, labelFirst, end)
		f.label = labelText(s, labelFirst, nounEnd(toks, ranks+len(ranksOf)))
	}
	f.end = max(labelLast, q.last)
	if genericFighters(fl) && labelLast < len(toks) && (toks[labelLast].low == "from" || toks[labelLast].low == "of") {
		// "41 fighters from the Kurdish-led Syrian Democratic Forces
		// (SDF) have been killed": whose fighters, up to the verb
		end := labelLast + 1
		for end < len(toks) && end < labelLast+12 && toks[end].flags&(flagAux|flagKill|flagWound) == 0 && (!toks[end].punct || isQuoteOrHyphen(toks[end].low) || toks[end].low == "(" || toks[end].low == ")") {
			end++
		}
		words, fl = labelWords(words, toks, labelLast+1, end)
	}
	if labelLast+2 < len(toks) && toks[labelLast].low == "(" {
		// "members of the Internal Security Forces (Asayish)": the name in
		// brackets says whose
		if end := skipAside(toks, labelLast); end > labelLast && end-labelLast <= 5 {
			words, fl = labelWords(words, toks, labelLast+1, end-1)
		}
	}
	f.side = sideOf(words, fl)
	if f.toll && f.side == Unknown {
		// "put the civilian death toll at 13": whose toll, before the word
		if k := tollAt(toks, q.first); k > 0 {
			tw, tfl := labelWords(nil, toks, max(0, k-3), k)
			f.side = sideOf(tw, tfl)
		}
	}
	if f.side == Government && !f.sideGuessed && !active && ownLabel(toks, labelFirst) {
		// "Turkey hit back after 33 of its soldiers were killed", "Turkey
		// strikes back after 33 soldiers killed": the country's own troops
		f.side = ownersSide(toks, q.first, f.side)
	}
	f.combatants = f.side == Unknown && combatantsOnly(fl)
	// (a headline's bare "Soldier killed …" may be any army's: the
	// body's "A Turkish soldier was martyred" tells whose)
	f.sideGuessed = genericFighters(fl) || q.person && len(words) == 1 && (words[0] == "soldier" || words[0] == "soldiers")
	if themOfGroup && f.side == Unknown {
		// "a group of militants … killing 14 of them": the group's side
		for k := q.first - 1; k >= 0 && k >= q.first-12; k-- {
			if toks[k].flags&(flagCivilian|flagGovernment|flagOpposition|flagFighter|flagIS|flagKurdish|flagAlly|flagForeignForce) != 0 {
				gw, gfl := labelWords(nil, toks, max(0, k-2), k+1)
				f.side, f.sideGuessed = sideOf(gw, gfl), genericFighters(gfl)
				break
			}
		}
	}
	if f.side == Unknown && active && q.first > 0 && (toks[q.first-1].low == "losing" || toks[q.first-1].low == "lost") &&
		matchWords(toks, q.last, []string{"of", "their", "own"}) {
		// "Kurdish fighters said they killed 60 jihadists while losing five
		// of their own men": the subject's side
		for k := 0; k < q.first; k++ {
			if toks[k].flags&(flagGovernment|flagOpposition|flagIS|flagKurdish|flagAlly|flagForeignForce) != 0 {
				sw, sfl := labelWords(nil, toks, k, min(k+2, q.first))
				f.side = sideOf(sw, sfl)
				break
			}
		}
	}
	if f.sideGuessed && labelFirst < len(toks) && (toks[labelFirst].low == "its" || matchWords(toks, labelFirst, []string{"of", "its"})) {
		// "the Syrian Democratic Forces … said nine of its fighters were
		// killed": whose fighters the subject says
		if side := antecedentSide(toks, q.first); side != Unknown {
			f.side, f.sideGuessed = side, false
		}
	}
	// "19 more", "16 others" add to the figure just before them when it is
	// of the same kind; "7 killed and 25 others wounded" adds to no toll.
	// Counts joined by "and" to one verb are different people too: "killing
	// a woman and her two children", "5 men and 3 women were killed".
	for _, w := range words {
		if additiveMarkers[w] && len(prior) > 0 && prior[len(prior)-1].kind == kind {
			f.additive = true
		}
	}
	if !breakdown && (joined && len(prior) > 0 && prior[len(prior)-1].kind == kind ||
		len(prior) > 0 && prior[len(prior)-1].andNext && prior[len(prior)-1].kind == kind) {
		f.additive = true
	}
	f.andNext = fw.viaAnd
	// "another child", "killed another three people", "a further 12", "two
	// more citizens", "two others": other people than those counted before
	// (but "one killed, 16 others injured" sets the injured apart from the dead)
	f.another = toks[q.numAt].low == "another" || q.first > 0 && additiveBefore[toks[q.first-1].low] || notIncluded(toks, q.first) ||
		q.last < len(toks) && otherPeopleAfter(toks[q.last].low, kind, prior)
	if f.side == Unknown && len(prior) > 0 && (f.additive || inheritsSide(words)) && !matchWords(toks, max(0, q.first-2), []string{"total", "to"}) {
		// "killed five people – two soldiers and three militiamen – and
		// wounded seven": the seven are of the five's side, not the last part's
		from := &prior[len(prior)-1]
		if w := lastWhole(prior); !f.subset && w != nil {
			from = w
		}
		if from.q.qual != Vague { // not "Dozens of Terrorists … Mortars Kill 2"
			f.side, f.sideGuessed = from.side, from.sideGuessed
		}
	}
	if active && q.first >= 2 && toks[q.first-1].low == "lost" {
		// "the IS lost 28 fighters": the side is the subject's
		if s := sideOf(labelWords(nil, toks, max(0, q.first-4), q.first-1)); s != Unknown {
			f.side, f.sideGuessed = s, false
		}
	}
	if f.side == Civilians {
		f.civilian = q.count
	}
	return f, true
}

// listedAfterSubset reports a count that continues a list of subsets:
// "including 1733 children, 969 women and 3110 men".
func listedAfterSubset(toks []token, q quantity, prior []figure) bool {
	if len(prior) == 0 || !prior[len(prior)-1].subset {
		return false
	}
	first := q.first
	if w := lastWhole(prior); w != nil && w.side == Civilians && q.last < len(toks) &&
		toks[q.last].flags&(flagFighter|flagGovernment|flagOpposition|flagIS|flagKurdish) != 0 {
		return false // "23 civilians including six children and 17 fighters": no civilians
	}
	// the rest of a name the label stopped short of may come first:
	// "four fighters of Hayat Tahrir al-Sham and five civilians"
	// (or of a noun of people: "19 members of regime forces and loyal
	// militiamen and 28 fighters", "29 from government forces and allied
	// militias and 23 rebels"), with no verb between
	from := prior[len(prior)-1].end
	if first-from > 10 {
		return false
	}
	for k := from; k < first; k++ {
		if t := &toks[k]; t.flags&(flagKill|flagWound|flagAux) != 0 || t.punct && t.low != "," && t.low != "-" || t.num || clauseWords[t.low] ||
			len(t.low) > 5 && strings.HasSuffix(t.low, "ing") { // "… and seizing their weapons and a four-wheel drive"
			return false
		}
	}
	return true
}

// breaksDownLast reports a count with no verb of its own that a dash or
// colon sets soon after the figure before it: "killed five people – two
// soldiers and three militiamen", "nine people on Monday: four fighters
// and five civilians" list who the dead were.
func breaksDownLast(toks []token, q quantity, prior []figure) bool {
	if len(prior) == 0 || q.first == 0 {
		return false
	}
	last := &prior[len(prior)-1]
	mark := q.first - 1
	reach := 4
	if mark >= 0 && (toks[mark].low == ":" || toks[mark].low == "–" || toks[mark].low == "—") {
		reach = 12 // "43 people had been killed in Hasaka since Thursday: 25 civilians, …"
	}
	// (a family of as many, "two civilians, a woman and her son", names
	// the count's people)
	whole := q.count == last.q.count && q.person && toks[mark].low == ","
	if last.subset || last.q.qual == Vague || q.count > last.q.count || q.count == last.q.count && !whole || mark < last.end || mark > last.end+reach {
		return false
	}
	for _, t := range toks[last.end:mark] {
		if t.punct || t.num {
			return false
		}
	}
	switch toks[mark].low {
	case "–", "—", ":", "(":
		return true
	case "-":
		return spacedDash(toks, mark) // a dash typed as a hyphen: "killed - one in …"
	case ",":
		// "two civilians, a woman and her son, were killed" — not the list
		// "kill three SDF members, two civilians"
		return (mark == last.end || whole || q.person && q.count > 1) && q.person && (last.side == Unknown || last.side == Civilians)
	}
	return false
}

// lastWhole returns the last figure that is not a subset, or nil.
func lastWhole(fs []figure) *figure {
	for i := len(fs) - 1; i >= 0; i-- {
		if !fs[i].subset {
			return &fs[i]
		}
	}
	return nil
}

// afterAnd reports a count that follows "and" (or "and another", "as well
// as", "along with").
func afterAnd(toks []token, first int) bool {
	p := first - 1
	for p >= 0 && fillers[toks[p].low] {
		p--
	}
	return p >= 0 && (toks[p].low == "and" || toks[p].low == "," || p >= 2 && matchWords(toks, p-2, asWellAs)) || alongWith(toks, first)
}

// alongWith reports a count that "along with" joins to the verb before it,
// passive or not: "nine civilians had been killed along with eight police".
func alongWith(toks []token, first int) bool {
	p := first - 1
	for p >= 0 && fillers[toks[p].low] {
		p--
	}
	return p >= 1 && toks[p].low == "with" && toks[p-1].low == "along"
}

var asWellAs = []string{"as", "well", "as"}

// countBetween reports a number in toks[from:to]: "15 fighters were killed,
// 9 of them in Mleiha and 6 in Morek" lists parts, not more dead.
func countBetween(toks []token, from, to int) bool {
	for _, t := range toks[min(from, to):to] {
		if t.num || t.flags&flagQuantity != 0 && (smallNumbers[t.low] > 1 || tensNumbers[t.low] > 0) {
			return true
		}
	}
	return false
}

// elliptical reports a count whose verb the clause before it gives: "11
// civilians were killed in Douma and seven in Arbin".
func elliptical(toks []token, last int) bool {
	if last >= len(toks) {
		return true
	}
	switch toks[last].low {
	case "in", "at", "near", ".", ",", ";":
		return true
	}
	return false
}

// notIncluded reads "the toll does not include six members of …" before a
// count: people besides the toll.
func notIncluded(toks []token, first int) bool {
	for k := first - 1; k >= 1 && k >= first-3; k-- {
		if w := toks[k].low; (w == "include" || w == "includes") && (toks[k-1].low == "not" || toks[k-1].low == "t") {
			return true
		}
	}
	return false
}

// otherPeopleAfter reports a count that says its people are others than
// those counted before: "two more citizens" on its own, "two others" after
// a figure of its kind — not "one killed, 16 others injured", nor "16
// others" after a toll this reader did not take.
func otherPeopleAfter(w string, kind Kind, prior []figure) bool {
	sameKindBefore := len(prior) > 0 && prior[len(prior)-1].kind == kind
	switch w {
	case "more":
		return len(prior) == 0 || sameKindBefore
	case "others", "other":
		return sameKindBefore
	}
	return false
}

// inheritsSide is true for labels that point back: "of them", "more", none.
func inheritsSide(words []string) bool {
	for _, w := range words {
		if w != "of" && w != "them" && w != "whom" && !additiveMarkers[w] {
			return false
		}
	}
	return true
}

// forward is what bindForward learns after a count.
type forward struct {
	viaAnd     bool // bound through a later count: "26 fighters and 29 troops were killed"
	kind       Kind
	nounLast   int  // where the count's noun ends
	casualties bool // bound by "casualties"
	ofWounded  bool // "two of the wounded died"
	atLeast    bool // "10 people at least"
}

// maxNoun bounds the words of a count's noun ("members of the Turkish-backed
// National Army").
const maxNoun = 12

// bindForward reads the noun after a count and the casualty word after it.
func bindForward(toks []token, i int) (forward, bool) {
	j := i
	nounWords := 0
	for j < len(toks) {
		t := &toks[j]
		w := t.low
		if t.flags&(flagKill|flagWound) != 0 {
			break
		}
		if t.punct {
			if isQuoteOrHyphen(t.low) && !(t.low == "-" && spacedDash(toks, j)) {
				j++
				continue
			}
			if t.low == "(" && nounWords > 0 {
				// "Four Free Syrian Army (FSA) fighters were killed": a
				// short name in brackets inside the noun
				if end := skipAside(toks, j); end > j && end-j <= 5 && end < len(toks) && !toks[end].punct &&
					toks[end].flags&(flagKill|flagWound|flagAux) == 0 {
					j = end
					continue
				}
			}
			break
		}
		if nounWords == maxNoun || t.num || t.flags&(flagNounStop|flagAux) != 0 && !groupIS(toks, j) || subsetMarkedAt(toks, j) {
			break // "25 rebel fighters including members of …": skipAside goes on past the part
		}
		if w == "and" || w == "or" {
			// "troops and allied militia", "fighters and civilians": only
			// people go on the noun; "and left scores wounded" does not
			if j+1 >= len(toks) || !peopleWord(&toks[j+1]) {
				break
			}
		}
		j++
		nounWords++
	}
	fw := forward{nounLast: j}
	if j > 0 && j+1 < len(toks) && toks[j].flags&flagWound != 0 && toks[j-1].low == "the" && toks[j+1].flags&flagKill != 0 {
		// "two of the wounded died": dead now, inside the toll they raise
		fw.kind, fw.ofWounded = Killed, true
		return fw, true
	}
	if j < len(toks) && (toks[j].low == "who" || toks[j].low == "which") {
		// (or "eight members of the group which has pledged allegiance to
		// IS were killed")
		// "three civilians who were collecting desert truffles were
		// killed": past the relative clause to its noun's own verb
		for k := j + 2; k < len(toks) && k <= j+12 && !toks[k].punct; k++ {
			if toks[k].flags&(flagKill|flagWound) != 0 && (toks[k-1].flags&flagAux != 0 && verbLike[toks[k].low] || toks[k].low == "died" || toks[k].low == "perished") {
				fw.kind = Killed
				if toks[k].flags&flagWound != 0 {
					fw.kind = Wounded
				}
				return fw, true
			}
		}
	}
	if matchWords(toks, j, []string{"at", "least"}) {
		fw.atLeast = true
		j += 2
	}
	j = skipAside(toks, j)
	for k := 0; k < 4 && j < len(toks) && toks[j].flags&flagAux != 0; k++ {
		j++
	}
	// "suffered minor injuries", "sustained serious wounds"
	if j+1 < len(toks) && injuryAdjectives[toks[j].low] && toks[j+1].flags&flagWound != 0 {
		j++
	}
	if j >= len(toks) {
		return fw, false
	}
	w := toks[j].low
	if (w == "lost" || w == "losing") && j+2 < len(toks) && (toks[j+2].low == "lives" || toks[j+2].low == "life") {
		fw.kind = Killed
		return fw, true
	}
	// "was shot dead", "were found dead", "was beaten to death"
	if j+1 < len(toks) && toks[j+1].low == "dead" || matchWords(toks, j+1, []string{"to", "death"}) {
		if j+2 < len(toks) && toks[j+1].low == "dead" && (objectCount(toks, j+2) || toks[j+2].low == "the" && j+3 < len(toks) && peopleNoun(&toks[j+3])) {
			return fw, false // "two gunmen shot dead a grocer": the count did the killing
		}
		fw.kind = Killed
		return fw, true
	}
	switch {
	case w == "lives" || w == "life":
		if j >= 2 && toks[j-2].low == "lost" || j >= 1 && toks[j-1].low == "lost" {
			fw.kind = Killed
			return fw, true
		}
		return fw, false
	case w == "toll" || w == "death":
		return fw, false
	case toks[j].flags&(flagKill|flagWound) != 0:
		if killedOrWounded(toks, j) || activeForms[w] || objectAfter(toks, j+1) {
			return fw, false // "3 gunmen kill 5", "3 gunmen killed 5": the count is not the victims
		}
		fw.kind = Killed
		if woundWords[w] {
			fw.kind = Wounded
		}
		fw.casualties = w == "casualties"
		return fw, true
	case (w == "and" || (w == "," || toks[j].num) && nounWords > 0) && j+1 < len(toks):
		// "26 fighters and 29 troops were killed": the next count's verb;
		// so too a list, "38 civilians, 19 soldiers and six rebels were
		// killed", with its commas or without
		from := j + 1
		if toks[j].num {
			from = j
		}
		if q, ok := parseQuantity(toks, from); ok && (w == "and" || !q.person && peopleAfter(toks, q.last)) {
			next, ok := bindForward(toks, q.last)
			if next.nounLast == q.last && !q.person {
				// "a young man and 4 martyrs": the casualty noun is the
				// next count's own, not a verb the two share
				return fw, false
			}
			next.nounLast, next.atLeast, next.viaAnd = fw.nounLast, fw.atLeast, true
			return next, ok
		}
	case prepositions[w]:
		// "a major in the regime forces killed": a short phrase, then the verb
		limit := j + 10
		for k := j + 1; k < len(toks) && k <= limit; k++ {
			t := &toks[k]
			if t.low == "and" && k+1 < len(toks) && mayStartQuantity(toks[k+1]) {
				// "37 fighters from factions of the SNA and 12 SDF fighters
				// had been killed": the next count's verb
				if q, ok := parseQuantity(toks, k+1); ok && !q.person {
					next, ok := bindForward(toks, q.last)
					next.nounLast, next.viaAnd = fw.nounLast, true
					return next, ok
				}
			}
			if t.low == "(" {
				// "fighters from the Syrian Democratic Forces (SDF) have been killed"
				if end := skipAside(toks, k); end > k {
					limit += end - k
					k = end - 1
					continue
				}
			}
			if t.flags&(flagKill|flagWound) != 0 {
				if killedOrWounded(toks, k) || !verbLike[t.low] || objectAfter(toks, k+1) {
					return fw, false // (not "two militants attacked a post in Daraa and killed three soldiers")
				}
				fw.kind = Killed
				if woundWords[t.low] {
					fw.kind = Wounded
				}
				return fw, true
			}
			// (a spaced dash ends an aside: "two in Jaramana - and 22
			// others were wounded" is no wounded two)
			if t.num || t.punct && (!isQuoteOrHyphen(t.low) || t.low == "-" && spacedDash(toks, k)) || nounStops[t.low] && !prepositions[t.low] && !auxiliaries[t.low] {
				break
			}
		}
	}
	return fw, false
}

// mostlyWords say who most of a toll's people were, not who all were.
var mostlyWords = set("most", "mostly", "many", "mainly", "majority")

// verbLike are the casualty words that can close a phrase after a count's noun.
var verbLike = set("killed", "died", "dead", "executed", "eliminated", "slain", "martyred", "assassinated", "beheaded",
	"massacred", "perished", "wounded", "injured", "hurt", "maimed")

// peopleWord reports words that can continue a noun of people after "and".
// groupIS reports the group's name, not the verb: "8 IS militants", "IS group fighters".
func groupIS(toks []token, j int) bool {
	return toks[j].low == "is" && toks[j].upper && j+1 < len(toks) && (toks[j+1].low == "group" || peopleWord(&toks[j+1]))
}

func peopleWord(t *token) bool {
	return peopleNoun(t) || t.flags&(flagOpposition|flagAlly|flagIS|flagKurdish|flagForeignForce) != 0 ||
		nounAdjectives[t.low] || t.low == "men"
}

var nounAdjectives = set("allied", "other", "pro", "loyalist", "foreign", "local", "syrian", "the", "their", "its", "government", "regime")

// objectAfter reports a count right after a casualty verb: the verb is
// active and its victims are that count.
func objectAfter(toks []token, i int) bool {
	// "three gunmen killed a soldier", "two gunmen killed the mayor": the
	// count did the killing
	if i+1 < len(toks) && (toks[i].low == "the" || toks[i].low == "a" || toks[i].low == "an") && toks[i+1].flags&flagPerson != 0 {
		return true
	}
	for k := i; k < len(toks) && k < i+2; k++ {
		if fillers[toks[k].low] {
			continue
		}
		q, ok := parseQuantity(toks, k)
		if !ok {
			return false
		}
		// "executed 19 more were killed": a new clause, not an object
		_, passive := bindForward(toks, q.last)
		return !passive
	}
	return false
}

// activeForms are casualty verbs whose subject does the killing.
var activeForms = set("kill", "kills", "killing", "injure", "injures", "injuring", "wound", "wounding",
	"execute", "executes", "executing", "claims", "claimed", "claiming")

// clauseWords open a clause of its own.
var clauseWords = set("while", "whereas", "as", "but", "when", "after", "where", "which", "who")

// objectCount reports a count at toks[i], the object of a verb before it.
func objectCount(toks []token, i int) bool {
	if !mayStartQuantity(toks[i]) {
		return false
	}
	_, ok := parseQuantity(toks, i)
	return ok
}

// prepositions may open a short phrase between a count's noun and its verb.
var determiners = set("the", "this", "that", "his", "her", "their", "its", "our", "whose")

var prepositions = set("in", "of", "from", "belonging", "with", "inside", "for")

func isQuoteOrHyphen(s string) bool {
	switch s {
	case "-", "“", "”", "\"", "'", "’", "‘":
		return true
	}
	return false
}

// killedOrWounded spots "killed or wounded", "killed and injured" bound to one
// count: a combined figure that is neither.
func killedOrWounded(toks []token, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	c := toks[j+1].low
	other := toks[j+2].low
	if c != "or" && c != "and" {
		return false
	}
	if toks[j].flags&flagKill != 0 {
		return woundWords[other]
	}
	return killWords[other] && other != "toll"
}

// skipAside steps over ", including five children," or "( … )" after a noun.
func skipAside(toks []token, j int) int {
	if j >= len(toks) {
		return j
	}
	if subsetMarkedAt(toks, j) || toks[j].flags&flagNounStop != 0 && mostlyWords[toks[j].low] {
		// "4 people including 2 women were killed", "17 people most of
		// them civilians were killed": on to the verb — or to the next
		// count that shares it ("25 rebels including members of ISIL and
		// 17 soldiers had been killed")
		for k := j + 1; k < len(toks) && k < j+24; k++ {
			if toks[k].low == "and" && k+2 < len(toks) && toks[k+1].flags&(flagKill|flagWound) != 0 && objectCount(toks, k+2) {
				return j // "killed two civilians including a woman and wounded a dozen others": the subject's next verb
			}
			// (not past "while": "19 civilians among them six children
			// while 43 others were injured" has a verb of its own after it)
			if toks[k].flags&(flagAux|flagKill|flagWound) != 0 || toks[k].punct && !isQuoteOrHyphen(toks[k].low) ||
				toks[k].low == "and" && k+1 < len(toks) && toks[k+1].num || toks[k].low == "while" || toks[k].low == "whereas" {
				return k
			}
		}
		return j
	}
	switch toks[j].low {
	case ",":
		// ", including …,", ", mostly …,", ", aged nine and 12,": on past the aside
		if j+1 < len(toks) && (subsetMarkedAt(toks, j+1) || toks[j+1].low == "mostly" || toks[j+1].low == "most" || toks[j+1].low == "all" || toks[j+1].low == "many" || toks[j+1].low == "aged") {
			for k := j + 1; k < len(toks) && k < j+14; k++ {
				if toks[k].low == "," {
					return k + 1
				}
			}
		}
		// "two civilians, a woman and her son, were killed": an aside of who
		for k := j + 1; k+1 < len(toks) && k < j+12; k++ {
			if toks[k].low == "," {
				if toks[k+1].flags&(flagAux|flagKill|flagWound) != 0 {
					return k + 1
				}
				break
			}
			if toks[k].punct && !isQuoteOrHyphen(toks[k].low) || toks[k].flags&(flagAux|flagKill|flagWound) != 0 {
				break
			}
		}
	case "(":
		for k := j + 1; k < len(toks) && k < j+14; k++ {
			if toks[k].low == ")" {
				return k + 1
			}
		}
	case "-", "–", "—":
		// "a woman - sentenced by the group - was stoned to death"
		for k := j + 1; k < len(toks) && k < j+16 && spacedDash(toks, j); k++ {
			if toks[k].low == toks[j].low {
				return k + 1
			}
		}
	}
	return j
}

// spacedDash reports a dash standing apart from the words beside it: an
// aside opens, not a compound ("pro-government") goes on.
func spacedDash(toks []token, j int) bool {
	return j > 0 && toks[j].start > toks[j-1].end
}

// bindBackward finds an active casualty verb or a toll before the count.
func bindBackward(toks []token, q quantity) (kind Kind, update, ok bool) {
	p := q.first - 1
	// fillers between verb and count: "killed the 19", "killing another 12"
	for k := 0; k < 2 && p >= 0 && fillers[toks[p].low]; k++ {
		p--
	}
	if p < 0 {
		return "", false, false
	}
	w := toks[p].low
	// "killed and crucified five civilians"
	if p >= 2 && toks[p-1].low == "and" && strings.HasSuffix(w, "ed") {
		if k, ok := activeVerbs[toks[p-2].low]; ok && k == Killed {
			return k, false, true
		}
	}
	if k, ok := activeVerbs[w]; ok {
		if k == Wounded && p >= 2 && (toks[p-1].low == "and" || toks[p-1].low == "or") && toks[p-2].flags&flagKill != 0 {
			return "", false, false // "killing and wounding 20": the dead and the hurt together
		}
		switch w {
		case "lost", "losing":
			if !combatantNoun(toks, q.last) {
				return "", false, false // "IS lost 15 fighters", not "lost 3 positions"
			}
		case "destroyed", "destroying", "destroy", "destroys":
			// "destroyed 60 terrorists", not "destroyed 23 terrorist targets"
			if !combatantObject(toks, q.last) {
				return "", false, false
			}
		case "claimed", "claiming", "claims":
			return "", false, false // "claimed responsibility"; lives handled below
		}
		if negated(toks, p) {
			return "", false, false
		}
		return k, false, true
	}
	// "claimed the lives of 8", "documented the death of a child"
	if w == "of" && p >= 1 && (toks[p-1].low == "lives" || toks[p-1].low == "death" || toks[p-1].low == "deaths" || toks[p-1].low == "killing" ||
		toks[p-1].low == "beheading" || toks[p-1].low == "execution" || toks[p-1].low == "martyrdom" ||
		toks[p-1].low == "life" && p >= 2 && (toks[p-2].low == "the" || toks[p-2].low == "claiming" || toks[p-2].low == "claimed")) { // "claiming the life of a child"
		// "… 24 hours after the killing of 23 fighters" recalls an earlier toll
		for k := p - 2; k >= 0 && k >= p-3; k-- {
			if recallWords[toks[k].low] {
				return "", false, false
			}
		}
		return Killed, false, true
	}
	// "the injury of 89", "injuries of 12"
	if w == "of" && p >= 1 && (toks[p-1].low == "injury" || toks[p-1].low == "injuries" || toks[p-1].low == "wounding") {
		return Wounded, false, true
	}
	// "shot dead a former fighter"
	if w == "dead" && p >= 1 && (toks[p-1].low == "shot" || toks[p-1].low == "shoot" || toks[p-1].low == "stabbed" || toks[p-1].low == "beaten") {
		return Killed, false, true
	}
	// tolls: "the death toll rose to 51", "toll of 26", "number of dead reached 40"
	return tollBefore(toks, p)
}

var injuryAdjectives = set("minor", "serious", "light", "critical", "severe", "moderate", "slight", "grave")

// risingBefore reports a word of increase just before toks[k]: "the rise of the death toll".
func risingBefore(toks []token, k int) bool {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if updateWords[toks[m].low] {
			return true
		}
	}
	return false
}

var tollLinks = set("to", "at", "of", "reached", "is", "was", "stood", "stands", "hit", "reach", "reaching",
	"exceeded", "surpassed", "topped")

var recallWords = set("after", "following", "since", "before")

var fillers = set("the", "another", "a", "further", "also", "his", "her", "their", "its")

// tollBefore looks back from toks[p] for "toll" or "number of <dead>".
func tollBefore(toks []token, p int) (kind Kind, update, ok bool) {
	// "the death toll … reached 112" links toll and count with a verb; a
	// headline ("Death toll from Aleppo attack at least 112") may not
	window := 6
	switch {
	case updateWords[toks[p].low] || toks[p].low == "to" && p > 0 && updateWords[toks[p-1].low]:
		window = 30 // "the death toll from air strikes on a crowded market in … rose to 31"
	case tollLinks[toks[p].low]:
		window = 14
	}
	kind = Killed
	killed, wounded := false, false
	for k := p; k >= 0 && k >= p-30; k-- {
		w := toks[k].low
		if toks[k].num || w == "." || w == ";" {
			return "", false, false
		}
		if updateWords[w] {
			update = true
		}
		killed = killed || toks[k].flags&flagKill != 0 && w != "toll" && w != "death"
		if woundWords[w] {
			kind, wounded = Wounded, true
		}
		far := p-k > window
		if w == "toll" || w == "tolls" {
			// a toll far from its count needs a word of its rise: "the
			// rise of the death toll of the car bomb … this morning to 19"
			rising := update || risingBefore(toks, k)
			if far && !rising {
				return "", false, false
			}
			return kind, rising, true
		}
		if far {
			continue // only a toll may stand this far from its count
		}
		if w == "total" && k == p-1 && toks[p].low == "to" && k >= 2 && (updateWords[toks[k-1].low] || updateWords[toks[k-2].low]) &&
			slices.ContainsFunc(toks[:k], func(t token) bool { return t.flags&flagKill != 0 }) {
			// "… had also been killed, bringing the total to 1,018"
			return Killed, true, true
		}
		if w == "number" && k+2 <= p+1 {
			// "the number of dead rose to", "raise the number to 14" after "casualties"
			if killed && wounded {
				return "", false, false // "the number of people killed and injured … to about 60"
			}
			for m := k + 1; m <= p && m <= k+4; m++ {
				if toks[m].flags&flagKill != 0 && toks[m].low != "life" || toks[m].flags&flagWound != 0 {
					if toks[m].flags&flagWound != 0 {
						kind = Wounded
					}
					return kind, update, true
				}
			}
			for m := k - 1; m >= 0 && m >= k-4; m-- {
				if toks[m].flags&(flagKill|flagWound) != 0 {
					return kind, update, true
				}
			}
		}
	}
	return "", false, false
}

func negated(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		switch toks[k].low {
		case "not", "no", "never", "without", "nobody", "none", "threatened", "threatening", "could", "would", "might", "may", "will", "to":
			return true
		}
	}
	return false
}

func combatantNoun(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		w := toks[k].low
		if governmentWords[w] || fighterWords[w] || oppositionWords[w] || w == "men" {
			return true
		}
	}
	return false
}

var ranksOf = []string{"in", "the", "ranks", "of"}

// combatantObject reports fighters as the noun after a count, and no thing:
// "60 terrorists", not "23 terrorist targets".
func combatantObject(toks []token, i int) bool {
	fighters := false
	for _, t := range toks[i:nounEnd(toks, i)] {
		if notCounted[t.low] || things[t.low] {
			return false
		}
		fighters = fighters || combatantNoun([]token{t}, 0)
	}
	return fighters
}

// things are what "destroyed" destroys besides fighters.
var things = set("targets", "target", "depots", "depot", "facilities", "bases", "weapons", "pieces", "hideouts",
	"dens", "fortifications", "ammunition", "stations", "equipment")

// nounEnd returns where the noun after a count ends.
func nounEnd(toks []token, i int) int {
	j := i
	for j < len(toks) && j < i+6 {
		t := &toks[j]
		if t.num || t.flags&(flagNounStop|flagAux) != 0 && !groupIS(toks, j) || t.flags&(flagKill|flagWound) != 0 || t.low == "and" {
			break
		}
		if t.punct && t.low != "-" {
			break
		}
		if (t.low == "the" || t.low == "a" || t.low == "an") && (j == i || !prepositions[toks[j-1].low]) {
			break // a page with its commas gone: "killed four soldiers the British-based monitor said"
		}
		j++
	}
	return j
}

// subsetMarked reports a subset marker just before a count: "including five children".
func subsetMarked(toks []token, first int) bool {
	for back := 1; back <= 3 && first-back >= 0; back++ {
		if subsetMarkedAt(toks, first-back) {
			return true
		}
	}
	// "among the dead was a 12-year-old boy"
	return first >= 4 && (toks[first-1].low == "was" || toks[first-1].low == "were") && subsetMarkedAt(toks, first-4)
}

func subsetMarkedAt(toks []token, i int) bool {
	return i < len(toks) && toks[i].flags&flagSubset != 0 && matchWordsAny(toks, i, subsetMarkers)
}

// updateBefore spots a revised toll: "the toll rose to 51", "raising the toll to".
func updateBefore(toks []token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if toks[k].num {
			return false
		}
		switch w := toks[k].low; {
		case updateWords[w]:
			// "the toll is likely to rise", "could rise": a forecast
			return k == 0 || !forecastBefore[toks[k-1].low]
		case w == "and" || w == "but" || w == "that" || w == ";":
			return false // another clause: "likely to rise and that another child was killed"
		}
	}
	return false
}

// forecastBefore stand before a verb that forecasts rather than reports.
var forecastBefore = set("to", "could", "may", "might", "will", "would", "expected", "likely")

// supersededAt spots the older toll: "up from 42", "from 42 to 51".
func supersededAt(toks []token, q quantity) bool {
	if q.first == 0 {
		return false
	}
	// "the toll initially stood at seven but rose to 11"
	if k := q.last; k+1 < len(toks) && toks[k].low == "but" && updateWords[toks[k+1].low] ||
		k+2 < len(toks) && toks[k].low == "," && toks[k+1].low == "but" && updateWords[toks[k+2].low] {
		return true
	}
	if olderToll(toks, q.first) || butRaisedAfter(toks, q.last) {
		return true
	}
	if toks[q.first-1].low != "from" {
		return false
	}
	if q.first >= 2 && (toks[q.first-2].low == "up" || toks[q.first-2].low == "down") {
		return true
	}
	return q.last < len(toks) && toks[q.last].low == "to"
}

// objectNouns end a noun of things a strike hits, not people.
var objectNouns = set("targets", "target", "positions", "sites", "vehicles", "tanks", "buildings", "houses",
	"homes", "checkpoints", "cars", "trucks", "depots", "headquarters", "bases")

// tollWordBefore reports "toll" in the words just before a count: "put the
// death toll at 14".
func tollWordBefore(toks []token, first int) bool {
	return tollAt(toks, first) >= 0
}

// tollAt returns where "toll" stands in the few words before a count, or -1.
func tollAt(toks []token, first int) int {
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		if toks[k].low == "toll" {
			return k
		}
		if toks[k].num || toks[k].punct {
			return -1
		}
	}
	return -1
}

// ofTheDeadAt reports one of ofTheDead at toks[i], read only past "of"
// or "among".
func ofTheDeadAt(toks []token, i int) bool {
	return i < len(toks) && (toks[i].low == "of" || toks[i].low == "among") && matchWordsAny(toks, i, ofTheDead)
}

// ofTheDead after a count make it a part of a toll.
var ofTheDead = [][]string{{"of", "the", "dead"}, {"of", "the", "victims"}, {"of", "those", "killed"}, {"of", "the", "killed"}, {"of", "them"}, {"of", "whom"},
	{"among", "the", "dead"}, {"among", "the", "victims"}, {"among", "those", "killed"}, {"among", "the", "killed"}}

// rivalBefore reports a count another source gives against the toll before
// it: "gave a higher toll of 112", "put the toll higher, saying at least 106".
func rivalBefore(toks []token, first int) bool {
	// "gave a lower toll telling Al Arabiya by telephone that four …"
	for k := first - 1; k >= 1 && k >= first-12; k-- {
		switch toks[k].low {
		case "higher", "lower":
			// "a higher toll of", "put the toll higher", "a far higher
			// figure": the toll word beside it
			return tollNouns[toks[k-1].low] || k+1 < len(toks) && tollNouns[toks[k+1].low]
		}
		if toks[k].num || toks[k].punct && toks[k].low != "," {
			return false
		}
	}
	return false
}

var tollNouns = set("toll", "figure", "tally", "estimate", "count")

// matchWordsAny reports whether any of phrases starts at toks[i].
func matchWordsAny(toks []token, i int, phrases [][]string) bool {
	if i < 0 {
		return false
	}
	for _, p := range phrases {
		if matchWords(toks, i, p) {
			return true
		}
	}
	return false
}

// ownLabel reports a label of bare troops, or of "its" troops: "soldiers",
// "of its soldiers".
func ownLabel(toks []token, first int) bool {
	if matchWords(toks, first, []string{"of", "its"}) || first < len(toks) && toks[first].low == "its" {
		return true
	}
	return first < len(toks) && (toks[first].low == "soldiers" || toks[first].low == "troops")
}

// ownersSide returns Foreign when a sentence that tells of troops killed
// opens with a foreign country ("Turkey strikes back after 33 soldiers
// killed"), else side.
func ownersSide(toks []token, at int, side Side) Side {
	for k := 0; k < at && k < 4; k++ {
		if t := &toks[k]; t.upper && t.flags&flagForeignForce != 0 {
			return Foreign
		}
	}
	return side
}

// antecedentSide returns the side of the nearest group named before
// toks[at], whom "its" stands for: "The Syrian Democratic Forces said nine
// of its fighters", "attacked a checkpoint of the Kurdish-led Syrian
// Democratic Forces, killing seven of its fighters".
func antecedentSide(toks []token, at int) Side {
	for k := at - 1; k >= 0 && k >= at-24; k-- {
		if !toks[k].upper || toks[k].flags&(flagGovernment|flagOpposition|flagIS|flagKurdish|flagAlly|flagForeignForce) == 0 && toks[k].low != "forces" {
			continue
		}
		words, fl := labelWords(nil, toks, max(0, k-2), k+1)
		if side := sideOf(words, fl); side != Unknown {
			return side
		}
	}
	return Unknown
}

// butRaisedAfter reads a clause on from a count to "but raised its toll":
// "said by midday that 30 people had died in Baba Amr but raised its toll
// to 47 in the evening".
func butRaisedAfter(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+14; k++ {
		if toks[k].low == "but" {
			n := toks[k+1].low
			return updateWords[n] && n != "reached" || n == "later" && k+2 < len(toks) && updateWords[toks[k+2].low]
		}
		if toks[k].punct && toks[k].low != "," || toks[k].num {
			return false
		}
	}
	return false
}

// olderToll reports a toll the article says was an earlier one: "it had
// earlier given a toll of 15 dead", "had put the preliminary toll at 20",
// "had put the overall toll at 237".
func olderToll(toks []token, first int) bool {
	// "the initial toll also included 55 injured" is a second source's
	// figure, not one the article replaces: "initial" needs "had"
	earlier, initial, had, put, said, toll := false, false, false, false, false, false
scan:
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		switch w := toks[k].low; {
		case w == "earlier" || w == "previously" || w == "preliminary":
			earlier = true
		case w == "initially" || w == "initial":
			initial = true
		case w == "had":
			had = true
		case w == "put" || w == "given" || w == "gave" || w == "reported":
			put = true
		case w == "said" || w == "documented" || w == "recorded":
			said = true
		case w == "toll" || w == "tolls":
			toll = true
		case toks[k].punct && !isQuoteOrHyphen(w), toks[k].num:
			break scan
		}
	}
	// "the monitor had put the overall toll at 237": a toll given before;
	// "had initially reported that nine civilians died"
	// ("had earlier said that 11 citizens were martyred", but not "later
	// said the death toll had risen to 19")
	return toll && (earlier || initial && had || had && put) || had && put && (initial || earlier || first > 0 && toks[first-1].low == "reported" && earlierAfter(toks, first)) ||
		had && said && earlier && !toll
}

// earlierAfter reports "earlier" a few words past a count: "SOHR had
// reported six fatalities earlier today" (not "reported that troops had
// executed 48 people earlier this week": older news, no older toll).
func earlierAfter(toks []token, first int) bool {
	for k := first + 1; k < len(toks) && k <= first+4; k++ {
		if w := toks[k].low; w == "earlier" || w == "previously" {
			return true
		} else if toks[k].punct || toks[k].num {
			return false
		}
	}
	return false
}

// labelWords appends the words of toks[first:last] to out and returns them
// with their flags together.
func labelWords(out []string, toks []token, first, last int) ([]string, lexFlag) {
	var fl lexFlag
	for k := first; k < last && k < len(toks); k++ {
		if !toks[k].punct {
			out = append(out, toks[k].low)
			fl |= toks[k].flags
		}
	}
	return out, fl
}

func labelText(s *sentence, first, last int) string {
	last = min(last, len(s.toks))
	if first >= last {
		return ""
	}
	return s.spanText(first, last)
}
