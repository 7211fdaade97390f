package digest

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// Extract reads one article (plain text or HTML) published on the given day
// and returns what it reports under the counting rules of
// ../shared/spec/extraction.md.
func Extract(article string, published time.Time) Report {
	return extractText(Clean(article), DateOf(published))
}

// extractText extracts from text that Clean has already cleaned.
func extractText(text string, published Date) Report {
	b := articleBuffers.Get().(*buffers)
	a := article{g: DefaultGazetteer(), published: published, buf: b, sents: sentences(text, b)}
	a.read()
	r := a.report()
	// the report holds none of the buffers: they go back for the next
	// article, emptied so that they keep no old article's words alive
	if cap(b.toks) <= maxPooledTokens {
		b.reset()
		articleBuffers.Put(b)
	}
	return r
}

// buffers are an article's working slices. Tokens, sentences and figures
// are most of what extraction allocates; kept from article to article they
// spare the collector most of its work.
type buffers struct {
	toks    []token
	sents   []sentence
	figures []figure
	places  [][]placeMention
	// placeArena holds the place mentions of every sentence, one after another
	placeArena []placeMention
	placeKeys  placeKeys
	dates      []dateCue
	sources    [][]source
	foreign    []bool
}

var articleBuffers = sync.Pool{New: func() any { return new(buffers) }}

// maxPooledTokens bounds the buffers kept: a megabyte article's are let go.
const maxPooledTokens = 1 << 18

func (b *buffers) reset() {
	b.toks = emptied(b.toks)
	b.sents = emptied(b.sents)
	b.figures = emptied(b.figures)
	b.places = emptied(b.places)
	b.placeArena = emptied(b.placeArena)
	b.dates = emptied(b.dates)
	b.sources = emptied(b.sources)
	b.foreign = emptied(b.foreign)
}

// emptied clears s and returns it with no elements and its capacity.
func emptied[T any](s []T) []T {
	clear(s)
	return s[:0]
}

// sized returns s with n zero elements, reusing its array when it can.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// article holds what extraction learns sentence by sentence.
type article struct {
	g         *Gazetteer
	published Date
	buf       *buffers
	sents     []sentence
	places    [][]placeMention // per sentence
	dates     []dateCue
	sources   [][]source
	foreign   []bool
	figures   []figure
	rel       relevance
}

func (a *article) read() {
	n := len(a.sents)
	b := a.buf
	a.places = sized(b.places, n)
	b.placeArena = b.placeArena[:0]
	a.dates = sized(b.dates, n)
	a.sources = sized(b.sources, n)
	// about one figure in two numbers: size the slice once for most articles
	counts := 0
	for i := range a.sents {
		for k := range a.sents[i].toks {
			t := &a.sents[i].toks[k]
			if t.num {
				counts++
			}
		}
	}
	a.figures = b.figures[:0]
	if want := min(counts/2+1, 1<<16); cap(a.figures) < want {
		a.figures = make([]figure, 0, want)
	}
	a.foreign = sized(b.foreign, n)
	for i := range a.sents {
		s := &a.sents[i]
		a.places[i], b.placeArena = a.g.findPlaces(s, b.placeArena, &b.placeKeys)
		a.dates[i] = sentenceDate(s.toks, a.published, i == 0)
		a.sources[i] = sourcesIn(s)
		a.foreign[i] = s.flags&(flagSyria|flagForeign|flagForeignForce) != 0 && locatedAbroad(s.toks)
		a.rel.count(s, placesOfEvents(s.toks, a.places[i]), i < 2)
		a.figures = figuresIn(s, a.figures)
	}
	b.places, b.dates, b.sources, b.foreign, b.figures = a.places, a.dates, a.sources, a.foreign, a.figures
	a.resolveAmbiguous()
	a.locate()
	a.classify()
}

// placesOfEvents counts the places a sentence names but for people's home
// towns ("the men were from Idlib and Hama").
func placesOfEvents(toks []token, ps []placeMention) int {
	n := 0
	for _, p := range ps {
		if !homeTown(toks, p.first) {
			n++
		}
	}
	return n
}

// homeTown reports a place named as where people live or come from: "they
// were from Idlib", "came from Hama", not "fired from Tel Ahmar".
func homeTown(toks []token, first int) bool {
	if !origin(toks, first) {
		return false
	}
	k := first - 1
	for toks[k].low != "from" {
		k-- // origin found it
	}
	if k >= 1 && toks[k-1].low == "originally" {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k-1].low {
	case "were", "was", "are", "is", "came", "come", "comes", "coming", "hailed", "hail", "hails", "originally",
		"refugees", "refugee", "migrants", "families", "natives", "residents", "displaced":
		return true // "the men were from Idlib", "refugees from Aleppo"
	}
	return false
}

// locatedAbroad reports a sentence that puts events in a foreign place: "in
// neighbouring Iraq", "near Beirut" — not "rebel backer Turkey".
func locatedAbroad(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.flags&flagSyria != 0 && borderWith(toks, i) && nearBefore(toks, i) {
			return true // "near the border with Syria", "near Syrian border": next door (spec §1)
		}
		if t.flags&(flagForeignForce|flagForeign) != 0 && t.upper && nationalTown(toks, i) {
			return true // "in the Turkish border town of Ceylanpinar", "on the Lebanese side"
		}
		if t.flags&flagForeign == 0 || !t.upper {
			continue
		}
		if i == 0 && foreignTowns[t.low] && len(toks) > 1 && (toks[1].low == "(" || toks[1].low == "," || toks[1].low == "–" || toks[1].low == "—") &&
			!slices.ContainsFunc(toks, func(t token) bool { return t.flags&flagSyria != 0 }) {
			// a dateline abroad over a lead that names no Syria: "ERBIL
			// (Kurdistan24) – Two Peshmerga fighters were killed … near Kifri"
			return true
		}
		if i >= 2 && (toks[i-2].low == "state" || toks[i-2].low == "states") {
			continue // "Islamic State in Iraq and Syria" is a name
		}
		if i+2 < len(toks) && toks[i+1].low == "and" && toks[i+2].low == "syria" {
			continue // "in Iraq and Syria" is not abroad only
		}
		if movedAbroad(toks, i) {
			continue // "the wounded were taken to hospitals across the border in Turkey"
		}
		if i >= 2 && toks[i-1].low == "in" && (toks[i-2].low == "banned" || toks[i-2].low == "outlawed" || toks[i-2].low == "prohibited") {
			continue // Russian copy: "the Islamic State (banned in Russia)"
		}
		if i >= 2 && toks[i-1].low == "of" && (directions[toks[i-2].low] || placeWords[toks[i-2].low] && toks[i].flags&flagForeign != 0 && foreignTowns[toks[i].low]) {
			return true // "west of Kirkuk", "in a residential area of Kilis city"
		}
		if i >= 1 && !foreignTowns[toks[i].low] && (directions[toks[i-1].low] || placeWords[toks[i-1].low] && strings.HasSuffix(toks[i-1].low, "ern")) {
			return true // a country's part: "the Wadi Khaled area of north Lebanon", "in southern Turkey"
		}
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			switch toks[k].low {
			case "in", "at", "near", "inside", "into", "across", "outside", "between", "off":
				// "in Iraq", "in neighbouring Iraq", "in the northern Akkar district",
				// "between the Tripoli neighbourhoods of …"
				if k >= i-2 || !slices.ContainsFunc(toks[k+1:i], func(t token) bool { return !placeWords[t.low] && t.low != "rival" }) {
					return true
				}
			case "on":
				// "on the outskirts of Arsal", not "the attack on Turkey"
				if k < i-2 && !slices.ContainsFunc(toks[k+1:i], func(t token) bool { return !placeWords[t.low] }) {
					return true
				}
			}
		}
	}
	return false
}

// nearBefore reports "near" within the four words before toks[i].
func nearBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].low == "near" {
			return true
		}
	}
	return false
}

// nationalTown reports a neighbour's adjective naming where events happened:
// "in the Turkish border town of", "on the Lebanese side of the border".
func nationalTown(toks []token, i int) bool {
	if !neighbourAdjectives[toks[i].low] || i < 1 {
		return false
	}
	k := i - 1
	for k > 0 && (toks[k].low == "the" || placeWords[toks[k].low]) {
		k-- // "the southeastern Turkish border province of Kilis"
	}
	switch toks[k].low {
	case "in", "at", "near", "inside", "into", "on", "hit", "hitting", "struck", "striking", "shelled", "targeted":
	default:
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if nationalPlaceNouns[toks[k].low] {
			return true
		}
	}
	return false
}

var neighbourAdjectives = set("turkish", "lebanese", "iraqi", "jordanian", "israeli")

var nationalPlaceNouns = set("town", "city", "village", "province", "side", "territory", "capital", "camp")

// movedAbroad reports a foreign place named as where people were taken or
// fled to, not where the events happened.
func movedAbroad(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if movedWords[toks[k].low] {
			return true
		}
	}
	return false
}

var movedWords = set("taken", "transferred", "evacuated", "fled", "flee", "fleeing", "brought", "rushed", "flown",
	"transported", "sent", "moved", "crossed", "smuggled", "deported", "returned", "treatment", "treated",
	"hospitalised", "hospitalized", "hospital", "hospitals")

// resolveAmbiguous picks, for names that several places share, the place in
// a governorate the article names elsewhere (spec §5: Douma is in Rif
// Dimashq unless the article is about As-Suwayda).
func (a *article) resolveAmbiguous() {
	weight := map[string]int{}
	for _, ps := range a.places {
		for _, p := range ps {
			if gov := a.soleGovernorate(p); gov != "" {
				weight[gov]++
			}
		}
	}
	for i := range a.places {
		named := "" // the governorate the sentence names as such, read once
		if len(a.places[i]) > 1 {
			named = a.sentenceGovernorateNamed(i)
		}
		for k := range a.places[i] {
			p := &a.places[i][k]
			if a.soleGovernorate(*p) != "" || p.governorateLevel {
				continue
			}
			// the sentence's own governorate first: "Thiban, on the eastern
			// bank of the Euphrates in Deir Ezzor province"
			if id, ok := a.candidateIn(p, named); ok {
				p.entry = id
				continue
			}
			// a place the war made known (Madaya in Rif Dimashq, 30 events)
			// beats a village of its name elsewhere (4), whatever else the
			// article names, unless its own sentence says otherwise
			if id, ok := a.g.wellKnown(p.candidates); ok {
				p.entry = id
				continue
			}
			best, bestW := p.entry, weight[a.g.entries[p.entry].governorate]
			for _, id := range p.candidates {
				if w := weight[a.g.entries[id].governorate]; w > bestW {
					best, bestW = id, w
				}
			}
			p.entry = best
		}
	}
}

// sentenceGovernorateNamed returns the governorate sentence i names as such
// ("Deir Ezzor province", "the Hama countryside"), or "".
func (a *article) sentenceGovernorateNamed(i int) string {
	for _, p := range a.places[i] {
		if p.governorateLevel {
			return a.g.entries[p.entry].governorate
		}
	}
	return ""
}

// candidateIn returns the place of p's name that lies in gov.
func (a *article) candidateIn(p *placeMention, gov string) (int32, bool) {
	if gov == "" {
		return 0, false
	}
	for _, id := range p.candidates {
		if a.g.entries[id].governorate == gov {
			return id, true
		}
	}
	return 0, false
}

// soleGovernorate returns the governorate of a name's places, or "" when
// they lie in several.
func (a *article) soleGovernorate(p placeMention) string {
	gov := a.g.entries[p.candidates[0]].governorate
	for _, id := range p.candidates[1:] {
		if a.g.entries[id].governorate != gov {
			return ""
		}
	}
	return gov
}

// locate gives each figure its place, date and source: from its own
// sentence, else the nearest earlier sentence, else the article's lead or
// main place (spec §5).
func (a *article) locate() {
	main := a.mainPlace()
	// the last place named before each sentence, for figures whose own
	// sentence names none (spec §5: the nearest earlier place)
	// A sentence that names a town abroad and no Syrian place moves the
	// story abroad: "Kilis … has been hit by rockets. More than 20 people
	// have been killed." (fakes:1923848174) is not a Syrian toll.
	before := make([]*placeMention, len(a.sents))
	abroad := make([]bool, len(a.sents))
	var last *placeMention
	away := false
	for i := range a.sents {
		before[i], abroad[i] = last, away
		// the last place a sentence names: "bombs in Idlib … died under a
		// building in Antakya" ends abroad
		// where victims came from is not where the story goes on: "They
		// were from Idlib and Hama. A sixth worker was wounded" (in Lebanon)
		ps, foreign := a.places[i], -1
		if a.sents[i].flags&flagForeign != 0 {
			foreign = lastForeignTown(a.sents[i].toks)
		}
		n := len(ps)
		for n > 0 && (homeTown(a.sents[i].toks, ps[n-1].first) || reference(a.sents[i].toks, ps[n-1].first)) {
			n--
		}
		if n > 1 && a.locates(a.sents[i].toks, ps[n-1], ps[n-2]) {
			n-- // the story goes on in Kafr Nabl, not in "southern rural Idlib"
		}
		switch {
		case foreign >= 0 && (n == 0 || foreign > ps[n-1].first), a.foreign[i] && n == 0:
			last, away = nil, true
		case n > 0:
			last, away = &ps[n-1], false
		}
	}
	leadDate := dateCue{date: a.published}
	for i := 0; i < len(a.dates) && i < 2; i++ {
		if a.dates[i].explicit && !a.dates[i].longAgo {
			leadDate = a.dates[i]
			break
		}
	}
	var govs []string // of sentence govsOf: figures come sentence by sentence
	govsOf, across := -1, false
	for k := range a.figures {
		f := &a.figures[k]
		s := f.sent
		if m, ok := a.placeNear(s, f.at); ok && a.foreign[s] && abroadNearer(a.sents[s].toks, f.at, m) {
			f.background, f.abroad = true, true // "wounded near a refugee camp in Arsal, which hosts Syrians who fled Qalamoun"
		} else if ok {
			a.setPlace(f, m)
		} else if a.foreign[s] {
			f.background, f.abroad = true, true // its own sentence puts it abroad, and names no Syrian place for it
		} else if m := before[s]; m != nil {
			a.setPlace(f, *m)
			f.placeInherited = true
		} else if abroad[s] {
			f.background, f.abroad = true, true // outside Syria: the nearest earlier place is abroad
		} else if main != nil {
			a.setPlace(f, *main)
			f.placeInherited = true
		}
		if s != govsOf {
			govs, govsOf = a.sentenceGovernorates(s), s
			across = nationwide(a.sents[s].toks)
		}
		f.govs = govs
		f.nationwide = across
		f.apart = len(a.sents[s].toks) > 0 && apartWords[a.sents[s].toks[0].low]
		switch {
		case a.dates[s].explicit:
			f.date, f.dated = a.dates[s].date, true
		default:
			f.date = leadDate.date
		}
		f.sources = sourcesFor(a.sents[s].toks, a.sources[s], f.at)
		for back := 1; len(f.sources) == 0 && back <= 2 && s-back >= 0; back++ {
			// (a source that only acts gives no figure to the next sentence:
			// "Civil defense teams worked until late at night")
			if len(a.sources[s-back]) > 0 && speaks(a.sents[s-back].toks) {
				f.sources = sourcesFor(a.sents[s-back].toks, a.sources[s-back], len(a.sents[s-back].toks))
			}
		}
		f.evidence = evidenceOf(&a.sents[s], f.at)
	}
}

// (not "meanwhile", which as often brings another source's toll of the
// same attack: fakes:1918150026)
var apartWords = set("separately", "elsewhere")

// speaks reports a verb of telling: the sentence quotes its source.
func speaks(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return speakingVerbs[t.low] })
}

var speakingVerbs = set("said", "says", "say", "saying", "reported", "reports", "told", "according", "added", "stated", "announced",
	"documented", "confirmed", "quoted", "cited", "citing", "tally", "toll", "statement", "counted", "recorded")

// nationwide reports a toll across the whole country: "killed across
// Syria", "across Syrian territory", "across the country", "nationwide".
func nationwide(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		switch t.low {
		case "nationwide":
			return true
		case "across", "throughout":
			if i+1 < len(toks) && (toks[i+1].low == "syria" || toks[i+1].low == "syrian") || matchWords(toks, i+1, []string{"the", "country"}) {
				return true
			}
		}
	}
	return false
}

// sentenceGovernorates returns the governorates sentence s names, when more than one.
func (a *article) sentenceGovernorates(s int) []string {
	var govs []string
	toks := a.sents[s].toks
	// one scan for the first clause, not one per place: a page run into
	// one sentence names thousands of places
	clause := clauseFrom(toks, 1, len(toks))
	for _, p := range a.places[s] {
		if len(govs) > 0 && clause >= 0 && clause+1 < p.first {
			// "kill 12 in Idlib as fighting rages in Hama", "killing 14 in
			// Homs … while state media said nine soldiers died in Idlib":
			// the places after a clause of its own are another story's
			break
		}
		if g := a.g.entries[p.entry].governorate; !slices.Contains(govs, g) {
			govs = append(govs, g)
		}
	}
	if len(govs) < 2 {
		return nil
	}
	return govs
}

func (a *article) setPlace(f *figure, m placeMention) {
	e := &a.g.entries[m.entry]
	f.place = m.entry
	f.placeName = m.name
	f.governorate = e.governorate
	f.placeLevel = e.specificity()
	f.placeSmall = f.placeLevel == 3 && e.kind != "city"
	f.district = e.kind == "neighbourhood"
	f.lat, f.lon = float32(e.lat), float32(e.lon)
	if e.kind == "city" && isGovernorateName(m.name) && e.governorate != "Damascus" && !m.cityLevel {
		f.placeLevel = 1 // "Idlib" alone names the province as often as the city
	}
	if m.governorateLevel {
		f.placeLevel, f.placeSmall = 0, false
		f.placeName = e.governorate
	}
}

// placeNear returns the most specific place of sentence s, the nearest to token at.
func (a *article) placeNear(s, at int) (placeMention, bool) {
	toks := a.sents[s].toks
	best, bestScore := placeMention{}, -1<<30
	// places come in the order they stand: the few on either side of the
	// count are enough, however many a long sentence names
	ps := a.places[s]
	i, _ := slices.BinarySearchFunc(ps, at, func(p placeMention, at int) int { return p.first - at })
	from := max(0, i-placesAround)
	for k, p := range ps[from:min(len(ps), i+placesAround)] {
		lvl := a.g.entries[p.entry].specificity()
		if k+from > 0 && a.locates(toks, p, ps[k+from-1]) {
			// "the town of Kafr Nabl in southern rural Idlib", "Sarmin east
			// of Idlib city": the town before is the place
			continue
		}
		if p.governorateLevel {
			lvl = 0
		}
		// the nearest place, "killed in X" closer than a place before the
		// count; a town beats a governorate at a like distance
		d := p.first - at
		if d >= 0 && asClause(toks, at, p.first) {
			continue // "killed 12 civilians …, as troops battled in neighbouring Hama province"
		}
		if s == 0 && headlineStoriesBetween(toks, min(p.last, at), max(p.first, at)) {
			continue // "drone kills two near Qamishli; shelling wounds four children in Shehba": two stories
		}
		if d < 0 {
			d = 2*(at-p.last) + 3
			if clauseBetween(toks, p.last, at) {
				d += 8 // "shelling on Hama countryside and a woman was killed in Daraa"
			}
		}
		if origin(toks, p.first) || reference(toks, p.first) {
			d += 30 // "evacuees from Fuaa were killed … west of Aleppo": where they came from
		}
		if score := 2*lvl - d; score > bestScore {
			best, bestScore = p, score
		}
	}
	return best, bestScore > -1<<30
}

// locates reports a place named right after town only to say where town
// lies: its governorate ("Kafr Nabl in southern rural Idlib") or a place
// it is a direction of ("Sarmin east of Idlib city").
func (a *article) locates(toks []token, p, town placeMention) bool {
	if p.first-town.last > 4 || p.first < town.last {
		return false
	}
	between := toks[town.last:p.first]
	if len(between) >= 2 && directions[between[len(between)-2].low] && between[len(between)-1].low == "of" {
		return true
	}
	return p.governorateLevel && a.g.entries[town.entry].governorate == a.g.entries[p.entry].governorate && containedBy(between)
}

// abroadNearer reports a town abroad nearer the count at toks[at] than the
// Syrian place m, by placeNear's measure.
func abroadNearer(toks []token, at int, m placeMention) bool {
	dist := func(first, last int) int {
		if first >= at {
			return first - at
		}
		return 2*(at-last) + 3
	}
	d := dist(m.first, m.last)
	for i := range toks {
		t := &toks[i]
		if t.flags&flagForeign != 0 && t.upper && foreignTowns[t.low] && dist(i, i+1) < d {
			return true
		}
	}
	return false
}

// origin reports a place named as where people came from: "from Manbij",
// "evacuated from the northern towns of Fuaa and Kafraya".
func origin(toks []token, first int) bool {
	from := false
	for k := max(0, first-9); k < first; k++ {
		if toks[k].low == "from" {
			from = true
			break
		}
	}
	if !from {
		return false // most places follow no "from": a plain scan first
	}
	for k := first - 1; k >= 0 && k >= first-9; k-- {
		switch w := toks[k].low; {
		case w == "from":
			return k == 0 || toks[k-1].low != "toll" // "the death toll from Suwayda fighting" is of Suwayda
		case toks[k].punct && !isQuoteOrHyphen(w), !toks[k].punct && !originFillers[w] && !toks[k].upper && w != "s": // "from Syria's Deir Ezzor"
			return false
		}
	}
	return false
}

// reference reports a place named only to say where another lies: "al-Qaim,
// the border town facing Syria's Albu Kamal".
func reference(toks []token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-5; k-- {
		switch w := toks[k].low; {
		case w == "facing" || w == "opposite":
			return true
		case w != "the" && w != "s" && w != "'" && !toks[k].upper:
			return false
		}
	}
	return false
}

// originFillers may stand between "from" and the place it names.
var originFillers = set("the", "of", "and", "northern", "southern", "eastern", "western", "besieged", "neighbouring",
	"nearby", "town", "towns", "village", "villages", "city", "cities", "area", "areas", "two", "regime", "held",
	"rebel", "opposition", "shiite", "predominantly")

// clauseBetween reports a new clause between toks[from] and toks[to]: "and"
// before a count or a subject, "while", "but", a semicolon.
func clauseBetween(toks []token, from, to int) bool {
	if to-from > 40 {
		return true // far enough to be another clause
	}
	for k := from; k < to; k++ {
		switch toks[k].low {
		case "while", "but", ";", "whereas", "meanwhile":
			return true
		case "and":
			if k+1 < to || k+1 < len(toks) && (toks[k+1].num || toks[k+1].flags&flagQuantity != 0) {
				return true
			}
		}
	}
	return false
}

// asClause reports a clause of its own between toks[from] and toks[to]:
// "as insurgents battled", "while" — not "such as", "as well as", "as part
// of", "as many as".
func asClause(toks []token, from, to int) bool {
	return clauseFrom(toks, from, to) >= 0
}

// clauseFrom returns the index of the first word at or after from, and
// before to-1, that opens a clause of its own, or -1.
func clauseFrom(toks []token, from, to int) int {
	for k := max(from, 1); k+1 < to; k++ {
		switch w := toks[k].low; {
		case w == "whereas", w == "while" && !strings.HasSuffix(toks[k+1].low, "ing"): // not "while herding sheep"
			return k
		case w == "as" && !asNotClause[toks[k-1].low] && !asNotClause[toks[k+1].low]:
			return k
		}
	}
	return -1
}

var asNotClause = set("such", "known", "well", "same", "many", "much", "part", "a", "an", "of", "if", "to", "soon",
	"long", "far", "regarded", "seen", "described", "identified", "named", "as")

// headlineStoriesBetween reports a semicolon or a bar between toks[from]
// and toks[to], which in a headline part two stories.
func headlineStoriesBetween(toks []token, from, to int) bool {
	for _, t := range toks[from:to] {
		if t.low == ";" || t.low == "|" {
			return true
		}
	}
	return false
}

// evidenceOf returns the sentence that gives the count at token at, or, for
// a sentence too long to show (a page run into one line), the words around
// the count: a substring of the cleaned text either way.
func evidenceOf(s *sentence, at int) string {
	if len(s.text) <= maxEvidence {
		return s.text
	}
	base := int(s.toks[0].start)
	mid := int(s.toks[at].start) - base
	from, to := max(0, mid-maxEvidence/2), min(len(s.text), mid+maxEvidence/2)
	// whole words only, and so whole characters
	if i := strings.IndexByte(s.text[from:mid], ' '); from > 0 && i >= 0 {
		from += i + 1
	}
	if i := strings.LastIndexByte(s.text[mid:to], ' '); to < len(s.text) && i > 0 {
		to = mid + i
	}
	return s.text[from:to]
}

// maxEvidence bounds the evidence a figure carries, in bytes.
const maxEvidence = 600

// placesAround is how many places on either side of a count placeNear weighs.
const placesAround = 4

// mainPlace is the first-named place of the governorate the article names
// most often.
func (a *article) mainPlace() *placeMention {
	// where people came from is not where the article happens, unless the
	// article names no other place ("fired on Turkey from the areas of
	// Tel Ahmar")
	// the lead's story is told in the sentences after it: the first place
	// they name is its place
	for i := 1; i < len(a.places) && i <= 2; i++ {
		if a.rel.foreignDateline && a.dates[i].longAgo {
			continue // see mainPlaceOf
		}
		for k := range a.places[i] {
			if p := &a.places[i][k]; !origin(a.sents[i].toks, p.first) {
				return p
			}
		}
	}
	if best := a.mainPlaceOf(false); best != nil {
		return best
	}
	return a.mainPlaceOf(true)
}

func (a *article) mainPlaceOf(origins bool) *placeMention {
	// a story filed from abroad ("AMMAN, Jordan (AP) —") is not about the
	// place of an event it recalls from months ago
	skip := func(i int) bool { return a.rel.foreignDateline && a.dates[i].longAgo }
	weight := map[string]int{}
	for i, ps := range a.places {
		if skip(i) {
			continue
		}
		for _, p := range ps {
			if origins || !origin(a.sents[i].toks, p.first) {
				weight[a.g.entries[p.entry].governorate]++
			}
		}
	}
	var best *placeMention
	for i := range a.places {
		for k := range a.places[i] {
			p := &a.places[i][k]
			if !origins && origin(a.sents[i].toks, p.first) || skip(i) {
				continue
			}
			if best == nil || weight[a.g.entries[p.entry].governorate] > weight[a.g.entries[best.entry].governorate] {
				best = p
			}
		}
	}
	return best
}

// startDated reports a sentence whose date is when something began: "the
// operation, which Turkey launched on August 24": no event of that day.
func startDated(toks []token) bool {
	for i := range toks {
		if months[toks[i].low] > 0 && toks[i].upper {
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				switch toks[k].low {
				case "launched", "began", "started", "begun", "since", "until":
					return true
				}
			}
		}
	}
	return false
}

// namesWeekday reports a sentence that names a day of this week: "said on
// Friday that … had been killed since Thursday evening" is news.
func namesWeekday(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if _, ok := weekdays[t.low]; ok && t.upper && t.flags&flagDate != 0 {
			return true
		}
	}
	return false
}

// classify marks cumulative and background figures and attaches subsets.
func (a *article) classify() {
	// a toll in the sentence after a dated past event belongs to it:
	// "March 15 2017: two car bombs detonate … At least 32 are confirmed dead."
	figuresPer := make([]int, len(a.sents))
	for i := range a.figures {
		f := &a.figures[i]
		figuresPer[f.sent]++
	}
	// only the next sentence, when it names no place of its own: a chain
	// would carry "in February" through every undated sentence after it
	for i := len(a.sents) - 1; i >= 2; i-- {
		if a.dates[i-1].longAgo && !a.dates[i].explicit && figuresPer[i-1] == 0 && len(a.places[i]) == 0 && !namesWeekday(a.sents[i].toks) &&
			!startDated(a.sents[i-1].toks) {
			a.dates[i].longAgo = true
		}
	}
	a.markTimelines()
	// sentence-wide cues, read once per sentence however many figures it has
	markers := make(map[int][]int)
	recentSpan := make(map[int]bool)
	recalled := make(map[int]bool)
	facts := make(map[int]spanFacts)
	for i := range a.figures {
		f := &a.figures[i]
		if _, done := markers[f.sent]; !done {
			markers[f.sent] = spanMarkers(a.sents[f.sent].toks)
			// "… last Thursday. Since then, at least 17 civilians have been
			// killed": the few days the sentence before began
			toks := a.sents[f.sent].toks
			// (so is "in the same period", "in that time" after it)
			then := func(m int) bool {
				return toks[m].low == "since" && m+1 < len(toks) && toks[m+1].low == "then" || anaphoricSpan(toks, m+1)
			}
			if f.sent > 0 && slices.ContainsFunc(markers[f.sent], then) && namesWeekday(a.sents[f.sent-1].toks) {
				markers[f.sent] = slices.DeleteFunc(markers[f.sent], then)
				recentSpan[f.sent] = true
			}
			recalled[f.sent] = background(a.sents[f.sent].toks)
			facts[f.sent] = spanFactsOf(a.sents[f.sent].toks)
		}
	}
	for k := range a.figures {
		f := &a.figures[k]
		fact := facts[f.sent]
		f.multiDay = f.multiDay || recentSpan[f.sent]
		f.cumulative = cumulativeAt(&a.sents[f.sent], f.q, fact)
		if f.cumulative && f.sent > 0 && fact.undatedPerfect(f.q) && !fact.long && len(markers[f.sent]) == 0 &&
			(namesShortSpan(a.sents[f.sent-1].toks) || multiDaySpan(a.sents[f.sent-1].toks)) {
			// "… the toll since Sunday night … Some 1,200 people have been
			// wounded": the big number is of the days just named
			f.cumulative = false
		}
		if a.dates[f.sent].longAgo || recalled[f.sent] {
			f.background = true // recalled for context: not news of this report
		}
		if a.foreign[f.sent] && len(a.places[f.sent]) == 0 {
			f.background, f.abroad = true, true // outside Syria
		}
	}
	a.markSpans(markers)
	a.headlineAbroad()
	// a tally goes on into the next sentence when it gives no day of its
	// own: "… 5812 civilians … over the past year. Meanwhile rebel fire on
	// regime-held areas killed 1102 people" (fakes:1914947538)
	tallied := -1
	for k := range a.figures {
		f := &a.figures[k]
		switch {
		case f.cumulative:
			tallied = f.sent
		case f.sent == tallied+1 && tallied >= 0 && f.q.count >= 100 && !a.dates[f.sent].explicit:
			f.cumulative = true
		}
	}
	// a figure told again after a factbox recalled it is background too —
	// of its side, and not one or two people: today's "two SDF fighters and
	// civilian" are not September's "a shepherd and his two sons"
	past := map[[2]int]*sideSet{}
	for i := range a.figures {
		f := &a.figures[i]
		if f.background && !f.cumulative && f.q.count >= 3 && (a.dates[f.sent].longAgo || recalled[f.sent]) {
			key := [2]int{kindIndex(f.kind), f.q.count}
			if past[key] == nil {
				past[key] = &sideSet{}
			}
			past[key].add(f.side)
		}
	}
	for k := range a.figures {
		f := &a.figures[k]
		if sides := past[[2]int{kindIndex(f.kind), f.q.count}]; sides != nil && sides.meets(f.side) && f.q.qual != Vague {
			f.background = true
		}
	}
	// subsets add their civilians to the figure they belong to; subsets that
	// add up to it tell it who all its dead were
	var partBuf [8]*figure
	parts, whole, sum := partBuf[:0], -1, 0
	learn := func() {
		if whole >= 0 && sum == a.figures[whole].q.count && a.figures[whole].q.qual != Vague {
			learnSides(&a.figures[whole], parts)
		}
	}
	for k := range a.figures {
		f := &a.figures[k]
		if !f.subset || f.within {
			continue
		}
		parent := a.parentOf(k)
		if parent < 0 {
			f.subset = false
			continue
		}
		p := &a.figures[parent]
		if f.side == Civilians && p.side != Civilians && p.q.qual != Vague {
			p.civilian = min(p.q.count, p.civilian+f.q.count)
		}
		if len(p.govs) == 0 && len(f.govs) > 1 && slices.Contains(f.govs, p.governorate) {
			// "More than 500 killed in the coastal region … 311 of the dead
			// were civilians, killed in Latakia and Tartus": the whole is
			// of its part's provinces
			p.govs = f.govs
		}
		if parent != whole {
			learn()
			parts, whole, sum = parts[:0], parent, 0
		}
		parts, sum = append(parts, f), sum+f.q.count
	}
	learn()
	// a part told again by another in the next sentence is still the part:
	// "16 of them died near the hospital. The Red Crescent also said 16
	// people had been killed there" (writtenH:20)
	for k := range a.figures {
		f := &a.figures[k]
		if f.subset || f.q.qual == Vague || f.additive || f.another || f.q.count < 3 {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-16 && a.figures[j].sent >= f.sent-1; j-- { // a part told again follows closely
			if p := &a.figures[j]; p.subset && p.kind == f.kind && p.q.count == f.q.count && p.sent < f.sent && toldAgain(a.sents[f.sent].toks) {
				if parent := a.parentOf(j); parent >= 0 && a.figures[parent].q.count > f.q.count {
					f.subset = true
				}
				break
			}
		}
	}
}

// toldAgain reports the words of a second telling: "also said", "there".
func toldAgain(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return t.low == "also" || t.low == "there" })
}

// headlineAbroad puts abroad a headline's toll that the body tells again
// abroad: "Kurds come closer to Azaz, 6 ISIS bombers killed" over
// "Peshmerga shoot dead six ISIS suicide bombers west of Kirkuk"
// (fakes:1962495694).
func (a *article) headlineAbroad() {
	type told struct {
		kind  Kind
		count int
		side  Side
	}
	abroad := map[told]bool{}
	for k := range a.figures {
		if f := &a.figures[k]; f.sent > 0 && f.abroad {
			abroad[told{f.kind, f.q.count, f.side}] = true
		}
	}
	if len(abroad) == 0 {
		return
	}
	for k := range a.figures {
		h := &a.figures[k]
		if h.sent != 0 {
			break
		}
		if abroad[told{h.kind, h.q.count, h.side}] {
			h.background, h.abroad = true, true
		}
	}
}

// markTimelines marks as long ago every sentence of a timeline: a
// paragraph that opens with a past date and a colon ("August 21, 2013: A
// sarin gas attack … The US estimated the toll at 1,429"), and everything
// after a "TIMELINE" or "FACTBOX" heading.
func (a *article) markTimelines() {
	timeline, entry := false, false
	for i := range a.sents {
		s := &a.sents[i]
		if i == 0 || a.sents[i-1].para != s.para {
			entry = a.dates[i].longAgo && datedEntry(s.toks)
			timeline = timeline || timelineHeading(s.toks)
		}
		if (timeline || entry) && !(a.dates[i].explicit && !a.dates[i].longAgo) {
			a.dates[i].longAgo = true
		}
	}
}

// datedEntry reports a line that opens with a date and a colon or dash:
// "April 2013:", "August 21, 2013 -".
func datedEntry(toks []token) bool {
	for k := 1; k < len(toks) && k <= 5; k++ {
		switch w := toks[k].low; {
		case w == ":" || w == "-" || w == "–" || w == "—":
			return months[toks[0].low] > 0 || toks[0].num
		case !toks[k].num && w != "," && months[w] == 0:
			return false
		}
	}
	return false
}

// timelineHeading reports a line that heads a factbox of past events.
func timelineHeading(toks []token) bool {
	return len(toks) > 0 && len(toks) <= 6 && (toks[0].low == "timeline" || toks[0].low == "factbox" || toks[0].low == "chronology")
}

func kindIndex(k Kind) int {
	if k == Killed {
		return 0
	}
	return 1
}

// parentOf returns the figure a subset belongs to: the last earlier figure of
// the same kind in its sentence or the two before.
func (a *article) parentOf(k int) int {
	f := a.figures[k]
	for j := k - 1; j >= 0 && j >= k-16; j-- { // a subset follows its whole closely
		p := a.figures[j]
		if p.sent < f.sent-2 {
			break // (a sentence with no figure may stand between: the raids, then "Among the dead was a boy")
		}
		if p.kind == f.kind && !p.subset && p.q.count >= f.q.count {
			return j
		}
	}
	return -1
}

// spanMarkers returns the token positions of the sentence's words that mark
// a span longer than about a week: "since 2011", "this year", "within 27
// days", "the war has killed" (spec §4). Each marks the count nearest to it.
func spanMarkers(toks []token) []int {
	var out []int
	war, perfect, comparedSince := false, -1, -1
	short := -1 // whether the sentence names the last days, read at most once
	for i := range toks {
		t := &toks[i]
		if t.flags&flagSpanCue == 0 {
			continue // most words: one bit test
		}
		switch t.low {
		case "since":
			if superlativeBefore(toks, i) {
				comparedSince = i
			} else if i+1 < len(toks) && !shortSince(toks, i+1) {
				out = append(out, i)
			}
		case "this", "so":
			if matchWords(toks, i+1, []string{"year"}) || matchWords(toks, i+1, []string{"month"}) || matchWords(toks, i+1, []string{"far", "this", "year"}) {
				out = append(out, i)
			} else if t.low == "so" && matchWords(toks, i+1, []string{"far"}) && slices.ContainsFunc(toks, func(t token) bool { return campaignWords[t.low] || t.low == "operation" }) {
				// "47 soldiers have lost their lives in the operation so far"
				out = append(out, i)
			}
		case "in", "within", "over", "during", "past", "last", "throughout":
			if d, ok := spanDays(toks, i+1); ok && d > 7 && !superlativeBefore(toks, i) && !datesCapture(toks, i) {
				// (not "the deadliest day in the enclave in three years")
				out = append(out, i)
			} else if anaphoricSpan(toks, i+1) {
				// "more than 350 civilians have been killed in that time",
				// the span the sentence before set
				out = append(out, i)
			} else if (t.low == "in" || t.low == "during") && (yearAt(toks, i+1) || yearAt(toks, i+2) && partOfYear[toks[i+1].low]) &&
				!superlativeBefore(toks, i) && !sinceClause(toks, i) && !startedBefore(toks, i) { // not "Rastan, which rebels seized in early 2012"
				// "131 attacks in 2021, in which 80 people were killed": a
				// year's tally, or an event it dates, is no news of the day
				out = append(out, i)
			} else if (t.low == "during" || t.low == "throughout") && campaignAfter(toks, i+1) {
				if short < 0 {
					short = 0
					if namesShortSpan(toks) {
						short = 1
					}
				}
				if short == 1 {
					continue
				}
				// "the number of casualties increases to 210 during the
				// Putin–Erdogan agreement": a running tally of a long period
				out = append(out, i)
			}
		case "has", "have":
			if i+1 < len(toks) && (toks[i+1].low == "killed" || toks[i+1].low == "been" || toks[i+1].low == "claimed" || toks[i+1].low == "left" || toks[i+1].low == "died") {
				perfect = i
			}
		case "months", "years", "month", "year", "weeks":
			// "a months-long siege and bombardment that killed hundreds"
			if matchWords(toks, i+1, []string{"-", "long"}) {
				out = append(out, i)
			}
		case "war", "conflict", "uprising", "revolution", "crisis":
			// (not "the deadliest bouts … since the start of the war")
			if (i+1 >= len(toks) || toks[i+1].low != "monitor") && !(comparedSince >= 0 && i-comparedSince <= 6) {
				war = true
			}
		}
	}
	if war && perfect >= 0 {
		out = append(out, perfect)
	}
	return out
}

// partOfYear may stand between "in" and a year: "in early 2018".
var partOfYear = set("early", "late", "mid", "spring", "summer", "autumn", "fall", "winter")

// anaphoricSpan reads a span the sentence before set: "that time", "that
// period", "the same period".
func anaphoricSpan(toks []token, i int) bool {
	return matchWords(toks, i, []string{"that", "time"}) || matchWords(toks, i, []string{"that", "period"}) ||
		matchWords(toks, i, []string{"the", "same", "period"})
}

// yearAt reports a year written in digits at toks[i].
func yearAt(toks []token, i int) bool {
	return i < len(toks) && toks[i].num && toks[i].val >= 1900 && toks[i].val <= 2100 && toks[i].end-toks[i].start == 4
}

// superlativeBefore reports a comparison before "since": "the worst
// violence in the province since a deal three years ago" dates no toll.
func superlativeBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		switch toks[k].low {
		case "worst", "deadliest", "bloodiest", "heaviest", "biggest", "largest", "highest", "fiercest", "first":
			return true
		}
		if toks[k].num {
			return false
		}
	}
	return false
}

// spanCues are the words spanMarkers reads.
var spanCues = set("since", "this", "so", "in", "within", "over", "during", "past", "last", "throughout", "has",
	"have", "months", "years", "month", "year", "weeks", "war", "conflict", "uprising", "revolution", "crisis")

// campaignAfter reports a long period named within a few words from i:
// "during the truce", "throughout the Putin–Erdogan agreement".
func campaignAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+6; k++ {
		if campaignWords[toks[k].low] {
			return true
		}
	}
	return false
}

var campaignWords = set("agreement", "truce", "ceasefire", "escalation", "offensive", "campaign", "siege", "war", "conflict", "uprising")

// namesShortSpan reports a sentence that dates its toll to the last hours or days.
func namesShortSpan(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.flags&flagShortSpan != 0 {
			return true
		}
	}
	return false
}

// shortSpanWords date a toll to the last hours or days.
var shortSpanWords = set("hours", "yesterday", "today", "overnight", "morning", "night", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "day", "days", "tonight", "afternoon", "evening")

// spanFacts are what a sentence says of the time its tolls cover, read
// once per sentence however many figures it has: a sentence of a thousand
// tolls must not be read a thousand times.
type spanFacts struct {
	short   bool // names the last hours or days ("yesterday", "on Monday")
	perfect bool // "have been killed", "has died"
	long    bool // names the war, its start, an offensive (longSpanWords)
}

func spanFactsOf(toks []token) spanFacts {
	var f spanFacts
	for i := range toks {
		t := &toks[i]
		f.short = f.short || t.flags&flagShortSpan != 0
		f.long = f.long || t.flags&flagLongSpan != 0
		if (t.low == "have" || t.low == "has") && i+1 < len(toks) && (toks[i+1].low == "been" || toks[i+1].low == "killed" || toks[i+1].low == "died") {
			f.perfect = true
		}
	}
	return f
}

// undatedPerfect reports "at least 6000 militants have been killed" with no
// day or span given: a running total, not news of one incident.
func (f spanFacts) undatedPerfect(q quantity) bool {
	return q.count >= 1000 && !f.short && f.perfect
}

// cumulativeAt reports whether the count q of sentence s is cumulative.
func cumulativeAt(s *sentence, q quantity, facts spanFacts) bool {
	toks := s.toks
	if q.count >= 10000 && facts.long {
		return true // a war-wide toll
	}
	if facts.undatedPerfect(q) {
		return true
	}
	// SOHR's "raising to 50 the number of …" keeps a running tally (not
	// "raising to 274 the number killed since Sunday night": a few days'
	// toll, writtenV:03)
	if q.first >= 2 && toks[q.first-1].low == "to" && raiseWord(toks[q.first-2].low) && !facts.short {
		// … unless the toll rises: "death toll of car bomb explosion in
		// Wadi al-Dahab rises to 19"
		tally := true
		for k := q.first - 3; k >= 0 && k >= q.first-16 && (!toks[k].punct || isQuoteOrHyphen(toks[k].low)); k-- {
			if toks[k].low == "toll" || toks[k].low == "number" {
				tally = false
			}
		}
		if tally {
			return true
		}
	}
	return false
}

// markSpans marks as cumulative the figure at the count nearest each span
// marker; a subset passes the mark to its whole ("5812 civilians including
// 1733 children, 969 women and 3110 men … over the past year").
func (a *article) markSpans(markers map[int][]int) {
	bySent := map[int][]int{}
	for k := range a.figures {
		f := &a.figures[k]
		bySent[f.sent] = append(bySent[f.sent], k)
	}
	for sent, ms := range markers {
		figs := bySent[sent]
		for _, m := range ms {
			// figures stand in the order of their counts
			c := nearestCount(a.sents[sent].counts, m)
			n, found := slices.BinarySearchFunc(figs, c, func(k, c int) int { return a.figures[k].at - c })
			if !found {
				// the nearest count may be of attacks or arrivals, not people:
				// the tally's toll stands near it ("since the beginning of the
				// year … 54 drone attacks …, which killed 68 people"; "560000
				// reached Greece this year … and more than 500 have died")
				if c < 0 {
					continue
				}
				n = slices.IndexFunc(figs, func(k int) bool {
					return abs(a.figures[k].at-m) <= 25 || a.figures[k].at > c && a.figures[k].at-c <= 25
				})
				if n < 0 || m > c && a.figures[figs[n]].at < m {
					continue
				}
			}
			target := figs[n]
			if a.figures[target].subset {
				if p := a.parentOf(target); p >= 0 {
					target = p
				}
			}
			a.figures[target].cumulative = true
			// counts that share its verb share its span: "more than 120 IS
			// fighters and 71 members of the regime forces have been killed
			// … since then" (writtenY:14)
			if t := &a.figures[target]; t.andNext && n+1 < len(figs) && a.figures[figs[n+1]].kind == t.kind {
				a.figures[figs[n+1]].cumulative = true
			}
			if n > 0 && a.figures[figs[n-1]].andNext && a.figures[figs[n-1]].kind == a.figures[target].kind {
				a.figures[figs[n-1]].cumulative = true
			}
			// the same tally's other kind, joined to it: "… since the
			// beginning of the year, killing 41 people … and injuring 58 others"
			for _, k := range figs[n+1 : min(len(figs), n+4)] {
				if f := &a.figures[k]; f.kind != a.figures[target].kind && (f.another || f.additive || f.label == "others") {
					f.cumulative = true
				}
			}
		}
	}
}

// nearestCount returns the count position closest to token m, or -1;
// counts are in text order.
func nearestCount(counts []int, m int) int {
	i, _ := slices.BinarySearch(counts, m)
	best, bestD := -1, 1<<30
	for _, k := range []int{i - 1, i} {
		if k < 0 || k >= len(counts) {
			continue
		}
		d := counts[k] - m
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = counts[k], d
		}
	}
	return best
}

func raiseWord(w string) bool {
	return strings.HasPrefix(w, "rais") || w == "rising" || w == "rises"
}

// backgroundFirst holds the first words of backgroundPhrases and the verbs
// of "comes … after", so background reads most words with one lookup.
var backgroundFirst = func() map[string]bool {
	m := map[string]bool{"comes": true, "came": true}
	for _, p := range backgroundPhrases {
		m[p[0]] = true
	}
	return m
}()

// backgroundByFirst indexes backgroundPhrases by their first word.
var backgroundByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range backgroundPhrases {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

// spanFollows reports a span of days or hours right after a phrase: "in the
// past 48 hours" is this report's toll, "in the past" alone recalls.
func spanFollows(toks []token, i int) bool {
	d, ok := spanDays(toks, i)
	return ok && d <= 7
}

// shortSince reports whether "since …" names a recent start: a weekday,
// yesterday, dawn, the morning.
func shortSince(toks []token, i int) bool {
	w := toks[i].low
	if _, ok := weekdays[w]; ok {
		return true
	}
	switch w {
	case "yesterday", "dawn", "morning", "midnight", "monday", "noon", "the":
		if w == "the" && i+1 < len(toks) {
			n := toks[i+1].low
			return n == "morning" || n == "evening" || n == "weekend" || n == "early" || n == "afternoon" ||
				launchedOnWeekday(toks, i) || // "since the clashes broke out on Sunday"
				// "since the start of the attack": one attack lasts days, unlike
				// a war, an offensive or a campaign
				(n == "start" || n == "beginning") && matchWords(toks, i+2, []string{"of", "the", "attack"}) ||
				n == "attack" && i+2 < len(toks) && beganVerbs[toks[i+2].low]
		}
		return true
	case "last":
		return i+1 < len(toks) && (toks[i+1].low == "night" || weekdays[toks[i+1].low] > 0 || toks[i+1].low == "sunday")
	}
	return launchedOnWeekday(toks, i)
}

// launchedOnWeekday reads, after "since", an event a few days ago: "since
// Turkey launched the operation on Wednesday", "since aid entered the town
// on Monday", "since the fighting began Sunday".
func launchedOnWeekday(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+16; k++ {
		switch w := toks[k].low; {
		case (w == "on" || beganVerbs[w]) && k+1 < len(toks):
			// "since the fighting began Sunday" drops the "on"
			if _, day := weekdays[toks[k+1].low]; day {
				return true
			}
		case toks[k].punct && !isQuoteOrHyphen(w), toks[k].num:
			return false
		}
	}
	return false
}

var beganVerbs = set("began", "begun", "started", "erupted", "out", "launched", "flared", "resumed")

// spanDays reads "27 days", "three weeks", "the past 48 hours", "two months".
func spanDays(toks []token, i int) (int, bool) {
	for i < len(toks) && (toks[i].low == "the" || toks[i].low == "past" || toks[i].low == "last" || toks[i].low == "about" ||
		toks[i].low == "a" && i+1 < len(toks) && (toks[i+1].num || toks[i+1].flags&flagQuantity != 0)) {
		i++
	}
	n, next, _, ok := parseNumberAt(toks, i)
	if ok && next+1 < len(toks) && toks[next].low == "-" {
		next++ // "a five-day assault", not "the two-year-old civil war"
		if matchWords(toks, next+1, []string{"-", "old"}) {
			return 0, false
		}
	}
	if !ok || next >= len(toks) {
		// "the past week", "the last month"
		if i < len(toks) {
			switch toks[i].low {
			case "week":
				return 7, true
			case "month", "months", "year", "years":
				return 30, true
			}
		}
		return 0, false
	}
	switch toks[next].low {
	case "day", "days":
		return n, true
	case "hour", "hours":
		return n / 24, true
	case "week", "weeks":
		return n * 7, true
	case "month", "months":
		return n * 30, true
	case "year", "years":
		return n * 365, true
	}
	return 0, false
}

// background reports a sentence that recalls earlier events for context:
// "in April, a similar attack killed 20", "the strike comes a week after …".
func background(toks []token) bool {
	for i := range toks {
		if toks[i].flags&flagBackground == 0 {
			continue
		}
		if toks[i].low == "comes" || toks[i].low == "came" {
		gap:
			for k := i + 1; k < len(toks) && k <= i+5; k++ {
				switch toks[k].low {
				case "hours", "minutes", "shortly", "day", "just":
					break gap // "came hours after rebels fired rockets … killing three": news too
				case "after":
					return true
				}
			}
		}
		for _, p := range backgroundByFirst[toks[i].low] {
			if matchWords(toks, i, p) && !spanFollows(toks, i+len(p)) && !comparison(toks, i, p) && !inRelativeClause(toks, i) && !startedBefore(toks, i) &&
				!sinceClause(toks, i) { // "… 700 killed since the tribe rose up earlier this month": a tally's span, not a recalled event
				return true
			}
		}
	}
	return false
}

// inRelativeClause reports a phrase inside a relative clause that describes
// a place or a thing: "near the airport which the alliance captured last
// week" dates the capture, not the four fighters killed there.
func inRelativeClause(toks []token, i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		switch toks[k].low {
		case "which", "that":
			return !toks[k-1].num && toks[k-1].flags&flagQuantity == 0
		case ",", ";":
			return false
		}
	}
	return false
}

// datesCapture reports a span phrase that dates a clause of a place's
// capture, with no count after it: "near the airport which regime forces
// took last month" (writtenH:01), not "the offensive which began last
// month has killed 300".
func datesCapture(toks []token, i int) bool {
	if !startedBefore(toks, i) || !inRelativeClause(toks, i) {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].num || toks[k].flags&flagQuantity != 0 {
			return false
		}
	}
	return true
}

// startedBefore reports a phrase that dates when something began: "a
// counter-offensive they launched last week".
func startedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch toks[k].low {
		case "launched", "began", "started", "captured", "seized", "took", "retook", "announced":
			return true
		}
	}
	return false
}

// comparison reports a background phrase that only measures today's news
// against the past: "killing eight civilians, in the worst violence since a
// deal three years ago", "33 soldiers were killed, the deadliest attack".
func comparison(toks []token, i int, phrase []string) bool {
	switch phrase[len(phrase)-1] {
	case "ago":
		return sinceClause(toks, i)
	case "deadliest", "since":
		return slices.ContainsFunc(toks[:i], func(t token) bool { return t.num || t.flags&flagQuantity != 0 && smallNumbers[t.low] > 1 })
	}
	return false
}
