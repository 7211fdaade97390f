package digest

import (
	"encoding/json"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
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
	if f.Governorate != "" && !sameFolded(f.Governorate, in.Governorate) {
		return false
	}
	return f.Place == "" || sameFolded(f.Place, in.Place)
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
	m := newMerger(articles, true)
	return m.incidents()
}

// merger holds the working state of one merge of articles into incidents.
// Names are interned and everything is kept in flat slices indexed by
// integers, so the work stays close to linear in the number of reports and
// allocates per merge rather than per report.
type merger struct {
	names     *nameTable
	arts      []reportArticle // relevant articles with figures, in canonical order
	figs      []reportFigure  // every figure of every article in arts, in canonical order
	groups    []copyGroup     // in canonical order of their representatives
	copies    []Copy          // the groups' copies, cut by copyGroup offsets
	links     []string        // the groups' links, likewise
	entries   []entry         // the representatives' figures, in canonical order
	drafts    []incidentDraft
	spellRank []int32 // by spelling id
	foldRank  []int32 // by folded id
	radix     radixSort
}

// newMerger merges articles into drafts of incidents; with full, copies and
// links are listed for the incidents' sources.
func newMerger(articles []Article, full bool) *merger {
	m := &merger{names: newNameTable()}
	m.selectArticles(articles)
	// Every name is known now (Unknown stands in for a missing side), so
	// ranking them, a sort of strings, runs alongside grouping copies,
	// which adds none; listing copies, which only listing sources reads,
	// runs alongside collecting and clustering the entries.
	unknown := m.names.id(string(Unknown))
	var wg sync.WaitGroup
	wg.Go(func() { m.spellRank, m.foldRank = m.names.ranks() })
	root, rep := m.groupCopies()
	wg.Wait()
	if full {
		wg.Go(func() { m.listCopies(root, rep) })
	}
	m.collectEntries(unknown)
	m.cluster()
	wg.Wait()
	return m
}

// keySlug is a name as it appears in keys: lower-case words joined by
// dashes, "-" for none.
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

// sameFolded reports whether foldName(a) == foldName(b), without building
// either: filters compare against every incident.
func sameFolded(a, b string) bool {
	for {
		var ra, rb rune
		ra, a = nextFolded(a)
		rb, b = nextFolded(b)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
	}
}

// nextFolded is the first rune that foldName keeps of s, lower-cased, and
// the rest of s after it; -1 when none is left.
func nextFolded(s string) (rune, string) {
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r), s[i+utf8.RuneLen(r):]
		}
	}
	return -1, ""
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
