package digest

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Window is a span of time, From <= t < To.
type Window struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// Contains reports whether t falls in the window.
func (w Window) Contains(t time.Time) bool { return !t.Before(w.From) && t.Before(w.To) }

// Previous is the window of the same length that ends where w starts.
func (w Window) Previous() Window { return Window{From: w.From.Add(-w.To.Sub(w.From)), To: w.From} }

// Filter restricts a digest to a governorate or a place; "" means any.
type Filter struct {
	Governorate string `json:"governorate,omitempty"`
	Place       string `json:"place,omitempty"`
}

// Match reports whether in passes the filter. Names compare without regard
// to case, spaces or punctuation ("Rif Dimashq" = "rif-dimashq").
func (f Filter) Match(in Incident) bool {
	if f.Governorate != "" && foldName(f.Governorate) != foldName(in.Governorate) {
		return false
	}
	return f.Place == "" || foldName(f.Place) == foldName(in.Place)
}

// Figure is an incident's count of one kind after merging its sources.
// The zero Figure (no qualifier) means no source gave one.
type Figure struct {
	Count     int       `json:"count"`
	High      *int      `json:"high"` // set where sources conflict (a range)
	Qualifier Qualifier `json:"qualifier"`
}

// Reported reports whether any source gave a figure, vague or not.
func (f Figure) Reported() bool { return f.Qualifier != "" }

// Counted reports whether the figure adds to totals: vague ones never do.
func (f Figure) Counted() bool { return f.Reported() && f.Qualifier != Vague }

func (f Figure) MarshalJSON() ([]byte, error) {
	if !f.Reported() {
		return []byte("null"), nil
	}
	type plain Figure
	return json.Marshal(plain(f))
}

// Role says how one source's figure entered its incident's figure, so that
// every number in a digest can be traced to the sentences behind it.
type Role string

const (
	RoleCounted     Role = "counted"     // the figure the incident counts (the lowest, where sources conflict)
	RoleConflicting Role = "conflicting" // another source's different figure: widens the range
	RoleRestated    Role = "restated"    // the same figure again: counted once
	RoleSuperseded  Role = "superseded"  // replaced by a later figure from the same source
	RoleCovered     Role = "covered"     // vague, covered by an exact or approximate figure
	RoleVague       Role = "vague"       // vague, and nothing better: listed without a number
)

// IncidentSource is one report's figure for an incident: an article (with
// the links of its syndicated copies), the attributed source, and the
// evidence sentence.
type IncidentSource struct {
	Outlet    string    `json:"outlet"`
	Title     string    `json:"title"`
	Links     []string  `json:"links"`  // every copy's link, Outlet's first
	Copies    []Copy    `json:"copies"` // every outlet that ran the story, Outlet's first
	Published time.Time `json:"published"`
	ArticleID int64     `json:"article_id"`
	Source    string    `json:"source"` // who gives the figure ("Syrian Observatory for Human Rights")
	Kind      Kind      `json:"kind"`
	Figure    Figure    `json:"figure"`
	Civilians *int      `json:"civilians,omitempty"`
	Label     string    `json:"label"`
	Evidence  string    `json:"evidence"`
	Role      Role      `json:"role"`
}

// Incident is one event (place, day, side) however many outlets reported it.
type Incident struct {
	// Key is stable across runs and arrival order: day, governorate, place and
	// side, with a "~n" suffix when several incidents share them.
	Key             string           `json:"key"`
	Place           string           `json:"place"`
	Governorate     string           `json:"governorate"`
	Date            Date             `json:"date"` // the earliest day its sources give
	Side            Side             `json:"side"`
	Killed          Figure           `json:"killed"`
	Wounded         Figure           `json:"wounded"`
	KilledCivilians Figure           `json:"killed_civilians"`
	Sources         []IncidentSource `json:"sources"`
}

// compatibleRatio is how far apart two attributed sources' figures for one
// incident may be (5 per state media, 15 per a monitor is one incident; 2 and
// 40 on one day in one town are two).
const compatibleRatio = 4

// Incidents merges the casualty figures of relevant articles into incidents:
// syndicated copies collapse to one report, and figures for the same place
// (or governorate), side and day (within one) from different reports become
// one incident counted once (spec §4). The result does not depend on the
// order of articles: entries are put in a canonical order first, and every
// choice after that follows it. Incidents come sorted by date, governorate,
// place, side and key.
func Incidents(articles []Article) []Incident {
	fold := foldCache{}
	entries := casualtyEntries(groupCopies(articles, fold), fold)
	var drafts []*incidentDraft
	for start := 0; start < len(entries); {
		end := start + 1
		for end < len(entries) && entries[end].sideRank == entries[start].sideRank && entries[end].areaRank == entries[start].areaRank {
			end++
		}
		drafts = clusterBucket(entries[start:end], drafts)
		start = end
	}
	out := make([]Incident, 0, len(drafts))
	keys := map[string]int{}
	for _, d := range drafts {
		in := d.incident()
		keys[in.Key]++
		if n := keys[in.Key]; n > 1 {
			in.Key = fmt.Sprintf("%s~%d", in.Key, n)
		}
		out = append(out, in)
	}
	slices.SortFunc(out, func(a, b Incident) int {
		if c := a.Date.Compare(b.Date.Time); c != 0 {
			return c
		}
		return cmpStrings(a.Governorate, b.Governorate, a.Place, b.Place, string(a.Side), string(b.Side), a.Key, b.Key)
	})
	return out
}

// entry is one casualty figure of a copy group's report, with its folded
// names for matching.
type entry struct {
	c     Casualty
	group *copyGroup
	index int    // position in the report, the last tie-break
	side  Side   // c.Side, or unknown
	area  string // folded governorate, or folded place when the governorate is missing
	place string // folded specific place, "" when only the governorate is known
	// order is the rank of (side, area, place) among all entries' names, so
	// that sorting compares integers; -1 stands for no specific place.
	sideRank, areaRank, placeRank int
	date                          Date   // c.Date, or the day of publication
	src                           string // folded attributed source, or the outlet when none is named
	role                          Role   // how the figure counts in its incident, once merged
}

// foldCache remembers folded names: the same few names recur across
// thousands of entries.
type foldCache map[string]string

func (fc foldCache) name(s string) string {
	f, ok := fc[s]
	if !ok {
		f = foldName(s)
		fc[s] = f
	}
	return f
}

func casualtyEntries(groups []*copyGroup, fold foldCache) []*entry {
	n := 0
	for _, g := range groups {
		n += len(g.rep.Report.Casualties)
	}
	store := make([]entry, 0, n)
	for _, g := range groups {
		for i, c := range g.rep.Report.Casualties {
			if c.Kind != Killed && c.Kind != Wounded || c.Count < 0 {
				continue
			}
			store = append(store, entry{c: c, group: g, index: i, side: c.Side, date: c.Date})
			e := &store[len(store)-1]
			if e.side == "" {
				e.side = Unknown
			}
			if e.date.IsZero() {
				e.date = DateOf(g.rep.Published)
			}
			gov, place := fold.name(c.Governorate), fold.name(c.Place)
			if place == gov {
				place = ""
			}
			e.area, e.place = gov, place
			if gov == "" {
				e.area, e.place = place, ""
			}
			e.src = fold.name(c.Source)
			if e.src == "" {
				e.src = "outlet:" + fold.name(g.rep.Feed)
			}
		}
	}
	// Rank names by their content, never by first appearance.
	rank := map[string]int{}
	for i := range store {
		rank[string(store[i].side)], rank[store[i].area], rank[store[i].place] = 0, 0, 0
	}
	names := make([]string, 0, len(rank))
	for s := range rank {
		names = append(names, s)
	}
	slices.Sort(names)
	for i, s := range names {
		rank[s] = i
	}
	out := make([]*entry, len(store))
	for i := range store {
		e := &store[i]
		e.sideRank, e.areaRank, e.placeRank = rank[string(e.side)], rank[e.area], rank[e.place]
		if e.place == "" {
			e.placeRank = len(names) // governorate-only figures after the places
		}
		out[i] = e
	}
	slices.SortFunc(out, compareEntries)
	return out
}

// compareEntries is the canonical order: bucket (side, area), then day, then
// specific places before governorate-only figures (so those join the
// incidents of the places), then the report.
func compareEntries(a, b *entry) int {
	if c := cmp.Or(cmp.Compare(a.sideRank, b.sideRank), cmp.Compare(a.areaRank, b.areaRank)); c != 0 {
		return c
	}
	if c := a.date.Compare(b.date.Time); c != 0 {
		return c
	}
	if c := cmp.Or(cmp.Compare(a.placeRank, b.placeRank), strings.Compare(string(a.c.Kind), string(b.c.Kind))); c != 0 {
		return c
	}
	if a.group.rank != b.group.rank {
		return a.group.rank - b.group.rank
	}
	return a.index - b.index
}

// incidentDraft collects the entries of one incident while clustering.
type incidentDraft struct {
	seq   int // creation order
	first Date
	place string // folded specific place, "" until an entry gives one
	es    []*entry
}

// clusterBucket assigns the entries of one (side, area) bucket, in canonical
// order, to incidents: an entry joins the first open incident it is
// compatible with (same place preferred), or starts one. An incident spans at
// most two days, so daily reports from one town do not chain into one. Open
// incidents are indexed by place, so an entry is compared only with those of
// its place and those without one.
func clusterBucket(es []*entry, drafts []*incidentDraft) []*incidentDraft {
	var all []*incidentDraft // open incidents in creation (and so date) order
	byPlace := map[string][]*incidentDraft{}
	for _, e := range es {
		for len(all) > 0 && !all[0].open(e) {
			all = all[1:]
		}
		var pick *incidentDraft
		if e.place == "" {
			pick = firstAccepting(all, e, func(*incidentDraft) bool { return true })
		} else {
			pick = firstAccepting(byPlace[e.place], e, func(d *incidentDraft) bool { return d.open(e) })
			if pick == nil {
				pick = firstAccepting(byPlace[""], e, func(d *incidentDraft) bool { return d.open(e) && d.place == "" })
			}
		}
		if pick == nil {
			pick = &incidentDraft{first: e.date, seq: len(drafts)}
			all = append(all, pick)
			drafts = append(drafts, pick)
			byPlace[e.place] = append(byPlace[e.place], pick)
		} else if pick.place == "" && e.place != "" {
			byPlace[e.place] = append(byPlace[e.place], pick)
		}
		if pick.place == "" {
			pick.place = e.place
		}
		pick.es = append(pick.es, e)
	}
	return drafts
}

// firstAccepting is the earliest created incident of ds that ok allows and
// that accepts e.
func firstAccepting(ds []*incidentDraft, e *entry, ok func(*incidentDraft) bool) *incidentDraft {
	var pick *incidentDraft
	for _, d := range ds {
		if (pick == nil || d.seq < pick.seq) && ok(d) && d.accepts(e) {
			pick = d
		}
	}
	return pick
}

// open reports whether e's day is within a day of the incident's first.
func (d *incidentDraft) open(e *entry) bool { return e.date.Sub(d.first.Time) <= 24*time.Hour }

// accepts reports whether e can be a figure of the incident: the places do
// not differ, the report has no figure of that kind there yet (a report
// gives one entry per incident and side), and the figures are compatible:
// vague, an update by the same source, or within compatibleRatio.
func (d *incidentDraft) accepts(e *entry) bool {
	if e.place != "" && d.place != "" && e.place != d.place {
		return false
	}
	lo, hi, exact, sameSource := 0, 0, false, false
	for _, o := range d.es {
		if o.c.Kind != e.c.Kind {
			continue
		}
		if o.group == e.group {
			return false
		}
		if o.c.Qualifier == Vague {
			continue
		}
		sameSource = sameSource || o.src == e.src
		oh := o.c.Count
		if o.c.High != nil {
			oh = max(oh, *o.c.High)
		}
		if !exact {
			lo, hi, exact = o.c.Count, oh, true
		}
		lo, hi = min(lo, o.c.Count), max(hi, oh)
	}
	if !exact || e.c.Qualifier == Vague || sameSource {
		return true
	}
	return e.c.Count <= compatibleRatio*max(lo, 1) && hi <= compatibleRatio*max(e.c.Count, 1)
}

func (d *incidentDraft) incident() Incident {
	first := d.es[0]
	in := Incident{Date: d.first, Side: first.side, Governorate: first.c.Governorate}
	for _, e := range d.es {
		if e.place == d.place && d.place != "" {
			in.Place = e.c.Place // the spelling of the first report naming it
			break
		}
	}
	if in.Place == "" && first.c.Governorate == "" {
		in.Place = first.c.Place
	}
	var killed, wounded []*entry
	for _, e := range d.es {
		if e.c.Kind == Killed {
			killed = append(killed, e)
		} else {
			wounded = append(wounded, e)
		}
	}
	var civ Figure
	in.Killed, civ = mergeFigures(killed)
	in.Wounded, _ = mergeFigures(wounded)
	in.KilledCivilians = civ
	if in.Side == Civilians {
		in.KilledCivilians = in.Killed
	}
	in.Sources = make([]IncidentSource, 0, len(d.es))
	for _, e := range d.es {
		in.Sources = append(in.Sources, e.source())
	}
	slices.SortStableFunc(in.Sources, func(a, b IncidentSource) int {
		return cmpStrings(string(a.Kind), string(b.Kind)) // killed before wounded; otherwise canonical order
	})
	in.Key = incidentKey(in.Date, in.Governorate, in.Place, in.Side)
	return in
}

func (e *entry) source() IncidentSource {
	g := e.group
	return IncidentSource{
		Outlet: g.rep.Feed, Title: g.rep.Title, Links: g.links, Copies: g.copies,
		Published: g.rep.Published, ArticleID: g.rep.ID,
		Source: e.c.Source, Kind: e.c.Kind, Figure: Figure{Count: e.c.Count, High: e.c.High, Qualifier: e.c.Qualifier},
		Civilians: e.c.Civilians, Label: e.c.Label, Evidence: e.c.Evidence, Role: e.role,
	}
}

// incidentKey is "2019-12-19/idlib/maarat-al-numan/civilians"; "-" stands
// for an unknown governorate or place.
func incidentKey(d Date, gov, place string, side Side) string {
	return strings.Join([]string{d.String(), keySlug(gov), keySlug(place), string(side)}, "/")
}

func keySlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}

// foldName reduces a name to lower-case letters and digits, so spellings
// that differ only in case, spaces or punctuation match.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// cmpStrings compares pairs (a1, b1), (a2, b2), ... in turn.
func cmpStrings(pairs ...string) int {
	for i := 0; i+1 < len(pairs); i += 2 {
		if c := strings.Compare(pairs[i], pairs[i+1]); c != 0 {
			return c
		}
	}
	return 0
}
