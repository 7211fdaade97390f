package digest

import (
	"slices"
	"sort"
	"strings"
)

// report merges the article's figures into one entry per incident and side
// (spec §4) and adds up its totals.
func (a *article) report() Report {
	r := Report{Published: a.published, Cumulative: []Cumulative{}, Places: []Place{}}
	counted := make([]*figure, 0, len(a.figures))
	seen := map[[2]int]bool{} // cumulative figures by kind and count: each is listed once
	for i := range a.figures {
		f := &a.figures[i]
		switch {
		case f.cumulative:
			if key := [2]int{kindIndex(f.kind), f.q.count}; !seen[key] {
				seen[key] = true
				r.Cumulative = append(r.Cumulative, Cumulative{Kind: f.kind, Count: f.q.count, Evidence: f.evidence})
			}
		case f.subset || f.superseded || f.background:
		default:
			counted = append(counted, f)
		}
	}
	counted = a.dropCombined(counted)
	named := placedFigures(counted, make([]*figure, 0, len(counted)))
	counted = dropParts(counted)
	incidents := mergeInArticle(counted)
	r.Casualties = make([]Casualty, 0, len(incidents))
	inSyria, unplaced := 0, 0
	for _, f := range incidents {
		switch {
		case f.q.qual == Vague:
		case f.governorate != "":
			inSyria++
		default:
			unplaced++
		}
		r.Casualties = append(r.Casualties, f.casualty())
	}
	abroad := 0
	for i := range a.figures {
		// a war's toll told after talks in Geneva is no news from abroad
		if f := &a.figures[i]; f.abroad && !f.cumulative {
			abroad++
		}
	}
	r.Relevant = a.rel.relevant(inSyria, abroad, unplaced)
	r.Killed, r.KilledCivilians = totals(incidents, Killed)
	r.Wounded, _ = totals(incidents, Wounded)
	// some casualties, but how many is not said: "the injured were taken
	// to hospital", "8 killed and wounded" (spec §7: null, not 0)
	noWounded, noKilled := r.Wounded != nil && *r.Wounded == 0, r.Killed != nil && *r.Killed == 0
	if noWounded || noKilled {
		dead, injured := a.casualtiesWithoutCount()
		if noWounded && injured {
			r.Wounded = nil
		}
		if noKilled && dead {
			r.Killed, r.KilledCivilians = nil, nil
		}
	}
	r.Summary = a.summary(incidents)
	if !r.Relevant {
		// a report of events abroad counts nothing and is about no place in Syria
		zero, zero2, zero3 := 0, 0, 0
		r.Killed, r.Wounded, r.KilledCivilians, r.Casualties = &zero, &zero2, &zero3, []Casualty{}
		return r
	}
	r.Places = a.placeList(incidents, named)
	return r
}

// injuryMentions speak of injured people whether or not a count goes with them.
var injuryMentions = set("injured", "wounded", "injuries", "hurt", "wounding", "injuring")

// casualtiesWithoutCount reports sentences of the report's news that speak
// of injured people, or of dead and injured together, and give no figure
// for them: "many more wounded" is a figure, "the White Helmets washed down
// the injured" is not, "no one was hurt" says there were none, and "8
// killed and wounded" or "martyrs and wounded" report deaths of no number.
func (a *article) casualtiesWithoutCount() (dead, injured bool) {
	counted := make(map[int][2]bool) // sentence → has a killed, a wounded figure
	for i := range a.figures {
		f := &a.figures[i]
		c := counted[f.sent]
		c[kindIndex(f.kind)] = true
		counted[f.sent] = c
	}
	for i := range a.sents {
		if a.dates[i].longAgo || a.foreign[i] {
			continue
		}
		has := counted[i]
		toks := a.sents[i].toks
		for k, t := range toks {
			if t.flags&flagInjury == 0 || negated(toks, k) || k >= 4 && toks[k-4].low == "no" {
				continue
			}
			injured = injured || !has[1]
			if k >= 2 && (toks[k-1].low == "and" || toks[k-1].low == "or") && toks[k-2].flags&flagKill != 0 {
				dead = dead || !has[0]
			}
		}
	}
	return dead, injured
}

// dropCombined drops the "N casualties" that are the dead and the injured
// together, not the dead SOHR means by the word: those the article calls
// "N killed or wounded" elsewhere, or whose killed and wounded figures
// nearby add up to N ("23 casualties" … 7 dead … 16 others wounded).
func (a *article) dropCombined(fs []*figure) []*figure {
	if !slices.ContainsFunc(fs, func(f *figure) bool { return f.casualties }) {
		return fs
	}
	combined := a.killedOrWoundedCounts()
	out := fs[:0:0]
	for i, f := range fs {
		if f.casualties && (combined[f.q.count] || killedPlusWounded(fs, i)) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// killedOrWoundedCounts returns the numbers the article gives as "N people
// killed or wounded", in one pass over its words.
func (a *article) killedOrWoundedCounts() map[int]bool {
	counts := map[int]bool{}
	for i := range a.sents {
		toks := a.sents[i].toks
		for k, t := range toks {
			if !t.num {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if toks[j].flags&(flagKill|flagWound) != 0 && killedOrWounded(toks, j) {
					counts[int(t.val)] = true
				}
			}
		}
	}
	return counts
}

// killedPlusWounded reports a killed and a wounded figure within three
// sentences of fs[i] that add up to its count.
func killedPlusWounded(fs []*figure, i int) bool {
	f := fs[i]
	near := func(g *figure) bool { return g != f && g.sent >= f.sent-3 && g.sent <= f.sent+3 && g.q.qual != Vague }
	for k := max(0, i-8); k < len(fs) && k <= i+8; k++ {
		if kf := fs[k]; kf.kind == Killed && !kf.casualties && near(kf) {
			for w := max(0, i-8); w < len(fs) && w <= i+8; w++ {
				if wf := fs[w]; wf.kind == Wounded && near(wf) && kf.q.count+wf.q.count == f.q.count {
					return true
				}
			}
		}
	}
	return false
}

// placedFigures appends to out the counted figures whose own sentence names their place.
func placedFigures(fs, out []*figure) []*figure {
	for _, f := range fs {
		if f.place >= 0 && !f.placeInherited && f.q.qual != Vague {
			out = append(out, f)
		}
	}
	return out
}

// dropParts removes figures that break down another figure of the article:
// "at least 85 troops were killed" then "more than 50 were executed, 19 more
// were killed … and at least 16 others died", or "15 people were killed in
// Manbij. Six more died in a village nearby" under a toll of 21 — the parts
// add up to the whole and must not be added to it.
func dropParts(fs []*figure) []*figure {
	type key struct {
		kind  Kind
		count int
	}
	wholes := map[key][]int{}
	maxCount := 0
	for i, f := range fs {
		if f.q.qual != Vague && !f.another {
			wholes[key{f.kind, f.q.count}] = append(wholes[key{f.kind, f.q.count}], i)
			maxCount = max(maxCount, f.q.count)
		}
	}
	drop := make([]bool, len(fs))
	brokenDown := make([]bool, len(fs))
	var matched []int
	var run []*figure
	for start := range fs {
		first := fs[start]
		if first.q.qual == Vague {
			continue
		}
		sum := first.q.count
		run = append(run[:0], first)
		// a run of two or more consecutive figures within four sentences
		// (past the other kind's figures and the subsets between them:
		// "killing 11 civilians including four children and injuring 30
		// … killed a woman and her two children" under a headline's 14)
		for end := start + 1; end < len(fs) && fs[end].sent <= first.sent+3 && sum < maxCount; end++ {
			p := fs[end]
			if p.kind != first.kind || p.subset && p.q.qual != Vague {
				continue
			}
			if p.q.qual == Vague || sourcesConflict(p, first) && samePlaceMaybe(p, first) {
				break // parts are one toll's breakdown, not two sources' tolls of one place
			}
			sum += p.q.count
			run = append(run, p)
			// the wholes before the run, nearest first, up to a dozen
			// sentences back: a breakdown follows its toll closely
			ws := wholes[key{first.kind, sum}]
			for n := sort.SearchInts(ws, start) - 1; n >= 0 && fs[ws[n]].sent >= first.sent-12; n-- {
				// a whole has one breakdown: "two more citizens" after the
				// parts of a toll of five add to it (fakes:1965511141)
				if whole := fs[ws[n]]; !brokenDown[ws[n]] && !drop[ws[n]] && partsOf(run, whole) {
					for k := start; k <= end; k++ {
						if fs[k].kind == first.kind && !(fs[k].subset && fs[k].q.qual != Vague) {
							drop[k] = true
						}
					}
					learnSides(whole, run)
					matched = append(matched, ws[n])
				}
			}
			// and an update that sums them up after them: "125 … and 148 …
			// had also been killed, bringing the total to 1,018"
			for i := sort.SearchInts(ws, end+1); i < len(ws) && len(matched) == 0 && fs[ws[i]].sent == p.sent; i++ {
				if n, whole := ws[i], fs[ws[i]]; whole.update && !brokenDown[n] && !drop[n] && partsOf(run, whole) {
					for k := start; k <= end; k++ {
						if fs[k].kind == first.kind && !(fs[k].subset && fs[k].q.qual != Vague) {
							drop[k] = true
						}
					}
					matched = append(matched, n)
				}
			}
			for _, w := range matched {
				brokenDown[w] = true
			}
			matched = matched[:0]
		}
	}
	out := fs[:0:0]
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// learnSides tells a toll of people what its parts say of them: "18
// killed", then "17 militants and a child" — one civilian, the rest
// fighters; "five people – two soldiers and three militiamen" — five of the
// government's side.
func learnSides(whole *figure, parts []*figure) {
	if whole.side != Unknown && !whole.sideGuessed {
		return
	}
	if whole.sideGuessed {
		whole.side, whole.sideGuessed = Unknown, false // the parts say whose
	}
	civilians := 0
	side := parts[0].side
	var sides [len(knownSides)]int
	for _, p := range parts {
		if i := sideIndex(p.side); i >= 0 {
			sides[i] += p.q.count
		}
		switch {
		case p.side == Civilians:
			civilians += p.q.count
		case p.side == Unknown && !p.combatants:
			return // some of the whole's people are of no known side
		}
		if p.side != side {
			side = Unknown
		}
	}
	whole.sides = sides
	if side != Unknown {
		whole.side = side
		whole.civilian = 0
		if side == Civilians {
			whole.civilian = whole.q.count
		}
		return
	}
	whole.civilian = max(whole.civilian, civilians)
	whole.combatants = true
}

// samePlaceMaybe reports two figures that may be of one place: the same
// town, or one with no place of its own.
func samePlaceMaybe(a, b *figure) bool {
	// (a province named twice is no one place: "the town of Kafr Nabl in
	// the countryside of Idlib" and "the neighbouring town of Hass")
	return a.place == b.place && a.placeLevel >= 3 || a.placeInherited || b.placeInherited
}

// partsOf reports whether every figure of a run can count some of whole's people.
func partsOf(run []*figure, whole *figure) bool {
	for _, p := range run {
		// ("at least 27 fighters" whose side is a guess are "16 members of
		// the regime forces and 11 rebels", writtenR:04)
		meet := figureSidesMeet(p, whole) || whole.sideGuessed && fighterSide(p.side)
		if !meet || p.q.count >= whole.q.count {
			return false
		}
	}
	return true
}

// figureSidesMeet reports whether two figures' sides let them count the
// same people: fighters of both sides hold no civilians, and the
// "terrorists" of state media may be IS fighters.
func figureSidesMeet(a, b *figure) bool {
	switch {
	case a.combatants && a.civilian == 0 && b.side == Civilians, b.combatants && b.civilian == 0 && a.side == Civilians:
		return false
	case fighterSide(a.side) && b.side == Unknown && b.civilian > 0 && a.q.count >= b.q.count,
		fighterSide(b.side) && a.side == Unknown && a.civilian > 0 && b.q.count >= a.q.count:
		return false // "20 rebels" hold no "seven people, including a woman and a child"
	case a.sideGuessed && b.side == IslamicState, b.sideGuessed && a.side == IslamicState:
		return true
	}
	return sidesMeet(a.side, b.side)
}

// fighterSide reports a side of fighters only.
func fighterSide(s Side) bool {
	return s != Unknown && s != Civilians
}

// sidesMeet reports whether two figures can count the same people.
func sidesMeet(a, b Side) bool {
	return a == b || a == Unknown || b == Unknown
}

// mergeInArticle folds restatements, updates, conflicting sources and covered
// vague figures into one figure per incident and side.
func mergeInArticle(fs []*figure) []*figure {
	// incidents are merged in place, in the article's own figures: the
	// first figure of each incident takes in the rest
	out := make([]*figure, 0, len(fs))
	type key struct {
		kind  Kind
		count int
	}
	// restatements first, in any article size; a short article's figures
	// are all within the window below
	var byCount map[key][]int
	if len(fs) > mergeWindow {
		byCount = map[key][]int{}
	}
	for _, f := range fs {
		into := -1
		try := func(k int) bool {
			if out[k].gone || k == into || !sameIncident(out[k], f) {
				return false
			}
			if into < 0 {
				*out[k] = combine(out[k], f)
				into = k
				return !f.update
			}
			// an updated toll replaces every older figure of its incident
			*out[into] = combine(out[into], out[k])
			out[k].gone = true
			return false
		}
		done := false
		if byCount != nil {
			for _, k := range byCount[key{f.kind, f.q.count}] {
				if done = try(k); done {
					break
				}
			}
		} else {
			for k := 0; k < len(out) && !done; k++ {
				if out[k].kind == f.kind && out[k].q.count == f.q.count {
					done = try(k)
				}
			}
		}
		// then the most recent incidents: real articles have a few dozen
		// figures; a pathological one must not turn this quadratic
		// newest first: a conflicting figure follows the one it disputes
		for k := len(out) - 1; k >= max(0, len(out)-mergeWindow) && !done; k-- {
			done = try(k)
		}
		if into < 0 {
			if byCount != nil {
				byCount[key{f.kind, f.q.count}] = append(byCount[key{f.kind, f.q.count}], len(out))
			}
			out = append(out, f)
		}
	}
	live := out[:0]
	for _, f := range out {
		if !f.gone {
			live = append(live, f)
		}
	}
	out = live
	// a vague figure is covered by an exact one of its kind (spec §4), and
	// listed once however often the article says "dozens"
	var exact, listed [2]sideSet
	for _, f := range out {
		if f.q.qual != Vague {
			exact[kindIndex(f.kind)].add(f.side)
		}
	}
	kept := out[:0]
	for _, f := range out {
		k := kindIndex(f.kind)
		if f.q.qual == Vague && (exact[k].meets(f.side) || listed[k].meets(f.side)) {
			continue
		}
		if f.q.qual == Vague {
			listed[k].add(f.side)
		}
		kept = append(kept, f)
	}
	return kept
}

// sideSet is a set of sides, Unknown among them.
type sideSet struct {
	known   [len(knownSides)]bool
	unknown bool
	any     bool
}

func (s *sideSet) add(side Side) {
	s.any = true
	if i := sideIndex(side); i >= 0 {
		s.known[i] = true
	} else {
		s.unknown = true
	}
}

// meets reports whether side meets any side in the set (see sidesMeet).
func (s *sideSet) meets(side Side) bool {
	if side == Unknown {
		return s.any
	}
	i := sideIndex(side)
	return s.unknown || i >= 0 && s.known[i]
}

// mergeWindow bounds how many earlier incidents a figure is compared with
// beyond those with its own count.
const mergeWindow = 64

// sameIncident reports whether two figures of one article count the same
// people: same kind, sides that meet, places and days that agree.
func sameIncident(a, b *figure) bool {
	if a.kind != b.kind {
		return false
	}
	// a toll of "fighters" told again with their sides named is the same toll
	guessedAgain := a.q.count == b.q.count && (a.sideGuessed || b.sideGuessed) && a.side != Civilians && b.side != Civilians
	if !figureSidesMeet(a, b) && !guessedAgain {
		return false
	}
	if a.q.qual == Vague || b.q.qual == Vague {
		return false // handled by coverage, not merged
	}
	// a day's toll across the country holds its towns' tolls of that day,
	// and another source's "higher toll" is of the figure before it, as is
	// "put the toll at 15" in the next sentence
	if b.rival || a.rival {
		return true
	}
	if b.toll && !b.additive && b.sent == a.sent+1 && comparable(a, b) && 2*min(a.q.count, b.q.count) >= max(a.q.count, b.q.count) {
		return true
	}
	// ("94 troops and 112 gunmen" joined by "and" are parts side by side;
	// "another three" are more than the whole)
	if (a.nationwide && b.q.count < a.q.count || b.nationwide && a.q.count < b.q.count) && (!a.dated || !b.dated || absDays(a.date, b.date) <= 1) {
		// in a day's roundup "five others" are more than the item before
		// them, not more than the day's toll
		whole, part := a, b
		if b.nationwide {
			whole, part = b, a
		}
		return !part.another || part.sent > whole.sent && 2*part.q.count <= whole.q.count
	}
	// a figure over several governorates holds the smaller ones within them
	if len(a.govs) > 1 && b.q.count <= a.q.count && slices.Contains(a.govs, b.governorate) ||
		len(b.govs) > 1 && a.q.count <= b.q.count && slices.Contains(b.govs, a.governorate) {
		// (counts joined in one sentence are siblings: "killing a woman
		// and her two children")
		return !a.another && !b.another && !(a.sent == b.sent && (a.additive || b.additive))
	}
	// the same toll told again where one telling has no place of its own
	// ("at least 213 people" after a headline "near Damascus") is a
	// restatement even when the inherited place is the wrong governorate
	// (so is another source's "put the death toll at 17" of the story's
	// incident, whose place it only inherits: writtenQ:01)
	if a.governorate != "" && b.governorate != "" && a.governorate != b.governorate &&
		!(a.q.count == b.q.count && (a.placeInherited || b.placeInherited)) && !inheritedRivalToll(a, b) &&
		!(a.placeInherited && b.placeInherited && (a.update || b.update)) &&
		!((a.placeInherited && slices.Contains(b.govs, a.governorate) || b.placeInherited && slices.Contains(a.govs, b.governorate)) && !sourcesConflict(a, b)) {
		return false
	}
	// a lead's toll over a province holds the town tolls the body gives,
	// a day either side: "attacks kill seven civilians in Idlib
	// countryside" … "in Ariha, a woman and her three children were
	// killed"; the lead sums up the body, so "another" is inside it too.
	// A figure near the lead's own ("seven children" and "five children")
	// is the lead told again, which the rules below weigh.
	if (provinceLead(a) || cityLead(a)) && partOfLead(a, b) && b.placeLevel >= 3 && a.governorate == b.governorate &&
		(!a.dated || !b.dated || absDays(a.date, b.date) <= 1) {
		return true
	}
	// a headline's toll told again in the body of its governorate is one
	// toll, though the two name different towns ("near Qamishli", "on the
	// road between Qamishli and Amuda")
	// (a headline run into its lead, as FA-KES prints them, shares its
	// sentence: "… Kill 31 Civilians in Ariha and Jisr al-Shughur Regime
	// warplanes … killed 31 civilians", writtenN:12)
	headlineAgain := ((a.sent == 0) != (b.sent == 0) || a.sent == 0 && b.sent == 0 && !a.additive && !b.additive && !a.another && !b.another) &&
		a.q.count == b.q.count && a.side == b.side
	// (a day "alone" in a town inside a few days' toll of its area is still
	// inside it: "38 civilians were killed on Wednesday alone" in Douma,
	// of the 194 in Eastern Ghouta since Sunday, writtenK:11)
	dayInSpan := a.multiDay && b.dayPart && b.q.count < a.q.count || b.multiDay && a.dayPart && a.q.count < b.q.count
	if a.placeLevel >= 3 && b.placeLevel >= 3 && a.place != b.place && !headlineAgain && !inCity(a, b) && !inCity(b, a) && !sameTollInCity(a, b) && !dayInSpan &&
		(!a.placeInherited && !b.placeInherited || a.update || b.update) {
		return false // an update raises its own town's toll, not the next town's
	}
	if a.dated && b.dated && a.date != b.date && !datesMeet(a, b) {
		return false
	}
	// an undated figure is of the lead's day: "an officer died on
	// Thursday" is not the "three servicemen killed over the day" of a
	// Saturday report
	if a.dated != b.dated && absDays(a.date, b.date) >= 2 && !a.multiDay && !b.multiDay && a.q.count != b.q.count {
		return false
	}
	if b.additive && a.sent == b.sent || b.another && !(a.another && a.q.count == b.q.count && a.sent != b.sent) && !(a.multiDay && b.q.count < a.q.count) {
		return false // "19 more", "another three" add to the tolls before them, unless told again
	}
	if a.q.count == b.q.count {
		return true // restatement
	}
	// a toll whose parts of each side add up to it holds no one of another
	// side: "40 people … 23 civilians and 17 NDF fighters", then "15 ISIS
	// militants were also killed" (writtenJ:19)
	if fullOfOthers(a, b) || fullOfOthers(b, a) {
		return false
	}
	// "Separately, air strikes killed at least eleven people": no telling
	// of the incidents before it, unless it updates one
	if b.apart && b.sent > a.sent && !a.update && !b.update {
		return false
	}
	// a toll over a few days holds the day figures inside it (spec §4)
	if a.multiDay && b.q.count < a.q.count || b.multiDay && a.q.count < b.q.count {
		return true
	}
	if a.side != b.side {
		// "eight people" and "three children": one figure inside the
		// other — a toll of people holds a part of one side, not the
		// other way round (8 people killed by a barrel bomb are not
		// inside the 129 loyalists the week's fighting killed)
		larger := a
		if b.q.count > a.q.count {
			larger = b
		}
		return larger.side == Unknown || comparable(a, b)
	}
	// one side, one place, two figures: an updated toll, sources that
	// conflict, the headline's rounded toll and the body's, a day "alone"
	// inside a longer toll, or the bodies a witness saw in the town whose
	// toll the article gives are one incident; elsewhere they are two
	// (an update raises its own toll: the older figure, or "two more" who
	// raised it — not a nurse killed elsewhere that day)
	return (a.update || b.update) && (comparable(a, b) || a.sent == b.sent || a.another || b.another) ||
		sourcesConflict(a, b) && comparable(a, b) ||
		(a.sent == 0 || b.sent == 0) && comparable(a, b) || a.dayPart || b.dayPart ||
		a.place == b.place && a.placeSmall && smallerInherits(a, b)
}

// smaller returns the figure with the lower count.
func smaller(a, b *figure) *figure {
	if b.q.count < a.q.count {
		return b
	}
	return a
}

// provinceLead reports a toll of the lead (headline and first sentence)
// placed only in a governorate.
func provinceLead(f *figure) bool {
	return f.sent <= 1 && f.placeLevel == 0 && !f.placeInherited && f.governorate != ""
}

// partOfLead reports a figure small enough beside a lead's toll to be one
// of its parts: at most three fifths of it — or, under a lead placed in a
// city, a smaller toll of one of its districts ("rocket attacks on
// Damascus" killed 3; two died near al-Abbasiyeen Square, writtenC:04).
func partOfLead(lead, f *figure) bool {
	if lead.placeLevel == 3 && !lead.placeSmall {
		return inCity(lead, f) && f.q.count < lead.q.count
	}
	return 5*f.q.count <= 3*lead.q.count
}

// inCity reports that f is placed in a district of the city city is
// placed in: not of the provincial capital 45 km off (al-Joura is Deir
// ez-Zor's, not Mayadin's: writtenN:05).
func inCity(city, f *figure) bool {
	return city.placeLevel == 3 && !city.placeSmall && f.district && abs32(f.lat-city.lat) < 0.12 && abs32(f.lon-city.lon) < 0.15
}

// fullOfOthers reports a whole whose known parts fill it, and a figure of a
// side none of them is of.
func fullOfOthers(whole, f *figure) bool {
	if whole.side != Unknown || f.side == Unknown {
		return false
	}
	i := sideIndex(f.side)
	return i >= 0 && whole.sides[i] == 0 && sumSides(whole.sides) >= whole.q.count
}

// inheritedRivalToll reports another source's close toll ("put the death
// toll at 17") that only inherits its place, told of the figure before.
func inheritedRivalToll(a, b *figure) bool {
	return b.toll && b.placeInherited && sourcesConflict(a, b) && 2*min(a.q.count, b.q.count) >= max(a.q.count, b.q.count)
}

// closeToPart reports a figure of one side near the part of that side a
// whole of every side holds: another telling of the part, not a smaller
// incident inside the whole.
func closeToPart(a, b *figure) bool {
	whole, f := a, b
	if b.side == Unknown {
		whole, f = b, a
	}
	i := sideIndex(f.side)
	return i >= 0 && whole.sides[i] > 0 && 2*f.q.count >= whole.sides[i] && f.q.count <= 2*whole.sides[i]
}

// distinctPlaces reports two figures that each name a town of their own,
// and not the same one.
func distinctPlaces(a, b *figure) bool {
	return a.placeLevel >= 3 && b.placeLevel >= 3 && a.place != b.place && !a.placeInherited && !b.placeInherited
}

// lowestOf is the lower of two sources' tolls of one incident, showing the
// higher (spec §4).
func lowestOf(a, b *figure) figure {
	lo, hi := a, b
	if b.q.count < a.q.count {
		lo, hi = b, a
	}
	out := *lo
	out.high = max(hi.q.count, hi.q.high, a.high, b.high)
	return out
}

// rivalOfPart reports a rival toll of one side against a larger toll of
// people whose parts of several sides the article gives.
func rivalOfPart(a, b *figure) bool {
	whole, rival := a, b
	if a.rival {
		whole, rival = b, a
	}
	return whole.side == Unknown && (whole.civilian > 0 || sumSides(whole.sides) > 0) && rival.side != Unknown && rival.q.count < whole.q.count
}

// sameTollInCity reports one toll told of a city and again of a place in
// its governorate the gazetteer may not know as its district: "16 others
// were injured … in Aleppo city", "16 others … in al-Aziziyeh".
func sameTollInCity(a, b *figure) bool {
	return a.q.count == b.q.count && a.governorate == b.governorate && (!a.placeSmall || !b.placeSmall)
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// cityLead reports a toll of the lead placed in a city, which holds the
// tolls of its districts.
func cityLead(f *figure) bool {
	return f.sent <= 1 && f.placeLevel == 3 && !f.placeSmall && !f.placeInherited && f.governorate != ""
}

// smallerInherits reports that of two figures the smaller names no place of
// its own while the larger names the town: "killed at least 58 civilians in
// Khan Sheikhun" and "he saw four dead at a hospital".
func smallerInherits(a, b *figure) bool {
	small, large := a, b
	if a.q.count > b.q.count {
		small, large = b, a
	}
	return small.placeInherited && !large.placeInherited
}

// datesMeet reports whether figures dated on different days can still count
// the same people: a toll over a few days and a day inside it, or the same
// toll told with the day it was reported.
func datesMeet(a, b *figure) bool {
	within := func(whole, day *figure) bool {
		d := int(whole.date.Sub(day.date.Time).Hours() / 24)
		// (a toll "since the evening of Sunday" may carry the day it began:
		// a day "alone" after it is still inside)
		return whole.multiDay && (d >= 0 || day.dayPart && d >= -7) && d <= 7 && day.q.count <= whole.q.count
	}
	if within(a, b) || within(b, a) {
		return true
	}
	return a.q.count == b.q.count && a.q.count >= 3 && absDays(a.date, b.date) <= 3
}

func absDays(a, b Date) int {
	d := int(a.Sub(b.Time).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// combine merges figure b into a: the same incident told again.
func combine(a, b *figure) figure {
	larger := a
	if b.q.count > a.q.count {
		larger = b
	}
	var out figure
	// "put the toll higher, saying 106 civilians died": the higher toll is
	// of the same people, no part that adds to the lower
	conflict := false
	var ofPart *figure // a rival toll of a part of out, already weighed
	switch {
	case (a.rival || b.rival || sourcesConflict(a, b) && !distinctPlaces(a, b) && closeToPart(a, b)) && rivalOfPart(a, b):
		// "the Red Crescent gave a higher toll, saying 31 civilians had
		// died": the civilians inside the monitor's 43 of every side, not
		// the 43 (writtenM:16); a lower one counts for that part
		// (SANA's 19 citizens against the monitor's 23 civilians of 40,
		// writtenJ:19)
		whole, part := a, b
		if b.side == Unknown {
			whole, part = b, a
		}
		ofPart = part
		out = *whole
		if i := sideIndex(part.side); i >= 0 && whole.sides[i] > part.q.count {
			out.q.count -= whole.sides[i] - part.q.count
			out.sides[i] = part.q.count
			out.high = max(out.high, whole.q.count)
			if part.side == Civilians {
				out.civilian = part.q.count
			}
		}
	case a.rival || b.rival:
		conflict = true
		// "gave a higher toll of 112": two sources' tolls, the lowest counts
		out = lowestOf(a, b)
		out.rival, out.nationwide = false, a.nationwide || b.nationwide
	case a.q.count == b.q.count:
		out = *richer(a, b)
	case roughOnly(a) != roughOnly(b) && 10*abs(a.q.count-b.q.count) <= max(a.q.count, b.q.count):
		// "kills almost 200" and "at least 194 civilians": the same toll,
		// precise in the body
		out = *a
		if roughOnly(a) {
			out = *b
		}
	case a.update != b.update && a.holdsOthers() == b.holdsOthers():
		// an updated toll replaces the older, whoever gives it; a higher
		// toll from another source still shows (a toll over several
		// places that holds the updated one is weighed below)
		upd, other := a, b
		if b.update {
			upd, other = b, a
		}
		out = *upd
		if sourcesConflict(a, b) && other.q.count > upd.q.count {
			out.high = max(out.high, other.q.count)
		}
	case a.nationwide != b.nationwide && (a.nationwide && a.q.count > b.q.count || b.nationwide && b.q.count > a.q.count):
		out = *larger // a day's toll across the country and one town's part of it, whoever gives each
	case sourcesConflict(a, b) && 2*min(a.q.count, b.q.count) >= max(a.q.count, b.q.count) && !a.dayPart && !b.dayPart &&
		len(a.govs) <= 1 && len(b.govs) <= 1 && !a.nationwide && !b.nationwide:
		// a source's toll of the fighting since Saturday and another's
		// close toll of it ("twelve servicemen were killed" per the army,
		// "at least 20 troops since Saturday" per the monitor) conflict;
		// a day "alone" inside the longer toll does not (writtenE:07)
		conflict = true
		out = lowestOf(a, b)
	case a.holdsOthers() != b.holdsOthers() && !larger.holdsOthers() && sourcesConflict(a, b) && comparable(a, b):
		// another source's higher toll of strikes over two provinces is no
		// part of them (writtenH:15)
		conflict = true
		out = lowestOf(a, b)
	case a.holdsOthers() != b.holdsOthers():
		out = *larger // a toll over several places or days and one of its parts
	case (provinceLead(larger) || cityLead(larger)) && smaller(a, b).placeLevel >= 3 && partOfLead(larger, smaller(a, b)):
		out = *larger // a lead's toll over a province and a town's part of it
	case sourcesConflict(a, b) && comparable(a, b):
		// conflicting sources: count the lowest, show the highest (spec §4)
		out = lowestOf(a, b)
	case a.holdsOthers() || b.holdsOthers():
		out = *larger
	case a.dayPart != b.dayPart:
		// the longer toll holds the day "alone"
		out = *a
		if a.dayPart {
			out = *b
		}
	case (a.toll || b.toll) && a.sent != b.sent && comparable(a, b) && 2*min(a.q.count, b.q.count) >= max(a.q.count, b.q.count):
		// "killed 19 civilians" and another's "put the death toll at 26":
		// two tellings of one toll, the lowest counts
		conflict = true
		out = lowestOf(a, b)
	case a.side != b.side:
		// the part inside the whole: keep the larger, learn its civilians
		part := a
		if larger == a {
			part = b
		}
		out = *larger
		if part.side == Civilians {
			out.civilian = max(out.civilian, min(part.q.count, larger.q.count))
		}
	case (a.sent == 0 || b.sent == 0) && smaller(a, b).q.qual == Exact && !smallerInherits(a, b):
		// the headline and the body give two exact tolls and no word of an
		// update: sources that disagree, so count the lower and show the
		// higher (fakes:1924058196: 25 wounded, a police source's 55)
		out = lowestOf(a, b)
	default:
		// the same people counted twice with different figures and no word
		// of an update: keep the larger — "more than 50" and the body's 52,
		// a town's toll and the bodies a witness saw
		out = *larger
	}
	out.sources = slices.Clone(a.sources)
	for _, s := range b.sources {
		if !slices.Contains(out.sources, s) {
			out.sources = append(out.sources, s)
		}
	}
	// a restatement may name the place more precisely; a part inside a
	// whole must not narrow the whole's place
	for _, f := range []*figure{a, b} {
		// a telling that names its own place beats one that inherits it
		if out.place < 0 || a.q.count == b.q.count && (f.placeLevel > out.placeLevel && f.governorate == out.governorate ||
			out.placeInherited && !f.placeInherited && f.place >= 0) {
			out.place, out.placeName, out.placeLevel, out.governorate, out.placeInherited = f.place, f.placeName, f.placeLevel, f.governorate, f.placeInherited
			out.lat, out.lon = f.lat, f.lon
		}
	}
	if out.side == Unknown && b.side != Unknown && b.q.count == out.q.count {
		out.side, out.label = b.side, b.label
	}
	if a.q.count == b.q.count && out.side == Unknown {
		// "88 dead" and "88 rebel and regime forces": the same fighters
		out.combatants = a.combatants || b.combatants
		out.civilian = max(a.civilian, b.civilian)
	}
	if out.side == Civilians {
		out.civilian = out.q.count
	}
	if !out.dated && b.dated {
		out.date, out.dated = b.date, true
	}
	// "42 killed in blasts that hit Tartous, Homs and Hasakeh" told again
	// without the list still holds the figures of those governorates
	if len(out.govs) == 0 && a.q.count == b.q.count {
		out.govs = slices.Concat(a.govs, b.govs)
	}
	if out.high <= out.q.count {
		out.high = max(a.high, b.high)
	}
	// figures of different sides count different people: when those merged
	// into a toll of "people" add up to more than it, the toll left some
	// out ("more than 50 people … 15 civilians, 27 fighters and another 10
	// … IS lost 15 fighters", fakes:1926479016)
	// (of two sources' tolls, the higher adds only the sides the lower
	// does not tell: "SOHR gave a higher toll of 15: six members, seven
	// gunmen and two civilians" against 4, 6 and 2 counts the lower's,
	// writtenU:23; SOHR's four Iran-backed fighters beside SANA's two
	// soldiers add, writtenC:22)
	var told [len(knownSides)]bool
	if conflict {
		lo := a
		if b.q.count < a.q.count {
			lo = b
		}
		for i, n := range lo.sides {
			told[i] = n > 0
		}
		if i := sideIndex(lo.side); i >= 0 {
			told[i] = true
		}
	}
	for _, f := range []*figure{a, b} {
		if conflict && f.q.count > out.q.count && sumSides(f.sides) == 0 || f == ofPart {
			continue
		}
		higher := conflict && f.q.count > out.q.count
		for i, n := range f.sides {
			if !(higher && told[i]) {
				out.sides[i] = max(out.sides[i], n)
			}
		}
		if i := sideIndex(f.side); i >= 0 && !(higher && told[i]) {
			out.sides[i] = max(out.sides[i], f.q.count)
		}
	}
	if sum := sumSides(out.sides); out.side == Unknown && sum > out.q.count {
		out.q.count, out.q.qual = sum, AtLeast
	}
	return out
}

// roughOnly reports a round figure: "almost 200", "about 30", "more than 50".
func roughOnly(f *figure) bool {
	return f.q.qual == Approximate || f.q.qual == MoreThan
}

// knownSides are the sides whose figures never count the same people.
var knownSides = [...]Side{Civilians, Government, Opposition, IslamicState, Kurdish, Foreign}

// sideIndex returns the index of side in knownSides, or -1 for Unknown.
func sideIndex(side Side) int { return slices.Index(knownSides[:], side) }

func sumSides(sides [len(knownSides)]int) int {
	sum := 0
	for _, n := range sides {
		sum += n
	}
	return sum
}

// holdsOthers reports a toll over several governorates or days, which holds
// the figures of its places and days.
func (f *figure) holdsOthers() bool {
	return len(f.govs) > 1 || f.multiDay || f.nationwide
}

// comparable reports figures close enough to be two sources' tolls for one
// incident (the spec's example: 5 and 15); one woman killed and 22
// volunteers killed are two incidents, whatever the sources.
func comparable(a, b *figure) bool {
	lo, hi := min(a.q.count, b.q.count), max(a.q.count, b.q.count)
	return hi <= 4*lo
}

// sourcesConflict reports figures from sources that share no one: an update
// comes from the source that gave the older figure, a conflict from another.
func sourcesConflict(a, b *figure) bool {
	if len(a.sources) == 0 || len(b.sources) == 0 {
		return false
	}
	for _, s := range a.sources {
		if slices.Contains(b.sources, s) {
			return false
		}
	}
	return true
}

// richer picks, of two restatements, the one that says more.
func richer(a, b *figure) *figure {
	score := func(f *figure) int {
		s := f.placeLevel
		if len(f.sources) > 0 {
			s += 4
		}
		if f.side != Unknown && !f.sideGuessed {
			s += 8
		}
		if f.dated {
			s += 2
		}
		return s
	}
	if score(b) > score(a) {
		return b
	}
	return a
}

// totals adds up the counted figures of a kind: nil when only vague figures
// report it, 0 when none. The civilian total is nil where the dead are not
// all accounted for by side (spec §7).
func totals(fs []*figure, kind Kind) (total, civilians *int) {
	sum, civ := 0, 0
	any, exact, unknownSide := false, false, false
	for _, f := range fs {
		if f.kind != kind {
			continue
		}
		any = true
		if f.q.qual == Vague {
			// "dozens of civilians" beside exact tolls of fighters: the
			// civilian dead are reported but not counted
			unknownSide = unknownSide || f.side == Civilians || f.side == Unknown && !f.combatants
			continue
		}
		exact = true
		sum += f.q.count
		civ += f.civilian
		if f.side == Unknown && !f.combatants && f.civilian < f.q.count {
			unknownSide = true
		}
	}
	switch {
	case !any:
		zero, zero2 := 0, 0
		return &zero, &zero2
	case !exact:
		return nil, nil
	case unknownSide:
		return &sum, nil
	}
	return &sum, &civ
}

func (f *figure) casualty() Casualty {
	c := Casualty{
		Kind: f.kind, Count: f.q.count, Qualifier: f.q.qual, Side: f.side, Label: f.label,
		Place: f.placeName, Governorate: f.governorate, Date: f.date, Source: strings.Join(f.sources, "; "),
		Evidence: f.evidence,
	}
	if f.q.high > f.q.count {
		h := f.q.high
		c.High = &h
	}
	if f.high > f.q.count {
		h := f.high
		c.High = &h
	}
	if f.civilian > 0 && f.side != Civilians {
		n := f.civilian
		c.Civilians = &n
	}
	return c
}

// placeList returns the places the report is about, in order of mention:
// those of its figures, else the article's main place. Places named only in
// passing ("reinforcements arrived from Manbij") are left out, so that a
// report's governorates are where its events happened.
func (a *article) placeList(fs, named []*figure) []Place {
	out := []Place{}
	add := func(entry int32, name string, govLevel bool) {
		e := &a.g.entries[entry]
		if govLevel {
			name = e.governorate
		}
		// a report names a handful of places: a scan beats a map
		for _, p := range out {
			if p.Governorate == e.governorate && p.Name == name {
				return
			}
		}
		out = append(out, e.place(name))
	}
	// where a report counts figures, vague ones do not add places to it
	counted := slices.ContainsFunc(fs, func(f *figure) bool { return f.q.qual != Vague })
	for _, f := range fs {
		if f.place >= 0 && (f.q.qual != Vague || !counted) {
			add(f.place, f.placeName, f.placeLevel == 0)
			if len(f.govs) > 1 && !f.placeInherited {
				// "killed seven members of the security forces in the
				// provinces of Hama and Deir al-Zor": every place of the list
				for _, m := range a.listedWith(f) {
					add(m.entry, m.name, m.governorateLevel)
				}
			}
		}
	}
	// the parts of a toll and the tellings merged into it happened where
	// their own sentences say: "42 killed in blasts" holds Tartous' 30
	for _, f := range named {
		add(f.place, f.placeName, f.placeLevel == 0)
	}
	if len(out) == 0 {
		if m := a.mainPlace(); m != nil {
			add(m.entry, m.name, m.governorateLevel)
		}
	}
	return out
}

// listedWith returns the places listed with the place of f in its sentence:
// "in the provinces of Hama and Deir al-Zor".
func (a *article) listedWith(f *figure) []placeMention {
	ps, toks := a.places[f.sent], a.sents[f.sent].toks
	at := slices.IndexFunc(ps, func(m placeMention) bool { return m.entry == f.place })
	if at < 0 {
		return nil
	}
	joined := func(m, next placeMention) bool {
		return !slices.ContainsFunc(toks[m.last:next.first], func(t token) bool {
			return t.low != "and" && t.low != "," && !placeWords[t.low]
		})
	}
	first, last := at, at
	for first > 0 && joined(ps[first-1], ps[first]) {
		first--
	}
	for last+1 < len(ps) && joined(ps[last], ps[last+1]) {
		last++
	}
	return ps[first : last+1]
}

// summary is the lead sentence, and the sentence of the largest counted
// figure when the lead gives none: one to three sentences.
func (a *article) summary(fs []*figure) string {
	if len(a.sents) == 0 {
		return ""
	}
	picked := []int{0}
	if len(a.sents[0].toks) < 6 && len(a.sents) > 1 {
		picked = []int{1} // a bare headline or dateline
	}
	top := -1
	for i, f := range fs {
		if f.kind == Killed && f.q.qual != Vague && (top < 0 || f.q.count > fs[top].q.count) {
			top = i
		}
	}
	if top >= 0 && !slices.Contains(picked, fs[top].sent) {
		picked = append(picked, fs[top].sent)
	}
	var b strings.Builder
	for _, i := range picked {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(a.sents[i].text)
	}
	return b.String()
}
