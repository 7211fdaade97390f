package digest

import "slices"

// sourceNames maps the words that name who gives a figure to the name a
// digest shows (spec §5: "the Observatory said", "SANA reported", "according
// to the White Helmets"). Multi-word keys are folded and space-separated.
var sourceNames = []struct {
	words []string
	name  string
}{
	{[]string{"syrian", "observatory"}, observatory},
	{[]string{"observatory"}, observatory},
	{[]string{"sohr"}, observatory},
	{[]string{"war", "monitor"}, observatory},
	{[]string{"monitoring", "group"}, observatory},
	{[]string{"monitor", "said"}, observatory}, // AFP's "a monitor said"
	{[]string{"monitor", "says"}, observatory},
	{[]string{"britain", "based"}, observatory},
	{[]string{"abdel", "rahman"}, observatory},
	{[]string{"abdulrahman"}, observatory},
	{[]string{"sana"}, "SANA"},
	{[]string{"state", "news", "agency"}, "SANA"},
	{[]string{"state", "media"}, "Syrian state media"},
	{[]string{"state", "television"}, "Syrian state media"},
	{[]string{"state", "tv"}, "Syrian state media"},
	{[]string{"regime", "media"}, "Syrian state media"},
	{[]string{"regime", "television"}, "Syrian state media"},
	{[]string{"white", "helmets"}, "White Helmets"},
	{[]string{"kurdish", "red", "crescent"}, "Kurdish Red Crescent"},
	{[]string{"raqqa", "is", "being", "slaughtered"}, "Raqqa is Being Slaughtered Silently"},
	{[]string{"local", "coordination", "committees"}, "Local Coordination Committees"},
	{[]string{"red", "crescent"}, "Red Crescent"},
	{[]string{"civil", "defence"}, "White Helmets"},
	{[]string{"civil", "defense"}, "White Helmets"},
	{[]string{"health", "ministry"}, "Health Ministry"},
	{[]string{"ministry", "of", "health"}, "Health Ministry"},
	{[]string{"reuters"}, "Reuters"},
	{[]string{"afp"}, "AFP"},
	{[]string{"agence", "france", "presse"}, "AFP"},
	{[]string{"associated", "press"}, "AP"},
	{[]string{"anadolu"}, "Anadolu"},
	{[]string{"tass"}, "TASS"},
	{[]string{"xinhua"}, "Xinhua"},
	{[]string{"al", "jazeera"}, "Al Jazeera"},
	{[]string{"north", "press"}, "North Press"},
	{[]string{"enab", "baladi"}, "Enab Baladi"},
	{[]string{"syria", "direct"}, "Syria Direct"},
	{[]string{"hawar"}, "Hawar News"},
	{[]string{"anha"}, "Hawar News"},
	{[]string{"rudaw"}, "Rudaw"},
	{[]string{"kurdistan24"}, "Kurdistan24"},
	{[]string{"ocha"}, "UN OCHA"},
	{[]string{"unicef"}, "UNICEF"},
	{[]string{"united", "nations"}, "United Nations"},
	{[]string{"syrian", "network", "for", "human", "rights"}, "Syrian Network for Human Rights"},
	{[]string{"snhr"}, "Syrian Network for Human Rights"},
	{[]string{"violations", "documentation", "center"}, "Violations Documentation Center"},
	{[]string{"turkey", "s", "defence", "ministry"}, "Turkish Defence Ministry"},
	{[]string{"turkey", "s", "defense", "ministry"}, "Turkish Defence Ministry"},
	{[]string{"russian", "defence", "ministry"}, "Russian Defence Ministry"},
	{[]string{"russian", "defense", "ministry"}, "Russian Defence Ministry"},
	{[]string{"turkish", "defence", "ministry"}, "Turkish Defence Ministry"},
	{[]string{"syrian", "defence", "ministry"}, "Syrian Defence Ministry"},
	{[]string{"syrian", "defense", "ministry"}, "Syrian Defence Ministry"},
	{[]string{"defence", "ministry"}, "Defence Ministry"},
	{[]string{"defense", "ministry"}, "Defence Ministry"},
	{[]string{"turkish", "defense", "ministry"}, "Turkish Defence Ministry"},
	{[]string{"turkish", "army", "says"}, "Turkish army"},
	{[]string{"turkish", "army", "said"}, "Turkish army"},
	{[]string{"turkish", "military", "said"}, "Turkish army"},
	{[]string{"pro", "damascus", "media"}, "pro-government media"},
	{[]string{"pro", "government", "media"}, "pro-government media"},
	{[]string{"pro", "regime", "media"}, "pro-government media"},
	{[]string{"opposition", "media"}, "opposition media"},
	{[]string{"local", "media"}, "local media"},
	{[]string{"media", "outlets"}, "media outlets"},
	{[]string{"witnesses"}, "witnesses"},
	{[]string{"residents", "said"}, "residents"},
	{[]string{"security", "officials"}, "security officials"},
	{[]string{"security", "sources"}, "security sources"},
	{[]string{"military", "source"}, "military source"},
	{[]string{"syria", "s", "military"}, "Syrian army"},
	{[]string{"syrian", "military"}, "Syrian army"},
	{[]string{"syrian", "army"}, "Syrian army"},
	{[]string{"army", "statement"}, "Syrian army"},
	{[]string{"local", "council"}, "local council"},
	{[]string{"local", "official"}, "local officials"},
	{[]string{"local", "officials"}, "local officials"},
	{[]string{"police", "source"}, "police source"},
	{[]string{"police", "sources"}, "police source"},
	{[]string{"medical", "source"}, "medical source"},
	{[]string{"medical", "sources"}, "medical source"},
	{[]string{"security", "source"}, "security sources"},
	{[]string{"hospital", "source"}, "hospital source"},
	{[]string{"doctors"}, "medics"},
	{[]string{"officials", "said"}, "officials"},
	{[]string{"aamaq"}, "Amaq"},
	{[]string{"amaq"}, "Amaq"},
	{[]string{"activists"}, "activists"},
	{[]string{"medics"}, "medics"},
	{[]string{"local", "sources"}, "local sources"},
	{[]string{"local", "source"}, "local sources"},
	{[]string{"commander"}, "a commander"},
	{[]string{"operations", "room", "said"}, "operations room"},
	{[]string{"deir", "ezzor", "24"}, "Deir Ezzor 24"},
	{[]string{"deir", "ez", "zor", "24"}, "Deir Ezzor 24"},
}

const observatory = "Syrian Observatory for Human Rights"

// sourcesByFirst indexes sourceNames by their first word.
var sourcesByFirst = func() map[string][]int {
	m := map[string][]int{}
	for i, s := range sourceNames {
		m[s.words[0]] = append(m[s.words[0]], i)
	}
	return m
}()

// source is a source named in a sentence, with the token it starts at.
type source struct {
	name  string
	names []string // []string{name}, made once
	at    int
}

// sourcesIn returns who the sentence says gives its figures, in order of
// mention: the sources sitrep knows by name, else whoever the sentence
// quotes ("the National Coalition said", "according to Syria TV").
func sourcesIn(s *sentence) []source {
	toks := s.toks
	var out []source
	for i := 0; i < len(toks); i++ {
		if toks[i].flags&flagSource == 0 {
			continue
		}
		for _, k := range sourcesByFirst[toks[i].low] {
			src := sourceNames[k]
			if matchWordsSkipHyphen(toks, i, src.words) && !(i > 0 && toks[i-1].low == "free") && !describesMonitor(toks, i, src.name) { // the Free Syrian Army is a side
				if !slices.ContainsFunc(out, func(o source) bool { return o.name == src.name }) {
					out = append(out, source{name: src.name, names: []string{src.name}, at: i})
				}
				i += len(src.words) - 1 // "Turkey's defence ministry" is one source
				break
			}
		}
	}
	if len(out) > 1 && credit(toks, out[0].at) {
		out = out[1:] // the wire that filed the story is not who gave its figures
	}
	if len(out) == 0 {
		if name, at := quoted(s); name != "" {
			out = append(out, source{name: name, names: []string{name}, at: at})
		}
	}
	return out
}

// describesMonitor reports the activists a monitor relies on, not a source
// of its own: "which tracks the war through activists on the ground", "a
// network of activists".
func describesMonitor(toks []token, i int, name string) bool {
	if name != "activists" && name != "medics" || i == 0 {
		return false
	}
	switch toks[i-1].low {
	case "of", "through", "on", "with":
		return true
	case "and":
		// "a network of activists and medics"
		return i >= 3 && toks[i-2].low == "activists" && (toks[i-3].low == "of" || toks[i-3].low == "through")
	}
	return false
}

// credit reports a dateline's agency credit: "DAMASCUS, Jan 27 (Reuters) -".
func credit(toks []token, at int) bool {
	end := at + 1
	for end < len(toks) && toks[end].low != ")" && end < at+4 {
		end++
	}
	return at > 0 && at <= 8 && toks[at-1].low == "(" && end < len(toks) && toks[end].low == ")"
}

// sourcesFor returns the sources of a figure at token at: where a sentence
// names several ("12 were killed, a monitor said, while state media put the
// toll at 9"), the one nearest the figure, with those listed beside it ("state
// media and a war monitor said").
func sourcesFor(toks []token, srcs []source, at int) []string {
	if len(srcs) == 0 {
		return nil
	}
	// sources stand in the order they are named: the nearest is beside where at would go
	i, _ := slices.BinarySearchFunc(srcs, at, func(s source, at int) int { return s.at - at })
	best := max(0, i-1)
	if i < len(srcs) && abs(srcs[i].at-at) < abs(srcs[best].at-at) {
		best = i
	}
	first, last := best, best
	for first > 0 && listed(toks, srcs[first-1].at, srcs[first].at) {
		first--
	}
	for last+1 < len(srcs) && listed(toks, srcs[last].at, srcs[last+1].at) {
		last++
	}
	if first == last {
		return srcs[first].names // shared: figures clone before they add to it
	}
	var out []string
	for _, s := range srcs[first : last+1] {
		out = append(out, s.name)
	}
	return out
}

// listed reports two sources joined as a list: only their own words, "and",
// commas and articles between the starts at a and b.
func listed(toks []token, a, b int) bool {
	for k := a + 1; k < b && k < len(toks); k++ {
		switch toks[k].low {
		case "and", ",", "the", "a", "an":
		default:
			if !toks[k].upper && toks[k].flags&flagSource == 0 && !sourceWord[toks[k].low] {
				return false
			}
		}
	}
	return true
}

// sourceWord holds every word of sourceNames, so a list can skip the rest
// of a source's name.
var sourceWord = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range sourceNames {
		for _, w := range s.words {
			m[w] = true
		}
	}
	return m
}()

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// quoted returns the capitalised name before "said" or after "according
// to", and where it starts, or "".
func quoted(s *sentence) (string, int) {
	toks := s.toks
	for i := range toks {
		t := &toks[i]
		switch {
		case t.low == "said" || t.low == "says" || t.low == "reported" || t.low == "told":
			last := i
			first := i
			for k := i - 1; k >= 0 && k >= i-8; k-- {
				if toks[k].upper {
					first = k
				} else if !nameJoiners[toks[k].low] {
					break
				}
			}
			// (not "an alliance … backed by Washington said": the name
			// after "by" is no speaker)
			if first < last && toks[first].upper && !pronouns[toks[first].low] && (first == 0 || toks[first-1].low != "by") {
				return s.spanText(first, last), first
			}
		case t.low == "according" && i+2 < len(toks) && toks[i+1].low == "to":
			k := i + 2
			if toks[k].low == "the" {
				k++
			}
			if _, day := weekdays[toks[k].low]; day {
				continue // "according to Saturday's statement": no name
			}
			end := k
			for end < len(toks) && end < k+8 && (toks[end].upper || nameJoiners[toks[end].low] && end+1 < len(toks) && toks[end+1].upper) {
				end++
			}
			if end > k {
				return s.spanText(k, end), k
			}
		}
	}
	return "", 0
}

var pronouns = set("he", "she", "they", "it", "we", "i", "you", "this", "that", "there")

// nameJoiners may stand inside an organisation's name.
var nameJoiners = set("for", "of", "and", "the", "-")

// matchWordsSkipHyphen is matchWords that reads "Britain-based" as two
// words and "Turkey's" as "turkey s".
func matchWordsSkipHyphen(toks []token, i int, words []string) bool {
	k := i
	for _, w := range words {
		for k < len(toks) && toks[k].punct && (toks[k].low == "-" || toks[k].low == "'" || toks[k].low == "’" || toks[k].low == "‘") {
			k++
		}
		if k >= len(toks) || toks[k].low != w {
			return false
		}
		k++
	}
	return true
}
