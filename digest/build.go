package digest

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// Totals are a digest's numbers: every incident counted once, vague figures
// and cumulative (war-wide) figures never.
type Totals struct {
	Killed          int `json:"killed"`
	Wounded         int `json:"wounded"`
	KilledCivilians int `json:"killed_civilians"`
}

func (t *Totals) add(in *Incident) {
	if in.Killed.Counted() {
		t.Killed += in.Killed.Count
	}
	if in.Wounded.Counted() {
		t.Wounded += in.Wounded.Count
	}
	if in.KilledCivilians.Counted() {
		t.KilledCivilians += in.KilledCivilians.Count
	}
}

// Minus is t - p, the change from a previous window.
func (t Totals) Minus(p Totals) Totals {
	return Totals{Killed: t.Killed - p.Killed, Wounded: t.Wounded - p.Wounded, KilledCivilians: t.KilledCivilians - p.KilledCivilians}
}

// SideTotals are the totals of the incidents of one side.
type SideTotals struct {
	Side Side `json:"side"`
	Totals
}

// GovernorateTotals are the totals of the incidents of one governorate
// ("" where the reports name none).
type GovernorateTotals struct {
	Governorate string `json:"governorate"`
	Totals
}

// Digest is what happened in a window: totals, their breakdowns, the
// incidents behind them and the comparison with the window before.
type Digest struct {
	Window        Window              `json:"window"`
	Filter        Filter              `json:"filter"`
	Totals        Totals              `json:"totals"`
	BySide        []SideTotals        `json:"by_side"`        // sides with any counted figure, in Sides order
	ByGovernorate []GovernorateTotals `json:"by_governorate"` // most killed first
	// Incidents are those with a counted figure, most killed first (then most
	// wounded, then date and key).
	Incidents []Incident `json:"incidents"`
	// Vague are incidents with only vague figures: listed, never counted.
	Vague []Incident `json:"vague"`
	// Previous are the totals of the window of the same length before.
	Previous *Totals `json:"previous"`
	// Articles is how many relevant articles the window held.
	Articles int `json:"articles"`
}

// Change is the difference from the previous window (zero without one).
func (d Digest) Change() Totals {
	if d.Previous == nil {
		return Totals{}
	}
	return d.Totals.Minus(*d.Previous)
}

// Build makes the digest of window w from the articles published in it
// (current), compared with the articles of the window of the same length
// before it (previous). Articles outside their window are ignored, so callers
// may pass a superset.
func Build(current, previous []Article, w Window, f Filter) Digest {
	// The previous window's totals share nothing with this one's digest:
	// they are added up alongside.
	var prev Totals
	var wg sync.WaitGroup
	wg.Go(func() { prev = windowTotals(inWindow(previous, w.Previous()), f) })
	cur := inWindow(current, w)
	d := Digest{Window: w, Filter: f, BySide: []SideTotals{}, ByGovernorate: []GovernorateTotals{}, Incidents: []Incident{}, Vague: []Incident{}}
	for i := range cur {
		if cur[i].Report.Relevant {
			d.Articles++
		}
	}
	d.addIncidents(cur, f)
	wg.Wait()
	d.Previous = &prev
	return d
}

// addIncidents merges the incidents of articles, lists those that pass f
// (only those get sources) and adds up their totals and breakdowns.
func (d *Digest) addIncidents(articles []Article, f Filter) {
	bySide := map[Side]*Totals{}
	var byGov governorateTotals
	m := newMerger(articles, true)
	order, as := m.assemble()
	var matched []int32
	for _, dr := range order {
		if in := as.head(dr); f.Match(in) {
			matched = append(matched, dr)
		}
	}
	listed := as.list(matched)
	counted := make([]rankedIncident, 0, len(listed))
	// Counted incidents are moved to the front of listed, vague ones
	// copied out.
	k := 0
	for i := range listed {
		in := &listed[i]
		if !in.Killed.Counted() && !in.Wounded.Counted() {
			d.Vague = append(d.Vague, *in)
			continue
		}
		counted = append(counted, rankedIncident{killed: countedOf(in.Killed), wounded: countedOf(in.Wounded)})
		d.Totals.add(in)
		sideTotals(bySide, in.Side).add(in)
		byGov.of(in.Governorate).add(in)
		listed[k] = *in
		k++
	}
	listed = listed[:k]
	for _, s := range Sides {
		if t, ok := bySide[s]; ok {
			d.BySide = append(d.BySide, SideTotals{Side: s, Totals: *t})
		}
	}
	for _, g := range byGov.list {
		d.ByGovernorate = append(d.ByGovernorate, GovernorateTotals{Governorate: g.name, Totals: *g.totals})
	}
	slices.SortFunc(d.ByGovernorate, func(a, b GovernorateTotals) int {
		if a.Killed != b.Killed {
			return b.Killed - a.Killed
		}
		return strings.Compare(a.Governorate, b.Governorate)
	})
	from := sortByToll(counted, &m.radix)
	permute(listed, from)
	d.Incidents = listed
}

// sortByToll returns the order of the incidents, most killed first, then
// most wounded; they come sorted by date and key, and the sort is stable.
// It sorts indices, so the incidents themselves move only once, after.
func sortByToll(counted []rankedIncident, r *radixSort) []int32 {
	n := len(counted)
	killedHi, killedLo, woundedHi, woundedLo := make([]uint32, n), make([]uint32, n), make([]uint32, n), make([]uint32, n)
	for i, c := range counted {
		killedHi[i], killedLo[i] = descending(c.killed)
		woundedHi[i], woundedLo[i] = descending(c.wounded)
	}
	return r.order(n, killedHi, killedLo, woundedHi, woundedLo)
}

// descending splits n into two halves that, compared as unsigned integers,
// order the largest n first.
func descending(n int) (hi, lo uint32) {
	u := ^(uint64(n) ^ 1<<63)
	return uint32(u >> 32), uint32(u)
}

// permute reorders s in place so that s[k] is what s[from[k]] was; it
// uses up from.
func permute[T any](s []T, from []int32) {
	for i := range s {
		if from[i] < 0 {
			continue // placed in an earlier cycle
		}
		first, j := s[i], int32(i)
		for {
			k := from[j]
			from[j] = -1
			if k == int32(i) {
				s[j] = first
				break
			}
			s[j], j = s[k], k
		}
	}
}

// rankedIncident is the sort key of a counted incident: its counted killed
// and wounded (-1 when not counted).
type rankedIncident struct {
	killed, wounded int
}

// windowTotals are the totals of the incidents of articles that pass f,
// merged as Incidents does without listing their sources.
func windowTotals(articles []Article, f Filter) Totals {
	m := newMerger(articles, false)
	as := &assembly{m: m}
	names := m.names.spellings
	var t Totals
	for d := range m.drafts {
		h := m.head(&m.drafts[d])
		in := Incident{Side: Side(names[h.side]), Governorate: names[h.gov], Place: names[h.place]}
		if f.Match(in) {
			as.merge(int32(d), &in)
			t.add(&in)
		}
	}
	return t
}

// Top returns d with at most n incidents and n vague ones listed; totals and
// breakdowns still cover them all.
func (d Digest) Top(n int) Digest {
	d.Incidents = d.Incidents[:min(n, len(d.Incidents))]
	d.Vague = d.Vague[:min(n, len(d.Vague))]
	return d
}

func countedOf(f Figure) int {
	if f.Counted() {
		return f.Count
	}
	return -1
}

func sideTotals(m map[Side]*Totals, s Side) *Totals {
	if m[s] == nil {
		m[s] = &Totals{}
	}
	return m[s]
}

// governorateTotals keys governorates case-insensitively under the first
// spelling seen.
type governorateTotals struct {
	list     []namedTotals
	spelling map[string]*Totals // every spelling seen, to its governorate's totals
}

type namedTotals struct {
	name   string
	totals *Totals
}

func (gt *governorateTotals) of(g string) *Totals {
	if t, ok := gt.spelling[g]; ok {
		return t
	}
	if gt.spelling == nil {
		gt.spelling = map[string]*Totals{}
	}
	for _, n := range gt.list {
		if strings.EqualFold(n.name, g) {
			gt.spelling[g] = n.totals
			return n.totals
		}
	}
	t := &Totals{}
	gt.list = append(gt.list, namedTotals{g, t})
	gt.spelling[g] = t
	return t
}

// inWindow keeps the articles published in w (first seen, if undated). It
// copies only when some fall outside: callers usually pass just the window.
func inWindow(articles []Article, w Window) []Article {
	in := 0
	for i := range articles {
		if w.Contains(articleTime(&articles[i])) {
			in++
		}
	}
	if in == len(articles) {
		return articles
	}
	out := make([]Article, 0, in)
	for i := range articles {
		if w.Contains(articleTime(&articles[i])) {
			out = append(out, articles[i])
		}
	}
	return out
}

func articleTime(a *Article) time.Time {
	if a.Published.IsZero() {
		return a.FirstSeen
	}
	return a.Published
}
