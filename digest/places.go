package digest

import (
	"slices"
	"strings"
)

// placeMention is a gazetteer place named in a sentence.
type placeMention struct {
	candidates []int32 // places carrying the name, most reported first
	entry      int32   // the one chosen (after context)
	name       string  // as written
	first      int     // token span [first, last)
	last       int
	// governorateLevel is set for "Idlib province", "Hama countryside",
	// "rural Damascus": the text names the governorate, not the town.
	governorateLevel bool
	// cityLevel is set for "the city of Daraa", "Idlib city": the town,
	// not the province its name also names.
	cityLevel bool
}

// governorateCues after a name ("Idlib province") or before it ("countryside
// of Hama") make it name the governorate (spec §5).
var governorateCuesAfter = set("province", "governorate", "countryside", "provinces", "suburbs", "region", "desert", "badia")
var governorateCuesBefore = set("province", "governorate", "countryside", "rural", "provinces", "suburbs")

// ruralCues put a place around the capital in Rif Dimashq.
var ruralCues = set("outskirts", "suburbs", "countryside", "rural", "environs", "outside", "near", "around")

// directionOf reports "west of Damascus", "north of the capital Damascus",
// "near the capital Damascus": a place outside the one named.
func directionOf(toks []token, first int) bool {
	k := first - 1
	if k >= 0 && toks[k].low == "capital" {
		k--
	}
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	if k < first-1 && k >= 0 && ruralCues[toks[k].low] {
		return true
	}
	return k >= 1 && toks[k].low == "of" && directions[toks[k-1].low]
}

var directions = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")

// cityCues make a governorate's name the city: "the city of Aleppo", "Idlib city".
var cityCues = set("city")

// placeKeys are the buffers findPlaces builds its lookup keys in, kept from
// sentence to sentence and article to article: map lookups with string(b)
// do not allocate, and neither do buffers that have grown once.
type placeKeys struct{ key, skel, word []byte }

// findPlaces appends the Syrian places named in a sentence to all, longest
// names first, and returns them as a slice of their own: the places of an
// article's sentences share one array.
func (g *Gazetteer) findPlaces(s *sentence, all []placeMention, keys *placeKeys) (named, grown []placeMention) {
	toks := s.toks
	first := len(all)
	out := all
	key, skel, word := keys.key[:0], keys.skel[:0], keys.word[:0]
	defer func() { keys.key, keys.skel, keys.word = key, skel, word }()
	for i := 0; i < len(toks); i++ {
		t0 := &toks[i]
		if t0.punct || t0.num {
			continue
		}
		if t0.low == "capital" && theCapital(toks, i) {
			// a Syria report's "the capital" is Damascus; "the Lebanese
			// capital", "the capital Beirut", "the capital of" are not
			if id, ok := g.capitalEntry(); ok {
				m := placeMention{candidates: []int32{id}, entry: id, first: i - 1, last: i + 1, name: "Damascus"}
				g.applyCues(toks, &m) // "south of the capital" is Rif Dimashq
				out = append(out, m)
			}
			continue
		}
		exact := t0.flags&flagPlace != 0 || g != defaultGazetteer() && contains(g.prefixes, t0.low)
		bySkel := false
		switch {
		case !t0.upper:
		case t0.flags&flagKnown != 0 && g == defaultGazetteer():
			bySkel = t0.flags&flagPlaceSkeleton != 0
		default:
			word = appendSkeleton(word[:0], t0.low)
			bySkel = contains(g.skelPrefixes, word)
		}
		if !exact && !bySkel {
			continue
		}
		var best placeMention
		key, skel = key[:0], skel[:0]
		words, upper := 0, false
		for j := i; j < len(toks) && words < g.maxTokens && (exact || bySkel); j++ {
			t := &toks[j]
			if t.punct {
				if t.low == "-" || t.low == "‐" {
					continue
				}
				break
			}
			if t.num {
				break
			}
			// each key is built only while some name can still start so;
			// the first word's prefixes are known already
			if exact {
				if words > 0 {
					key = append(key, ' ')
				}
				key = append(key, t.low...)
				exact = words == 0 || contains(g.prefixes, key)
			}
			if bySkel {
				if words > 0 {
					skel = append(skel, ' ')
				}
				if skeletonArticles[t.low] {
					skel = append(skel, "al"...)
				} else {
					skel = appendSkeleton(skel, t.low)
				}
				bySkel = words == 0 || contains(g.skelPrefixes, skel)
			}
			words++
			upper = upper || t.upper
			if !upper {
				continue
			}
			var ids []int32
			if exact {
				ids = g.byName[string(key)]
				if len(ids) == 0 && words > 1 {
					ids = g.byName[squash(string(key))]
				}
			}
			if len(ids) == 0 && bySkel && len(skel) >= 4 {
				ids = g.bySkeleton[string(skel)]
			}
			if len(ids) > 0 {
				best = placeMention{candidates: ids, entry: ids[0], first: i, last: j + 1}
			}
		}
		if best.candidates == nil {
			continue
		}
		if i >= 2 && toks[i-1].low == "-" && (toks[i-2].low == "pro" || toks[i-2].low == "anti") || titled(toks, i) || governmentSpeaks(toks, best) ||
			i >= 1 && toks[i-1].upper && namePrefix(toks[i-1].low) || // "Tal Dara" is no Daraa: a place the gazetteer lacks

			placeDateline(s, best) || best.last < len(toks) && (toks[best.last].upper || strings.HasPrefix(toks[best.last].low, "faction")) && orgWords[toks[best.last].low] ||
			newsNetwork(toks, best.last) {
			i = best.last - 1
			continue // "pro-Damascus media" names a side, "Dr. Darwish" a person, "Ghouta Media Center" a group
		}
		best.name = s.spanText(best.first, best.last)
		g.applyCues(toks, &best)
		out = append(out, best)
		i = best.last - 1
	}
	named = g.placedWithin(toks, out[first:len(out):len(out)])
	named = g.dropForeignNamesakes(toks, named)
	return named, out[:first+len(named)]
}

// dropForeignNamesakes drops a Syrian village named like a town abroad
// ("Ramadi", "Sinjar") unless the sentence names another place of its
// governorate: "15 Iraqi soldiers near Ramadi" is in Iraq, "Sinjar in the
// Idlib countryside" in Syria.
func (g *Gazetteer) dropForeignNamesakes(toks []token, ms []placeMention) []placeMention {
	out := ms[:0]
	for k, m := range ms {
		if m.last-m.first == 1 && toks[m.first].flags&flagForeign != 0 && foreignTowns[toks[m.first].low] {
			gov := g.entries[m.entry].governorate
			inGov := func(o placeMention) bool { return o.entry != m.entry && g.entries[o.entry].governorate == gov }
			// out holds the places kept so far, ms[k+1:] those still to come
			if !slices.ContainsFunc(out, inGov) && !slices.ContainsFunc(ms[k+1:], inGov) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// placedWithin checks each place against the one the text puts it in:
// "Marimin village of Afrin's countryside", "Jisreen in the eastern
// Ghouta". A name whose place lies in another governorate than its
// container is read as a namesake there, or dropped when none is.
func (g *Gazetteer) placedWithin(toks []token, ms []placeMention) []placeMention {
	out := ms[:0]
	for k, m := range ms {
		if k+1 < len(ms) && g.entries[m.entry].specificity() == 3 && !m.governorateLevel {
			outer := ms[k+1]
			gov := g.entries[outer.entry].governorate
			if outer.first-m.last <= 4 && containedBy(toks[m.last:outer.first]) && g.entries[m.entry].governorate != gov {
				namesake := slices.IndexFunc(m.candidates, func(id int32) bool { return g.entries[id].governorate == gov })
				if namesake < 0 {
					continue
				}
				m.entry = m.candidates[namesake]
			}
		}
		out = append(out, m)
	}
	return out
}

// containedBy reports words between two place names that put the first in
// the second and say nothing else: "village of", "in the eastern".
func containedBy(between []token) bool {
	in := false
	for _, t := range between {
		switch {
		case t.low == "of" || t.low == "in":
			in = true
		case t.punct || placeWords[t.low]:
		default:
			return false
		}
	}
	return in
}

// placeWords describe where a place lies without naming another: "Marimin
// village of Afrin's countryside", "in the northern Akkar district".
var placeWords = set("the", "of", "s", "village", "town", "city", "area", "district", "region", "province",
	"countryside", "rural", "outskirts", "desert", "mountains", "border", "central", "neighbouring", "neighboring",
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern",
	"northwestern", "southeastern", "southwestern")

func theCapital(toks []token, i int) bool {
	return i > 0 && toks[i-1].low == "the" && (i+1 == len(toks) || !toks[i+1].upper && toks[i+1].low != "of")
}

// capitalEntry returns the city of Damascus.
func (g *Gazetteer) capitalEntry() (int32, bool) {
	for _, id := range g.byName["damascus"] {
		if g.entries[id].kind == "city" {
			return id, true
		}
	}
	return 0, false
}

// governmentSpeaks reports the capital named for the government: "Damascus
// denies the accusations", not "in Damascus, officials said".
func governmentSpeaks(toks []token, m placeMention) bool {
	if m.last >= len(toks) || toks[m.first].low != "damascus" || !actorVerbs[toks[m.last].low] {
		return false
	}
	return m.first == 0 || !prepositions[toks[m.first-1].low] && toks[m.first-1].low != "at" && toks[m.first-1].low != "near"
}

var actorVerbs = set("said", "says", "denies", "denied", "accused", "accuses", "blamed", "blames", "claimed",
	"claims", "rejected", "rejects", "insists", "insisted", "announced", "warned", "condemned", "welcomed")

// placeDateline reports a capitalised place that opens a sentence as a wire
// dateline does ("DAMASCUS (Sputnik) – …", "BEIRUT -"): where the report
// was filed, not where its figures happened.
func placeDateline(s *sentence, m placeMention) bool {
	if m.last >= len(s.toks) {
		return false
	}
	if m.first != 0 {
		// a page run into one line carries its dateline inside: "… 1912
		// UTC+3 DAMASCUS January 15. /TASS/."
		if s.toks[m.last].flags&flagDate == 0 || months[s.toks[m.last].low] == 0 {
			return false
		}
		name := s.spanText(m.first, m.last)
		return len(name) >= 4 && name == strings.ToUpper(name)
	}
	// "DAMASCUS, Syria (AP) —", "DAMASCUS, Jan 27 (Reuters) -"
	k := m.last
	if m.first == 0 && k+2 < len(s.toks) && s.toks[k].low == "," && (s.toks[k+1].low == "sana" || s.toks[k+1].low == "sputnik") &&
		(s.toks[k+2].low == "-" || s.toks[k+2].low == "–" || s.toks[k+2].low == "—") {
		return true // SANA's own: "Damascus, SANA - Two soldiers were martyred"
	}
	if s.toks[k].low == "," {
		for k++; k < len(s.toks) && k <= m.last+5 && (s.toks[k].num || s.toks[k].low == "syria" || s.toks[k].low == "." || months[s.toks[k].low] > 0); k++ {
		}
		if k == len(s.toks) {
			return false
		}
	}
	next := s.toks[k].low
	if next != "(" && next != "-" && next != "–" && next != "—" && next != ":" {
		return false
	}
	name := s.spanText(m.first, m.last)
	return name == strings.ToUpper(name)
}

// newsNetwork reports "24" after a place that names an outlet, not a
// count: "Deir Ezzor 24 put the toll at 19", not "in Aleppo 24 people died".
func newsNetwork(toks []token, after int) bool {
	return after+1 < len(toks) && toks[after].num && toks[after].val == 24 && toks[after].end-toks[after].start == 2 &&
		!peopleNoun(&toks[after+1]) && toks[after+1].flags&(flagKill|flagWound|flagOpposition) == 0
}

// orgWords after a place name make it the name of a group: "the Ghouta
// Media Center", "Shuhada al-Yarmouk Brigade".
var orgWords = set("brigade", "brigades", "battalion", "battalions", "division", "front", "army", "media", "faction", "factions",
	"center", "centre", "council", "committee", "committees", "movement", "regiment", "corps", "legion",
	"network", "coordination", "union", "office", "tv", "channel", "television", "radio", "newspaper")

// namePrefix reports a word that starts a place's name ("Tal", "Kafr",
// "Deir"): a known name right after one is part of another place.
func namePrefix(w string) bool {
	switch w {
	case "tal", "tell", "tall", "kafr", "kfar", "deir", "ain", "jabal", "jebel", "khirbet", "beit", "bir", "umm":
		return true
	}
	return false
}

// titles come before people's names, never before places.
var titles = set("dr", "mr", "mrs", "ms", "president", "minister", "gen", "general", "col", "colonel",
	"brig", "commander", "spokesman", "spokeswoman", "leader", "sheikh", "imam", "prince", "king",
	"envoy", "ambassador", "secretary", "director", "chief", "lt", "maj", "capt", "sgt", "journalist",
	"activist", "surgeon", "doctor", "named", "identified")

// titled reports a title before toks[i]: "Dr. Darwish", "President Assad".
func titled(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].low == "." {
		k--
	}
	// "a commander known as Abu Omar al-Jazrawi": a name, not the village
	return k >= 0 && (titles[toks[k].low] || toks[k].low == "as" && k > 0 && (toks[k-1].low == "known" || toks[k-1].low == "nicknamed"))
}

// spanText returns the text of s.toks[first:last] as written.
func (s *sentence) spanText(first, last int) string {
	base := int32(s.start)
	return s.text[s.toks[first].start-base : s.toks[last-1].end-base]
}

// applyCues turns "Idlib province" into the governorate and "the city of
// Aleppo" into the city.
func (g *Gazetteer) applyCues(toks []token, m *placeMention) {
	after := ""
	if m.last < len(toks) {
		after = toks[m.last].low
	}
	before, before2 := "", ""
	if m.first >= 1 {
		before = toks[m.first-1].low
	}
	if m.first >= 2 {
		before2 = toks[m.first-2].low
	}
	e := &g.entries[m.entry]
	switch {
	case cityCues[after] || (before == "of" && cityCues[before2]):
		for _, id := range m.candidates {
			if g.entries[id].kind != "governorate" {
				m.entry, m.cityLevel = id, true
				return
			}
		}
	case e.governorate == "Damascus" && e.kind != "neighbourhood" && (ruralCues[after] || ruralCues[before] || before == "of" && ruralCues[before2] || directionOf(toks, m.first) ||
		m.last+1 < len(toks) && strings.HasSuffix(after, "ern") && ruralCues[toks[m.last+1].low]): // "Damascus southern countryside"
		// (a district "near Bab Touma square" is still the city)
		// the capital's outskirts and suburbs are Rif Dimashq
		if id, ok := g.governorateEntry("Rif Dimashq"); ok {
			m.entry = id
			m.governorateLevel = true
		}
	case governorateCuesAfter[after] || governorateCuesBefore[before] || (before == "of" && governorateCuesBefore[before2]):
		if e.kind == "governorate" || isGovernorateName(e.name) || isGovernorateName(m.name) {
			if id, ok := g.governorateEntry(e.governorate); ok {
				m.entry = id
				m.governorateLevel = true
			}
		}
	default:
		if e.kind == "governorate" && e.name == "Damascus" {
			// "Damascus" alone is the city, its own governorate (spec §5).
			for _, id := range m.candidates {
				if g.entries[id].kind == "city" {
					m.entry = id
				}
			}
		}
	}
	if g.entries[m.entry].kind == "governorate" {
		m.governorateLevel = true
	}
}

func isGovernorateName(name string) bool {
	return governorateNames[squash(fold(name))]
}

// governorateNames holds the governorates' names folded and squashed.
var governorateNames = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range Governorates {
		m[squash(fold(g))] = true
	}
	return m
}()
