package digest

import (
	"slices"
	"strings"
	"time"
)

// Totals are a digest's numbers: every incident counted once, vague figures
// and cumulative (war-wide) figures never.
type Totals struct {
	Killed          int `json:"killed"`
	Wounded         int `json:"wounded"`
	KilledCivilians int `json:"killed_civilians"`
}

func (t *Totals) add(in Incident) {
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
	cur := inWindow(current, w)
	d := Digest{Window: w, Filter: f, BySide: []SideTotals{}, ByGovernorate: []GovernorateTotals{}, Incidents: []Incident{}, Vague: []Incident{}}
	for _, a := range cur {
		if a.Report.Relevant {
			d.Articles++
		}
	}
	bySide := map[Side]*Totals{}
	byGov := map[string]*Totals{}
	incidents := Incidents(cur)
	d.Incidents = make([]Incident, 0, len(incidents))
	for _, in := range incidents {
		if !f.Match(in) {
			continue
		}
		if !in.Killed.Counted() && !in.Wounded.Counted() {
			d.Vague = append(d.Vague, in)
			continue
		}
		d.Incidents = append(d.Incidents, in)
		d.Totals.add(in)
		sideTotals(bySide, in.Side).add(in)
		govTotals(byGov, in.Governorate).add(in)
	}
	for _, s := range Sides {
		if t, ok := bySide[s]; ok {
			d.BySide = append(d.BySide, SideTotals{Side: s, Totals: *t})
		}
	}
	for g, t := range byGov {
		d.ByGovernorate = append(d.ByGovernorate, GovernorateTotals{Governorate: g, Totals: *t})
	}
	slices.SortFunc(d.ByGovernorate, func(a, b GovernorateTotals) int {
		if a.Killed != b.Killed {
			return b.Killed - a.Killed
		}
		return strings.Compare(a.Governorate, b.Governorate)
	})
	slices.SortStableFunc(d.Incidents, func(a, b Incident) int {
		if a.Killed.Count != b.Killed.Count || a.Killed.Counted() != b.Killed.Counted() {
			return countedOf(b.Killed) - countedOf(a.Killed)
		}
		return countedOf(b.Wounded) - countedOf(a.Wounded) // Incidents already sorted by date and key
	})

	var prev Totals
	for _, in := range Incidents(inWindow(previous, w.Previous())) {
		if f.Match(in) {
			prev.add(in)
		}
	}
	d.Previous = &prev
	return d
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

// govTotals keys governorates case-insensitively under the first spelling seen.
func govTotals(m map[string]*Totals, g string) *Totals {
	for name, t := range m {
		if strings.EqualFold(name, g) {
			return t
		}
	}
	m[g] = &Totals{}
	return m[g]
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
